"""Case files in the database: add, read, update, archive, list.

Every method is one short transaction and returns plain :class:`~workbench.core.cases.CaseRecord`
or :class:`CaseSummary` values: no ORM object leaves this module.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workbench.core.cases import EDITABLE_FIELDS, CaseRecord, CaseSummary, require_valid
from workbench.core.text import fold
from workbench.errors import AccessDenied, StorageError, UserError
from workbench.store.db import Database
from workbench.store.models import Case, CaseShareRow
from workbench.store.models.base import utc_now
from workbench.store.privacy import record as audit

_RECORD_FIELDS = tuple(f.name for f in fields(CaseRecord))


class CaseNotFound(UserError):
    def __init__(self, case_id: int) -> None:
        super().__init__(f"Aucun dossier n° {case_id}.")
        self.case_id = case_id


class ErasedNotCompacted(StorageError):
    """The case is erased (committed), but compacting the file afterwards failed."""

    def __init__(self, case_id: int, why: str) -> None:
        super().__init__(
            f"Le dossier n° {case_id} est effacé : il n'apparaît plus nulle part dans l'application. "
            f"Mais le fichier de la base n'a pas pu être nettoyé de ses anciennes pages ({why}) : "
            "libérez de la place sur le disque ; le nettoyage se refait à chaque effacement."
        )
        self.case_id = case_id


class CaseConflict(StorageError):
    """The case was saved elsewhere since it was read."""


def search_key(last_name: str, first_name: str) -> str:
    return fold(f"{last_name} {first_name}")


def _to_record(row: Case) -> CaseRecord:
    values = {name: getattr(row, name) for name in _RECORD_FIELDS}
    values["attributes"] = dict(row.attributes or {})
    return CaseRecord(**values)


def _apply(row: Case, record: CaseRecord) -> None:
    for name in EDITABLE_FIELDS:
        value = getattr(record, name)
        setattr(row, name, dict(value) if name == "attributes" else value)
    row.search_key = search_key(record.last_name, record.first_name)


class CaseRepository:
    def __init__(self, db: Database, today: Any = date.today) -> None:
        self._db = db
        self._today = today

    # ---- Reading

    def get(self, case_id: int) -> CaseRecord:
        with self._db.session() as session:
            return _to_record(self._row(session, case_id))

    def summaries(self, include_archived: bool = True) -> list[CaseSummary]:
        """Every case, lightly: the list filters and sorts them in memory."""
        columns = (
            Case.id,
            Case.last_name,
            Case.first_name,
            Case.search_key,
            Case.birth_date,
            Case.counsellor,
            Case.status,
            Case.cep_level,
            Case.updated_at,
            Case.archived_at,
        )
        query = select(*columns).order_by(Case.search_key, Case.id)
        if not include_archived:
            query = query.where(Case.archived_at.is_(None))
        if (visible := self._visible()) is not None:
            query = query.where(visible)
        with self._db.session() as session:
            return [
                CaseSummary(*row[:-1], archived=row[-1] is not None)  # type: ignore[misc]
                for row in session.execute(query)
            ]

    def counsellors(self) -> list[str]:
        with self._db.session() as session:
            names = session.scalars(select(Case.counsellor).distinct().where(Case.counsellor != ""))
            return sorted(names, key=fold)

    # ---- Writing

    def add(self, record: CaseRecord) -> int:
        """Validate and store a new case; returns its id once committed."""
        require_valid(record, self._today())
        user = self._db.user
        if user is not None and not user.is_manager and not record.counsellor:
            record = record.with_changes(counsellor=user.display_name)  # the server wants it theirs
        row = Case()
        _apply(row, record)
        with self._db.session() as session:
            session.add(row)
            session.flush()
            audit(session, "creation", row.id)
            return row.id

    def update(self, record: CaseRecord) -> CaseRecord:
        """Save ``record`` over the stored case, refusing when it changed since it was read."""
        if record.id is None:
            raise ValueError("update() needs a stored case")
        require_valid(record, self._today())
        try:
            with self._db.session() as session:
                row = self._row(session, record.id)
                if row.version != record.version:
                    raise CaseConflict(
                        "Ce dossier a été modifié ailleurs depuis son ouverture. Rouvrez-le pour voir "
                        "les changements ; vos saisies n'ont pas été enregistrées."
                    )
                _apply(row, record)
                session.flush()
                audit(session, "modification", row.id)
                return _to_record(row)
        except StaleDataError as exc:
            raise CaseConflict("Ce dossier a été modifié ailleurs pendant l'enregistrement.") from exc

    def set_archived(self, case_id: int, archived: bool) -> CaseRecord:
        with self._db.session() as session:
            row = self._row(session, case_id)
            row.archived_at = utc_now() if archived else None
            session.flush()
            audit(session, "archivage" if archived else "restauration", case_id)
            return _to_record(row)

    def erase(self, case_id: int) -> str:
        """Remove the person and everything linked, leaving no trace in the file or its WAL; returns
        their last name (to find them in the backups).

        Rows linked to the case go with it (ON DELETE CASCADE); ``secure_delete`` zeroes the freed
        pages, and the WAL, which still holds the old pages, is checkpointed and truncated. When that
        clean-up fails (a full disk), the erasure is committed all the same: :class:`ErasedNotCompacted`
        says so.
        """
        with self._db.session() as session:
            row = self._row(session, case_id)
            last_name = row.last_name
            session.delete(row)
            audit(session, "effacement", case_id)
        try:
            if not self._db.is_sqlite:  # PostgreSQL: reclaim the dead rows now rather than some day
                with self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                    connection.exec_driver_sql("VACUUM")
                return last_name
            with self._db.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.exec_driver_sql("VACUUM")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SQLAlchemyError as exc:
            text = str(getattr(exc, "orig", exc))
            full = "full" in text.lower() or "space" in text.lower()
            raise ErasedNotCompacted(case_id, "disque plein" if full else text) from exc
        return last_name

    # ---- Helpers

    def _visible(self) -> Any:
        """The cases the signed-in counsellor may see (None: every case)."""
        user = self._db.user
        if user is None or user.is_manager:
            return None
        shared = select(CaseShareRow.case_id).where(CaseShareRow.username == user.username)
        return or_(Case.counsellor == user.display_name, Case.id.in_(shared))

    def _row(self, session: Session, case_id: int) -> Case:
        user = self._db.user
        if user is not None and not user.is_manager and session.get(Case, case_id) is None:
            # The server shows a counsellor their cases only: another's looks absent.
            raise AccessDenied(
                f"Le dossier {case_id} n'existe pas ou n'est ni attribué ni partagé à {user.display_name} : "
                "demandez-le à son conseiller ou au responsable de la structure."
            )
        row = self._any_row(session, case_id)
        if (visible := self._visible()) is not None and not session.scalar(
            select(func.count()).select_from(Case).where(Case.id == case_id, visible)
        ):
            raise AccessDenied(
                f"Le dossier {case_id} n'est ni attribué ni partagé à {self._db.user.display_name} : "
                "demandez-le à son conseiller ou au responsable de la structure."
            )
        return row

    @staticmethod
    def _any_row(session: Session, case_id: int) -> Case:
        row = session.get(Case, case_id)
        if row is None:
            raise CaseNotFound(case_id)
        return row
