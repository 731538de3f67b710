"""Everything held about one person, for the right of access (GDPR art. 15).

The export walks the schema instead of listing tables: any table with a foreign key to
``cases.id`` is included, so a capability that adds a table is exported without touching this file.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select

from workbench.core.case_json import record_to_json
from workbench.store.cases import CaseRepository
from workbench.store.db import Database
from workbench.store.models import Base
from workbench.store.privacy import PrivacyRepository
from workbench.store.privacy import record as audit


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def linked_tables() -> list[tuple[Table, str]]:
    """(table, column) pairs whose column references ``cases.id``, in dependency order."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == "cases" for fk in column.foreign_keys):
                found.append((table, column.name))
    return found


def export_case(db: Database, case_id: int) -> dict[str, Any]:
    record = CaseRepository(db).get(case_id)
    linked: dict[str, list[dict[str, Any]]] = {}
    with db.session() as session:
        for table, column in linked_tables():
            rows = session.execute(select(table).where(table.c[column] == case_id)).mappings()
            linked[table.name] = [{k: _json_value(v) for k, v in row.items()} for row in rows]
    with db.session() as session:
        audit(session, "export", case_id)
    trail = [
        {"at": line.at.isoformat(), "actor": line.actor, "action": line.action}
        for line in PrivacyRepository(db).trail(case_id)
    ]
    return {
        "format": "atelier-cep/dossier",
        "version": 1,
        "case": record_to_json(record),
        "linked": linked,
        "audit": trail,
    }
