"""The case list's search index finds exactly what reading every case would find, in the same order."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from workbench.core.case_index import CaseFilter, CaseIndex
from workbench.core.cases import CaseSummary
from workbench.core.text import fold

LAST = ["Martin", "Dupont", "Da Silva", "Nguyen", "Lefèvre", "Dupont-Moreau", "Ka", "Traoré"]
FIRST = ["Léa", "Élodie", "Thi", "Karim", "Jean-Marc", "Zoé"]


def read_every_case(cases: list[CaseSummary], criteria: CaseFilter) -> list[CaseSummary]:
    words = fold(criteria.text).split()

    def keeps(c: CaseSummary) -> bool:
        status = criteria.status
        if status == "archive" and not c.archived:
            return False
        if status == "actif" and c.archived:
            return False
        if status not in (None, "archive", "actif") and (c.archived or c.status != status):
            return False
        if criteria.counsellor is not None and c.counsellor != criteria.counsellor:
            return False
        if criteria.cep_level is not None and c.cep_level != criteria.cep_level:
            return False
        if len(words) == 1:
            return words[0] in c.search_key or words[0] == str(c.id)
        return all(w in c.search_key for w in words)

    return [c for c in cases if keeps(c)]


def test_index_matches_a_full_read() -> None:
    rng = random.Random(3)
    now = datetime.now(UTC)
    cases = []
    for n in range(1, 600):
        last, first = rng.choice(LAST), rng.choice(FIRST)
        cases.append(
            CaseSummary(
                n,
                last,
                first,
                fold(f"{last} {first}"),
                None,
                rng.choice(["Claire", "Marc"]),
                rng.choice(["ouvert", "clos"]),
                rng.choice(["UO1", "UO2.1", None]),
                now,
                n % 7 == 0,
            )
        )
    cases.sort(key=lambda c: (c.search_key, c.id))
    index = CaseIndex(cases)
    typed = ["dupont elodie", "da silva", "lefevre", "ka", "thi ng", "42", "7", "moreau dup", "zz", "e a"]
    for status in ("actif", None, "clos", "archive"):
        for counsellor in (None, "Marc"):
            for text in typed:
                for end in range(0, len(text) + 1):
                    criteria = CaseFilter(text[:end], status, counsellor, None)
                    assert index.select(criteria) == read_every_case(cases, criteria), criteria
    assert CaseIndex([]).select(CaseFilter("martin")) == []
