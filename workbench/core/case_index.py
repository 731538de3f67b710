"""Search-as-you-type and filters over the case list, in memory.

The list holds every case's summary (50,000 cases are a few megabytes); filtering a folded key per
case on each keystroke is faster and simpler than a query per keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from workbench.core.cases import CaseSummary
from workbench.core.text import fold

ALL = None  # a filter left open


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    status: str | None = "actif"  # "actif" (not archived), "ouvert", "clos", "archive", or ALL
    counsellor: str | None = ALL
    cep_level: str | None = ALL


SORT_KEYS = {
    "name": lambda c: (c.search_key, c.id),
    "birth_date": lambda c: (c.birth_date or date.min, c.id),
    "counsellor": lambda c: (fold(c.counsellor), c.id),
    "cep_level": lambda c: (c.cep_level or "", c.id),
    "status": lambda c: (c.archived, c.status, c.id),
    "updated_at": lambda c: (c.updated_at, c.id),
    "id": lambda c: c.id,
}


class CaseIndex:
    def __init__(self, cases: Sequence[CaseSummary]) -> None:
        self.cases = list(cases)

    def select(self, criteria: CaseFilter) -> list[CaseSummary]:
        """The cases matching every criterion, in the index's order."""
        words = fold(criteria.text).split()
        selected = self.cases
        if criteria.status == "archive":
            selected = [c for c in selected if c.archived]
        elif criteria.status == "actif":
            selected = [c for c in selected if not c.archived]
        elif criteria.status is not None:
            selected = [c for c in selected if not c.archived and c.status == criteria.status]
        if criteria.counsellor is not None:
            selected = [c for c in selected if c.counsellor == criteria.counsellor]
        if criteria.cep_level is not None:
            selected = [c for c in selected if c.cep_level == criteria.cep_level]
        if words:
            if len(words) == 1:
                word = words[0]
                selected = [c for c in selected if word in c.search_key or word == str(c.id)]
            else:
                selected = [c for c in selected if all(w in c.search_key for w in words)]
        return selected

    @staticmethod
    def sorted(cases: Sequence[CaseSummary], key: str, descending: bool = False) -> list[CaseSummary]:
        return sorted(cases, key=SORT_KEYS[key], reverse=descending)
