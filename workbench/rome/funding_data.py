"""What the ROME referential tells the funding rules about a target job (its exposure to risks)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.core.funding import exposure
from workbench.core.funding.engine import Hint
from workbench.rome.reference import RomeReference


def hints_for(reference: RomeReference | None, attrs: Mapping[str, Any]) -> dict[str, Hint]:
    """Exposure hints for the target job of ``attrs`` (``target_rome_code``), if the fiche exists."""
    code = str(attrs.get("target_rome_code") or "").strip().upper()
    fiche = reference.fiche(code) if reference is not None and code else None
    if fiche is None:
        return {}
    contexts = [(item.ogr, item.label) for item in fiche.items if item.kind == "contexte"]
    return exposure.hints(fiche.code, fiche.title, contexts)
