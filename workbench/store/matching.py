"""Experiences, matching preferences, 👍/👎 and snapshots of a case, in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select

from workbench.core.matching import Experience, Preferences
from workbench.errors import ValidationError
from workbench.store.db import Database
from workbench.store.models import ExperienceRow, MatchFeedbackRow, MatchPreferencesRow, MatchSnapshotRow


@dataclass(frozen=True)
class Snapshot:
    id: int
    created_at: datetime
    rome_version: str
    payload: dict[str, Any]


def check_experience(experience: Experience, today: date) -> None:
    problems = {}
    if experience.kind == "pro" and not experience.fiche:
        problems["appellation"] = "choisissez le métier exercé dans le ROME."
    if experience.kind == "extra" and not (experience.added or experience.activities):
        problems["activities"] = "choisissez au moins une activité."
    if not experience.label.strip():
        problems["label"] = "donnez un intitulé à l'expérience."
    if experience.start and experience.start > today:
        problems["start"] = "le début est dans le futur."
    if experience.end and experience.end > today:
        problems["end"] = "la fin est dans le futur (cochez « toujours en cours »)."
    if experience.start and experience.end and experience.end < experience.start:
        problems["end"] = "la fin précède le début."
    if experience.kind == "pro" and experience.start is None:
        problems["start"] = "indiquez le début de l'expérience professionnelle."
    if problems:
        raise ValidationError(problems)


class MatchingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def experiences(self, case_id: int) -> list[Experience]:
        with self._db.session() as session:
            rows = session.scalars(
                select(ExperienceRow)
                .where(ExperienceRow.case_id == case_id)
                .order_by(ExperienceRow.start.desc(), ExperienceRow.id)
            )
            return [
                Experience(
                    r.fiche,
                    r.start,
                    r.end,
                    r.label,
                    frozenset(r.removed),
                    frozenset(r.added),
                    r.kind,
                    r.appellation,
                    r.employer,
                    tuple(r.activities),
                    r.id,
                )
                for r in rows
            ]

    def save_experience(self, case_id: int, experience: Experience, today: date | None = None) -> Experience:
        check_experience(experience, today or date.today())
        with self._db.session() as session:
            row = session.get(ExperienceRow, experience.id) if experience.id is not None else None
            if row is None:
                row = ExperienceRow(case_id=case_id)
                session.add(row)
            row.kind, row.appellation, row.fiche = experience.kind, experience.appellation, experience.fiche
            row.label, row.employer = experience.label.strip(), experience.employer.strip()
            row.start, row.end = experience.start, experience.end
            row.removed, row.added = sorted(experience.removed), sorted(experience.added)
            row.activities = list(experience.activities)
            session.flush()
            return Experience(
                row.fiche,
                row.start,
                row.end,
                row.label,
                experience.removed,
                experience.added,
                row.kind,
                row.appellation,
                row.employer,
                experience.activities,
                row.id,
            )

    def delete_experience(self, experience_id: int) -> None:
        with self._db.session() as session:
            session.execute(delete(ExperienceRow).where(ExperienceRow.id == experience_id))

    def preferences(self, case_id: int) -> tuple[Preferences, dict[str, str], str]:
        """(preferences, reasons of the 👍/👎 by fiche, target fiche)."""
        with self._db.session() as session:
            row = session.get(MatchPreferencesRow, case_id)
            feedback = session.scalars(
                select(MatchFeedbackRow).where(MatchFeedbackRow.case_id == case_id)
            ).all()
            preferences = Preferences(
                frozenset(row.liked if row else ()),
                frozenset(row.excluded if row else ()),
                {f.fiche: f.up for f in feedback},
            )
            return preferences, {f.fiche: f.reason for f in feedback}, row.target if row else ""

    def save_contexts(self, case_id: int, liked: set[str], excluded: set[str], target: str = "") -> None:
        if liked & excluded:
            raise ValidationError({"contexts": "un contexte ne peut pas être à la fois apprécié et exclu."})
        with self._db.session() as session:
            row = session.get(MatchPreferencesRow, case_id) or MatchPreferencesRow(case_id=case_id)
            row.liked, row.excluded, row.target = sorted(liked), sorted(excluded), target
            session.add(row)

    def set_feedback(self, case_id: int, fiche: str, up: bool | None, reason: str = "") -> None:
        """👍 (True), 👎 (False) or neither (None), with the reason the person gives."""
        with self._db.session() as session:
            session.execute(
                delete(MatchFeedbackRow).where(
                    MatchFeedbackRow.case_id == case_id, MatchFeedbackRow.fiche == fiche
                )
            )
            if up is not None:
                session.add(MatchFeedbackRow(case_id=case_id, fiche=fiche, up=up, reason=reason.strip()))

    def save_snapshot(self, case_id: int, rome_version: str, payload: dict[str, Any]) -> int:
        with self._db.session() as session:
            row = MatchSnapshotRow(case_id=case_id, rome_version=rome_version, payload=payload)
            session.add(row)
            session.flush()
            return row.id

    def snapshots(self, case_id: int) -> list[Snapshot]:
        with self._db.session() as session:
            rows = session.scalars(
                select(MatchSnapshotRow)
                .where(MatchSnapshotRow.case_id == case_id)
                .order_by(MatchSnapshotRow.created_at.desc())
            )
            return [Snapshot(r.id, r.created_at, r.rome_version, dict(r.payload)) for r in rows]
