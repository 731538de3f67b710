"""An evaluation put into words: French labels, formatted amounts, and a JSON-ready form.

The window, the command line and the documents all explain a verdict the same way, from here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from workbench.core.funding.engine import AmountValue, DeadlineValue, Evaluation, Finding
from workbench.core.funding.inputs import to_json
from workbench.core.funding.plan import FinancingPlan
from workbench.core.funding.rules import Rulebook, Source
from workbench.core.funding.sources import source_text
from workbench.core.text import euros

VERDICT_LABELS = {
    "eligible": "Éligible",
    "needs_info": "À compléter",
    "manual_check": "À vérifier",
    "not_eligible": "Non éligible",
    "superseded": "Dispositif remplacé",
}
VERDICT_ORDER = tuple(VERDICT_LABELS)


def amount_text(amount: AmountValue) -> str:
    value = amount.value
    if value is None:
        return "à calculer"
    if isinstance(value, Decimal):
        if amount.unit.startswith("€"):
            suffix = amount.unit[1:]
            return euros(value) + (suffix.replace("/", "\u00a0/\u00a0") if suffix else "")
        number = f"{value.normalize():f}".replace(".", ",")
        return f"{number} {amount.unit}".strip()
    return str(value)


def deadline_text(deadline: DeadlineValue) -> str:
    if deadline.due is None:
        return "date à préciser"
    day = deadline.due.strftime("%d/%m/%Y")
    if deadline.window_start is not None:
        day = f"du {deadline.window_start.strftime('%d/%m/%Y')} au {day}"
    if deadline.days_left is None:
        return day
    if deadline.days_left < 0:
        return f"{day} (dépassé de {-deadline.days_left} j)"
    return f"{day} (J-{deadline.days_left})"


def source_badges(source: Source) -> str:
    """« interprétation », « source externe » and register ids, for a reason's tooltip or suffix."""
    badges = []
    if source.interpretation:
        badges.append("interprétation")
    if source.external:
        badges.append("source externe")
    badges += list(source.register)
    return ", ".join(badges)


def ordered(evaluation: Evaluation) -> list[Any]:
    """Results grouped as the screen shows them; PTP-FIPU and PUR before the PTP (rank order)."""
    return sorted(
        evaluation.results,
        key=lambda r: (VERDICT_ORDER.index(r.verdict), r.scheme.rank),
    )


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule_id,
        "text": finding.text,
        "refs": list(finding.source.refs),
        "tags": list(finding.source.tags),
        "register": list(finding.source.register),
        "source": source_text(finding.source),
    }


def as_dict(book: Rulebook, evaluation: Evaluation, plans: tuple[FinancingPlan, ...]) -> dict[str, Any]:
    """Everything the evaluation says, with plain JSON types (dates ISO, euros as numbers)."""

    def amount(a: AmountValue) -> dict[str, Any]:
        return {
            "name": a.name,
            "label": a.label,
            "value": to_json(a.value),
            "unit": a.unit,
            "missing": list(a.missing),
            "note": a.note,
            "warning": a.warning,
        }

    def deadline(d: DeadlineValue) -> dict[str, Any]:
        return {
            "id": d.id,
            "label": d.label,
            "due": to_json(d.due),
            "window_start": to_json(d.window_start),
            "days_left": d.days_left,
            "past": d.past,
            "missing": list(d.missing),
            "text": d.text,
        }

    schemes = []
    for result in ordered(evaluation):
        schemes.append(
            {
                "id": result.id,
                "acronym": result.scheme.acronym,
                "name": result.scheme.name,
                "verdict": result.verdict,
                "verdict_label": VERDICT_LABELS[result.verdict],
                "reasons": [_finding(f) for f in result.met],
                "missing": [_finding(f) for f in result.missing],
                "unknown": [
                    {"attribute": name, "question": book.attributes[name].question}
                    if name in book.attributes
                    else {"attribute": name, "question": ""}
                    for name in result.unknown
                ],
                "manual_check": [_finding(f) for f in result.manual],
                "pending": [_finding(f) for f in result.pending],
                "warnings": [_finding(f) for f in result.warnings],
                "notes": [_finding(f) for f in result.notes],
                "amounts": [amount(a) for a in result.amounts],
                "deadlines": [deadline(d) for d in result.deadlines],
                "documents": list(result.documents),
                "replaced_by": result.scheme.replaced_by or None,
            }
        )
    return {
        "evaluation_date": evaluation.on.isoformat(),
        "rules_version": evaluation.rules_version,
        "schemes": schemes,
        "questions": [
            {"attribute": q.attribute, "label": q.label, "question": q.question, "schemes": list(q.schemes)}
            for q in evaluation.questions
        ],
        "rome_hints": dict(evaluation.hints_used),
        "plans": [
            {
                "id": p.id,
                "label": p.label,
                "lead_verdict": p.lead_verdict,
                "lines": [
                    {
                        "payer": line.payer,
                        "scheme": line.scheme,
                        "verdict": line.verdict,
                        "amount": to_json(line.amount),
                        "note": line.note,
                        "depends_on": list(line.depends_on),
                    }
                    for line in p.lines
                ],
                "conditions": list(p.conditions),
                "remaining_if_refused": to_json(p.remaining_if_refused),
                "total_cost": to_json(p.total_cost),
                "funded": to_json(p.funded),
                "remaining_for_person": to_json(p.remaining),
            }
            for p in plans
        ],
    }


def _with_source(line: str, finding: Finding) -> list[str]:
    source = source_text(finding.source)
    return [line, f"      {source}"] if source else [line]


def text_lines(book: Rulebook, evaluation: Evaluation, plans: tuple[FinancingPlan, ...]) -> list[str]:
    """The evaluation as French text for a terminal: grouped verdicts, then plans and questions."""
    out = [
        f"Vérification des financements au {evaluation.on.strftime('%d/%m/%Y')} (règles {evaluation.rules_version})"
    ]
    current = None
    for result in ordered(evaluation):
        if result.verdict != current:
            current = result.verdict
            out += ["", f"== {VERDICT_LABELS[current]}"]
        out.append(f"- {result.scheme.acronym} — {result.scheme.name}")
        for finding in result.missing:
            out += _with_source(f"    ✗ {finding.text}", finding)
        for finding in result.manual:
            out += _with_source(f"    ? {finding.text}", finding)
        if result.verdict == "needs_info":
            for name in result.unknown:
                out.append(f"    … {book.attributes[name].question if name in book.attributes else name}")
        if result.verdict in ("eligible", "manual_check", "needs_info"):
            for finding in result.pending:
                out.append(f"    ⌛ {finding.text}")
            for finding in result.warnings:
                out.append(f"    ⚠ {finding.text}")
            for amount in result.amounts:
                if amount.value is not None:
                    out.append(f"    {amount.label} : {amount_text(amount)}")
            for deadline in result.deadlines:
                if deadline.due is not None:
                    out.append(f"    {deadline.label} : {deadline_text(deadline)}")
        for finding in result.notes if result.verdict == "superseded" else ():
            out.append(f"    {finding.text}")
    if plans:
        out += ["", "== Plans de financement"]
        for plan in plans:
            out.append(f"- {plan.label} ({VERDICT_LABELS[plan.lead_verdict].lower()})")
            for line in plan.lines:
                value = euros(line.amount) if line.amount is not None else line.note or "—"
                out.append(f"    {line.payer} : {value}")
            if plan.remaining is not None:
                out.append(f"    Reste à charge : {euros(plan.remaining)}")
            for condition in plan.conditions:
                out.append(f"    {condition[:1].upper()}{condition[1:]}")
            if plan.remaining_if_refused is not None:
                out.append(f"    Reste à charge si la réponse est non : {euros(plan.remaining_if_refused)}")
    if evaluation.hints_used:
        out += ["", "== Déduit du référentiel ROME (à confirmer)"]
        out += [f"- {text}" for text in evaluation.hints_used.values()]
    if evaluation.questions:
        out += ["", "== À demander"]
        out += [f"- {q.question} ({', '.join(q.schemes)})" for q in evaluation.questions]
    return out
