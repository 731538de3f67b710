"""Funding checks: which schemes a person can use for a target training, why, how much, by when.

Pure domain code (no Qt, no SQL). The rules are data under ``data/funding/`` (see :mod:`.rules`);
:func:`check` types the attributes, evaluates every scheme (:mod:`.engine`) and proposes financing
plans (:mod:`.plan`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from workbench.core.funding import inputs
from workbench.core.funding.engine import Evaluation, Hint, evaluate
from workbench.core.funding.rules import Rulebook, rulebook

__all__ = ["Evaluation", "Hint", "Rulebook", "check", "rulebook"]


def check(
    raw: Mapping[str, Any],
    on: date,
    hints: Mapping[str, Hint] | None = None,
    book: Rulebook | None = None,
) -> Evaluation:
    """Evaluate every scheme for attributes as JSON gives them (ValidationError names bad ones)."""
    book = book or rulebook()
    return evaluate(book, inputs.read(book, raw), on, hints)
