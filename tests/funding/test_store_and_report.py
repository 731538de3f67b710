"""Funding scenarios in the database (validation, erasure, access export) and in the PDF summary."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.funding.scenarios import Scenario
from workbench.errors import ValidationError
from workbench.reports.kinds import build_for_case
from workbench.store.cases import CaseRepository
from workbench.store.export import export_case
from workbench.store.funding import FundingRepository
from workbench.store.models import FundingScenarioRow

TRAINING = {
    "training_title": "Titre professionnel Secrétaire assistant",
    "certification_kind": "rncp_diplome_titre",
    "target_rome_code": "M1607",
    "training_hours": 700,
    "training_span_months": 8,
    "training_continuous_full_time": True,
    "training_on_working_time": "total",
    "training_start_date": "2026-10-05",
    "training_cost_pedagogical_ht": 9000,
    "training_cpf_eligible": True,
}


def employee(ctx: Context) -> int:
    record = CaseRecord(
        last_name="Morel",
        first_name="Karim",
        employment_status="salarie_prive",
        contract_type="cdi",
        months_salaried_total=96,
        months_in_current_company=60,
        current_rome_code="N1103",
        job_seeker_registered=False,
        attributes={
            "ergonomic_exposure_current_post": ["manutentions_manuelles_charges"],
            "ergonomic_exposure_months_current_post": 30,
            "employer_cofinancing_pct": 5,
            "project_purpose": "changement_de_metier",
            "reference_salary_monthly_gross": 2100,
            "target_job_exposed_ergonomic": [],
            "target_job_exposed_professional": [],
        },
    )
    return CaseRepository(ctx.db).add(record)


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
    FundingRepository(ctx.db).save(case_id, Scenario("Secrétaire", {**TRAINING, "exam_fees_eur": 120}))
    pdf = build_for_case(ctx.db, ctx.paths, "financement", case_id, date(2026, 5, 4))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "Titre professionnel Secrétaire assistant" in text
    assert "Transitions Pro (FIPU)" in text and "8 550,00" in text.replace("\u202f", " ")
    assert "PTP-FIPU" in text and "Éligible" in text
    assert "Reste à charge" in text and "120,00" in text  # exam fees stay for the person
    assert "07/06/2026" in text or "7 juin 2026" in text  # congé request deadline
