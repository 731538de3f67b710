"""Audit trail and retention of case files.

Every opening, change, export, archiving and erasure of a case is recorded with who did it (the
counsellor's session user). Cases whose last contact is older than the retention period are listed
for deletion; the purge erases them one by one (see ``CaseRepository.erase``).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.core.cep import add_months
from workbench.store.db import Database
from workbench.store.models import AuditEntry, Case, MeetingRow

ACTIONS = {
    "creation": "Création",
    "consultation": "Consultation",
    "modification": "Modification",
    "archivage": "Archivage",
    "restauration": "Restauration",
    "export": "Export (droit d'accès)",
    "effacement": "Effacement",
    "retrait_entretien": "Suppression d'un entretien saisi par erreur",
    "retrait_action": "Suppression d'une action saisie par erreur",
    "reattribution": "Réattribution",
    "partage": "Partage",
    "fin_partage": "Fin de partage",
    "emport": "Emporté hors ligne",
    "retour": "Rapporté",
    "impression": "Impression",
}
DEFAULT_RETENTION_MONTHS = 24


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some services, containers)
        return "inconnu"


def record(session: Session, action: str, case_id: int, actor: str | None = None) -> None:
    """Add an audit entry inside the caller's transaction: the action and its trace commit together.

    On the structure's server the database writes it under the signed-in role: its triggers record
    every change, and ``atelier_audit`` the openings and exports (``actor`` is not taken there).
    """
    if session.get_bind().dialect.name == "postgresql":
        from workbench.store.security import WRITTEN_BY_TRIGGERS

        if action not in WRITTEN_BY_TRIGGERS:
            session.execute(select(func.atelier_audit(action, case_id)))
        return
    actor = actor or session.info.get("actor") or current_actor()
    session.add(AuditEntry(action=action, case_id=case_id, actor=actor))


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    case_id: int


@dataclass(frozen=True)
class RetentionDue:
    case_id: int
    name: str
    last_contact: date


class PrivacyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def log(self, action: str, case_id: int) -> None:
        with self._db.session() as session:
            record(session, action, case_id)

    def trail(self, case_id: int | None = None) -> list[AuditLine]:
        query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
        if case_id is not None:
            query = query.where(AuditEntry.case_id == case_id)
        with self._db.session() as session:
            return [AuditLine(e.at, e.actor, e.action, e.case_id) for e in session.scalars(query)]

    def due_for_deletion(self, today: date, months: int = DEFAULT_RETENTION_MONTHS) -> list[RetentionDue]:
        """Cases whose last contact (latest meeting, else last change) is older than ``months``."""
        limit = add_months(today, -months)
        last_meeting = (
            select(MeetingRow.case_id, func.max(MeetingRow.day).label("day"))
            .group_by(MeetingRow.case_id)
            .subquery()
        )
        with self._db.session() as session:
            rows = session.execute(
                select(
                    Case.id, Case.last_name, Case.first_name, Case.updated_at, last_meeting.c.day
                ).outerjoin(last_meeting, last_meeting.c.case_id == Case.id)
            )
            due = []
            for case_id, last, first, updated, met in rows:
                changed = updated.astimezone(UTC).date() if updated else date.min
                contact = max(met or date.min, changed)
                if contact < limit:
                    due.append(RetentionDue(case_id, f"{last.upper()} {first}".strip(), contact))
            return sorted(due, key=lambda d: d.last_contact)
