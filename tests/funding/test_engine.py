"""The expression language, dated parameters, the register of superseded rules, and properties."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.funding.worked_examples import CASES, COMMON
from workbench.core import funding
from workbench.core.funding.el import ExpressionError, Unknown, compile_expression
from workbench.core.funding.rules import Attribute, rulebook
from workbench.errors import ValidationError

ON = date(2026, 5, 4)


class Values:
    """A minimal environment: known values, everything else unknown."""

    def __init__(self, **known: Any) -> None:
        self.known = known

    def value(self, name: str) -> Any:
        return self.known.get(name, Unknown(frozenset({name})))

    def is_known(self, name: str) -> bool:
        return name in self.known

    def verdict(self, scheme: str) -> Any:
        return "eligible"

    def native(self, name: str, args: list[Any]) -> Any:
        raise AssertionError(name)


def ev(text: str, **known: Any) -> Any:
    return compile_expression(text)(Values(**known))


# ---- Three-valued logic


def test_kleene_and_or_not() -> None:
    assert ev("a and b", a=False) is False  # false and UNKNOWN = false
    assert ev("a or b", a=True) is True  # true or UNKNOWN = true
    assert ev("a and b", a=True) == Unknown(frozenset({"b"}))
    assert ev("a or b", a=False) == Unknown(frozenset({"b"}))
    assert ev("not a") == Unknown(frozenset({"a"}))
    assert ev("a or b") == Unknown(frozenset({"a", "b"}))  # both names are asked
    assert ev("known(a)") is False and ev("known(a)", a=1) is True  # never unknown


def test_unknown_propagates_through_comparisons_and_arithmetic() -> None:
    assert ev("h * 2 >= 300") == Unknown(frozenset({"h"}))
    assert ev("h * 2 >= 300", h=Decimal(150)) is True
    assert ev("min(a, 18000)") == Unknown(frozenset({"a"}))
    assert ev("x in ['cdi', 'cdd']", x="cdd") is True
    assert ev("x not in ['cdi', 'cdd']", x="interim") is True


def test_if_with_unknown_condition_is_known_only_when_both_branches_agree() -> None:
    assert ev("if(c, 450, 450)") == Decimal(450)
    assert ev("if(c, 450, 2100)") == Unknown(frozenset({"c"}))
    assert ev("if(c, 1, 2)", c=False) == Decimal(2)


def test_dates_money_and_maps() -> None:
    assert ev("days_before(d, 120)", d=date(2026, 9, 7)) == date(2026, 5, 10)
    assert ev("d >= date '2026-01-01'", d=date(2025, 12, 31)) is False
    assert ev("round(0.005 + 1, 2)") == Decimal("1.01")  # half-up, not banker's rounding
    months = {"cdd_standard": Decimal(3), "cui_cae": Decimal(6)}
    assert ev("sum_except(m, ['cui_cae'])", m=months) == Decimal(3)
    assert ev("size(s) == 0", s=()) is True


@pytest.mark.parametrize("text", ["a and", "f(", "x ==", "'open", "a $ b", "if(a, b)", "date 'nope'"])
def test_malformed_expressions_are_refused_at_load(text: str) -> None:
    with pytest.raises(ExpressionError):
        compile_expression(text)


# ---- Dated parameters


def test_a_check_on_a_date_uses_the_values_in_force_that_day() -> None:
    book = rulebook()
    smic = book.parameters["smic_monthly_gross"]
    assert smic.on(date(2025, 6, 1)).value == Decimal("1801.80")
    assert smic.on(date(2026, 6, 1)).value == Decimal("1823.03")
    assert smic.on(date(2018, 1, 1)) is None
    participation = book.parameters["cpf_participation_forfaitaire"]
    assert participation.on(date(2024, 6, 1)).value == Decimal(100)
    assert participation.on(date(2025, 6, 1)).value == Decimal("102.23")


def test_ptp_pay_floor_follows_the_smic_of_the_evaluation_day() -> None:
    inputs, _ = CASES["C02"]
    attrs = {k: v for k, v in {**COMMON, **inputs}.items() if k != "smic_monthly_gross"}
    # 60 % of 5 000 € = 3 000 €, under the floor of 2 SMIC: the floor is the SMIC in force.
    in_2025 = funding.check(attrs, date(2025, 6, 1)).result("ptp")
    in_2026 = funding.check(attrs, date(2026, 6, 1)).result("ptp")
    assert in_2025.amount("ptp_monthly_pay_after_first_year") == Decimal("3603.60")
    assert in_2026.amount("ptp_monthly_pay_after_first_year") == Decimal("3646.06")


def test_rff_cap_changes_with_the_date_and_old_amounts_carry_a_warning() -> None:
    inputs = {
        "employment_status": "demandeur_emploi",
        "job_seeker_registered": True,
        "indemnified_are": True,
        "ppae_training_validated": True,
        "last_are_daily_gross": 40,
        "certification_kind": "rncp_diplome_titre",
        "target_job_in_tension_region": True,
        "are_rights_remaining_days": 30,
        "training_start_date": "2024-01-08",
        "training_end_date": "2024-09-30",
    }
    old = funding.check(inputs, date(2024, 1, 2)).result("rff")
    assert old.verdict == "eligible"
    assert old.amount("rff_monthly") == Decimal("652.02")
    assert any("à actualiser" in w.text for w in old.warnings)
    new = funding.check(inputs, date(2025, 3, 1)).result("rff")
    assert new.amount("rff_monthly") == Decimal("756.63")


# ---- Register of superseded rules


def test_pro_a_and_transco_are_superseded_by_the_prp_from_2026() -> None:
    evaluation = funding.check({}, ON)
    for scheme in ("pro_a", "transco"):
        result = evaluation.result(scheme)
        assert result.verdict == "superseded"
        assert result.scheme.replaced_by == "prp"
    # Before the law took effect, Pro-A still existed: its old rules are a manual check.
    assert funding.check({}, date(2025, 6, 1)).result("pro_a").verdict == "manual_check"


def test_prp_does_not_exist_for_a_period_starting_before_2026() -> None:
    inputs, _ = CASES["C05"]
    attrs = {**COMMON, **inputs, "training_start_date": "2025-09-01"}
    result = funding.check(attrs, date(2025, 6, 1)).result("prp")
    assert result.verdict == "not_eligible"
    assert [m.rule_id for m in result.missing] == ["prp.in_force"]


def test_x03_no_diploma_ceiling_for_the_prp() -> None:
    inputs, _ = CASES["C05"]
    result = funding.check({**COMMON, **inputs, "highest_qualification_level": "7"}, ON).result("prp")
    assert result.verdict == "eligible"  # Pro-A's licence-level bar is gone


def test_x04_interim_ptp_is_a_manual_check_unless_exempt() -> None:
    inputs, _ = CASES["C11"]
    exempt = funding.check({**COMMON, **inputs, "has_rqth": True}, ON).result("ptp")
    assert exempt.verdict != "manual_check"


def test_x10_agefice_rules_never_apply_to_agefiph() -> None:
    inputs, _ = CASES["C19"]
    evaluation = funding.check({**COMMON, **inputs}, ON)
    assert evaluation.result("agefiph").verdict == "not_eligible"
    assert not any(r.id.startswith("agefice") for r in rulebook().scheme("agefiph").rules)


def test_x13_rff_also_follows_the_asp() -> None:
    inputs, _ = CASES["C15"]
    changed = {**COMMON, **inputs, "indemnified_are": False, "receives_asp": True}
    rule = {m.rule_id for m in funding.check(changed, ON).result("rff").met}
    assert "rff.registered_prescribed" in rule


def test_x16_part_time_training_gives_60_days() -> None:
    inputs, _ = CASES["C01"]
    result = funding.check({**COMMON, **inputs, "training_continuous_full_time": False}, ON).result("ptp")
    (deadline,) = [d for d in result.deadlines if d.id == "ptp.deadline.conge_request"]
    assert deadline.due == date(2026, 7, 9)  # 60 days before 7 September


def test_x19_a_company_of_exactly_300_is_in_the_300_and_more_bucket() -> None:
    inputs, _ = CASES["C14"]
    result = funding.check({**COMMON, **inputs, "company_headcount": 300}, ON).result("prp")
    note = next(n.text for n in result.notes if n.rule_id.endswith("prp_framework_note"))
    assert note.startswith("Négociation d'un accord collectif obligatoire")


def test_x07_texts_say_france_travail_not_pole_emploi() -> None:
    for scheme in rulebook().schemes:
        texts = [scheme.name, scheme.summary, scheme.funder] + [r.fail + r.pending for r in scheme.rules]
        assert not any("Pôle emploi" in t for t in texts), scheme.id


def test_same_rome_code_is_flagged_for_a_ptp() -> None:
    inputs, _ = CASES["C01"]
    result = funding.check({**COMMON, **inputs, "target_rome_code": "D1214"}, ON).result("ptp")
    assert result.verdict == "eligible"  # a warning, not a refusal
    assert any(w.rule_id == "ptp.rome_change" for w in result.warnings)


def test_every_rule_cites_a_source_and_interpretations_are_tagged() -> None:
    book = rulebook()
    for scheme in book.schemes:
        for rule in scheme.rules:
            if rule.kind != "info":
                assert rule.source.refs or rule.source.tags, rule.id
    assert book.scheme("aif").rules[0].source.interpretation  # X12


# ---- Input validation


def test_invalid_input_names_the_field() -> None:
    with pytest.raises(ValidationError) as error:
        funding.check({"training_hours": "beaucoup", "contract_type": "cdx", "colour": 1}, ON)
    assert set(error.value.problems) == {"training_hours", "contract_type", "colour"}
    assert "cdi" in error.value.problems["contract_type"]  # the allowed values are listed


# ---- Properties


def _value(attribute: Attribute) -> st.SearchStrategy[Any]:
    codes = list(attribute.values)
    low = int(attribute.min) if attribute.min is not None else 0
    high = int(attribute.max) if attribute.max is not None else 3000
    numbers = st.integers(min_value=low, max_value=high)
    return {
        "bool": st.booleans(),
        "int": numbers,
        "decimal": numbers,
        "number": numbers,
        "date": st.dates(date(2024, 1, 1), date(2028, 12, 31)).map(date.isoformat),
        "enum": st.sampled_from(codes) if codes else st.just(None),
        "set": st.lists(st.sampled_from(codes), max_size=3) if codes else st.just([]),
        "map": st.dictionaries(st.sampled_from(codes), st.integers(0, 12), max_size=3)
        if codes
        else st.just({}),
        "str": st.sampled_from(["D1214", "M1607", ""]),
    }[attribute.type]


_INPUTS = [a for a in rulebook().attributes.values() if not a.derived and a.scope != "context"]
_ATTRS = st.fixed_dictionaries({}, optional={a.name: _value(a) for a in _INPUTS})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attrs=_ATTRS, on=st.dates(date(2024, 1, 1), date(2028, 12, 31)))
def test_no_combination_of_attributes_crashes_the_engine(attrs: dict[str, Any], on: date) -> None:
    evaluation = funding.check(attrs, on)
    for result in evaluation.results:
        assert result.verdict in ("eligible", "needs_info", "manual_check", "not_eligible", "superseded")
        if result.verdict == "needs_info":
            assert result.unknown  # the questions to ask are named


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attrs=_ATTRS, extra=_ATTRS)
def test_adding_information_never_turns_eligible_into_needs_info(
    attrs: dict[str, Any], extra: dict[str, Any]
) -> None:
    before = funding.check(attrs, ON)
    after = funding.check({**{k: v for k, v in extra.items() if k not in attrs}, **attrs}, ON)
    for old, new in zip(before.results, after.results, strict=True):
        if old.verdict == "eligible":
            assert new.verdict != "needs_info", (old.id, new.unknown)


@settings(max_examples=200, deadline=None)
@given(case_id=st.sampled_from(sorted(CASES)), data=st.data())
def test_completing_a_worked_example_never_turns_eligible_into_needs_info(case_id: str, data: Any) -> None:
    full = {**COMMON, **CASES[case_id][0]}
    kept = data.draw(st.sets(st.sampled_from(sorted(full))), label="known attributes")
    partial = funding.check({k: full[k] for k in kept}, ON)
    complete = funding.check(full, ON)
    for old, new in zip(partial.results, complete.results, strict=True):
        if old.verdict == "eligible":
            assert new.verdict != "needs_info", (old.id, new.unknown)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attrs=_ATTRS, on=st.dates(date(2025, 6, 1), date(2027, 12, 31)))
def test_the_comparison_of_routes_holds_for_any_case(attrs: dict[str, Any], on: date) -> None:
    from workbench.core.funding import compare

    comparison = compare.compare(attrs, on)
    assert comparison.routes
    for route in comparison.routes:
        if not route.open:
            assert route.why, route.id  # a closed route says why
            assert route.remaining is None and route.funded is None and route.income_monthly is None
        if route.remaining is not None and route.remaining_if_refused is not None:
            assert route.remaining_if_refused >= route.remaining, route.id
        assert route.risk and route.income and route.course_funding
    routes = {r.id for r in comparison.routes}
    leaving = {"demission_reconversion", "rupture_conventionnelle"}
    assert (routes & leaving == set()) == ("demandeur_emploi" in routes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attrs=_ATTRS, cep=st.dates(date(2025, 1, 1), date(2027, 12, 31)), gap=st.integers(1, 400))
def test_resigning_before_the_cep_request_is_never_a_demission_reconversion(
    attrs: dict[str, Any], cep: date, gap: int
) -> None:
    resigned = cep - timedelta(days=gap)
    case = {**attrs, "cep_request_date": cep.isoformat(), "resignation_date": resigned.isoformat()}
    assert funding.check(case, ON).result("demission_reconversion").verdict != "eligible"
    cdi = {**case, "employment_status": "salarie_prive", "contract_type": "cdi"}
    assert funding.check(cdi, ON).result("demission_reconversion").verdict == "not_eligible"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(attrs=_ATTRS)
def test_a_ptp_to_verify_never_faces_a_refused_pur_for_the_same_seniority(attrs: dict[str, Any]) -> None:
    evaluation = funding.check(attrs, ON)
    ptp, pur = evaluation.result("ptp"), evaluation.result("pur")
    if "ptp.seniority" in {m.rule_id for m in ptp.manual}:
        assert "pur.cofin.ptp_rules" not in {m.rule_id for m in pur.missing}
