"""Documents handed over to the person or a third party: when, which, and the exact bytes given.

Kept in the case file (table ``handed_documents``, linked to the case: exported with it, erased
with it). The SHA-256 lets anyone check that a paper or a PDF is the one handed over.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select

from workbench.errors import ValidationError
from workbench.store.db import Database
from workbench.store.models import HandedDocumentRow
from workbench.store.privacy import record as audit


@dataclass(frozen=True)
class HandedDocument:
    id: int
    case_id: int
    kind: str
    title: str
    issued_on: date
    handed_at: datetime
    recipient: str
    counsellor: str
    reworded: bool
    sha256: str
    size: int


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class HandedDocumentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        case_id: int,
        kind: str,
        title: str,
        issued_on: date,
        data: bytes,
        recipient: str = "",
        counsellor: str = "",
        reworded: bool = False,
    ) -> HandedDocument:
        if not data.startswith(b"%PDF"):
            raise ValidationError({"content": "seul un document PDF produit par l'atelier se remet."})
        with self._db.session() as session:
            row = HandedDocumentRow(
                case_id=case_id,
                kind=kind,
                title=title,
                issued_on=issued_on,
                recipient=recipient.strip()[:200],
                counsellor=counsellor,
                reworded=reworded,
                sha256=sha256(data),
                content=data,
            )
            session.add(row)
            session.flush()
            audit(session, "remise de document", case_id)
            return _handed(row, len(data))

    def list(self, case_id: int) -> list[HandedDocument]:
        with self._db.session() as session:
            rows = session.execute(
                select(HandedDocumentRow)
                .where(HandedDocumentRow.case_id == case_id)
                .order_by(HandedDocumentRow.handed_at.desc(), HandedDocumentRow.id.desc())
            ).scalars()
            return [_handed(row, len(row.content)) for row in rows]

    def content(self, document_id: int) -> bytes:
        with self._db.session() as session:
            row = session.get(HandedDocumentRow, document_id)
            if row is None:
                raise ValidationError({"document": "ce document remis n'existe plus."})
            return bytes(row.content)

    def delete(self, document_id: int) -> None:
        with self._db.session() as session:
            session.execute(delete(HandedDocumentRow).where(HandedDocumentRow.id == document_id))


def _handed(row: HandedDocumentRow, size: int) -> HandedDocument:
    return HandedDocument(
        row.id,
        row.case_id,
        row.kind,
        row.title,
        row.issued_on,
        row.handed_at,
        row.recipient,
        row.counsellor,
        row.reworded,
        row.sha256,
        size,
    )
