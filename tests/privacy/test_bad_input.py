"""Every bad input gets a French message and writes nothing; faults are said for what they are."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workbench.cli import main
from workbench.context import PASSPHRASE_ENV, Context, passphrase_from_env
from workbench.core.cases import CaseRecord
from workbench.errors import StorageError, UserError, ValidationError
from workbench.rome.importer import MAX_FILE_BYTES, active_database, import_release
from workbench.store import crypto
from workbench.store.cases import CaseNotFound, CaseRepository


def test_erasure_on_a_full_disk_says_the_case_is_erased(
    ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import Engine, event
    from sqlalchemy.exc import OperationalError

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Plein"))

    def disk_full(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.strip().upper() == "VACUUM":
            full = crypto.sqlcipher3.OperationalError("database or disk is full")
            raise OperationalError(statement, None, full)  # as SQLAlchemy wraps SQLite's

    event.listen(Engine, "before_cursor_execute", disk_full)  # every engine: the command opens its own
    try:
        assert main(["--data-dir", str(ctx.paths.data_dir), "case", "erase", str(case_id), "--yes"]) == 2
    finally:
        event.remove(Engine, "before_cursor_execute", disk_full)
    err = capsys.readouterr().err
    assert f"Le dossier n° {case_id} est effacé" in err and "disque plein" in err
    assert "Traceback" not in err
    with pytest.raises(CaseNotFound):
        CaseRepository(ctx.db).get(case_id)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("[" * 100_000 + "]" * 100_000, "imbriqué trop profondément"),
        ('{"last_name": "Mar\\ud800tin"}', "demi-caractère isolé"),
        ('{"last_name": "Martin", "notes": "avant\\u0000après"}', "caractère nul"),
        ('{"last_name": "Martin", "notes": "' + "x" * 100_001 + '"}', "(une cinquantaine de pages)"),
    ],
    ids=["nested 100,000 deep", "lone surrogate", "NUL character", "a text of 100,001 characters"],
)
def test_bad_json_gets_a_french_message_and_writes_nothing(
    ctx: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: str
) -> None:
    source = tmp_path / "entree.json"
    source.write_text(content, encoding="utf-8")
    before = len(CaseRepository(ctx.db).summaries())
    assert main(["--data-dir", str(ctx.paths.data_dir), "case", "add", str(source)]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert len(CaseRepository(ctx.db).summaries()) == before


def test_invalid_text_is_refused_by_the_rules_whatever_the_way_in(ctx: Context) -> None:
    with pytest.raises(ValidationError) as refused:
        CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", notes="a\x00b", city="Pa\udc80ris"))
    assert set(refused.value.problems) == {"notes", "city"}
    assert CaseRepository(ctx.db).summaries() == []


def test_a_note_of_a_hundred_thousand_characters_is_kept_and_one_more_is_refused(ctx: Context) -> None:
    """A pasted file must not make the case file slow to open and to type in: a text is kept up to
    100,000 characters (about fifty pages), beyond that it is refused with its length."""
    from workbench.core.text import MAX_TEXT

    repo = CaseRepository(ctx.db)
    case_id = repo.add(CaseRecord(last_name="Martin", notes="x" * MAX_TEXT))
    assert len(repo.get(case_id).notes) == MAX_TEXT
    with pytest.raises(ValidationError) as refused:
        repo.add(CaseRecord(last_name="Martin", notes="x" * (MAX_TEXT + 1)))
    assert refused.value.problems == {
        "notes": "texte de 100\u202f001 caractères : au plus 100\u202f000 (une cinquantaine de pages)."
    }
    assert len(repo.summaries()) == 1


def test_an_undecodable_argument_is_a_message(ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(ctx.paths.data_dir), "cep", "meeting", "1", "--notes", "caf\udce9"]) == 2
    err = capsys.readouterr().err
    assert "demi-caractère isolé" in err and "Traceback" not in err


def release_zip(tmp_path: Path) -> Path:
    """The official release (the zip bundled in data/rome/), repacked with flat member names."""
    from tests.conftest import ROME_V460

    if not ROME_V460.exists():
        pytest.skip("the official ROME release is not in the repository")
    target = tmp_path / "rome.zip"
    with zipfile.ZipFile(ROME_V460) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            if name.endswith(".csv"):
                out.writestr(Path(name).name, source.read(name))
    return target


def test_a_damaged_member_of_a_rome_zip_is_a_message(tmp_path: Path) -> None:
    archive = release_zip(tmp_path)
    with zipfile.ZipFile(archive) as readable:
        info = readable.getinfo("unix_referentiel_appellation_v460_utf8.csv")
    data = bytearray(archive.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 200
    data[start : start + 64] = b"\xff" * 64  # the compressed stream no longer inflates
    archive.write_bytes(bytes(data))
    rome_dir = tmp_path / "rome"
    rome_dir.mkdir()
    with pytest.raises(UserError, match="endommagé") as refused:
        import_release(rome_dir, archive)
    assert "unix_referentiel_appellation" in str(refused.value)
    assert active_database(rome_dir) is None


def test_a_zip_bomb_is_refused_before_it_fills_the_memory(tmp_path: Path) -> None:
    archive = release_zip(tmp_path)
    bomb = tmp_path / "bombe.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            if name == "unix_referentiel_appellation_v460_utf8.csv":
                out.writestr(name, b"a" * (MAX_FILE_BYTES + 1))  # a few kilobytes once compressed
            else:
                out.writestr(name, source.read(name))
    assert bomb.stat().st_size < 20 * 1024 * 1024
    rome_dir = tmp_path / "rome"
    rome_dir.mkdir()
    with pytest.raises(UserError, match="archive refusée"):
        import_release(rome_dir, bomb)
    assert active_database(rome_dir) is None


@pytest.mark.parametrize("variable", [PASSPHRASE_ENV, "WORKBENCH_TRANSFER_PASSPHRASE"])
def test_the_passphrase_minimum_holds_in_the_environment_too(
    variable: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(variable, "x")
    with pytest.raises(StorageError, match=f"{variable} : .*8 caractères"):
        passphrase_from_env(variable)
    if variable == PASSPHRASE_ENV:  # a new database is not created with it
        assert main(["--data-dir", str(tmp_path / "neuf"), "case", "list"]) == 2
        assert "8 caractères" in capsys.readouterr().err
        assert not (tmp_path / "neuf" / "cases.db").exists()


def test_interrupted_copies_are_removed_at_the_next_start(ctx: Context) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
    ctx.close()
    left = [
        ctx.paths.backup_dir / "cases-20260101-000000-000000.tmp",  # a killed backup
        ctx.paths.backup_dir / "cases-20260101-000000-000000.tmp-journal",
        ctx.paths.data_dir / "cases.restore",  # a killed restore
        ctx.paths.data_dir / "cases.db.chiffrement",  # a killed encryption
        ctx.paths.data_dir / "apercus" / "compte-rendu_nom_1.pdf",  # an earlier version's preview
    ]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"partial")
    assert CaseRepository(ctx.db).summaries()
    assert [p for p in left if p.exists()] == [] and not (ctx.paths.data_dir / "apercus").exists()


def test_piped_output_ends_quietly(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    for n in range(30):
        repo.add(CaseRecord(last_name=f"Nom{n}"))
    ctx.close()
    command = [sys.executable, "-m", "workbench", "--data-dir", str(ctx.paths.data_dir), "case", "list"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as listing:
        assert listing.stdout is not None and listing.stderr is not None
        listing.stdout.close()  # like `| head` that has already read what it wanted
        err = listing.stderr.read().decode()
        listing.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_a_note_with_the_longest_unbroken_line_is_wrapped_anywhere(qtbot: QtBot, ctx: Context) -> None:
    from PySide6.QtGui import QTextOption

    from workbench.core.text import MAX_TEXT
    from workbench.ui.case_editor import IdentitySection
    from workbench.ui.forms import TextEdit

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Nom", notes="x" * MAX_TEXT))
    section = IdentitySection(ctx, case_id)
    qtbot.addWidget(section)
    notes = [w for w in section.findChildren(TextEdit)]
    assert notes and all(w.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere for w in notes)
    ordinary = TextEdit("Une note ordinaire, qui se coupe entre les mots.")
    assert ordinary.wordWrapMode() != QTextOption.WrapMode.WrapAnywhere
