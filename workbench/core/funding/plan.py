"""Financing plans: combine schemes for one training and show what is left for the person.

The templates live in ``data/funding/plans.toml``. A plan is proposed when its lead scheme is not
ruled out; its lines pay, in order, at most what is left of the pedagogical cost; the fees no scheme
covers (registration, equipment, exams) are added to what the person pays. A line whose scheme is
ruled out, or whose amount cannot be computed yet, is shown without an amount and says why.

A plan resting on a decision not yet taken (the employer's agreement or hiring commitment, the
Transitions Pro commission, the France Travail adviser) says so, line by line, and shows what the
person would pay if that decision were no: a plan never counts on a commitment nobody has given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from workbench.core.funding.el import money
from workbench.core.funding.engine import Evaluation, severity
from workbench.core.funding.rules import PlanTemplate, Rulebook

EXTRA_FEES = ("training_fees_registration_eur", "equipment_cost_eur", "exam_fees_eur")


@dataclass(frozen=True)
class PlanLineValue:
    payer: str
    scheme: str  # acronym
    verdict: str
    amount: Decimal | None
    note: str = ""
    depends_on: tuple[str, ...] = ()  # decisions still awaited for this line

    @property
    def conditional(self) -> bool:
        return bool(self.depends_on)


@dataclass(frozen=True)
class FinancingPlan:
    id: str
    label: str
    lead_verdict: str
    lines: tuple[PlanLineValue, ...]
    pedagogical_cost: Decimal | None
    other_fees: Decimal  # costs no scheme of the plan covers
    funded: Decimal
    remaining: Decimal | None  # for the person; None when the cost is unknown
    conditions: tuple[str, ...] = ()  # « sous réserve de … », one per decision awaited
    remaining_if_refused: Decimal | None = None  # if every awaited decision were no

    @property
    def total_cost(self) -> Decimal | None:
        return None if self.pedagogical_cost is None else self.pedagogical_cost + self.other_fees


def _lines(
    template: PlanTemplate, evaluation: Evaluation, cost: Decimal | None, without_awaited: bool
) -> list[PlanLineValue]:
    """The lines of ``template`` paying, in order, what is left of ``cost``; ``without_awaited``:
    as if every decision still awaited were no (those lines pay nothing, the next ones pay more)."""
    left = cost
    lines = []
    for line in template.lines:
        result = evaluation.result(line.scheme)
        usable = result.verdict not in ("not_eligible", "superseded")
        awaited = tuple(f.text for f in result.pending) if usable else ()
        amount: Decimal | None = None
        note = line.note
        if not usable:
            note = "non mobilisable : " + "; ".join(m.text for m in result.missing[:1])
        elif awaited and without_awaited:
            note = "refusé (hypothèse)"
        elif line.amount == "reste":
            amount = left
        else:
            value = evaluation.value(line.amount)
            if isinstance(value, Decimal):
                amount = value if left is None else min(value, left)
            else:
                note = "montant à préciser" + (f" ({line.note})" if line.note else "")
        if amount is not None:
            amount = money(max(amount, Decimal(0)))
            if left is not None:
                left -= amount
        lines.append(PlanLineValue(line.payer, result.scheme.acronym, result.verdict, amount, note, awaited))
    return lines


def _remaining(cost: Decimal | None, lines: list[PlanLineValue], fees: Decimal) -> Decimal | None:
    funded = sum((line.amount for line in lines if line.amount is not None), Decimal(0))
    return None if cost is None else money(max(cost - funded, Decimal(0)) + fees)


def plans(book: Rulebook, evaluation: Evaluation) -> tuple[FinancingPlan, ...]:
    """The plans worth showing, the most certain first (eligible leads before the others)."""
    cost = evaluation.value("training_cost_pedagogical_ht")
    fees = sum((evaluation.value(n) or Decimal(0) for n in EXTRA_FEES), Decimal(0))
    found = []
    for template in book.plans:
        lead = evaluation.result(template.lead)
        if lead.verdict in ("not_eligible", "superseded"):
            continue
        lines = _lines(template, evaluation, cost, without_awaited=False)
        funded = sum((line.amount for line in lines if line.amount is not None), Decimal(0))
        conditions = tuple(dict.fromkeys(condition(text) for ln in lines for text in ln.depends_on))
        refused = _remaining(cost, _lines(template, evaluation, cost, without_awaited=True), fees)
        found.append(
            FinancingPlan(
                template.id,
                template.label,
                lead.verdict,
                tuple(lines),
                cost,
                money(fees),
                money(funded),
                _remaining(cost, lines, fees),
                conditions,
                refused if conditions else None,
            )
        )
    order = {plan.id: index for index, plan in enumerate(found)}
    return tuple(sorted(found, key=lambda p: (severity(p.lead_verdict), order[p.id])))


def printed_plan(plans: tuple[FinancingPlan, ...], attrs: Mapping[str, Any]) -> FinancingPlan | None:
    """The plan the documents print (and the window shows first): the plan of the scenario's route —
    a scenario that sets up a période de reconversion prints the PRP plan —, otherwise the most
    certain plan (``plans`` puts it first)."""
    if attrs.get("prp_mode"):
        for plan in plans:
            if plan.id == "prp":
                return plan
    return plans[0] if plans else None


def condition(pending: str) -> str:
    """« Engagement de l'employeur à recruter… » → « sous réserve : engagement de l'employeur… »."""
    text = pending.rstrip(".")
    return "sous réserve : " + text[:1].lower() + text[1:]
