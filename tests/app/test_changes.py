"""The application layer announces every change; views of the case refresh without reopening."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from workbench.app import changes
from workbench.app.cases import Cases
from workbench.app.cep import Cep
from workbench.app.changes import Change, Changes
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Action, Meeting
from workbench.errors import UserError


def test_hub_announces_and_counts_revisions() -> None:
    hub = Changes()
    seen: list[Change] = []
    unsubscribe = hub.subscribe(seen.append)
    hub.announce(3, changes.MEETINGS)
    hub.announce(None, changes.ROME)
    assert seen == [Change(3, "meetings"), Change(None, "rome")]
    assert hub.revision(3) == (1, 1)
    assert hub.revision(4) == (0, 1)
    unsubscribe()
    hub.announce(3, changes.CASE)
    assert len(seen) == 2
    assert hub.revision(3) == (2, 1)


def test_a_broken_listener_does_not_stop_the_others() -> None:
    hub = Changes()
    seen: list[Change] = []

    def broken(_change: Change) -> None:
        raise RuntimeError("bug in a view")

    hub.subscribe(broken)
    hub.subscribe(seen.append)
    hub.announce(1, changes.CASE)
    assert seen == [Change(1, "case")]


def test_operations_announce_what_they_change(ctx: Context) -> None:
    seen: list[Change] = []
    ctx.changes.subscribe(seen.append)
    case_id = Cases(ctx).add(CaseRecord(last_name="Martin", first_name="Léa"))
    cep = Cep(ctx)
    meeting = cep.record_meeting(case_id, Meeting(date(2026, 3, 2), "UO1", notes="Premier contact"))
    assert meeting.level == "UO1" and cep.path(case_id).current_level == "UO1"
    cep.save_notes(case_id, meeting.id or 0, "Premier contact, suite")
    assert [c.what for c in seen] == ["case", "path", "meetings", "notes"]
    assert {c.case_id for c in seen} == {case_id}


def test_a_mistaken_meeting_or_action_is_deleted_and_audited(ctx: Context) -> None:
    cases, cep = Cases(ctx), Cep(ctx)
    case_id = cases.add(CaseRecord(last_name="Martin", first_name="Léa"))
    other = cases.add(CaseRecord(last_name="Durand", first_name="Paul"))
    meeting = cep.record_meeting(case_id, Meeting(date(2026, 3, 2), "UO1"))
    action = cep.save_action(case_id, Action("Appeler l'OPCO", "beneficiaire"))
    with pytest.raises(UserError):  # not one of that case's
        cep.delete_meeting(other, meeting.id or 0)
    cep.delete_meeting(case_id, meeting.id or 0)
    cep.delete_action(case_id, action.id or 0)
    assert cep.meetings(case_id) == [] and cep.actions(case_id) == []
    actions = [line.action for line in cases.trail(case_id)]
    assert "retrait_entretien" in actions and "retrait_action" in actions


def test_the_bridge_delivers_changes_from_worker_threads_on_the_gui_thread(
    qtbot: QtBot, ctx: Context
) -> None:
    from PySide6.QtCore import QThread

    from workbench.ui.changes import bridge

    received: list[tuple[Change, bool]] = []
    gui = QThread.currentThread()
    bridge(ctx).sig_changed.connect(lambda c: received.append((c, QThread.currentThread() == gui)))
    worker = threading.Thread(target=lambda: ctx.changes.announce(7, changes.FUNDING))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(received))
    assert received == [(Change(7, "funding"), True)]
