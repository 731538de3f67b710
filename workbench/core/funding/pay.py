"""Pay during a PTP congé (``funding_rules.md`` §5.1, source 003:L393-413).

Up to 2 SMIC the salaire moyen de référence is kept in full. Above, 90 % is paid for the first year
of a continuous full-time training (or the first 1 200 hours of a discontinuous or part-time one),
then 60 %, never below 2 SMIC (X20: the floor is applied to that second phase only, the literal
reading of the source).
"""

from __future__ import annotations

from decimal import Decimal

from workbench.core.funding.el import money

FIRST_PHASE_MONTHS = 12
FIRST_PHASE_HOURS = 1200


def is_long(continuous_full_time: bool, span_months: Decimal | None, hours: Decimal | None) -> bool | None:
    """Whether the training has a second phase (beyond one year / 1 200 h); None when unknown."""
    measure = span_months if continuous_full_time else hours
    if measure is None:
        return None
    return measure > (FIRST_PHASE_MONTHS if continuous_full_time else FIRST_PHASE_HOURS)


def monthly_pay(ref_salary: Decimal, smic: Decimal, second_phase: bool) -> Decimal:
    two_smic = 2 * smic
    if ref_salary <= two_smic:
        return money(ref_salary)
    if not second_phase:
        return money(Decimal("0.90") * ref_salary)
    return money(max(Decimal("0.60") * ref_salary, two_smic))


def total_pay(ref_salary: Decimal, smic: Decimal, span_months: Decimal) -> Decimal:
    """Pay over a continuous full-time training of ``span_months`` (a last partial month pro rata)."""
    first = min(span_months, Decimal(FIRST_PHASE_MONTHS))
    second = max(span_months - FIRST_PHASE_MONTHS, Decimal(0))
    return money(first * monthly_pay(ref_salary, smic, False) + second * monthly_pay(ref_salary, smic, True))
