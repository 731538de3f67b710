"""Audit trail of every access, and the retention purge."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.export import export_case
from workbench.store.models import Case
from workbench.store.privacy import PrivacyRepository


def test_every_access_is_in_the_audit_log_and_erasure_keeps_no_name(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    case_id = repo.add(CaseRecord(last_name="Martin"))
    repo.update(repo.get(case_id).with_changes(city="Lyon"))
    repo.set_archived(case_id, True)
    exported = json.loads(json.dumps(export_case(ctx.db, case_id)))
    assert [line["action"] for line in exported["audit"]] == [
        "creation",
        "modification",
        "archivage",
        "export",
    ]
    repo.erase(case_id)
    trail = PrivacyRepository(ctx.db).trail(case_id)
    assert [line.action for line in trail][-1] == "effacement"
    assert all(line.actor for line in trail)


def test_retention_lists_and_purges_old_cases(ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    repo = CaseRepository(ctx.db)
    old = repo.add(CaseRecord(last_name="Ancien"))
    recent = repo.add(CaseRecord(last_name="Recent"))
    met_long_ago = repo.add(CaseRecord(last_name="Revenu"))
    CepRepository(ctx.db).enter_level(met_long_ago, "UO1", date.today() - timedelta(days=40))
    CepRepository(ctx.db).save_meeting(met_long_ago, Meeting(date.today() - timedelta(days=40), "UO1"))
    with ctx.db.session() as session:
        session.execute(
            update(Case)
            .where(Case.id.in_([old, met_long_ago]))
            .values(updated_at=datetime.now(UTC) - timedelta(days=1000))
        )
    due = PrivacyRepository(ctx.db).due_for_deletion(date.today(), 24)
    assert [d.case_id for d in due] == [old]  # a recent meeting keeps a case
    data = ["--data-dir", str(ctx.paths.data_dir)]
    assert main([*data, "case", "retention", "--purge", "--yes"]) == 0
    assert "1 dossier(s) effacé(s)" in capsys.readouterr().out
    assert {s.id for s in repo.summaries()} == {recent, met_long_ago}
    assert main([*data, "case", "audit", str(old)]) == 0
    assert "Effacement" in capsys.readouterr().out


def test_retention_view_purges_after_confirmation(
    qtbot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox, QWidget

    from workbench.ui.retention_area import RetentionArea
    from workbench.ui.tasks import wait_for_tasks

    repo = CaseRepository(ctx.db)
    old = repo.add(CaseRecord(last_name="Ancien"))
    with ctx.db.session() as session:
        session.execute(
            update(Case).where(Case.id == old).values(updated_at=datetime.now(UTC) - timedelta(days=1000))
        )
    area = RetentionArea(ctx, QWidget())
    qtbot.addWidget(area)
    area.reload()
    qtbot.waitUntil(lambda: area.table.rowCount() == 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    area.purge()
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.table.rowCount() == 0)
    assert repo.summaries() == []


def test_reads_by_commands_are_audited_like_an_opening(ctx: Context, tmp_path: Path) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Lu"))
    data = ["--data-dir", str(ctx.paths.data_dir)]
    assert main([*data, "case", "show", str(case_id)]) == 0
    assert main([*data, "report", "entretien", str(case_id), "--out", str(tmp_path / "cr.pdf")]) == 0
    assert main([*data, "case", "export", str(case_id), str(tmp_path / "export.json")]) == 0
    actions = [line.action for line in PrivacyRepository(ctx.db).trail(case_id)]
    assert actions == ["creation", "consultation", "consultation", "export"]
