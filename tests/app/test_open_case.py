"""``workbench --open-case ID`` starts the window with that case open; the case list follows changes."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from workbench.app.cases import Cases
from workbench.app.cep import Cep
from workbench.cli import build_parser
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.ui.tasks import wait_for_tasks


def test_the_option_is_read_without_a_command() -> None:
    args = build_parser().parse_args(["--open-case", "12"])
    assert args.open_case == 12 and args.command is None


def test_the_window_opens_the_case_or_says_why_not(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.ui import main_window
    from workbench.ui.case_view import CaseView
    from workbench.ui.main_window import MainWindow

    case_id = Cases(ctx).add(CaseRecord(last_name="Martin", first_name="Léa"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.open_case_or_say(case_id)
    assert isinstance(view, CaseView) and window.tabs.currentWidget() is view
    said: list[str] = []
    monkeypatch.setattr(main_window, "show_user_error", lambda _parent, exc, *a: said.append(str(exc)))
    assert window.open_case_or_say(999) is None
    assert said == ["Aucun dossier n° 999."]

    # A meeting recorded elsewhere (the quick capture, a command in this process): the list follows.
    Cep(ctx).record_meeting(case_id, Meeting(date.today(), "UO1"))
    wait_for_tasks()
    qtbot.waitUntil(lambda: [r.cep_level for r in window.case_list.model.rows if r.id == case_id] == ["UO1"])
    wait_for_tasks()
