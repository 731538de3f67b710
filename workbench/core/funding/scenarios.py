"""Funding scenarios: the target trainings (or job offers, or PRP) checked for one person.

A case file holds the person-level attributes; each scenario holds those of one target training
(scope "scenario" in ``data/funding/attributes.toml``). The engine reads both merged, the scenario
winning, so that two trainings can be compared for the same person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workbench.core.cases import CaseRecord
from workbench.core.funding.rules import Rulebook


@dataclass(frozen=True)
class Scenario:
    title: str
    attributes: dict[str, Any] = field(default_factory=dict)  # §8 name → JSON value
    id: int | None = None
    position: int = 0


def scope_of(book: Rulebook, name: str) -> str:
    """Where an attribute is kept: ``case`` (the person) or ``scenario`` (the training)."""
    attribute = book.attributes.get(name)
    return "case" if attribute is not None and attribute.scope == "case" else "scenario"


def split(book: Rulebook, changes: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(person-level, scenario-level) parts of ``changes``."""
    person: dict[str, Any] = {}
    training: dict[str, Any] = {}
    for name, value in changes.items():
        (person if scope_of(book, name) == "case" else training)[name] = value
    return person, training


def merged(case_attributes: Mapping[str, Any], scenario: Scenario | None) -> dict[str, Any]:
    """The engine's input for one scenario (JSON values; absent or None = unknown)."""
    values = {**case_attributes, **(scenario.attributes if scenario else {})}
    return {name: value for name, value in values.items() if value is not None}


def case_answers(record: CaseRecord) -> dict[str, Any]:
    """The person's funding answers, with what the rest of the case file already says: a French
    postal code in the address answers « Résidez-vous en France ? » (unless answered otherwise)."""
    answers = record.funding_attributes()
    if "resides_in_france" not in answers and record.postal_code.strip():
        answers["resides_in_france"] = True
    return answers
