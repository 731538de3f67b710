"""Carry case files away and bring them back: check-out to a laptop before a permanence without
network, check-in on return; the same for an encrypted transfer file between structures without a
server.

A case leaves with every linked row, keeping its ids, and the carrier records the state it left in
(``checkouts.base``). On the way back each row, and each column of each row, is merged three ways
(the state it left in, the carrier's, the origin's now): what one side changed is kept, what both
changed differently is a conflict that ``resolve`` settles field by field (the window asks, the
command line applies ``--prefer``). Rows created offline are added, nothing typed offline is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from workbench.core.merge import FieldConflict, three_way
from workbench.errors import StorageError, UserError
from workbench.store.cases import search_key
from workbench.store.db import Database
from workbench.store.export import linked_tables
from workbench.store.models import Base, CaseCheckoutRow, CheckoutRow, DatabaseInfo
from workbench.store.privacy import record as audit

BOOKKEEPING_TABLES = {"checkouts", "case_checkouts"}
# Columns the store keeps itself: the merge never offers them as choices.
MANAGED = {"id", "case_id", "version", "updated_at", "created_at", "search_key"}


@dataclass(frozen=True)
class Conflict:
    case_id: int
    table: str
    row: str  # the row's key, e.g. "12" for a meeting; "" for the case itself
    field: FieldConflict


Resolver = Callable[[Conflict], str]  # → "mine" (the carried version) or "theirs" (the origin's)
Progress = Callable[[int, int, str], None]  # (done, total, label)


@dataclass
class CheckinReport:
    merged: list[int] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    added_rows: int = 0
    refused: dict[int, str] = field(default_factory=dict)  # case → why it stayed on the carrier


def database_id(db: Database) -> str:
    with db.session() as session:
        row = session.get(DatabaseInfo, "uuid")
        if row is None:  # a database created before revision 0009 stamped it
            row = DatabaseInfo(key="uuid", value=str(uuid.uuid4()))
            session.add(row)
        return row.value


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _case_tables() -> list[tuple[Table, str]]:
    return [(t, c) for t, c in linked_tables() if t.name not in BOOKKEEPING_TABLES]


def _key(table: Table, row: dict[str, Any]) -> str:
    return "/".join(str(row[c.name]) for c in table.primary_key.columns)


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _python_type(table: Table, name: str) -> type | None:
    column_type = table.c[name].type
    column_type = getattr(column_type, "impl_instance", column_type)  # through TypeDecorators
    try:
        found: type = column_type.python_type
    except NotImplementedError:
        return None
    return found


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A snapshot row back into Python values for an insert or update."""
    out = {}
    for name, value in row.items():
        kind = _python_type(table, name)
        if isinstance(value, str) and kind is datetime:
            value = datetime.fromisoformat(value)
        elif isinstance(value, str) and kind is date:
            value = date.fromisoformat(value)
        out[name] = value
    return out


def _where(table: Table, row: dict[str, Any]) -> list[Any]:
    keys = _from_json(table, {c.name: row[c.name] for c in table.primary_key.columns})
    return [table.c[name] == value for name, value in keys.items()]


def snapshot(session: Session, case_id: int) -> dict[str, Any] | None:
    """The case row and its linked rows as JSON values, keyed by table then row key."""
    cases = _table("cases")
    row = session.execute(select(cases).where(cases.c.id == case_id)).mappings().first()
    if row is None:
        return None
    found: dict[str, Any] = {"cases": {str(case_id): {k: _json(v) for k, v in row.items()}}}
    for table, column in _case_tables():
        rows = session.execute(select(table).where(table.c[column] == case_id)).mappings()
        found[table.name] = {_key(table, dict(r)): {k: _json(v) for k, v in r.items()} for r in rows}
    return found


def check_out(
    origin: Database,
    case_ids: list[int],
    carrier: Database,
    by: str,
    destination: str,
    progress: Progress | None = None,
) -> None:
    """Copy the cases (with their ids and linked rows) into ``carrier`` and mark them as taken.

    All or nothing: a case that cannot leave stops the whole check-out, nothing is copied.
    """
    origin_id = database_id(origin)
    with origin.session() as source, carrier.session() as target:
        for done, case_id in enumerate(case_ids):
            if progress is not None:
                progress(done, len(case_ids), f"Dossier {case_id}")
            taken = source.get(CaseCheckoutRow, case_id)
            if taken is not None:
                raise UserError(
                    f"Le dossier {case_id} est déjà emporté par {taken.by} ({taken.destination})."
                )
            state = snapshot(source, case_id)
            if state is None:
                raise UserError(f"Aucun dossier n'a le numéro {case_id}.")
            if (
                target.get(CheckoutRow, case_id) is not None
                or target.execute(select(_table("cases").c.id).where(_table("cases").c.id == case_id)).first()
            ):
                raise UserError(f"Le dossier {case_id} est déjà présent sur ce poste : rapportez-le d'abord.")
            for name in ["cases", *(t.name for t, _ in _case_tables())]:
                table = _table(name)
                for row in state[name].values():
                    target.execute(insert(table).values(**_from_json(table, row)))
            target.add(CheckoutRow(case_id=case_id, origin=origin_id, base=state, by=by))
            source.add(CaseCheckoutRow(case_id=case_id, by=by, destination=destination))
            audit(source, "emport", case_id, by)


def _carried(carrier: Database, origin: Database) -> list[CheckoutRow]:
    origin_id = database_id(origin)
    with carrier.session() as session:
        return [c for c in session.scalars(select(CheckoutRow)) if c.origin == origin_id]


def preview_conflicts(carrier: Database, origin: Database) -> list[Conflict]:
    """The fields both sides changed, found by doing the merge and rolling it back: nothing is
    written, so that the window can ask about them before the real check-in."""
    found: list[Conflict] = []
    with Session(origin.engine) as target:
        try:
            for checkout in _carried(carrier, origin):
                with carrier.session() as session:
                    mine = snapshot(session, checkout.case_id)
                theirs = snapshot(target, checkout.case_id)
                if mine is None or theirs is None:
                    continue
                if not _same_person(checkout.base, theirs, checkout.case_id):
                    continue
                savepoint = target.begin_nested()  # a refused case leaves the others to preview
                try:
                    found += _merge_case(
                        target,
                        checkout.case_id,
                        checkout.base,
                        mine,
                        theirs,
                        lambda _c: "theirs",
                        CheckinReport(),
                    )
                except (UserError, DBAPIError):
                    pass
                finally:
                    savepoint.rollback()
        finally:
            target.rollback()
    return found


def check_in(
    carrier: Database, origin: Database, resolve: Resolver, by: str, progress: Progress | None = None
) -> CheckinReport:
    """Bring every case of ``carrier`` that came from ``origin`` back, merged; emptied from the carrier."""
    report = CheckinReport()
    carried = _carried(carrier, origin)
    for done, checkout in enumerate(carried):
        if progress is not None:
            progress(done, len(carried), f"Dossier {checkout.case_id}")
        with carrier.session() as session:
            mine = snapshot(session, checkout.case_id)
        assert mine is not None
        try:
            with origin.session() as target:
                theirs = snapshot(target, checkout.case_id)
                if theirs is None or not _same_person(checkout.base, theirs, checkout.case_id):
                    raise StorageError(
                        "effacé entre-temps de la base d'origine, ou hors des dossiers de votre compte ; "
                        "il reste sur ce poste, rien n'a été fusionné"
                    )
                conflicts = _merge_case(
                    target, checkout.case_id, checkout.base, mine, theirs, resolve, report
                )
                target.execute(delete(CaseCheckoutRow).where(CaseCheckoutRow.case_id == checkout.case_id))
                audit(target, "retour", checkout.case_id, by)
        except UserError as exc:  # erased, or refused by the server: it stays on the carrier
            report.refused[checkout.case_id] = str(exc).rstrip(".")
            continue
        report.conflicts += conflicts
        report.merged.append(checkout.case_id)
        with carrier.session() as session:  # back where it belongs: no copy left on the laptop
            session.execute(delete(_table("cases")).where(_table("cases").c.id == checkout.case_id))
    return report


def _same_person(base: dict[str, Any], theirs: dict[str, Any], case_id: int) -> bool:
    """Whether the origin's case is still the one that left (not a new file under an old number)."""
    left, now = base["cases"].get(str(case_id), {}), theirs["cases"][str(case_id)]
    return bool(left.get("created_at") == now.get("created_at"))


def _merge_case(
    target: Session,
    case_id: int,
    base: dict[str, Any],
    mine: dict[str, Any],
    theirs: dict[str, Any],
    resolve: Resolver,
    report: CheckinReport,
) -> list[Conflict]:
    conflicts: list[Conflict] = []
    for name in ["cases", *(t.name for t, _ in _case_tables())]:
        table = _table(name)
        b_rows, m_rows, t_rows = base.get(name, {}), mine.get(name, {}), theirs.get(name, {})
        for key in sorted(set(b_rows) | set(m_rows) | set(t_rows)):
            b, m, t = b_rows.get(key), m_rows.get(key), t_rows.get(key)
            where = _where(table, m or t or b)
            if m is not None and b is None and t is None:  # added offline
                values = _from_json(table, m)
                if "id" in table.c and table.c.id.autoincrement and name != "cases":
                    values.pop("id")  # the origin numbers it: an id taken there meanwhile is no clash
                target.execute(insert(table).values(**values))
                report.added_rows += 1
                continue
            if m is None and b is not None:  # removed offline: removed there too unless changed there
                if t is not None and t == b:
                    target.execute(delete(table).where(*where))
                continue
            if m is None or m == b:
                continue  # nothing changed offline for this row
            if t is None:  # removed at the origin but changed offline: nothing typed is lost
                target.execute(insert(table).values(**_from_json(table, m)))
                continue
            merge = three_way(
                {k: v for k, v in (b or {}).items() if k not in MANAGED},
                {k: v for k, v in m.items() if k not in MANAGED},
                {k: v for k, v in t.items() if k not in MANAGED},
            )
            values = dict(merge.values)
            for found in merge.conflicts:
                conflict = Conflict(case_id, name, "" if name == "cases" else key, found)
                conflicts.append(conflict)
                values[found.name] = found.mine if resolve(conflict) == "mine" else found.theirs
            if values != {k: v for k, v in t.items() if k not in MANAGED}:
                changes = _from_json(table, values)
                if name == "cases":
                    changes["version"] = t["version"] + 1  # whoever reads it now knows it changed
                    changes["search_key"] = search_key(changes["last_name"], changes["first_name"])
                    where.append(table.c.version == t["version"])
                if _rowcount(target.execute(update(table).where(*where).values(**changes))) != 1:
                    raise StorageError("modifié sur le serveur pendant le retour ; relancez le retour")
    return conflicts


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


def carried_cases(carrier: Database) -> list[int]:
    with carrier.session() as session:
        return list(session.scalars(select(CheckoutRow.case_id)))


def taken_cases(origin: Database) -> dict[int, str]:
    """Cases of ``origin`` currently away: case → « by, destination »."""
    with origin.session() as session:
        return {
            row.case_id: f"{row.by}, {row.destination}" for row in session.scalars(select(CaseCheckoutRow))
        }
