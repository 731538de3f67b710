"""Keyed background tasks (the retention view's race) and the settings declared once."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from workbench.app import settings
from workbench.app.cases import Cases
from workbench.app.privacy import Privacy, RetentionDue
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.models import Case


def _last_changed(ctx: Context, case_id: int, days_ago: int) -> None:
    with ctx.db.session() as session:
        session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(updated_at=datetime.now(UTC) - timedelta(days=days_ago))
        )


def test_a_superseded_retention_query_is_never_the_list_erased(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from workbench.ui.retention_area import RetentionArea
    from workbench.ui.tasks import wait_for_tasks

    cases = Cases(ctx)
    recent = cases.add(CaseRecord(last_name="Récent"))  # 18 months: due at 1 year, not at 2
    old = cases.add(CaseRecord(last_name="Ancien"))  # 5 years: due at both
    _last_changed(ctx, recent, 550)
    _last_changed(ctx, old, 5 * 365)
    real = Privacy.due_for_deletion
    release = threading.Event()

    def slow_for_one_year(self: Privacy, today: date, months: int = 24) -> list[RetentionDue]:
        if months == 12:  # the first query (1 year) finishes after the second (2 years)
            release.wait(10)
        return real(self, today, months)

    monkeypatch.setattr(Privacy, "due_for_deletion", slow_for_one_year)
    area = RetentionArea(ctx, QWidget())
    qtbot.addWidget(area)
    area.years.setValue(1)  # starts the slow query…
    area.years.setValue(2)  # …superseded by this one, which finishes first
    qtbot.waitUntil(lambda: area.due_months == 24)
    assert [d.case_id for d in area.due] == [old]
    release.set()
    wait_for_tasks()
    qtbot.wait(50)  # the superseded result arrives and is dropped
    assert area.due_months == 24 and [d.case_id for d in area.due] == [old]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    area.purge()
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.due_months == 24 and not area.due)
    assert [s.id for s in cases.summaries()] == [recent]  # the 18-month case was not erased


def test_nothing_is_erased_while_the_list_for_the_period_shown_is_not_there(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from workbench.ui.retention_area import RetentionArea

    cases = Cases(ctx)
    _last_changed(ctx, cases.add(CaseRecord(last_name="Ancien")), 5 * 365)
    area = RetentionArea(ctx, QWidget())
    qtbot.addWidget(area)
    area.reload()
    qtbot.waitUntil(lambda: len(area.due) == 1)
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    area.years.blockSignals(True)
    area.years.setValue(5)  # the period changed, its list not computed yet
    area.years.blockSignals(False)
    area.purge()
    assert asked == [] and len(cases.summaries()) == 1


def test_the_list_erased_is_the_one_confirmed_even_if_reloaded_during_the_question(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the server a colleague's change reloads the list on screen, even while the question is open."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from workbench.ui.retention_area import RetentionArea
    from workbench.ui.tasks import wait_for_tasks

    cases = Cases(ctx)
    old = cases.add(CaseRecord(last_name="Ancien"))
    _last_changed(ctx, old, 5 * 365)
    area = RetentionArea(ctx, QWidget())
    qtbot.addWidget(area)
    area.reload()
    qtbot.waitUntil(lambda: [d.case_id for d in area.due] == [old])
    other = cases.add(CaseRecord(last_name="Autre"))
    _last_changed(ctx, other, 5 * 365)  # due too, but not in the list confirmed

    def reloaded_while_asking(*_a: object, **_k: object) -> QMessageBox.StandardButton:
        area.reload()
        qtbot.waitUntil(lambda: len(area.due) == 2)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", reloaded_while_asking)
    area.purge()
    wait_for_tasks()
    qtbot.waitUntil(lambda: [d.case_id for d in area.due] == [other])
    assert [s.id for s in cases.summaries()] == [other]  # only the case confirmed was erased


def test_an_error_of_a_closed_view_is_logged(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtWidgets import QWidget

    from workbench.ui.tasks import Task, wait_for_tasks

    widget = QWidget()
    started = threading.Event()

    def work(_progress: object) -> None:
        started.wait(5)
        time.sleep(0.05)
        raise RuntimeError("la requête a échoué")

    Task(widget, work).start()
    widget.deleteLater()
    qtbot.wait(10)
    started.set()
    wait_for_tasks()
    qtbot.waitUntil(lambda: "la requête a échoué" in caplog.text)


def test_one_retention_period_for_the_notice_the_view_and_the_command(
    qtbot: QtBot, ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QWidget

    from workbench.cli import main
    from workbench.ui.retention_area import RetentionArea

    settings.set_retention_years(ctx, 3)
    assert settings.retention_months(ctx) == 36
    assert settings.structure(ctx).retention_years == 3  # what the RGPD notice prints
    area = RetentionArea(ctx, QWidget())
    qtbot.addWidget(area)
    assert area.months == 36
    area.years.setValue(4)
    assert settings.structure(ctx).retention_years == 4
    assert main(["--data-dir", str(ctx.paths.data_dir), "case", "retention"]) == 0
    assert "au-delà de 48 mois" in capsys.readouterr().out


def test_settings_live_in_the_data_directory_and_old_structure_files_are_read(ctx: Context) -> None:
    ctx.paths.data_dir.mkdir(parents=True, exist_ok=True)
    legacy = ctx.paths.data_dir / "structure.json"
    legacy.write_text('{"name": "Cité des métiers", "retention_years": 3}', encoding="utf-8")
    assert settings.structure(ctx).name == "Cité des métiers"
    settings.set_idle_lock(ctx, 5)
    assert settings.settings_file(ctx) == ctx.paths.data_dir / "settings.json"
    assert not legacy.exists()
    loaded = settings.load(ctx)
    assert (loaded.idle_lock_minutes, loaded.structure.name, loaded.retention_months) == (
        5,
        "Cité des métiers",
        36,
    )
