"""Job matching: from a person's experiences to the fiches within reach, with what is acquired and
what is missing, and what to learn next. Pure Python + numpy; every fiche is scored at once.

How a ranking is computed (also in the README):

1. **Weights.** Every item of a fiche — savoir-faire, savoir-être, savoirs — weighs its rarity,
   ``w_i = (ln((N + 1) / (n_i + 1)) + 1) × k_i`` (N = 1,584 fiches, n_i = fiches listing it; k = 1 for
   savoir-faire and savoirs, 0.5 for savoir-être, shared widely). In the fiche's vector ``J_f`` an
   item also weighs its place: cœur de métier (Principale) ×2, emerging ×1.25.
2. **Profile.** Each experience brings the items of its fiche (minus the competences the counsellor
   unticked, plus those of extra-professional activities), with a strength that grows with its
   length and fades with age: ``e = (1 - exp(-months / 24)) × 0.5 ** (years since it ended / 10)``
   (ongoing: no fading; undated: 0.5). An item brought by several experiences keeps the strongest.
3. **Similarity.** A cosine between the person's items ``P_i = w_i`` and the fiche:
   ``s_f = Σ e_i P_i J_fi / (‖P‖ ‖J_f‖)`` — it is 1 for the fiche itself held for years, it rewards
   neither small fiches (the coverage term) nor large ones (the precision term). Someone with two
   unrelated careers is not penalised for the other one: ``s_f`` is the best of the similarity to all
   experiences together and to each experience alone.
4. **Preferences.** A work context the person excludes divides the score by five; each liked context
   present adds 10 % (at most +30 %). A 👍 lifts the fiche by 20 %; a 👎 sinks it and demotes the
   fiches similar to it in proportion to that similarity (the same cosine, fiche to fiche).
5. **Classes.** Fixed thresholds calibrated once per release on how similar the fiches of a same
   domaine professionnel are to each other (``s`` between every pair): "Le plus proche" from the
   90th percentile, "Proche" from the median, "Moins proche" below. They apply to the final score,
   so classes always follow the ranking.

The counts shown to people stay the fiche's own items found in the profile (savoir-faire and
savoir-être, as Changer de métier counts them); the mobility links of the ROME (métiers proches)
are shown beside the suggestions and never enter the score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from workbench.core.diploma import UNKNOWN, within

KINDS = ("savoir_faire", "savoir_etre", "savoir")
KIND_FACTOR = {"savoir_faire": 1.0, "savoir_etre": 0.5, "savoir": 1.0}
CORE_WEIGHT = {"principale": 2.0, "emergente": 1.25, "": 1.0}
EXCLUDED_FACTOR = 0.2
LIKED_BONUS, LIKED_MAX = 0.10, 0.30
THUMB_UP, THUMB_DOWN = 1.2, 0.05
CLASS_QUANTILES = ((0.90, "Le plus proche"), (0.50, "Proche"))
LOWEST_CLASS = "Moins proche"
UNDATED_WEIGHT = 0.5
CLOSE_POOL = 30  # "what to learn next" looks at the best 30 new jobs
DENSE_FREQUENCY = 200  # items listed by more fiches than this are scored by a dense product

Matrix = npt.NDArray[np.float64]
Indices = npt.NDArray[np.int64]


@dataclass(frozen=True)
class FicheFacts:
    code: str
    title: str
    domaine: str
    tags: frozenset[str] = frozenset()
    secteurs: frozenset[str] = frozenset()
    centres: frozenset[str] = frozenset()
    diploma: str = UNKNOWN


@dataclass(frozen=True)
class MatchingData:
    """The referential as the engine needs it; built once per ROME release."""

    fiches: tuple[FicheFacts, ...]
    items: tuple[str, ...]  # item ids (code_ogr): savoir-faire, savoir-être and savoirs
    item_labels: tuple[str, ...]
    item_kinds: tuple[str, ...]  # one of KINDS
    links: Mapping[str, Mapping[str, str]]  # fiche code → {item id: core flag}
    contexts: Mapping[str, frozenset[str]]  # fiche code → labels of its contextes de travail
    mobility: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def item_is_savoir_etre(self) -> npt.NDArray[np.bool_]:
        return np.array([kind == "savoir_etre" for kind in self.item_kinds], dtype=bool)


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
    diploma: str = ""  # the person's level: keeps fiches asking at most that (see core.diploma)


@dataclass(slots=True)  # not frozen: a batch builds hundreds of thousands, and frozen ones cost 3×
class Suggestion:
    code: str
    title: str
    score: float  # the similarity after preferences: what ranks and classes
    similarity: float  # before preferences
    coverage: (
        float  # share of the fiche's savoir-faire and savoir-être found: acquired / (acquired + missing)
    )
    proximity: str
    held: bool
    acquired: int  # savoir-faire and savoir-être of the fiche found in the profile
    missing: int
    acquired_savoir_faire: int
    missing_savoir_faire: int
    acquired_savoir_etre: int
    missing_savoir_etre: int
    acquired_savoirs: int
    missing_savoirs: int
    clashes: tuple[str, ...]
    diploma: str


@dataclass(frozen=True)
class Detail:
    code: str
    title: str
    acquired: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # (id, label, kind, experiences)
    missing: tuple[tuple[str, str, str, str], ...]  # (id, label, kind, core), core items first
    clashes: tuple[str, ...]
    savoirs_acquired: tuple[str, ...] = ()  # labels
    savoirs_missing: tuple[str, ...] = ()
    diploma: str = UNKNOWN
    mobility: tuple[tuple[str, str], ...] = ()  # the ROME's métiers proches (code, title)

    def count(self, which: str, kind: str) -> int:
        rows = self.acquired if which == "acquired" else self.missing
        return sum(1 for row in rows if row[2] == kind)


@dataclass(frozen=True)
class LearnNext:
    """A missing savoir-faire and the close jobs it is asked by (``opens``: how many)."""

    code_ogr: str
    label: str
    opens: int
    jobs: tuple[tuple[str, str], ...]  # (code, title), closest first
    gain: float  # total rise of those jobs' scores once acquired (for a target: the target's rise)
    core: bool  # cœur de métier of at least one of those jobs (of the target, for a target)


class _Profile:
    """A person's items: sorted indices with their strength, and each experience's own items."""

    def __init__(self, parts: list[tuple[Indices, float, int]], n_items: int) -> None:
        self.parts = tuple(parts)  # (items, strength, fiche row when the items are the fiche's own, else -1)
        self.n_items = n_items
        if not parts:
            self.items, self.values = np.zeros(0, dtype=np.int64), np.zeros(0)
        elif len(parts) == 1:
            self.items, self.values = parts[0][0], np.full(len(parts[0][0]), parts[0][1])
        else:  # an item brought by several experiences keeps the strongest
            items = np.concatenate([p[0] for p in parts])
            values = np.concatenate([np.full(len(p[0]), p[1]) for p in parts])
            order = np.lexsort((-values, items))
            items, values = items[order], values[order]
            first = np.ones(len(items), dtype=bool)
            first[1:] = items[1:] != items[:-1]
            self.items, self.values = items[first], values[first]

    def has(self, items: Indices) -> npt.NDArray[np.bool_]:
        where = np.searchsorted(self.items, items)
        where[where >= len(self.items)] = 0
        return self.items[where] == items if len(self.items) else np.zeros(len(items), dtype=bool)

    @property
    def strength(self) -> npt.NDArray[np.float32]:
        dense = np.zeros(self.n_items, dtype=np.float32)
        dense[self.items] = self.values
        return dense


class Engine:
    """The referential as sparse matrices, prepared once; ranking a profile is one gather and sum."""

    def __init__(self, data: MatchingData) -> None:
        self.data = data
        self.index = {f.code: i for i, f in enumerate(data.fiches)}
        self.item_index = {item: j for j, item in enumerate(data.items)}
        n_f, n_i = len(data.fiches), len(data.items)
        self.kind_codes = np.array([KINDS.index(k) for k in data.item_kinds], dtype=np.int64)
        rows, columns, cores = [], [], []
        for code in (f.code for f in data.fiches):
            for item, flag in data.links.get(code, {}).items():
                rows.append(self.index[code])
                columns.append(self.item_index[item])
                cores.append(CORE_WEIGHT.get(flag, 1.0))
        rows_a, cols_a = np.asarray(rows, dtype=np.int64), np.asarray(columns, dtype=np.int64)
        cores_a = np.asarray(cores, dtype=np.float64)
        frequency = np.bincount(cols_a, minlength=n_i).astype(np.float64)
        factor = np.array([KIND_FACTOR[k] for k in data.item_kinds], dtype=np.float64)
        self.item_weight = (np.log((n_f + 1) / (frequency + 1)) + 1.0) * factor
        values = cores_a * self.item_weight[cols_a]  # J_fi
        # By fiche (CSR): a fiche's items; by item (CSC): the fiches listing an item, so a profile
        # of ~60 items touches only the links of its own items, not all 90,000.
        by_row = np.lexsort((cols_a, rows_a))
        self.row_starts = np.searchsorted(rows_a[by_row], np.arange(n_f + 1))
        self.row_cols = cols_a[by_row]
        self.row_cores = cores_a[by_row]
        by_col = np.lexsort((rows_a, cols_a))
        self.col_starts = np.searchsorted(cols_a[by_col], np.arange(n_i + 1))
        self.col_rows = rows_a[by_col]
        self.col_values = values[by_col]
        self.col_cores = cores_a[by_col]
        # Common items (savoir-être, widespread savoirs) make most of the work of a sparse gather:
        # they live in a small dense matrix instead, and a matrix product scores them.
        common = np.flatnonzero(frequency > DENSE_FREQUENCY)
        self.dense_column = np.full(n_i, -1, dtype=np.int64)
        self.dense_column[common] = np.arange(len(common))
        self.dense = np.zeros((len(common), n_f))  # item × fiche: a profile's rows are contiguous
        in_dense = self.dense_column[cols_a] >= 0
        self.dense[self.dense_column[cols_a[in_dense]], rows_a[in_dense]] = values[in_dense]
        self.dense32 = self.dense.astype(np.float32)
        self.norms = np.sqrt(np.bincount(rows_a, weights=values**2, minlength=n_f))
        self.norms[self.norms == 0] = 1.0
        self.totals = np.bincount(rows_a, weights=values, minlength=n_f)
        self.totals[self.totals == 0] = 1.0
        self.kind_totals = np.bincount(rows_a * 3 + self.kind_codes[cols_a], minlength=n_f * 3).reshape(
            n_f, 3
        )
        context_labels = sorted({label for labels in data.contexts.values() for label in labels})
        self.context_labels = tuple(context_labels)
        self.context_index = {label: k for k, label in enumerate(context_labels)}
        self.contexts = np.zeros((n_f, len(context_labels)), dtype=np.float32)
        for code, labels in data.contexts.items():
            for label in labels:
                self.contexts[self.index[code], self.context_index[label]] = 1.0
        # Fiche-to-fiche similarity (the cosine of a fiche held at full strength): an experience of a
        # fiche as it is scores as one row of it, and the classes are calibrated on it.
        self.fiche_similarity = np.concatenate(
            [
                self._batch_cosines([(self._row_items(r), np.ones(len(self._row_items(r)))) for r in chunk])
                for chunk in np.array_split(np.arange(n_f), max(1, n_f // 256))
            ]
        )
        self.thresholds = self._calibrate()

    # ---- Building blocks

    def _row_items(self, row: int) -> Indices:
        return self.row_cols[self.row_starts[row] : self.row_starts[row + 1]]

    def _gather(self, items: Indices) -> tuple[Indices, Indices]:
        """(link positions in the by-item arrays, index in ``items`` of each link)."""
        starts, ends = self.col_starts[items], self.col_starts[items + 1]
        lengths = ends - starts
        owner = np.repeat(np.arange(len(items)), lengths)
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return starts[owner] + offsets, owner

    def _batch_cosines(self, rows: Sequence[tuple[Indices, npt.NDArray[np.float64]]]) -> Matrix:
        """``Σ e_i w_i J_fi / (‖w‖ ‖J_f‖)`` for every fiche f and every row (items, strengths e), w over
        the row's items: common items by one matrix product, rare ones gathered and summed."""
        n_f, n_r = len(self.data.fiches), len(rows)
        if n_r == 0:
            return np.zeros((0, n_f))
        items = np.concatenate([r[0] for r in rows]).astype(np.int64)
        strength = np.concatenate([r[1] for r in rows]).astype(np.float64)
        virtual = np.repeat(np.arange(n_r), [len(r[0]) for r in rows])
        weight = self.item_weight[items]
        norms = np.sqrt(np.bincount(virtual, weights=weight**2, minlength=n_r))
        norms[norms == 0] = 1.0
        weighted = strength * weight / norms[virtual]
        columns = self.dense_column[items]
        common = columns >= 0
        left = np.zeros((n_r, self.dense.shape[0]))
        left[virtual[common], columns[common]] = weighted[common]
        rare = ~common
        positions, owner = self._gather(items[rare])
        cosines: Matrix = (
            np.bincount(
                virtual[rare][owner] * n_f + self.col_rows[positions],
                weights=weighted[rare][owner] * self.col_values[positions],
                minlength=n_r * n_f,
            )
            .astype(np.float64)
            .reshape(n_r, n_f)
        )
        cosines += left @ self.dense
        cosines /= self.norms[None, :]
        return cosines

    def _calibrate(self) -> tuple[tuple[float, str], ...]:
        """Class thresholds: quantiles of the similarity between fiches of a same domaine."""
        domaines = np.array([f.domaine for f in self.data.fiches])
        same = (domaines[:, None] == domaines[None, :]) & ~np.eye(len(domaines), dtype=bool)
        pairs = self.fiche_similarity[same] if same.any() else np.zeros(1)
        return tuple((float(np.quantile(pairs, q)), label) for q, label in CLASS_QUANTILES)

    def proximity(self, score: float) -> str:
        """The class of a score: the same thresholds for everyone (see ``thresholds``)."""
        return next((label for threshold, label in self.thresholds if score >= threshold), LOWEST_CLASS)

    def _items_of(self, experience: Experience) -> Indices:
        row = self.index.get(experience.fiche)
        if row is not None and not experience.removed and not experience.added:
            return self._row_items(row)  # the common case: the fiche's items as they are
        items = set(self.data.links.get(experience.fiche, {})) - experience.removed | experience.added
        return np.array(sorted(self.item_index[i] for i in items if i in self.item_index), dtype=np.int64)

    def _profile(self, experiences: Sequence[Experience], today: date) -> _Profile:
        parts = []
        for experience in experiences:
            items = self._items_of(experience)
            if len(items):
                plain = experience.fiche in self.index and not experience.removed and not experience.added
                parts.append((items, experience.weight(today), self.index[experience.fiche] if plain else -1))
        return _Profile(parts, len(self.data.items))

    # ---- Profile

    def profile(self, experiences: Sequence[Experience], today: date) -> npt.NDArray[np.float32]:
        """The strength of every item in the person's profile (0 when absent)."""
        return self._profile(experiences, today).strength

    def sources(self, experiences: Sequence[Experience]) -> dict[str, list[str]]:
        """Item → labels of the experiences that brought it."""
        found: dict[str, list[str]] = {}
        for experience in experiences:
            items = set(self.data.links.get(experience.fiche, {})) - experience.removed | experience.added
            for item in items:
                found.setdefault(item, []).append(experience.label or experience.fiche)
        return found

    # ---- Ranking

    def _similarities(self, profiles: Sequence[_Profile]) -> Matrix:
        """The similarity of every fiche to each profile: the best of all its experiences together
        and of each one alone (a fiche's own items: a row of ``fiche_similarity``, scaled)."""
        rows: list[tuple[Indices, npt.NDArray[np.float64]]] = []
        wanted: list[list[int]] = []
        for profile in profiles:
            mine = []
            plain_single = len(profile.parts) == 1 and profile.parts[0][2] >= 0
            if profile.parts and not plain_single:
                mine.append(len(rows))
                rows.append((profile.items, profile.values))
            if len(profile.parts) > 1:
                for items, weight, row in profile.parts:
                    if row < 0:
                        mine.append(len(rows))
                        rows.append((items, np.full(len(items), weight)))
            wanted.append(mine)
        computed = self._batch_cosines(rows)
        similarity = np.zeros((len(profiles), len(self.data.fiches)))
        for number, (profile, mine) in enumerate(zip(profiles, wanted, strict=True)):
            if mine:
                similarity[number] = computed[mine].max(axis=0)
            for _, weight, row in profile.parts:
                if row >= 0:
                    np.maximum(
                        similarity[number], weight * self.fiche_similarity[row], out=similarity[number]
                    )
        return similarity

    def _apply(self, similarity: Matrix, preferences: Preferences) -> Matrix:
        score = similarity.copy()
        excluded = [self.context_index[c] for c in preferences.excluded_contexts if c in self.context_index]
        if excluded:
            score[self.contexts[:, excluded].sum(axis=1) > 0] *= EXCLUDED_FACTOR
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
                look_alike = np.clip(self.fiche_similarity[row], 0.0, 1.0)
                score *= 1 - 0.5 * look_alike
                score[row] *= THUMB_DOWN
        return score

    def scores(
        self, experiences: Sequence[Experience], today: date, preferences: Preferences = Preferences()
    ) -> tuple[Matrix, Matrix]:
        """(score, similarity) of every fiche."""
        similarity = self._similarities([self._profile(experiences, today)])[0]
        return self._apply(similarity, preferences), similarity

    def rank(
        self,
        experiences: Sequence[Experience],
        today: date,
        preferences: Preferences = Preferences(),
        filters: Filters = Filters(),
        top: int | None = 20,
        offset: int = 0,
        hide_held: bool = False,
    ) -> list[Suggestion]:
        profile = self._profile(experiences, today)
        if not profile.parts:
            return []  # no experience, no suggestion: a list of everything would mean nothing
        similarity = self._similarities([profile])[0]
        score = self._apply(similarity, preferences)
        held = {e.fiche for e in experiences}
        keep = self._filter_mask(filters)
        if hide_held:
            keep[[self.index[c] for c in held if c in self.index]] = False
        chosen = self._top(score, keep, top, offset)
        return self._suggestions(
            [chosen], score[None, :], similarity[None, :], [profile], [held], [preferences]
        )[0]

    def rank_many(
        self,
        profiles: Sequence[tuple[Sequence[Experience], Preferences]],
        today: date,
        top: int = 20,
        filters: Sequence[Filters] | None = None,
    ) -> list[list[Suggestion]]:
        """Many profiles at once (``workbench match --batch``): the same as ``rank`` for each, with
        one matrix product, one gather and one partial sort for all of them."""
        built = [self._profile(experiences, today) for experiences, _ in profiles]
        similarity = self._similarities(built)
        score = similarity.copy()
        for number, (_, preferences) in enumerate(profiles):
            if preferences != Preferences():
                score[number] = self._apply(similarity[number], preferences)
            if filters is not None and filters[number] != Filters():
                score[number][~self._filter_mask(filters[number])] = -np.inf
        n_f = len(self.data.fiches)
        end = min(top, n_f)
        head = (
            np.argpartition(-score, end - 1, axis=1)[:, :end]
            if end < n_f
            else np.tile(np.arange(n_f), (len(built), 1))
        )
        values = np.take_along_axis(score, head, axis=1)
        head = np.take_along_axis(head, np.lexsort((head, -values), axis=-1), axis=1)
        results = self._suggestions(
            [head[n] if p.parts else head[n][:0] for n, p in enumerate(built)],
            score,
            similarity,
            built,
            [{e.fiche for e in experiences} for experiences, _ in profiles],
            [preferences for _, preferences in profiles],
        )
        return results

    @staticmethod
    def _top(score: Matrix, keep: npt.NDArray[np.bool_], top: int | None, offset: int) -> Indices:
        """The page asked for, best first, ties broken by fiche order (a partial sort)."""
        ranked = np.where(keep, score, -np.inf)
        count = int(keep.sum())
        end = count if top is None else min(count, offset + top)
        head = np.argpartition(-ranked, end - 1)[:end] if 0 < end < len(ranked) else np.arange(end)
        head = head[np.lexsort((head, -ranked[head]))]
        return head[offset:end]

    def _suggestions(
        self,
        chosen: Sequence[Indices],
        score: Matrix,
        similarity: Matrix,
        profiles: Sequence[_Profile],
        held: Sequence[set[str]],
        preferences: Sequence[Preferences],
    ) -> list[list[Suggestion]]:
        """Suggestions for the chosen fiches of each profile (score and similarity: one row each), with
        the counts of their items found in the profile, all counted in one pass."""
        lengths_chosen = [len(c) for c in chosen]
        rows = np.concatenate(chosen).astype(np.int64) if chosen else np.zeros(0, dtype=np.int64)
        person = np.repeat(np.arange(len(chosen)), lengths_chosen)
        starts, ends = self.row_starts[rows], self.row_starts[rows + 1]
        lengths = ends - starts
        owner = np.repeat(np.arange(len(rows)), lengths)
        positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
        columns = self.row_cols[positions]
        n_i = len(self.data.items)
        keys = (
            np.concatenate([p.items + n * n_i for n, p in enumerate(profiles)]) if profiles else np.zeros(0)
        )
        wanted = person[owner] * n_i + columns
        where = np.minimum(np.searchsorted(keys, wanted), max(0, len(keys) - 1))
        has = keys[where] == wanted if len(keys) else np.zeros(len(wanted), dtype=bool)
        found = np.bincount(owner * 3 + self.kind_codes[columns], weights=has, minlength=len(rows) * 3)
        found_rows = found.reshape(len(rows), 3).astype(int).tolist()
        flat_scores = score[person, rows] if len(rows) else np.zeros(0)
        rounded = np.round(np.stack([flat_scores, similarity[person, rows]]), 4).tolist()
        thresholds = -np.array([t for t, _ in self.thresholds])
        classes = np.searchsorted(thresholds, -flat_scores, side="left").tolist()
        labels = [label for _, label in self.thresholds] + [LOWEST_CLASS]
        totals = self.kind_totals[rows].tolist()
        results: list[list[Suggestion]] = [[] for _ in chosen]
        for number, (row, who) in enumerate(zip(rows.tolist(), person.tolist(), strict=True)):
            fiche = self.data.fiches[row]
            sf, se, sv = found_rows[number]
            total_sf, total_se, total_sv = totals[number]
            excluded = preferences[who].excluded_contexts
            results[who].append(
                Suggestion(
                    fiche.code,
                    fiche.title,
                    rounded[0][number],
                    rounded[1][number],
                    round((sf + se) / max(1, total_sf + total_se), 4),
                    labels[classes[number]],
                    fiche.code in held[who],
                    sf + se,
                    total_sf + total_se - sf - se,
                    sf,
                    total_sf - sf,
                    se,
                    total_se - se,
                    sv,
                    total_sv - sv,
                    tuple(sorted(self.data.contexts.get(fiche.code, frozenset()) & excluded))
                    if excluded
                    else (),
                    fiche.diploma,
                )
            )
        return results

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
                or filters.diploma
                and not within(fiche.diploma, filters.diploma)
            ):
                keep[row] = False
        return keep

    # ---- Detail, target check, what to learn next

    def rank_of(
        self,
        code: str,
        experiences: Sequence[Experience],
        today: date,
        preferences: Preferences = Preferences(),
    ) -> tuple[int, float, str]:
        """(rank among all fiches, score, class) of one fiche, e.g. the job the person aims at."""
        score, _ = self.scores(experiences, today, preferences)
        row = self.index[code]
        return int((score > score[row]).sum()) + 1, float(score[row]), self.proximity(float(score[row]))

    def detail(
        self, code: str, experiences: Sequence[Experience], preferences: Preferences = Preferences()
    ) -> Detail:
        fiche = self.data.fiches[self.index[code]]
        sources = self.sources(experiences)
        links = self.data.links.get(code, {})
        kinds = {item: self.data.item_kinds[self.item_index[item]] for item in links}
        label = {item: self.data.item_labels[self.item_index[item]] for item in links}
        competences = [i for i in links if kinds[i] != "savoir"]
        acquired = tuple(
            sorted(
                ((i, label[i], kinds[i], tuple(sources[i])) for i in competences if i in sources),
                key=lambda r: (r[2], r[1]),
            )
        )
        missing = tuple(
            sorted(
                ((i, label[i], kinds[i], links[i]) for i in competences if i not in sources),
                key=lambda r: (r[3] != "principale", r[3] != "emergente", r[2], r[1]),
            )
        )
        savoirs = sorted((label[i], i in sources) for i in links if kinds[i] == "savoir")
        clashes = tuple(sorted(self.data.contexts.get(code, frozenset()) & preferences.excluded_contexts))
        mobility = tuple(
            (target, self.data.fiches[self.index[target]].title)
            for target in self.data.mobility.get(code, ())
            if target in self.index
        )
        return Detail(
            fiche.code,
            fiche.title,
            acquired,
            missing,
            clashes,
            tuple(s for s, have in savoirs if have),
            tuple(s for s, have in savoirs if not have),
            fiche.diploma,
            mobility,
        )

    def stepping_stones(
        self,
        target: str,
        experiences: Sequence[Experience],
        today: date,
        preferences: Preferences = Preferences(),
        count: int = 5,
    ) -> list[Suggestion]:
        """Fiches closer to the person than the target that also bring what the target needs."""
        profile = self._profile(experiences, today)
        similarity = self._similarities([profile])[0]
        score = self._apply(similarity, preferences)
        row = self.index[target]
        target_items = self._row_items(row)
        needed = target_items[~profile.has(target_items)]
        if not len(needed):
            return []
        positions, _ = self._gather(needed)
        brings = np.bincount(self.col_rows[positions], minlength=len(self.data.fiches)) / len(needed)
        value = score * brings
        value[row] = -1
        value[score <= score[row]] = -1
        held = {e.fiche for e in experiences}
        chosen = np.array(
            [r for r in np.argsort(-value, kind="stable")[:count] if value[r] > 0], dtype=np.int64
        )
        return self._suggestions(
            [chosen], score[None, :], similarity[None, :], [profile], [held], [preferences]
        )[0]

    def learn_next(
        self,
        experiences: Sequence[Experience],
        today: date,
        preferences: Preferences = Preferences(),
        filters: Filters = Filters(),
        target: str | None = None,
        count: int = 8,
    ) -> list[LearnNext]:
        """The missing savoir-faire that would open the most close jobs, or close a target's gap fastest.

        Close jobs are the CLOSE_POOL best new ones (not held, not set aside). A competence "opens" a
        close job that asks for it; its gain on a job is the rise of that job's score once acquired
        (its weight added to the profile at full strength, the cosine recomputed)."""
        profile = self._profile(experiences, today)
        if not profile.parts and target is None:
            return []
        similarity = self._similarities([profile])[0]
        score = self._apply(similarity, preferences)
        keep = self._filter_mask(filters)
        for code in {e.fiche for e in experiences} | {c for c, up in preferences.thumbs.items() if not up}:
            if code in self.index:
                keep[self.index[code]] = False
        pool = self._top(score, keep, CLOSE_POOL, 0)
        have = profile.strength > 0
        items_all = profile.items
        weight2 = float(np.sum(self.item_weight[items_all] ** 2))
        multiplier = np.divide(score, similarity, out=np.ones_like(score), where=similarity > 0)
        # Σ e_i w_i J_fi of the combined profile; adding item k at full strength adds w_k J_fk
        dots = self._batch_cosines([(items_all, profile.values)])[0] * self.norms * np.sqrt(weight2)
        opens: dict[int, list[int]] = {}
        gains: dict[int, float] = {}
        cores: dict[int, bool] = {}
        target_row = self.index.get(target) if target else None
        rows = list(pool) if target_row is None else [target_row, *(r for r in pool if r != target_row)]
        for row in (int(r) for r in rows):
            items = self._row_items(row)
            start = self.row_starts[row]
            sf = (self.kind_codes[items] == 0) & ~have[items]
            for position in np.flatnonzero(sf):
                item = int(items[position])
                w = self.item_weight[item]
                core = self.row_cores[start + position]
                raised = (dots[row] + w * w * core) / (math.sqrt(weight2 + w * w) * self.norms[row])
                gain = max(0.0, float((raised - similarity[row]) * multiplier[row]))
                if target_row is not None and row != target_row and item not in gains:
                    continue  # for a target, only its own missing items, counted in the other jobs too
                opens.setdefault(item, []).append(row)
                if target_row is None or row == target_row:
                    gains[item] = gains.get(item, 0.0) + gain
                    cores[item] = cores.get(item, False) or bool(core == CORE_WEIGHT["principale"])
        order = sorted(
            gains,
            key=lambda i: (
                (-gains[i], -len(opens[i]), self.data.item_labels[i])
                if target_row is not None
                else (-len(opens[i]), -gains[i], self.data.item_labels[i])
            ),
        )
        return [
            LearnNext(
                self.data.items[i],
                self.data.item_labels[i],
                len(opens[i]),
                tuple((self.data.fiches[r].code, self.data.fiches[r].title) for r in opens[i]),
                round(gains[i], 4),
                cores[i],
            )
            for i in order[:count]
        ]
