"""Search-as-you-type and filters over the case list, in memory, through an index.

The list holds every case's summary (50,000 cases are a few megabytes). A keystroke must not scan
them all in Python: each distinct word of the folded names is indexed by its pieces of one, two or
three letters, so a typed word of up to three letters is one dictionary look-up and a longer one the
intersection of its three-letter pieces, checked on the few words left; each word then leads to the
names holding it, and names to cases, as arrays. Filters (status, counsellor,
level) are masks computed once per choice; a keystroke combines arrays, whatever the database (the
encrypted file or the structure's PostgreSQL server) the summaries came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

import numpy as np

from workbench.core.cases import CaseSummary
from workbench.core.text import fold

ALL = None  # a filter left open
GRAM = 3  # the longest piece indexed


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


def pieces(key: str) -> set[str]:
    """Every run of one to three letters inside the words of ``key``."""
    found: set[str] = set()
    for word in key.split():
        for size in range(1, GRAM + 1):
            found.update(word[i : i + size] for i in range(len(word) - size + 1))
    return found


class CaseIndex:
    def __init__(self, cases: Sequence[CaseSummary]) -> None:
        self.cases = list(cases)
        key_numbers: dict[str, int] = {}
        key_of_case = []
        for case in self.cases:
            key_of_case.append(key_numbers.setdefault(case.search_key, len(key_numbers)))
        self._key_of_case = np.array(key_of_case, dtype=np.int64)
        self._key_count = len(key_numbers)
        # Names share their words (MARTIN, Léa…): pieces are indexed per distinct word, then a word
        # leads to the names that hold it.
        word_numbers: dict[str, int] = {}
        pair_word, pair_key = [], []  # (word, name) pairs: which names hold which word
        for key, number in key_numbers.items():
            for word in set(key.split()):
                pair_word.append(word_numbers.setdefault(word, len(word_numbers)))
                pair_key.append(number)
        self._words = list(word_numbers)
        self._pair_word = np.array(pair_word, dtype=np.int64)
        self._pair_key = np.array(pair_key, dtype=np.int64)
        postings: dict[str, list[int]] = {}
        for number, word in enumerate(self._words):
            for piece in pieces(word):
                postings.setdefault(piece, []).append(number)
        self._postings = {piece: np.array(words, dtype=np.int64) for piece, words in postings.items()}
        self._by_id = {case.id: position for position, case in enumerate(self.cases)}
        self._masks: dict[tuple[str | None, str | None, str | None], np.ndarray] = {}

    def select(self, criteria: CaseFilter) -> list[CaseSummary]:
        """The cases matching every criterion, in the index's order."""
        mask = self._filter_mask(criteria)
        words = fold(criteria.text).split()
        if words:
            matched = np.ones(self._key_count, dtype=bool)
            for word in set(words):
                in_word = np.zeros(len(self._words), dtype=bool)
                in_word[self._words_containing(word)] = True
                holding = np.zeros(self._key_count, dtype=bool)
                holding[self._pair_key[in_word[self._pair_word]]] = True
                matched &= holding
            text_mask = matched[self._key_of_case]
            if len(words) == 1 and words[0].isdigit() and int(words[0]) in self._by_id:
                text_mask[self._by_id[int(words[0])]] = True  # a case number
            mask = mask & text_mask
        chosen = np.flatnonzero(mask).tolist()
        if not chosen:
            return []
        if len(chosen) == 1:
            return [self.cases[chosen[0]]]
        return list(itemgetter(*chosen)(self.cases))

    def _words_containing(self, word: str) -> np.ndarray:
        """The vocabulary words that contain ``word`` (numbers)."""
        empty = np.zeros(0, dtype=np.int64)
        if len(word) <= GRAM:
            return self._postings.get(word, empty)
        lists = [self._postings.get(word[i : i + GRAM]) for i in range(len(word) - GRAM + 1)]
        if any(posting is None for posting in lists):
            return empty
        present = sorted((p for p in lists if p is not None), key=len)
        candidates = present[0]
        for posting in present[1:]:
            candidates = np.intersect1d(candidates, posting, assume_unique=True)
        return np.array([w for w in candidates.tolist() if word in self._words[w]], dtype=np.int64)

    def _filter_mask(self, criteria: CaseFilter) -> np.ndarray:
        choice = (criteria.status, criteria.counsellor, criteria.cep_level)
        mask = self._masks.get(choice)
        if mask is None:
            status, counsellor, level = choice
            mask = np.fromiter(
                (
                    (
                        c.archived
                        if status == "archive"
                        else not c.archived
                        if status == "actif"
                        else status is None or (not c.archived and c.status == status)
                    )
                    and (counsellor is None or c.counsellor == counsellor)
                    and (level is None or c.cep_level == level)
                    for c in self.cases
                ),
                dtype=bool,
                count=len(self.cases),
            )
            self._masks[choice] = mask
        return mask

    @staticmethod
    def sorted(cases: Sequence[CaseSummary], key: str, descending: bool = False) -> list[CaseSummary]:
        return sorted(cases, key=SORT_KEYS[key], reverse=descending)
