"""The ROME release shipped in data/rome/: imported on first use, replaced by a later import; the
releases folder keeps the active, the bundled and one previous release, and no leftovers."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from release_builder import small_release, write  # noqa: I001 (tests/rome is on sys.path)

from workbench.cli import main
from workbench.context import Context
from workbench.rome import importer
from workbench.rome.importer import BUNDLED_CREDIT, active_database, import_release, installed_releases

REPO = Path(__file__).resolve().parents[2]
SHARED_V460 = REPO.parent / "shared" / "rome" / "francetravail_rome4_v460_csv"


def test_the_bundled_release_is_the_official_one_unchanged_with_its_credit() -> None:
    bundled = importer.bundled_release()
    assert bundled == REPO / "data" / "rome" / "francetravail_rome4_v460_csv.zip"
    with zipfile.ZipFile(bundled) as archive:
        names = archive.namelist()
        assert len([n for n in names if n.startswith("unix_") and n.endswith("_v460_utf8.csv")]) == 28
        assert "fiches_rome_tags_25M09.csv" in names
        if SHARED_V460.exists():  # byte for byte what France Travail publishes
            assert all(archive.read(n) == (SHARED_V460 / n).read_bytes() for n in names)
    readme = (bundled.parent / "README.md").read_text(encoding="utf-8")
    assert BUNDLED_CREDIT in readme and "Licence Ouverte" in readme


@pytest.mark.rome
def test_a_command_imports_the_bundled_release_on_first_use_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "rome", "search", "greffiere", "--limit", "1"]) == 0
    captured = capsys.readouterr()
    assert "Greffier" in captured.out
    assert "Première utilisation : le référentiel ROME 4.0 version 60 (25M09) fourni" in captured.err
    assert main([*data, "rome", "search", "greffiere", "--limit", "1"]) == 0
    assert "Première utilisation" not in capsys.readouterr().err  # once only

    # A release imported later takes precedence; the bundled one stays as a fallback.
    rome_dir = tmp_path / "data" / "rome"
    bundled = active_database(rome_dir)
    assert main([*data, "rome", "import", str(small_release(tmp_path / "newer"))]) == 0
    assert "ROME 4.99 importé et activé" in capsys.readouterr().out
    assert active_database(rome_dir) != bundled and bundled in installed_releases(rome_dir)
    assert main([*data, "rome", "list"]) == 0
    listing = capsys.readouterr().out
    assert f"  {bundled.name}  ROME 4.0 version 60 (25M09) — fournie avec l'application" in listing
    assert "* rome-v499-" in listing


def test_a_context_without_first_use_hook_imports_nothing(ctx: Context) -> None:
    assert ctx.rome is None and not ctx.paths.rome_dir.exists()


def test_importing_the_same_release_again_keeps_one_copy_and_says_so(tmp_path: Path) -> None:
    rome_dir = tmp_path / "rome"
    rome_dir.mkdir()
    folder = small_release(tmp_path / "release")
    first = import_release(rome_dir, folder)
    other = small_release(tmp_path / "other")
    write(other, "grand_domaine", ["code_grand_domaine", "libelle_grand_domaine"], [["K", "Services"]])
    second = import_release(rome_dir, other)
    assert active_database(rome_dir) == second.path

    archive = tmp_path / "RefRomeCsv.zip"  # the same files, zipped: the same release
    with zipfile.ZipFile(archive, "w") as out:
        for path in folder.iterdir():
            out.write(path, f"RefRomeCsv/{path.name}")
    again = import_release(rome_dir, archive)
    assert again.already and again.path == first.path and again.counts == first.counts
    assert "déjà importé : aucune copie supplémentaire" in again.message()
    assert active_database(rome_dir) == first.path  # made active again
    assert installed_releases(rome_dir) == sorted([first.path, second.path])


def _variant(tmp_path: Path, label: str) -> Path:
    folder = small_release(tmp_path / label)
    write(folder, "grand_domaine", ["code_grand_domaine", "libelle_grand_domaine"], [["K", label]])
    return folder


def test_housekeeping_keeps_the_active_the_bundled_and_one_previous_release(tmp_path: Path) -> None:
    rome_dir = tmp_path / "rome"
    rome_dir.mkdir()
    bundled = import_release(rome_dir, _variant(tmp_path, "fournie"), bundled=True)
    older = import_release(rome_dir, _variant(tmp_path, "premiere")).path
    previous = import_release(rome_dir, _variant(tmp_path, "deuxieme")).path
    assert installed_releases(rome_dir) == sorted([bundled.path, older, previous])
    active = import_release(rome_dir, _variant(tmp_path, "troisieme")).path
    assert installed_releases(rome_dir) == sorted([bundled.path, previous, active])
    assert importer.describe(bundled.path).bundled


def test_leftovers_of_a_killed_import_are_removed_at_the_next_start(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("kills the import with SIGKILL")
    data = tmp_path / "data"
    rome_dir = data / "rome"
    rome_dir.mkdir(parents=True)
    killer = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from workbench.rome.importer import import_release\n"
        "def progress(done, total, label):\n"
        "    if done == 4: os.kill(os.getpid(), signal.SIGKILL)\n"
        "import_release(Path(sys.argv[1]), sys.argv[2], progress)\n"
    )
    release = small_release(tmp_path / "release")
    killed = subprocess.run([sys.executable, "-c", killer, str(rome_dir), str(release)], cwd=REPO)
    assert killed.returncode == -9
    leftovers = list((rome_dir / "releases").glob(".import-*"))
    assert leftovers and active_database(rome_dir) is None
    running = rome_dir / "releases" / f".import-{os.getpid()}-inprogress.sqlite"  # this process: kept
    running.write_bytes(b"")

    ctx = Context.create(data)  # the next start
    assert ctx.rome is None
    assert list((rome_dir / "releases").glob(".import-*")) == [running]
