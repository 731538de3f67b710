"""What the ROME referential tells the funding rules about a target job, and a check that uses it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from workbench.core import funding
from workbench.core.funding import exposure, plan
from workbench.core.funding.engine import Evaluation, Hint
from workbench.core.funding.plan import FinancingPlan
from workbench.rome.reference import RomeReference


def hints_for(reference: RomeReference | None, attrs: Mapping[str, Any]) -> dict[str, Hint]:
    """Exposure hints for the target job of ``attrs`` (``target_rome_code``), if the fiche exists."""
    code = str(attrs.get("target_rome_code") or "").strip().upper()
    fiche = reference.fiche(code) if reference is not None and code else None
    if fiche is None:
        return {}
    contexts = [(item.ogr, item.label) for item in fiche.items if item.kind == "contexte"]
    return exposure.hints(fiche.code, fiche.title, contexts)


def check(
    reference: RomeReference | None, attrs: Mapping[str, Any], on: date
) -> tuple[Evaluation, tuple[FinancingPlan, ...]]:
    """Every scheme's verdict for ``attrs`` (JSON values) on ``on``, and the financing plans."""
    book = funding.rulebook()
    evaluation = funding.check(attrs, on, hints_for(reference, attrs), book)
    return evaluation, plan.plans(book, evaluation)
