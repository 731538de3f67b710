"""Extra-professional activities (bénévolat & engagement, personal life) and the ROME competences
they bring, from ``data/extra_professional_activities.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Activity:
    id: str
    category: str
    subcategory: str
    theme: str
    label: str
    competences: tuple[str, ...]


@cache
def activities(source: Path | None = None) -> tuple[Activity, ...]:
    if source is None:
        from workbench.resources import data_path

        source = data_path("extra_professional_activities.toml")
    raw = tomllib.loads(source.read_text(encoding="utf-8"))
    return tuple(
        Activity(a["id"], a["category"], a["subcategory"], a["theme"], a["label"], tuple(a["competences"]))
        for a in raw["activity"]
    )


def tree() -> dict[str, dict[str, dict[str, list[Activity]]]]:
    """category → sub-category → theme → activities, in the file's order."""
    found: dict[str, dict[str, dict[str, list[Activity]]]] = {}
    for activity in activities():
        found.setdefault(activity.category, {}).setdefault(activity.subcategory, {}).setdefault(
            activity.theme, []
        ).append(activity)
    return found


def competences_of(activity_ids: tuple[str, ...] | list[str]) -> frozenset[str]:
    by_id = {a.id: a for a in activities()}
    return frozenset(code for ident in activity_ids if ident in by_id for code in by_id[ident].competences)
