"""Importing a ROME release: a small release written here for the edge cases, and the real v4.60."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from release_builder import small_release  # noqa: I001 (tests/rome is on sys.path)

from workbench.context import Context
from workbench.rome import importer
from workbench.rome.importer import ReleaseError, active_database, import_release
from workbench.rome.reference import RomeReference


def test_small_release_imports_and_cleans_quirks(tmp_path: Path) -> None:
    rome_dir = tmp_path / "rome"
    rome_dir.mkdir()
    result = import_release(rome_dir, small_release(tmp_path / "release"))
    assert result.counts == {
        "fiches": 2,
        "appellations": 3,
        "competences": 1,
        "macro_competences": 2,
        "savoirs": 1,
        "contextes": 1,
        "mobility_links": 1,
    }
    reference = RomeReference(result.path)
    assert [h.appellation for h in reference.search("clerc d avocat")] == ["Clerc d'avocat"]
    assert reference.search("greffiere")[0].code == "K1903"
    fiche = reference.fiche("K1902")
    assert fiche is not None
    assert fiche.definition == "Assiste le notaire.\nRédige des actes."
    assert [(i.label, i.core) for i in fiche.of_kind("savoir_faire")] == [
        ("Rédiger un acte d'état civil", "principale")
    ]
    assert [i.label for i in fiche.of_kind("savoir_etre")] == ["Faire preuve de rigueur"]
    assert fiche.mobility[0].code == "K1903"
    other = reference.fiche("K1903")
    assert other is not None and set(other.tags) == {
        "Emploi Vert",
        "Transition numérique",
        "Emploi cadre",
        "Emploi réglementé",
    }


@pytest.mark.parametrize(
    ("damage", "fragment"),
    [
        (
            lambda f: (f / "unix_rubrique_mobilite_v499_utf8.csv").unlink(),
            "unix_rubrique_mobilite_vXXX_utf8.csv",
        ),
        (
            lambda f: (f / "unix_texte_v499_utf8.csv").write_text('"code_rome","texte"\n', encoding="utf-8"),
            "unix_texte_v499_utf8.csv, ligne 1 : colonne(s) attendue(s) absente(s)",
        ),
        (
            lambda f: (f / "unix_rubrique_mobilite_v499_utf8.csv").write_text(
                '"code_rome","code_rome_cible","numero_ordre"\n"K1902","Z9999","1"\n', encoding="utf-8"
            ),
            "unix_rubrique_mobilite_v499_utf8.csv, ligne 2 : la fiche Z9999 n'existe pas",
        ),
        (
            lambda f: (f / "unix_coherence_item_v499_utf8.csv").write_bytes(
                b'"code_rome","code_ogr","coeur_metier"\n"K1902","501","\xc9mergente"\n'
            ),
            "unix_coherence_item_v499_utf8.csv, ligne 2 : caractères qui ne sont pas en UTF-8",
        ),
    ],
)
def test_bad_release_is_refused_and_the_active_one_stays(tmp_path: Path, damage, fragment: str) -> None:  # type: ignore[no-untyped-def]
    rome_dir = tmp_path / "rome"
    rome_dir.mkdir()
    good = import_release(rome_dir, small_release(tmp_path / "good"))
    pointer = (rome_dir / "active.json").read_bytes()
    bad = small_release(tmp_path / "bad")
    damage(bad)
    with pytest.raises(ReleaseError) as refused:
        import_release(rome_dir, bad)
    assert fragment in str(refused.value)
    assert (rome_dir / "active.json").read_bytes() == pointer
    assert active_database(rome_dir) == good.path
    assert importer.installed_releases(rome_dir) == [good.path]  # no half-written database left


def test_zip_as_published_and_cancel(tmp_path: Path) -> None:
    folder = small_release(tmp_path / "release")
    archive = tmp_path / "RefRomeCsv.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in folder.iterdir():
            out.write(path, f"RefRomeCsv/{path.name}")
    rome_dir = tmp_path / "rome"
    rome_dir.mkdir()
    with pytest.raises(importer.ImportCancelled):
        import_release(rome_dir, archive, cancelled=lambda: True)
    assert active_database(rome_dir) is None
    steps: list[int] = []
    import_release(rome_dir, archive, progress=lambda done, total, label: steps.append(done))
    assert steps[-1] == len(importer.STEPS) and active_database(rome_dir) is not None


@pytest.mark.rome
def test_real_v460_counts_fiches_and_search(rome_ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.cli import main

    assert main(["--data-dir", str(rome_ctx.paths.data_dir), "rome", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"] == {
        "fiches": 1584,
        "appellations": 13120,
        "competences": 17810,
        "macro_competences": 507,
        "savoirs": 15354,
        "contextes": 179,
        "mobility_links": 14912,
    }
    assert info["version_label"] == "ROME 4.0 version 60 (25M09)"
    reference = rome_ctx.rome
    assert reference is not None
    assert reference.search("greffiere")[0].appellation.startswith("Greffier / Greffière")
    assert reference.search("clerc d avocat")[0].appellation == "Clerc d'avocat"
    fiche = reference.fiche("M1805")
    assert fiche is not None and fiche.title == "Développeur / Développeuse informatique"
    assert "Emploi cadre" in fiche.tags and fiche.mobility
    assert all("''" not in item.label for item in fiche.items)
    assert main(["--data-dir", str(rome_ctx.paths.data_dir), "rome", "fiche", "Z0000"]) == 2
