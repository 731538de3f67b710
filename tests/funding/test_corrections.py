"""The corrections of funding_rules.md (errata 1-7), each at its limit, and the rule's source."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.funding.worked_examples import CASES, COMMON
from workbench.core import funding
from workbench.core.funding import plan
from workbench.core.funding.engine import Evaluation, SchemeResult
from workbench.core.funding.rules import rulebook

ON = date(2026, 5, 4)


def case(case_id: str, **changes: Any) -> dict[str, Any]:
    attrs = {**COMMON, **CASES[case_id][0], **changes}
    return {k: v for k, v in attrs.items() if v is not None}


def check(attrs: dict[str, Any], on: date = ON) -> Evaluation:
    return funding.check(attrs, on)


def rule(scheme: str, rule_id: str) -> Any:
    return next(r for r in rulebook().scheme(scheme).rules if r.id == rule_id)


def ids(findings: Any) -> list[str]:
    return [f.rule_id for f in findings]


# ---- 1. PUR co-financed by PTP funds: PTP seniority rules exist only for CDI and CDD


@pytest.mark.parametrize("contract", ["interim", "intermittent_spectacle"])
def test_pur_cofinanced_for_temps_and_intermittents_is_to_verify_like_the_ptp(contract: str) -> None:
    evaluation = check(case("C09", contract_type=contract, months_in_current_company=3))
    pur, ptp = evaluation.result("pur"), evaluation.result("ptp")
    assert pur.verdict == "manual_check" and ids(pur.manual) == ["pur.cofin.ptp_rules"]
    assert ptp.verdict == "manual_check" and ids(ptp.manual) == ["ptp.seniority"]
    assert "CDI ou un CDD" in pur.manual[0].text
    assert set(rule("pur", "pur.cofin.ptp_rules").source.refs) >= {"000:L661", "003:L355-356"}


def test_pur_cofinanced_for_a_cdi_still_applies_the_ptp_seniority() -> None:
    seniority = {"months_salaried_last_60": 60, "cdd_months_last_12_by_type": {}}
    short = check(case("C09", months_in_current_company=11, **seniority))  # 12 months are needed
    assert short.result("pur").verdict == "not_eligible"
    assert "pur.cofin.ptp_rules" in ids(short.result("pur").missing)
    assert short.result("ptp").verdict == "not_eligible"
    assert check(case("C09", months_in_current_company=12, **seniority)).result("pur").verdict == "eligible"


def test_pur_for_an_exempt_temp_worker_is_eligible() -> None:
    evaluation = check(case("C09", contract_type="interim", has_rqth=True))
    assert evaluation.result("pur").verdict == "eligible"


def test_pur_fully_covered_by_points_does_not_need_ptp_seniority() -> None:
    evaluation = check(case("C09", contract_type="interim", c2p_points_value_eur=15000))
    assert evaluation.result("pur").verdict == "eligible"


# ---- 2. AIF: not ruled out while a POEI or an AFPR waits on an employer decision


def _job_seeker_with_an_offer(**changes: Any) -> dict[str, Any]:
    return case(
        "C18",
        job_offer_contract_type="cdi",
        job_offer_employer_sector="prive",
        training_hours=300,
        training_provider_internal=False,
        **changes,
    )


def test_aif_waits_on_the_employer_decision_of_a_possible_poei() -> None:
    evaluation = check(_job_seeker_with_an_offer())
    aif = evaluation.result("aif")
    assert evaluation.result("poei").verdict == "eligible"  # with the decisions pending
    assert aif.verdict == "needs_info"
    assert set(aif.unknown) == {"job_offer_filed_with_france_travail", "employer_commits_to_hire"}
    assert rule("aif", "aif.no_poe_afpr").source.refs == ("003:L116",)


def test_aif_is_ruled_out_once_the_poei_is_settled() -> None:
    settled = _job_seeker_with_an_offer(
        job_offer_filed_with_france_travail=True, employer_commits_to_hire=True
    )
    assert check(settled).result("aif").verdict == "not_eligible"
    refused = _job_seeker_with_an_offer(employer_commits_to_hire=False)
    assert check(refused).result("poei").verdict == "not_eligible"
    assert check(refused).result("aif").verdict == "eligible"


def test_a_plan_resting_on_an_employer_commitment_says_so_and_shows_the_cost_without_it() -> None:
    evaluation = check(_job_seeker_with_an_offer(training_cost_pedagogical_ht=4000))
    poei = next(p for p in plan.plans(rulebook(), evaluation) if p.id == "poei")
    assert poei.remaining is not None and poei.remaining == 150  # the registration fees only
    assert any("sous réserve" in c for c in poei.conditions)
    assert any("employeur" in c for c in poei.conditions)
    assert poei.remaining_if_refused == 4150  # nobody pays the course if the employer says no


# ---- 3. VAE paths are PRP paths; the 150-hour minimum does not apply to VAE and CléA


def _prp(**changes: Any) -> dict[str, Any]:
    return case("C14", **{"training_hours": 300, "training_span_months": 6, **changes})


def test_a_vae_path_is_a_prp_path_and_is_not_held_to_150_hours() -> None:
    result = check(_prp(certification_kind="vae", training_hours=40)).result("prp")
    assert result.verdict == "eligible", ids(result.missing)
    mixed = _prp(path_includes=["vae", "mise_en_situation"], training_hours=60)
    assert check(mixed).result("prp").verdict == "eligible"


@pytest.mark.parametrize(("hours", "verdict"), [(149, "not_eligible"), (150, "eligible")])
def test_the_150_hour_minimum_at_its_limit(hours: int, verdict: str) -> None:
    result = check(_prp(training_hours=hours)).result("prp")
    assert result.verdict == verdict
    if verdict == "not_eligible":
        assert ids(result.missing) == ["prp.hours_min"]


# ---- 4. In force on the day the measure starts, not on the day of the check


def test_a_prp_starting_in_march_2026_checked_in_december_2025_is_not_refused() -> None:
    december = date(2025, 12, 10)
    result = check(_prp(prp_start_date="2026-03-02"), december).result("prp")
    assert result.verdict == "eligible"
    assert "prp.in_force" in ids(result.met)
    limit = check(_prp(prp_start_date="2026-01-01"), december).result("prp")
    assert "prp.in_force" in ids(limit.met)
    before = check(_prp(prp_start_date="2025-12-31"), december).result("prp")
    assert ids(before.missing) == ["prp.in_force"]


def test_pro_a_is_judged_on_the_start_of_the_training() -> None:
    december = date(2025, 12, 10)
    assert check({"training_start_date": "2026-03-02"}, december).result("pro_a").verdict == "superseded"
    assert check({"training_start_date": "2025-12-15"}, december).result("pro_a").verdict == "manual_check"


# ---- 5. External PRP: the host company's OPCO


def _note(result: SchemeResult, name: str) -> str:
    return next(n.text for n in result.notes if n.rule_id.endswith(name))


def test_external_prp_names_the_host_company_opco() -> None:
    attrs = _prp(prp_mode="externe", opco="opcommerce", host_company_opco="atlas")
    assert _note(check(attrs).result("prp"), "prp_financer") == "OPCO de l'entreprise d'accueil (ATLAS)"
    internal = _prp(prp_mode="interne", opco="opcommerce", host_company_opco="atlas")
    assert (
        _note(check(internal).result("prp"), "prp_financer")
        == "OPCO de l'entreprise d'origine (L'Opcommerce)"
    )


# ---- 6. An agreement can only raise the PRP bounds


def test_within_450_hours_and_12_months_the_agreement_does_not_matter() -> None:
    for basis in (None, "accord_branche", "decision_unilaterale", "aucune"):
        attrs = _prp(
            training_hours=450,
            training_span_months=12,
            prp_extension_basis=basis,
            prp_max_hours_by_agreement=300,
            prp_max_months_by_agreement=6,
        )
        result = check(attrs).result("prp")
        assert result.verdict == "eligible", (basis, ids(result.missing), result.unknown)
    unknown = check(_prp(training_hours=450, prp_extension_basis=None)).result("prp")
    assert not {"prp_extension_basis", "prp_max_hours_by_agreement"} & set(unknown.unknown)


def test_above_450_hours_the_agreement_decides() -> None:
    low = _prp(training_hours=451, prp_extension_basis="accord_branche", prp_max_hours_by_agreement=300)
    assert ids(check(low).result("prp").missing) == ["prp.hours_max"]
    high = _prp(training_hours=800, prp_extension_basis="accord_branche", prp_max_hours_by_agreement=900)
    assert check(high).result("prp").verdict == "eligible"
    beyond = _prp(training_hours=2101, prp_extension_basis="accord_branche", prp_max_hours_by_agreement=2100)
    assert "prp.hours_max" in ids(check(beyond).result("prp").missing)


# ---- 7. The span of a training comes from its dates


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [("2026-09-01", "2027-08-31", 12), ("2026-09-01", "2027-09-01", 13), ("2026-09-07", "2026-09-30", 1)],
)
def test_the_span_is_computed_from_the_dates(start: str, end: str, months: int) -> None:
    attrs = _prp(training_span_months=None, training_start_date=start, training_end_date=end)
    evaluation = check(attrs)
    assert evaluation.value("training_span_months") == months
    assert "training_span_months" not in {q.attribute for q in evaluation.questions}


def test_the_span_is_asked_when_the_dates_are_not_given() -> None:
    attrs = _prp(training_span_months=None, training_end_date="2027-01-31")  # no start date
    assert "training_span_months" in {q.attribute for q in check(attrs).questions}


# ---- Sources named by document title and section


def test_every_reference_names_a_document_and_a_section() -> None:
    from workbench.core.funding.sources import describe

    for scheme in rulebook().schemes:
        for item in (*scheme.rules, *scheme.amounts, *scheme.notes, *scheme.deadlines):
            for ref in item.source.refs:
                text = describe(ref)
                assert text, (scheme.id, item, ref)
                if ref[:4] in ("000:", "003:"):
                    assert " — " in text, (ref, text)  # the section is found


def test_a_reason_names_its_source_by_title_and_section() -> None:
    from workbench.core.funding.sources import source_text

    text = source_text(rule("ptp", "ptp.seniority").source)
    assert (
        text == "Source : « Financer sa reconversion professionnelle » — Le CPF de transition professionnelle"
    )
    assert "L353" not in text
    aif = source_text(rule("aif", "aif.public").source)
    assert "interprétation" in aif and aif.startswith("Source : ")


# ---- Questions: one about the obligation d'emploi before its details


def test_one_question_about_the_obligation_d_emploi_before_its_details() -> None:
    attrs = {"employment_status": "salarie_prive", "contract_type": "cdi", "has_rqth": False}
    asked = {q.attribute for q in check(attrs).questions}
    details = {"at_mp_permanent_incapacity_pct", "receives_aah", "invalidity_pension_capacity_reduced_2_3"}
    assert not details & asked
    assert "is_oeth" in asked
    assert "is_oeth" not in {q.attribute for q in check({**attrs, "is_oeth": False}).questions}
    # A detail known true answers it.
    assert check({**attrs, "receives_aah": True}).value("is_oeth") is True
