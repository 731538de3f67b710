"""A salaried employee exposed to heavy loads and a target training: shared by the funding tests."""

from __future__ import annotations

from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository

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
            "cpf_balance_eur": 1800,
        },
    )
    return CaseRepository(ctx.db).add(record)
