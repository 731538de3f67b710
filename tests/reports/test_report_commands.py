"""Headless: ``workbench report`` and ``workbench demo``, and the structure's settings file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pdfcheck import read

from tests import stored_demo as rich_case
from workbench.cli import main
from workbench.context import Context
from workbench.errors import UserError, ValidationError
from workbench.reports import demo_case, settings
from workbench.reports.case_file import load
from workbench.reports.inputs import StructureSettings
from workbench.reports.kinds import KINDS
from workbench.store.cases import CaseRepository


def test_demo_builds_its_case_and_prints_what_report_prints(
    rome_ctx: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demonstration's case is built by the counsellor's operations; each of its documents is
    byte for byte what ``workbench report KIND ID`` prints for the stored case."""
    data_dir = str(rome_ctx.paths.data_dir)
    rome_ctx.close()
    out = tmp_path / "demo"
    assert main(["--data-dir", data_dir, "demo", "--out", str(out), "--on", "2026-11-24"]) == 0
    printed = capsys.readouterr().out
    assert "Dossier de démonstration n° 1" in printed
    written = sorted(p.name for p in out.glob("*.pdf"))
    assert len(written) == 9 and written[0] == "01-notice-rgpd.pdf" and written[-1] == "09-attestation.pdf"
    commands = [
        line.split("(", 1)[1].rstrip(")").split()[1:] for line in printed.splitlines() if "(workbench" in line
    ]
    assert len(commands) == 9
    for name, command in zip(written, commands, strict=True):
        again = tmp_path / "again" / name
        assert main(["--data-dir", data_dir, *command, "--out", str(again)]) == 0
        assert again.read_bytes() == (out / name).read_bytes(), name
    ctx = Context.create(data_dir)
    try:
        stored = load(ctx.db, 1)
        assert stored.case.last_name == "Martin"
        assert len(stored.meetings) == 4 and len(stored.experiences) == 3
        assert stored.scenario is not None and stored.path.closed
        assert stored.target == "D1401" and stored.preferences.thumbs["M1607"] is True
    finally:
        ctx.close()
    synthesis = read((out / "05-synthese.pdf").read_bytes()).text
    assert "Dossier n° 1" in synthesis and "À compléter Compétences" not in synthesis


@pytest.mark.parametrize("code", list(KINDS))
def test_report_command_for_each_kind(tmp_path: Path, code: str) -> None:
    data_dir = str(tmp_path / "data")
    ctx = Context.create(data_dir)
    try:
        case_id = CaseRepository(ctx.db).add(demo_case.record(demo_case.Days(rich_case.TODAY)))
        settings.save(ctx.paths, demo_case.STRUCTURE)
    finally:
        ctx.close()
    target = tmp_path / "sortie" / f"{code}.pdf"
    assert (
        main(
            ["--data-dir", data_dir, "report", code, str(case_id), "--out", str(target), "--on", "2026-11-24"]
        )
        == 0
    )
    pdf = read(target.read_bytes())
    assert "Léa MARTIN" in pdf.text
    assert demo_case.STRUCTURE.name.split(" —")[0].replace("'", "’") in pdf.text
    assert pdf.metadata["/CreationDate"].startswith("D:20261124")


def test_report_for_a_missing_case_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    code = main(["--data-dir", str(tmp_path / "data"), "report", "entretien", "42", "--out", str(target)])
    assert code == 2
    assert "Aucun dossier n° 42" in capsys.readouterr().err
    assert not target.exists()


def test_report_refuses_an_unknown_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "report", "bulletin", "1", "--out", "x.pdf"])
    assert "bulletin" in capsys.readouterr().err


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    paths = Context.create(tmp_path / "data").paths
    assert settings.load(paths) == StructureSettings()
    saved = replace(demo_case.STRUCTURE, retention_years=3)
    path = settings.save(paths, saved)
    assert path == tmp_path / "data" / "settings.json"
    assert settings.load(paths) == saved
    assert json.loads(path.read_text(encoding="utf-8"))["structure"]["name"] == saved.name


def test_settings_validation_names_the_field(tmp_path: Path) -> None:
    paths = Context.create(tmp_path / "data").paths
    with pytest.raises(ValidationError) as caught:
        settings.save(paths, StructureSettings(retention_years=0, logo_path=str(tmp_path / "absent.png")))
    assert set(caught.value.problems) == {"retention_years", "logo_path"}
    assert not settings.settings_file(paths).exists()  # nothing written


def test_a_damaged_settings_file_is_reported_in_french(tmp_path: Path) -> None:
    paths = Context.create(tmp_path / "data").paths
    paths.data_dir.mkdir(parents=True)
    settings.settings_file(paths).write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(UserError, match="endommagé"):
        settings.load(paths)
    settings.settings_file(paths).write_text('{"structure": {"retention_years": "deux"}}', encoding="utf-8")
    with pytest.raises(ValidationError):
        settings.load(paths)


def test_report_texts_reword_and_hand_over_from_a_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--texts`` lists what may be reworded; ``--reword`` prints it, ``--hand-over`` keeps those bytes."""
    from workbench.app.documents import Documents

    data_dir = str(tmp_path / "data")
    ctx = Context.create(data_dir)
    try:
        case_id = CaseRepository(ctx.db).add(demo_case.record(demo_case.Days(rich_case.TODAY)))
    finally:
        ctx.close()
    base = ["--data-dir", data_dir, "report", "notice-rgpd", str(case_id), "--on", "2026-11-24"]
    assert main([*base, "--texts"]) == 0
    texts = json.loads(capsys.readouterr().out)
    assert [t["key"] for t in texts] == ["introduction", "access"] and texts[0]["label"] and texts[0]["text"]
    edits = tmp_path / "textes.json"
    edits.write_text(json.dumps({"access": "Seule votre conseillère ouvre ce dossier."}), encoding="utf-8")
    target = tmp_path / "notice.pdf"
    assert main([*base, "--out", str(target), "--reword", str(edits), "--hand-over", "la personne"]) == 0
    assert "SHA-256" in capsys.readouterr().out
    assert "Seule votre conseillère ouvre ce dossier." in read(target.read_bytes()).text
    ctx = Context.create(data_dir)
    try:
        documents = Documents(ctx)
        kept = documents.handed(case_id)
        assert [(h.kind, h.recipient, h.reworded) for h in kept] == [("notice-rgpd", "la personne", True)]
        assert documents.handed_content(kept[0].id) == target.read_bytes()
    finally:
        ctx.close()
    # A key the document does not have, a broken file, no --out: a French message, nothing written.
    edits.write_text(json.dumps({"droits": "x"}), encoding="utf-8")
    other = tmp_path / "autre.pdf"
    assert main([*base, "--out", str(other), "--reword", str(edits)]) == 2
    assert "Texte inconnu pour le document « notice-rgpd » : droits" in capsys.readouterr().err
    edits.write_text("{pas du json", encoding="utf-8")
    assert main([*base, "--out", str(other), "--reword", str(edits)]) == 2
    assert "n'est pas un fichier JSON lisible" in capsys.readouterr().err
    assert main(base) == 2
    assert "--out FICHIER.pdf" in capsys.readouterr().err
    assert not other.exists()
    assert main(["--data-dir", data_dir, "report", "comparaison", str(case_id), "--texts"]) == 0
    assert json.loads(capsys.readouterr().out) == []
