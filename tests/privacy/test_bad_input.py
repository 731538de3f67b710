"""Every bad input gets a French message and writes nothing; faults are said for what they are."""

from __future__ import annotations

from typing import Any

import pytest

from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store import crypto
from workbench.store.cases import CaseNotFound, CaseRepository


def test_erasure_on_a_full_disk_says_the_case_is_erased(
    ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import Engine, event
    from sqlalchemy.exc import OperationalError

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Plein"))

    def disk_full(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.strip().upper() == "VACUUM":
            full = crypto.sqlcipher3.OperationalError("database or disk is full")
            raise OperationalError(statement, None, full)  # as SQLAlchemy wraps SQLite's

    event.listen(Engine, "before_cursor_execute", disk_full)  # every engine: the command opens its own
    try:
        assert main(["--data-dir", str(ctx.paths.data_dir), "case", "erase", str(case_id), "--yes"]) == 2
    finally:
        event.remove(Engine, "before_cursor_execute", disk_full)
    err = capsys.readouterr().err
    assert f"Le dossier n° {case_id} est effacé" in err and "disque plein" in err
    assert "Traceback" not in err
    with pytest.raises(CaseNotFound):
        CaseRepository(ctx.db).get(case_id)
