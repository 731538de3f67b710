"""Démission-reconversion and rupture conventionnelle as routes, the 2026 CPF parameters, and the
side-by-side comparison: the three worked examples of demission_reconversion.md §4, and limits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tests.funding.worked_examples import CASES, COMMON
from workbench.core import funding
from workbench.core.funding import compare
from workbench.core.funding.engine import SchemeResult

ON = date(2026, 1, 20)

EMPLOYEE: dict[str, Any] = {
    **COMMON,
    "employment_status": "salarie_prive",
    "contract_type": "cdi",
    "in_trial_period": False,
    "employer_auto_assurance": False,
    "days_not_worked_last_60_months": 0,
    "parental_leave_last_60_months": False,
}


def dr(attrs: dict[str, Any], on: date = ON) -> SchemeResult:
    return funding.check(attrs, on).result("demission_reconversion")


def ids(findings: Any) -> list[str]:
    return [f.rule_id for f in findings]


# ---- Case A: Nadia, CDD then CDI with no gap, notice ending 30/06/2026, CEP at the Apec on 05/01/2026

NADIA = {
    **EMPLOYEE,
    "months_in_current_company": 46,
    "activity_continuous_since": "2021-07-01",
    "notice_end_date": "2026-06-30",
    "cep_request_date": "2026-01-05",
    "cep_operator": "apec",
    "certification_kind": "rncp_diplome_titre",
}


def test_case_a_activity_with_several_employers_is_met() -> None:
    result = dr(NADIA)
    assert "dr.activity" in ids(result.met)
    assert result.verdict == "eligible"
    # What is still to come: the attestation of Transitions Pro.
    assert ids(result.pending) == ["dr.attestation"]
    # The margin is a few days: the counsellor is told to use the France Travail simulator.
    assert any("simulateur" in w.text for w in result.warnings)


def test_case_a_variant_three_weeks_of_unpaid_leave_fails_the_activity_condition() -> None:
    result = dr({**NADIA, "days_not_worked_last_60_months": 15})
    assert result.verdict == "not_eligible"
    assert ids(result.missing) == ["dr.activity"]
    assert "simulateur" in result.missing[0].text
    # Moving the end date does not help while the leave stays inside the 60 months.
    assert dr({**NADIA, "days_not_worked_last_60_months": 15, "notice_end_date": "2026-07-31"}).verdict == (
        "not_eligible"
    )


@pytest.mark.parametrize(("days", "verdict"), [(1299, "not_eligible"), (1300, "eligible")])
def test_the_1300_days_at_the_limit(days: int, verdict: str) -> None:
    assert dr({**NADIA, "days_worked_last_60_months": days}).verdict == verdict


def test_parental_leave_in_the_window_is_to_verify() -> None:
    result = dr({**NADIA, "parental_leave_last_60_months": True})
    assert result.verdict == "manual_check"
    assert "congé parental" in result.manual[0].text


# ---- Case B: Julien resigned on 15/01/2026, first contacted a CEP operator on 01/02/2026

JULIEN = {
    **EMPLOYEE,
    "months_in_current_company": 84,
    "activity_continuous_since": "2019-01-01",
    "resignation_date": "2026-01-15",
    "notice_end_date": "2026-03-15",
    "cep_request_date": "2026-02-01",
    "cep_operator": "operateur_regional",
    "certification_kind": "createur_repreneur",
}


def test_case_b_resigning_before_requesting_the_cep_is_not_eligible() -> None:
    result = dr(JULIEN, date(2026, 2, 10))
    assert result.verdict == "not_eligible"
    assert ids(result.missing) == ["dr.cep_before_resignation"]
    assert "dr.activity" in ids(result.met)  # 1 300 days do not cure it
    text = result.missing[0].text
    assert "4 mois" in text and "instance paritaire" in text  # the alternative is offered
    from workbench.core.funding.sources import source_text

    assert "Code du travail, articles L5422-1-1, R5422-2-1" in source_text(result.missing[0].source)


def test_the_cep_request_on_the_day_of_the_resignation_counts() -> None:
    assert "dr.cep_before_resignation" in ids(dr({**JULIEN, "cep_request_date": "2026-01-15"}).met)


def test_case_b_variant_a_cep_at_france_travail_does_not_count() -> None:
    result = dr({**JULIEN, "cep_request_date": "2026-01-05", "cep_operator": "france_travail"})
    assert ids(result.missing) == ["dr.cep_operator"]
    assert dr({**JULIEN, "cep_request_date": "2026-01-05", "cep_operator": "mission_locale"}).verdict == (
        "not_eligible"
    )


# ---- Case C: Amina, attestation notified on 10/03/2026, titre RNCP of 7 000 €, CPF 3 000 €

AMINA = {
    **EMPLOYEE,
    "months_in_current_company": 96,
    "activity_continuous_since": "2018-01-01",
    "cep_request_date": "2026-01-12",
    "cep_operator": "operateur_regional",
    "resignation_date": "2026-03-20",
    "notice_end_date": "2026-04-30",
    "cpir_decision": "favorable",
    "cpir_notification_date": "2026-03-10",
    "certification_kind": "rncp_diplome_titre",
    "training_cpf_eligible": True,
    "training_start_date": "2026-05-11",
    "training_end_date": "2027-05-10",
    "training_cost_pedagogical_ht": 7000,
    "cpf_balance_eur": 3000,
}


def test_case_c_eligible_with_its_deadlines() -> None:
    on = date(2026, 3, 15)
    result = dr(AMINA, on)
    assert result.verdict == "eligible", ids(result.missing)
    deadlines = {d.id: d for d in result.deadlines}
    assert deadlines["dr.deadline.claim"].due == date(2026, 9, 10)  # 6 months from the notification
    assert deadlines["dr.deadline.claim"].days_left == (date(2026, 9, 10) - on).days
    assert deadlines["dr.deadline.check"].due == date(2026, 10, 30)  # 6 months after the rights open
    assert deadlines["dr.deadline.cep"].due == date(2026, 3, 19)  # before the resignation
    income = next(n.text for n in result.notes if n.rule_id.endswith("dr_income"))
    assert "AREF" in income


def test_case_c_the_course_is_funded_as_a_job_seeker_without_participation() -> None:
    comparison = compare.compare(AMINA, date(2026, 3, 15))
    route = next(r for r in comparison.routes if r.id == "demission_reconversion")
    assert route.open
    assert "CPF" in route.course_funding
    assert route.funded is not None and route.funded >= Decimal(3000)
    # The RNCP titre is not capped at 1 500 € (the RS cap) and no 103,20 € participation applies.
    assert route.remaining is not None and route.remaining <= Decimal(4000)
    assert route.remaining_if_refused == Decimal(4000)  # if France Travail refuses the AIF
    assert any("sous réserve" in c for c in route.conditions)
    leaving = funding.check({**AMINA, **compare.AFTER_LEAVING}, date(2026, 3, 15))
    assert leaving.result("cpf").amount("cpf_participation") == 0
    assert leaving.result("cpf").amount("cpf_usable") == 3000


def test_case_c_counter_example_claim_after_six_months() -> None:
    late = dr({**AMINA, "are_claim_date": "2026-09-15"}, date(2026, 9, 16))
    assert late.verdict == "not_eligible"
    assert ids(late.missing) == ["dr.claim_within_6_months"]
    on_time = dr({**AMINA, "are_claim_date": "2026-09-10"}, date(2026, 9, 16))
    assert on_time.verdict == "eligible"


def test_case_c_no_ptp_after_resigning() -> None:
    result = funding.check({**AMINA, "project_purpose": "changement_de_metier"}, date(2026, 4, 1)).result(
        "ptp"
    )
    assert result.verdict == "not_eligible"
    assert "ptp.contract_in_force" in ids(result.missing)


def test_a_refused_attestation_gives_the_appeal_deadline() -> None:
    result = dr({**AMINA, "cpir_decision": "defavorable"}, date(2026, 3, 15))
    assert result.verdict == "not_eligible"
    appeal = next(d for d in result.deadlines if d.id == "dr.deadline.appeal")
    assert appeal.due == date(2026, 5, 10)


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({"contract_type": "cdd"}, "dr.cdi"),
        ({"employment_status": "agent_public"}, "dr.cdi"),
        ({"in_trial_period": True}, "dr.not_trial_period"),
        ({"employer_auto_assurance": True}, "dr.not_auto_assurance"),
    ],
)
def test_excluded_situations(changes: dict[str, Any], rule: str) -> None:
    assert rule in ids(dr({**NADIA, **changes}).missing)


# ---- Rupture conventionnelle


def test_rupture_conventionnelle_waits_on_the_employer_and_funds_nothing() -> None:
    result = funding.check({**NADIA, "rc_signature_date": "2026-02-02"}, ON).result("rupture_conventionnelle")
    assert result.verdict == "eligible"
    assert ids(result.pending) == ["rc.employer_agrees"]
    assert next(d for d in result.deadlines if d.id == "rc.deadline.withdrawal").due == date(2026, 2, 17)
    refused = funding.check({**NADIA, "employer_agrees_rc": False}, ON).result("rupture_conventionnelle")
    assert ids(refused.missing) == ["rc.employer_agrees"]
    assert "démission-reconversion" in refused.missing[0].text
    cdd = funding.check({**NADIA, "contract_type": "cdd"}, ON).result("rupture_conventionnelle")
    assert ids(cdd.missing) == ["rc.cdi"]


@pytest.mark.parametrize(("days", "verdict"), [(129, "not_eligible"), (130, "eligible")])
def test_rupture_conventionnelle_affiliation_at_the_limit(days: int, verdict: str) -> None:
    attrs = {**NADIA, "months_in_current_company": 3, "days_worked_last_24_months": days}
    assert funding.check(attrs, ON).result("rupture_conventionnelle").verdict == verdict


# ---- 2026 CPF parameters


def test_participation_forfaitaire_2026() -> None:
    attrs = {**NADIA, "cpf_balance_eur": 2000}
    assert funding.check(attrs, date(2026, 1, 1)).result("cpf").amount("cpf_participation") == Decimal(
        "103.20"
    )
    assert funding.check(attrs, date(2025, 12, 31)).result("cpf").amount("cpf_participation") == Decimal(
        "102.23"
    )


@pytest.mark.parametrize(
    ("kind", "cap"),
    [("rs", 1500), ("bilan_competences", 1600), ("permis_b", 900), ("rncp_diplome_titre", None)],
)
def test_cpf_ceilings_from_26_february_2026(kind: str, cap: int | None) -> None:
    attrs = {**NADIA, "certification_kind": kind, "cpf_balance_eur": 4000, "job_seeker_registered": True}
    before = funding.check(attrs, date(2026, 2, 25)).result("cpf")
    after = funding.check(attrs, date(2026, 2, 26)).result("cpf")
    assert before.amount("cpf_usable") == 4000
    assert after.amount("cpf_usable") == (cap if cap is not None else 4000)


def test_permis_b_needs_a_job_seeker_or_a_cofunder_from_2026() -> None:
    attrs = {
        **NADIA,
        "certification_kind": "permis_b",
        "cpf_balance_eur": 1000,
        "cpf_third_party_cofunding": False,
    }
    assert "cpf.permis_b" in ids(funding.check(attrs, date(2026, 3, 1)).result("cpf").missing)
    cofunded = {**attrs, "cpf_third_party_cofunding": True}
    assert funding.check(cofunded, date(2026, 3, 1)).result("cpf").verdict == "eligible"


# ---- The comparison


def test_the_comparison_of_an_employee_lists_the_routes_counsellors_rank() -> None:
    inputs, _ = CASES["C01"]
    comparison = compare.compare({**EMPLOYEE, **inputs, "cpf_balance_eur": 2100}, date(2026, 5, 4))
    by_id = {r.id: r for r in comparison.routes}
    assert set(by_id) == {"ptp", "prp", "cpf", "demission_reconversion", "rupture_conventionnelle"}
    ptp = by_id["ptp"]
    assert ptp.open and ptp.income_monthly == Decimal("1900.00")
    assert ptp.remaining == 0 and ptp.remaining_if_refused is not None and ptp.remaining_if_refused > 0
    assert any("commission" in c for c in ptp.conditions)
    assert not by_id["prp"].open and by_id["prp"].remaining is None  # no amount on a closed route
    # Open routes first, the PTP before the routes that leave the job.
    titles = [r.id for r in comparison.routes]
    assert titles.index("ptp") < titles.index("demission_reconversion")
    data = compare.as_dict(comparison)
    assert data["routes"][0]["risk"] and "deadlines" in data["routes"][0]


def test_the_comparison_of_a_job_seeker_has_the_job_seeker_schemes() -> None:
    inputs, _ = CASES["C18"]
    comparison = compare.compare({**COMMON, **inputs}, date(2026, 5, 4))
    ids_ = {r.id for r in comparison.routes}
    assert "demandeur_emploi" in ids_ and "demission_reconversion" not in ids_
