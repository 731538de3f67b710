"""Three-way merge of a case file edited in two places (two counsellors, or the server and a laptop
that worked offline): what only one side changed is kept; what both changed differently is a
conflict the person resolves field by field. Nothing typed on either side is dropped silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from workbench.core.cases import CaseRecord

# Kept by the store, not typed by anyone: never merged.
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "archived_at"})


@dataclass(frozen=True)
class FieldConflict:
    name: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Merge:
    values: dict[str, Any]  # conflicts hold "theirs" until resolved
    conflicts: tuple[FieldConflict, ...]
    mine_applied: tuple[str, ...]  # fields changed only on my side, carried over

    def resolved(self, choices: Mapping[str, str]) -> dict[str, Any]:
        """The values with each conflict settled: ``choices[name]`` is "mine" or "theirs"."""
        values = dict(self.values)
        for conflict in self.conflicts:
            choice = choices.get(conflict.name, "theirs")
            if choice not in ("mine", "theirs"):
                raise ValueError(f"{conflict.name} : choix « {choice} » inconnu")
            values[conflict.name] = conflict.mine if choice == "mine" else conflict.theirs
        return values


def three_way(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> Merge:
    values: dict[str, Any] = {}
    conflicts = []
    applied = []
    for name in sorted(set(base) | set(mine) | set(theirs)):
        b, m, t = base.get(name), mine.get(name), theirs.get(name)
        if m in (t, b):
            values[name] = t
        elif t == b:
            values[name] = m
            applied.append(name)
        else:
            values[name] = t
            conflicts.append(FieldConflict(name, b, m, t))
    return Merge(values, tuple(conflicts), tuple(applied))


def case_fields(record: CaseRecord) -> dict[str, Any]:
    """A case record as flat fields: its attributes map is merged key by key (``attributes.x``)."""
    flat = {f.name: getattr(record, f.name) for f in fields(record) if f.name not in BOOKKEEPING}
    attributes = flat.pop("attributes")
    flat.update({f"attributes.{key}": value for key, value in attributes.items()})
    return flat


def merge_cases(base: CaseRecord, mine: CaseRecord, theirs: CaseRecord) -> Merge:
    return three_way(case_fields(base), case_fields(mine), case_fields(theirs))


def apply(theirs: CaseRecord, values: Mapping[str, Any]) -> CaseRecord:
    """``theirs`` (with its version, so that saving it is accepted) carrying the merged values."""
    attributes = {
        k.split(".", 1)[1]: v for k, v in values.items() if k.startswith("attributes.") and v is not None
    }
    plain = {k: v for k, v in values.items() if not k.startswith("attributes.")}
    return replace(theirs, attributes=attributes, **plain)
