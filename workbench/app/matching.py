"""Experiences and job matching of a case: experiences (professional and extra-professional),
context preferences and target job, interest / not with the reason, suggestions, the target check
and snapshots — with the rules that decide what the documents call "explored"."""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from workbench.app import changes
from workbench.app._base import Service
from workbench.app.records import from_json, to_json
from workbench.core import activities
from workbench.core.diploma import LEVELS
from workbench.core.matching import Detail, Engine, Experience, Filters, LearnNext, Preferences, Suggestion
from workbench.core.text import fold
from workbench.errors import UserError
from workbench.rome.matching_data import engine_for
from workbench.rome.reference import RomeReference
from workbench.store.matching import MatchingRepository, Snapshot

__all__ = [
    "Detail",
    "Engine",
    "ExploredJob",
    "Filters",
    "LearnNext",
    "Matching",
    "MatchingState",
    "Snapshot",
    "Suggestion",
    "TargetCheck",
]


@dataclass(frozen=True)
class MatchingState:
    """What the person told: experiences, preferences, reasons of their opinions, target job."""

    experiences: list[Experience]
    preferences: Preferences
    reasons: dict[str, str]
    target: str


@dataclass(frozen=True)
class TargetCheck:
    """How close the job the person aims at is: the one computation the window and commands share."""

    code: str
    title: str
    score: float  # the score that ranks (see core.matching)
    proximity: str  # its class
    rank: int  # among every fiche of the release, 1 = first suggestion
    total: int
    detail: Detail
    stepping_stones: list[Suggestion]
    learn_next: list[LearnNext]  # its missing savoir-faire, those closing the gap fastest first

    @property
    def coverage(self) -> float:
        """Share of its savoir-faire and savoir-être acquired, 0–1 (the counts people see)."""
        acquired, missing = len(self.detail.acquired), len(self.detail.missing)
        return acquired / (acquired + missing) if acquired + missing else 0.0

    def as_json(self) -> dict[str, Any]:
        detail = self.detail
        return {
            "code": self.code,
            "title": self.title,
            "score": round(self.score, 4),
            "proximity": self.proximity,
            "coverage": round(self.coverage, 4),
            "rank": self.rank,
            "diploma": detail.diploma,
            "acquired_savoir_faire": detail.count("acquired", "savoir_faire"),
            "missing_savoir_faire": detail.count("missing", "savoir_faire"),
            "acquired_savoir_etre": detail.count("acquired", "savoir_etre"),
            "missing_savoir_etre": detail.count("missing", "savoir_etre"),
            "missing": [
                {"code_ogr": i, "label": label, "kind": kind, "core": core}
                for i, label, kind, core in detail.missing
            ],
            "learn_next": learn_json(self.learn_next),
            "stepping_stones": [asdict(s) for s in self.stepping_stones],
            "metiers_proches": [{"code": code, "title": title} for code, title in detail.mobility],
        }


def learn_json(items: list[LearnNext]) -> list[dict[str, Any]]:
    """``learn_next: [{label, code_ogr, opens, jobs, core}]`` as the commands print it."""
    return [
        {
            "label": item.label,
            "code_ogr": item.code_ogr,
            "opens": item.opens,
            "jobs": [{"code": code, "title": title} for code, title in item.jobs],
            "core": item.core,
        }
        for item in items
    ]


def competence_group(engine: Engine, item: str, kind: str, experiences: list[Experience]) -> str:
    """As the experience dialog shows it: principal (cœur de métier of a fiche held), secondaire,
    savoir_etre, or savoir (knowledge)."""
    if kind in {"savoir_etre", "savoir"}:
        return kind
    principal = any(engine.data.links.get(e.fiche, {}).get(item) == "principale" for e in experiences)
    return "principal" if principal else "secondaire"


def experience_counts(engine: Engine, experience: Experience) -> dict[str, int]:
    """What an experience brings, as its card shows it: principal and secondary savoir-faire, savoir-être."""
    links = engine.data.links.get(experience.fiche, {})
    counts = {"principal": 0, "secondaire": 0, "savoir_etre": 0}
    for item in set(links) - experience.removed | experience.added:
        j = engine.item_index.get(item)
        kind = engine.data.item_kinds[j] if j is not None else ""
        if kind == "savoir_etre":
            counts["savoir_etre"] += 1
        elif kind == "savoir_faire":
            counts["principal" if links.get(item) == "principale" else "secondaire"] += 1
    return counts


def checked_diploma(level: str | None, field: str) -> str:
    """A diploma level as core.diploma names it (case and accents aside), or "" for none."""
    if not level:
        return ""
    known = {fold(name): name for name in LEVELS}
    found = known.get(fold(level))
    if found is None:
        raise UserError(f"{field} : niveau « {level} » inconnu ; niveaux : {', '.join(LEVELS)}.")
    return found


def checked_contexts(engine: Engine, labels: list[str], field: str) -> frozenset[str]:
    """Context labels as the release spells them (case and accents aside); an unknown one is refused
    with the closest labels."""
    known = {fold(label): label for label in engine.context_labels}
    found = set()
    for label in labels:
        exact = known.get(fold(label))
        if exact is None:
            close = difflib.get_close_matches(fold(label), list(known), n=3, cutoff=0.5)
            hint = " ; proches : " + ", ".join(f"« {known[c]} »" for c in close) if close else ""
            raise UserError(f"{field} : contexte de travail « {label} » inconnu{hint}.")
        found.add(exact)
    return frozenset(found)


@dataclass(frozen=True)
class ExploredJob:
    """A job the documents show as explored with the person."""

    code: str
    title: str
    coverage: float
    acquired: tuple[str, ...]
    to_acquire: tuple[str, ...]
    conclusion: str  # "retenu", "écarté", with the person's reason


@dataclass(frozen=True)
class ExperienceJson:
    """A professional experience as a command reads it."""

    appellation: str
    start: date | None = None
    end: date | None = None  # none: still going on
    employer: str = ""
    unticked: frozenset[str] = frozenset()  # competences of the fiche the person did not use


@dataclass(frozen=True)
class ExtraExperienceJson:
    """An extra-professional experience as a command reads it."""

    activities: tuple[str, ...]
    label: str = ""
    start: date | None = None
    end: date | None = None


def _as_json_fields(fields: type[ExperienceJson] | type[ExtraExperienceJson], experience: Experience) -> Any:
    if fields is ExtraExperienceJson:
        return ExtraExperienceJson(experience.activities, experience.label, experience.start, experience.end)
    return ExperienceJson(
        experience.appellation, experience.start, experience.end, experience.employer, experience.removed
    )


def target_check(
    engine: Engine, experiences: list[Experience], today: date, preferences: Preferences, code: str
) -> TargetCheck:
    if code not in engine.index:
        raise UserError(f"La fiche {code} n'existe pas dans le ROME actif.")
    rank, score, proximity = engine.rank_of(code, experiences, today, preferences)
    detail = engine.detail(code, experiences, preferences)
    return TargetCheck(
        code,
        detail.title,
        score,
        proximity,
        rank,
        len(engine.data.fiches),
        detail,
        engine.stepping_stones(code, experiences, today, preferences),
        engine.learn_next(experiences, today, preferences, target=code),
    )


def explored_jobs(engine: Engine, state: MatchingState, today: date, count: int = 3) -> list[ExploredJob]:
    """Those that interest the person, best first, else the ``count`` best new suggestions."""
    thumbs = state.preferences.thumbs
    ranked = engine.rank(state.experiences, today, state.preferences, top=None)
    new = [s for s in ranked if not s.held and thumbs.get(s.code) is not False]
    chosen = [s for s in new if thumbs.get(s.code) is True] or new[:count]
    explored = []
    for suggestion in chosen:
        detail = engine.detail(suggestion.code, state.experiences, state.preferences)
        thumb = thumbs.get(suggestion.code)
        opinion = "retenu" if thumb is True else "écarté" if thumb is False else ""
        explored.append(
            ExploredJob(
                suggestion.code,
                suggestion.title,
                suggestion.coverage,
                tuple(row[1] for row in detail.acquired),
                tuple(row[1] for row in detail.missing),
                " — ".join(x for x in (opinion, state.reasons.get(suggestion.code, "")) if x),
            )
        )
    return explored


class Matching(Service):
    @property
    def _repo(self) -> MatchingRepository:
        return MatchingRepository(self.db)

    # ---- The referential

    @property
    def reference(self) -> RomeReference | None:
        return self.ctx.rome

    def require_reference(self) -> RomeReference:
        reference = self.ctx.rome
        if reference is None:
            raise UserError(
                "Aucun référentiel ROME n'est importé : importez-le (menu Référentiel, ou "
                "« workbench rome import CHEMIN »)."
            )
        return reference

    def engine(self) -> Engine:
        """The matching engine of the active release (prepared once per release: slow the first time)."""
        return engine_for(self.require_reference())

    # ---- Reading

    def experiences(self, case_id: int) -> list[Experience]:
        return self._repo.experiences(case_id)

    def state(self, case_id: int) -> MatchingState:
        preferences, reasons, target = self._repo.preferences(case_id)
        return MatchingState(self._repo.experiences(case_id), preferences, reasons, target)

    def preferences(self, case_id: int) -> tuple[Preferences, dict[str, str], str]:
        return self._repo.preferences(case_id)

    def snapshots(self, case_id: int) -> list[Snapshot]:
        return self._repo.snapshots(case_id)

    def suggestions(
        self,
        case_id: int,
        today: date,
        filters: Filters | None = None,
        top: int | None = 20,
        offset: int = 0,
        hide_held: bool = False,
    ) -> list[Suggestion]:
        state = self.state(case_id)
        return self.engine().rank(
            state.experiences, today, state.preferences, filters or Filters(), top, offset, hide_held
        )

    def learn_next(
        self, case_id: int, today: date, target: str | None = None, count: int = 8
    ) -> list[LearnNext]:
        """What to learn next (the synthèse and the window call it): the missing savoir-faire that open
        the most close jobs, or, for a target job (a ROME code), those closing its gap fastest."""
        state = self.state(case_id)
        engine = self.engine()
        code = (target or "").strip().upper() or None
        if code is not None and code not in engine.index:
            raise UserError(f"La fiche {code} n'existe pas dans le ROME actif.")
        return engine.learn_next(state.experiences, today, state.preferences, target=code, count=count)

    def target(self, case_id: int, today: date, code: str | None = None) -> TargetCheck | None:
        """The check of ``code`` (else of the stored target job); None without a target."""
        state = self.state(case_id)
        code = (code or state.target).strip().upper()
        if not code:
            return None
        return target_check(self.engine(), state.experiences, today, state.preferences, code)

    def explored(self, case_id: int, today: date) -> list[ExploredJob]:
        return explored_jobs(self.engine(), self.state(case_id), today)

    # ---- Experiences from what a person says (the window's dialogs, the commands' JSON)

    def pro_experience(
        self,
        appellation: str,
        start: date | None,
        end: date | None,
        employer: str = "",
        unticked: frozenset[str] = frozenset(),
    ) -> Experience:
        """A job held: its ROME appellation, and the competences of its fiche it did not bring."""
        reference = self.require_reference()
        hit = reference.appellation(appellation)
        if hit is None:
            raise UserError(f"L'appellation {appellation} n'existe pas dans le ROME actif.")
        fiche = reference.fiche(hit.code)
        known = {item.ogr for item in fiche.items} if fiche is not None else set()
        strange = sorted(set(unticked) - known)
        if strange:
            raise UserError(
                f"Compétence(s) {', '.join(strange)} absente(s) de la fiche {hit.code} : rien à décocher."
            )
        return Experience(
            hit.code,
            start,
            end,
            hit.appellation,
            frozenset(unticked),
            frozenset(),
            "pro",
            appellation,
            employer.strip(),
        )

    @staticmethod
    def extra_experience(
        activity_ids: tuple[str, ...], label: str = "", start: date | None = None, end: date | None = None
    ) -> Experience:
        """Bénévolat or personal life: the activities (data/extra_professional_activities.toml)."""
        by_id = {a.id: a for a in activities.activities()}
        unknown = sorted(set(activity_ids) - set(by_id))
        if unknown:
            raise UserError(f"Activité(s) extra-professionnelle(s) inconnue(s) : {', '.join(unknown)}.")
        if not activity_ids:
            raise UserError("Choisissez au moins une activité extra-professionnelle.")
        ids = tuple(sorted(activity_ids))
        return Experience(
            "",
            start,
            end,
            label.strip() or by_id[ids[0]].label,
            frozenset(),
            activities.competences_of(ids),
            "extra",
            activities=ids,
        )

    def experience_from_json(self, data: Any, where: str, base: Experience | None = None) -> Experience:
        """``{"appellation": "12659", "start": "2015-01", "end": "2023-06", "employer": "…",
        "unticked": ["…"]}`` or ``{"activities": ["…"], "label": "…", "start": …, "end": …}``."""
        fields = ExperienceJson if base is None or base.kind == "pro" else ExtraExperienceJson
        if isinstance(data, dict) and "activities" in data and base is None:
            fields = ExtraExperienceJson
        given = from_json(
            fields, data, where, base=_as_json_fields(fields, base) if base is not None else None
        )
        if isinstance(given, ExtraExperienceJson):
            found = self.extra_experience(given.activities, given.label, given.start, given.end)
        else:
            found = self.pro_experience(
                given.appellation, given.start, given.end, given.employer, given.unticked
            )
        return dataclasses.replace(found, id=base.id if base is not None else None)

    @staticmethod
    def experience_json(experience: Experience) -> dict[str, Any]:
        found: dict[str, Any] = to_json(experience)
        found["unticked"] = found.pop("removed")
        found["competences_added"] = found.pop("added")
        return found

    def experience(self, case_id: int, experience_id: int) -> Experience:
        found = next((e for e in self._repo.experiences(case_id) if e.id == experience_id), None)
        if found is None:
            raise UserError(f"Le dossier n° {case_id} n'a pas d'expérience n° {experience_id}.")
        return found

    # ---- Writing

    def save_experience(self, case_id: int, experience: Experience, today: date | None = None) -> Experience:
        if experience.id is not None:
            self.experience(case_id, experience.id)  # one of this case's
        saved = self._repo.save_experience(case_id, experience, today)
        self.announce(case_id, changes.EXPERIENCES)
        return saved

    def delete_experience(self, case_id: int, experience_id: int) -> None:
        if experience_id not in {e.id for e in self._repo.experiences(case_id)}:
            raise UserError(f"Le dossier n° {case_id} n'a pas d'expérience n° {experience_id}.")
        self._repo.delete_experience(experience_id)
        self.announce(case_id, changes.EXPERIENCES)

    def save_contexts(self, case_id: int, liked: set[str], excluded: set[str], target: str = "") -> None:
        """Context labels are checked against the release (an unknown one is refused with the closest)."""
        engine = self.engine()
        liked = set(checked_contexts(engine, sorted(liked), "contexte apprécié"))
        excluded = set(checked_contexts(engine, sorted(excluded), "contexte exclu"))
        self._repo.save_contexts(case_id, liked, excluded, target.strip().upper())
        self.announce(case_id, changes.PREFERENCES)

    def set_target(self, case_id: int, code: str) -> None:
        """The job the person aims at (a ROME code), kept with the preferences; "" forgets it."""
        code = code.strip().upper()
        if code:
            reference = self.require_reference()
            if reference.fiche(code) is None:
                raise UserError(f"La fiche {code} n'existe pas dans le ROME actif.")
        preferences, _reasons, _target = self._repo.preferences(case_id)
        self.save_contexts(case_id, set(preferences.liked_contexts), set(preferences.excluded_contexts), code)

    def set_feedback(self, case_id: int, fiche: str, up: bool | None, reason: str = "") -> None:
        """Interest (True), not for me (False) or neither (None), with the person's reason."""
        self._repo.set_feedback(case_id, fiche, up, reason)
        self.announce(case_id, changes.PREFERENCES)

    def save_snapshot(self, case_id: int, today: date, count: int = 20) -> int:
        """Keep the current suggestions, and the explored jobs the documents show, with the ROME version."""
        reference = self.require_reference()
        engine = engine_for(reference)
        state = self.state(case_id)
        payload = {
            "experiences": [{"label": e.label, "fiche": e.fiche} for e in state.experiences],
            "suggestions": [
                asdict(s) for s in engine.rank(state.experiences, today, state.preferences, top=count)
            ],
            "explored": [asdict(job) for job in explored_jobs(engine, state, today)],
        }
        snapshot_id = self._repo.save_snapshot(case_id, reference.info().version_label, payload)
        self.announce(case_id, changes.SNAPSHOTS)
        return snapshot_id
