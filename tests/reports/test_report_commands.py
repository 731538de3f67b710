"""Headless: ``workbench report`` and ``workbench demo``, and the structure's settings file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pdfcheck import read

from workbench.cli import main
from workbench.context import Context
from workbench.errors import UserError, ValidationError
from workbench.reports import samples, settings
from workbench.reports.inputs import StructureSettings
from workbench.reports.kinds import KINDS
from workbench.store.cases import CaseRepository


def test_demo_writes_every_document_of_a_stored_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo"
    assert main(["--data-dir", str(tmp_path / "data"), "demo", "--out", str(out), "--on", "2026-11-24"]) == 0
    written = sorted(p.name for p in out.glob("*.pdf"))
    assert written == [
        "1-notice-rgpd.pdf",
        "2-entretien-uo1.pdf",
        "3-synthese-uo2.1.pdf",
        "4-financement.pdf",
        "5-accord-prp-interne.pdf",
        "6-accord-prp-externe.pdf",
        "7-entretien-uo2.2.pdf",
    ]
    assert "Dossier de démonstration n° 1" in capsys.readouterr().out
    synthesis = read((out / "3-synthese-uo2.1.pdf").read_bytes())
    assert "Dossier n° 1" in synthesis.text  # the stored case's number
    ctx = Context.create(tmp_path / "data")
    try:
        assert CaseRepository(ctx.db).get(1).last_name == "Martin"
    finally:
        ctx.close()


@pytest.mark.parametrize("code", list(KINDS))
def test_report_command_for_each_kind(tmp_path: Path, code: str) -> None:
    data_dir = str(tmp_path / "data")
    ctx = Context.create(data_dir)
    try:
        case_id = CaseRepository(ctx.db).add(samples.demo_case())
        settings.save(ctx.paths, samples.STRUCTURE)
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
    assert samples.STRUCTURE.name.split(" —")[0].replace("'", "’") in pdf.text
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
    saved = replace(samples.STRUCTURE, retention_years=3)
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
