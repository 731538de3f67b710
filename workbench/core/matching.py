"""Job matching: from a person's experiences to the fiches within reach, with what is acquired and
what is missing. Pure Python + numpy; every fiche is scored at once.

How a ranking is computed (also in the README):

1. **Profile.** Each experience brings the competences of its fiche (those the counsellor kept).
   Its weight grows with its length and fades with age: ``length = 1 - exp(-months / 24)`` (half
   weight after ~17 months, 0.78 after 3 years) and ``recency = 0.5 ** (years since it ended / 10)``
   (ongoing: 1). An undated experience (extra-professional ones often are) weighs 0.5. A competence
   brought by several experiences keeps the strongest weight.
2. **Weights of a fiche's competences.** Rarer competences say more about a job than common ones
   (inverse document frequency over the 1,584 fiches), and the fiche's "cœur de métier" items
   (Principale) count double, emerging ones 1.25×. Savoir-être weigh half: they are shared widely.
3. **Score.** The weighted share of the fiche's competences found in the profile (0 to 1). One
   matrix–vector product scores every fiche.
4. **Preferences.** A work context the person excludes demotes a fiche to a fifth of its score;
   each liked context present adds 10 % (at most +30 %). A 👍 lifts the fiche by 20 %; a 👎 sinks
   it and demotes the fiches most similar to it (cosine similarity of their weighted competences)
   in proportion to that similarity.
5. **Classes.** Relative to the best fiche the person has not held already: "Le plus proche" from
   70 % of its coverage, "Proche" from 40 %, "Moins proche" below. Absolute coverages depend on how
   many competences fiches list; the person's own best option is the natural yardstick.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

CORE_WEIGHT = {"principale": 2.0, "emergente": 1.25, "": 1.0}
SAVOIR_ETRE_FACTOR = 0.5
EXCLUDED_FACTOR = 0.2
LIKED_BONUS, LIKED_MAX = 0.10, 0.30
THUMB_UP, THUMB_DOWN = 1.2, 0.05
CLASSES = ((0.70, "Le plus proche"), (0.40, "Proche"), (0.0, "Moins proche"))
UNDATED_WEIGHT = 0.5

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class FicheFacts:
    code: str
    title: str
    domaine: str
    tags: frozenset[str] = frozenset()
    secteurs: frozenset[str] = frozenset()
    centres: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MatchingData:
    """The referential as the engine needs it; built once per ROME release."""

    fiches: tuple[FicheFacts, ...]
    items: tuple[str, ...]  # competence ids (code_ogr)
    item_labels: tuple[str, ...]
    item_is_savoir_etre: npt.NDArray[np.bool_]
    links: Mapping[str, Mapping[str, str]]  # fiche code → {item id: core flag}
    contexts: Mapping[str, frozenset[str]]  # fiche code → labels of its contextes de travail
    mobility: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Experience:
    fiche: str
    start: date | None = None
    end: date | None = None  # None with a start: still going on
    label: str = ""
    removed: frozenset[str] = frozenset()  # competences the counsellor unticked
    added: frozenset[str] = frozenset()  # competences from extra-professional activities
    kind: str = "pro"  # "pro", or "extra" (bénévolat & engagement, personnelle): fiche is then ""
    appellation: str = ""  # ROME appellation code of a professional experience
    employer: str = ""
    activities: tuple[
        str, ...
    ] = ()  # extra-professional activity ids (data/extra_professional_activities.toml)
    id: int | None = None

    def weight(self, today: date) -> float:
        if self.start is None:
            return UNDATED_WEIGHT
        end = self.end or today
        months = max(0.0, (end.year - self.start.year) * 12 + end.month - self.start.month + 1)
        length = 1 - math.exp(-months / 24)
        years_since = 0.0 if self.end is None else max(0.0, (today - self.end).days / 365.25)
        return length * 0.5 ** (years_since / 10)


@dataclass(frozen=True)
class Preferences:
    liked_contexts: frozenset[str] = frozenset()
    excluded_contexts: frozenset[str] = frozenset()
    thumbs: Mapping[str, bool] = field(default_factory=dict)  # fiche code → True 👍 / False 👎


@dataclass(frozen=True)
class Filters:
    secteurs: frozenset[str] = frozenset()
    centres: frozenset[str] = frozenset()
    domaines: frozenset[str] = frozenset()  # grand domaine letters or 3-character domaines
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Suggestion:
    code: str
    title: str
    score: float
    coverage: float
    proximity: str
    held: bool
    acquired: int
    missing: int
    clashes: tuple[str, ...]


@dataclass(frozen=True)
class Detail:
    code: str
    title: str
    acquired: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # (id, label, kind, experiences)
    missing: tuple[tuple[str, str, str, str], ...]  # (id, label, kind, core), core items first
    clashes: tuple[str, ...]

    def count(self, which: str, kind: str) -> int:
        rows = self.acquired if which == "acquired" else self.missing
        return sum(1 for row in rows if row[2] == kind)


def proximity(coverage: float, best: float) -> str:
    """The class of a fiche, from its coverage relative to the best fiche the person has not held."""
    ratio = coverage / best if best > 0 else 0.0
    return next(label for threshold, label in CLASSES if ratio >= threshold)


class Engine:
    """The referential as matrices, prepared once; ranking a profile is one product."""

    def __init__(self, data: MatchingData) -> None:
        self.data = data
        self.index = {f.code: i for i, f in enumerate(data.fiches)}
        self.item_index = {item: j for j, item in enumerate(data.items)}
        n_f, n_i = len(data.fiches), len(data.items)
        # The fiche × competence weights as a compressed sparse row matrix (numpy only): about
        # 55,000 links instead of 22 million cells, so scoring all fiches is one gather and one sum.
        rows, columns, cores = [], [], []
        for code in (f.code for f in data.fiches):
            for item, flag in data.links.get(code, {}).items():
                rows.append(self.index[code])
                columns.append(self.item_index[item])
                cores.append(CORE_WEIGHT.get(flag, 1.0))
        order = np.lexsort((columns, rows))
        self.rows = np.asarray(rows, dtype=np.int32)[order]
        self.cols = np.asarray(columns, dtype=np.int32)[order]
        frequency = np.bincount(self.cols, minlength=n_i).astype(np.float32)
        idf = np.log((n_f + 1) / (frequency + 1)).astype(np.float32) + 1.0
        idf[data.item_is_savoir_etre] *= SAVOIR_ETRE_FACTOR
        self.values = (np.asarray(cores, dtype=np.float32)[order] * idf[self.cols]).astype(np.float32)
        self.starts = np.searchsorted(self.rows, np.arange(n_f)).astype(np.int64)
        self.empty = np.bincount(self.rows, minlength=n_f) == 0
        self.totals = self._row_sums(self.values)
        self.totals[self.totals == 0] = 1.0
        norms = np.sqrt(self._row_sums(self.values**2))
        norms[norms == 0] = 1.0
        self.unit_values = self.values / norms[self.rows]
        context_labels = sorted({label for labels in data.contexts.values() for label in labels})
        self.context_index = {label: k for k, label in enumerate(context_labels)}
        self.contexts = np.zeros((n_f, len(context_labels)), dtype=np.float32)
        for code, labels in data.contexts.items():
            for label in labels:
                self.contexts[self.index[code], self.context_index[label]] = 1.0

    def _row_sums(self, per_link: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Sum of a per-link quantity over each fiche's links (0 for a fiche without links)."""
        padded = np.append(per_link, np.float32(0.0))  # trailing fiches without links point past the end
        sums = np.add.reduceat(padded, self.starts).astype(np.float32)
        sums[self.empty] = 0.0
        return sums

    def _row_items(self, row: int) -> npt.NDArray[np.int32]:
        end = self.starts[row + 1] if row + 1 < len(self.starts) else len(self.cols)
        return self.cols[self.starts[row] : end]

    # ---- Profile

    def profile(self, experiences: Sequence[Experience], today: date) -> npt.NDArray[np.float32]:
        vector = np.zeros(len(self.data.items), dtype=np.float32)
        for experience in experiences:
            weight = np.float32(experience.weight(today))
            if experience.removed or experience.added or experience.fiche not in self.index:
                items = set(self.data.links.get(experience.fiche, {})) - experience.removed | experience.added
                columns = np.array(
                    [self.item_index[i] for i in items if i in self.item_index], dtype=np.int32
                )
            else:  # the common case: the fiche's competences as they are, already indexed
                columns = self._row_items(self.index[experience.fiche])
            vector[columns] = np.maximum(vector[columns], weight)
        return vector

    def sources(self, experiences: Sequence[Experience]) -> dict[str, list[str]]:
        """Competence → labels of the experiences that brought it."""
        found: dict[str, list[str]] = {}
        for experience in experiences:
            items = set(self.data.links.get(experience.fiche, {})) - experience.removed | experience.added
            for item in items:
                found.setdefault(item, []).append(experience.label or experience.fiche)
        return found

    # ---- Ranking

    def scores(
        self, profile: npt.NDArray[np.float32], preferences: Preferences = Preferences()
    ) -> tuple[Matrix, Matrix]:
        """(score, coverage) of every fiche."""
        coverage = self._row_sums(self.values * profile[self.cols]) / self.totals
        score = coverage.copy()
        excluded = [self.context_index[c] for c in preferences.excluded_contexts if c in self.context_index]
        if excluded:
            clash = self.contexts[:, excluded].sum(axis=1) > 0
            score[clash] *= EXCLUDED_FACTOR
        liked = [self.context_index[c] for c in preferences.liked_contexts if c in self.context_index]
        if liked:
            score *= 1 + np.minimum(self.contexts[:, liked].sum(axis=1) * LIKED_BONUS, LIKED_MAX)
        for code, up in preferences.thumbs.items():
            row = self.index.get(code)
            if row is None:
                continue
            if up:
                score[row] *= THUMB_UP
            else:
                disliked = np.zeros(len(self.data.items), dtype=np.float32)
                items = self._row_items(row)
                disliked[items] = self.unit_values[self.rows == row]
                similarity = np.clip(
                    self._row_sums((self.unit_values * disliked[self.cols]).astype(np.float32)), 0.0, 1.0
                )
                score *= 1 - 0.5 * similarity
                score[row] *= THUMB_DOWN
        return score, coverage

    def rank(
        self,
        experiences: Sequence[Experience],
        today: date,
        preferences: Preferences = Preferences(),
        filters: Filters = Filters(),
        top: int | None = 20,
        offset: int = 0,
    ) -> list[Suggestion]:
        profile = self.profile(experiences, today)
        score, coverage = self.scores(profile, preferences)
        keep = self._filter_mask(filters)
        ranked = np.where(keep, score, -np.inf)
        count = int(keep.sum())
        end = count if top is None else min(count, offset + top)
        # Only the page asked for is sorted: a partial selection, then ties broken by fiche order.
        head = np.argpartition(-ranked, end - 1)[:end] if 0 < end < len(ranked) else np.arange(end)
        head = head[np.lexsort((head, -ranked[head]))]
        held = {e.fiche for e in experiences}
        chosen = head[offset:end]
        have = profile > 0
        best = self._best_new(coverage, held)
        return [
            self._suggestion(int(row), float(score[row]), float(coverage[row]), held, have, preferences, best)
            for row in chosen
        ]

    def _best_new(self, coverage: Matrix, held: set[str]) -> float:
        mask = np.ones(len(coverage), dtype=bool)
        for code in held:
            if code in self.index:
                mask[self.index[code]] = False
        return float(coverage[mask].max()) if mask.any() else 0.0

    def _suggestion(
        self,
        row: int,
        score: float,
        coverage: float,
        held: set[str],
        have: npt.NDArray[np.bool_],
        preferences: Preferences,
        best: float,
    ) -> Suggestion:
        fiche = self.data.fiches[row]
        items = self._row_items(row)
        acquired = int(have[items].sum())
        return Suggestion(
            fiche.code,
            fiche.title,
            round(score, 4),
            round(coverage, 4),
            proximity(coverage, best),
            fiche.code in held,
            acquired,
            len(items) - acquired,
            tuple(sorted(self.data.contexts.get(fiche.code, frozenset()) & preferences.excluded_contexts)),
        )

    def _filter_mask(self, filters: Filters) -> npt.NDArray[np.bool_]:
        keep = np.ones(len(self.data.fiches), dtype=bool)
        if filters == Filters():
            return keep
        for row, fiche in enumerate(self.data.fiches):
            if (
                filters.secteurs
                and not fiche.secteurs & filters.secteurs
                or filters.centres
                and not fiche.centres & filters.centres
                or filters.domaines
                and not any(fiche.domaine.startswith(d) for d in filters.domaines)
                or filters.tags
                and not fiche.tags & filters.tags
            ):
                keep[row] = False
        return keep

    # ---- Detail and target check

    def detail(
        self, code: str, experiences: Sequence[Experience], preferences: Preferences = Preferences()
    ) -> Detail:
        fiche = self.data.fiches[self.index[code]]
        sources = self.sources(experiences)
        links = self.data.links.get(code, {})
        kinds = {
            item: ("savoir_etre" if self.data.item_is_savoir_etre[self.item_index[item]] else "savoir_faire")
            for item in links
        }
        label = {item: self.data.item_labels[self.item_index[item]] for item in links}
        acquired = tuple(
            sorted(
                ((i, label[i], kinds[i], tuple(sources[i])) for i in links if i in sources),
                key=lambda r: (r[2], r[1]),
            )
        )
        missing = tuple(
            sorted(
                ((i, label[i], kinds[i], links[i]) for i in links if i not in sources),
                key=lambda r: (r[3] != "principale", r[3] != "emergente", r[2], r[1]),
            )
        )
        clashes = tuple(sorted(self.data.contexts.get(code, frozenset()) & preferences.excluded_contexts))
        return Detail(fiche.code, fiche.title, acquired, missing, clashes)

    def stepping_stones(
        self,
        target: str,
        experiences: Sequence[Experience],
        today: date,
        preferences: Preferences = Preferences(),
        count: int = 5,
    ) -> list[Suggestion]:
        """Fiches closer to the person than the target that also bring what the target needs."""
        profile = self.profile(experiences, today)
        score, coverage = self.scores(profile, preferences)
        row = self.index[target]
        needed = np.zeros(len(self.data.items), dtype=np.float32)
        target_items = self._row_items(row)
        needed[target_items] = (profile[target_items] == 0).astype(np.float32)
        if not needed.any():
            return []
        brings = self._row_sums(needed[self.cols]) / needed.sum()
        linked = np.array(
            [
                f.code in self.data.mobility.get(target, ()) or target in self.data.mobility.get(f.code, ())
                for f in self.data.fiches
            ]
        )
        value = score * brings * np.where(linked, 1.25, 1.0)
        value[row] = -1
        value[coverage <= coverage[row]] = -1
        held = {e.fiche for e in experiences}
        have = profile > 0
        best = self._best_new(coverage, held)
        return [
            self._suggestion(int(r), float(score[r]), float(coverage[r]), held, have, preferences, best)
            for r in np.argsort(-value)[:count]
            if value[r] > 0
        ]


def rank_pure_python(
    data: MatchingData, experiences: Iterable[Experience], today: date, top: int = 20
) -> list[tuple[str, float]]:
    """The same coverage ranking with dictionaries and loops: the benchmark's baseline and a test oracle."""
    n_f = len(data.fiches)
    frequency: dict[str, int] = {}
    for links in data.links.values():
        for item in links:
            frequency[item] = frequency.get(item, 0) + 1
    savoir_etre = {item for item, flag in zip(data.items, data.item_is_savoir_etre, strict=True) if flag}
    profile: dict[str, float] = {}
    for experience in experiences:
        weight = experience.weight(today)
        for item in set(data.links.get(experience.fiche, {})) - experience.removed | experience.added:
            profile[item] = max(profile.get(item, 0.0), weight)
    results = []
    for fiche in data.fiches:
        total = found = 0.0
        for item, flag in data.links.get(fiche.code, {}).items():
            weight = CORE_WEIGHT.get(flag, 1.0) * (math.log((n_f + 1) / (frequency[item] + 1)) + 1.0)
            if item in savoir_etre:
                weight *= SAVOIR_ETRE_FACTOR
            total += weight
            found += weight * profile.get(item, 0.0)
        results.append((fiche.code, found / total if total else 0.0))
    results.sort(key=lambda pair: -pair[1])
    return results[:top]
