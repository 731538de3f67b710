"""Funding scenarios in the database (validation, erasure, access export) and in the PDF summary."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.funding.people import TRAINING, employee
from workbench.context import Context
from workbench.core.funding.scenarios import Scenario
from workbench.errors import ValidationError
from workbench.reports.kinds import build_for_case
from workbench.store.cases import CaseRepository
from workbench.store.export import export_case
from workbench.store.funding import FundingRepository
from workbench.store.models import FundingScenarioRow


def test_scenarios_are_checked_before_they_are_saved(ctx: Context) -> None:
    case_id = employee(ctx)
    repo = FundingRepository(ctx.db)
    with pytest.raises(ValidationError) as error:
        repo.save(case_id, Scenario("Formation", {"training_hours": "beaucoup", "certification_kind": "bac"}))
    assert set(error.value.problems) == {"training_hours", "certification_kind"}
    with pytest.raises(ValidationError):
        repo.save(case_id, Scenario("  ", TRAINING))
    assert repo.scenarios(case_id) == []
    first = repo.save(case_id, Scenario("Secrétaire", TRAINING))
    second = repo.save(case_id, Scenario("Comptable", {"training_hours": 900}))
    assert [s.title for s in repo.scenarios(case_id)] == ["Secrétaire", "Comptable"]
    repo.save(case_id, Scenario("Secrétaire assistant", first.attributes, first.id))
    assert repo.primary(case_id).title == "Secrétaire assistant"
    repo.delete(second.id)
    assert len(repo.scenarios(case_id)) == 1


def test_erasure_and_access_export_include_the_scenarios(ctx: Context) -> None:
    case_id = employee(ctx)
    FundingRepository(ctx.db).save(case_id, Scenario("Secrétaire", TRAINING))
    exported = export_case(ctx.db, case_id)
    assert exported["linked"]["funding_scenarios"][0]["attributes"]["training_hours"] == 700
    CaseRepository(ctx.db).erase(case_id)
    with ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(FundingScenarioRow)) == 0


def test_funding_summary_pdf_prints_the_engine_answer(ctx: Context) -> None:
    case_id = employee(ctx)
    FundingRepository(ctx.db).save(
        case_id,
        Scenario(
            "Secrétaire",
            # The counsellor confirmed the target job exposes to no risk factor (no ROME here).
            {
                **TRAINING,
                "exam_fees_eur": 120,
                "target_job_exposed_ergonomic": [],
                "target_job_exposed_professional": [],
            },
        ),
    )
    pdf = build_for_case(ctx.db, ctx.paths, "financement", case_id, date(2026, 5, 4))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "Titre professionnel Secrétaire assistant" in text
    assert "Transitions Pro (FIPU)" in text and "8 550,00" in text.replace("\u202f", " ")
    assert "PTP-FIPU" in text and "Éligible" in text
    assert "Reste à charge" in text and "120,00" in text  # exam fees stay for the person
    assert "07/06/2026" in text or "7 juin 2026" in text  # congé request deadline


def test_the_comparison_document_shows_the_routes_side_by_side(ctx: Context) -> None:
    case_id = employee(ctx)
    record = CaseRepository(ctx.db).get(case_id)
    CaseRepository(ctx.db).update(
        record.with_funding_attributes(
            {
                "in_trial_period": False,
                "employer_auto_assurance": False,
                "activity_continuous_since": "2018-03-01",
                "days_not_worked_last_60_months": 0,
                "notice_end_date": "2026-08-31",
                "resignation_date": "2026-06-30",
            }
        )
    )
    FundingRepository(ctx.db).save(case_id, Scenario("Secrétaire", TRAINING))
    pdf = build_for_case(ctx.db, ctx.paths, "comparaison", case_id, date(2026, 5, 4))
    if out := os.environ.get("WORKBENCH_SCREENSHOTS"):
        (Path(out) / "comparaison.pdf").write_bytes(pdf)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Comparaison des parcours possibles" in text
    for route in ("Transition pro", "Période de reconversion", "CPF seul", "Démission", "Rupture conven"):
        assert route in text, route
    assert "Calendrier administratif" in text
    assert "Demander le CEP" in text and "29/06/2026" in text  # the day before the resignation
    assert "Reste à charge" in text and "Risque" in text
