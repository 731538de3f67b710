"""The window fits a counsellor's laptop: 1366×768 (1366×728 once the panel is counted) and 1280×720
logical (1920×1080 at 150 %), with a rich case open, in every area and every tab of the case."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from tests.rich_case import add_rich_case
from workbench.context import Context
from workbench.ui.case_view import CaseView
from workbench.ui.main_window import MainWindow
from workbench.ui.tasks import wait_for_tasks

LAPTOP = QSize(1366, 728)
SCALED = QSize(1280, 680)  # 1280×720 logical, less a panel


@pytest.fixture
def window(qtbot: QtBot, rome_ctx: Context) -> Iterator[tuple[MainWindow, CaseView]]:
    case_id = add_rich_case(rome_ctx)
    main = MainWindow(rome_ctx)
    qtbot.addWidget(main)
    main.show()
    view = main.open_case(case_id)
    yield main, view
    wait_for_tasks()


def settle() -> None:
    wait_for_tasks()
    QApplication.processEvents()


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def test_every_area_and_tab_fits_a_laptop(window: tuple[MainWindow, CaseView]) -> None:
    main, view = window
    seen = []
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        if main.tabs.widget(index) is view:
            for tab in range(view.tabs.count()):
                view.tabs.setCurrentIndex(tab)
                settle()
                seen.append((view.tabs.tabText(tab), main.minimumSizeHint()))
        else:
            settle()
            seen.append((main.tabs.tabText(index), main.minimumSizeHint()))
    assert len(seen) == main.tabs.count() - 1 + view.tabs.count()
    too_big = [(name, size.toTuple()) for name, size in seen if not fits(size, SCALED)]
    assert too_big == []
    assert all(fits(size, LAPTOP) for _name, size in seen)


def test_sections_fit_without_scrolling_at_1366x728(window: tuple[MainWindow, CaseView]) -> None:
    """Scrolling is the last resort: at 1366×728 each section has the room it asks for."""
    main, view = window
    main.resize(LAPTOP)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        settle()
        page = view.tabs.currentWidget()
        assert isinstance(page, QScrollArea)
        section = view.current_section()
        assert section is not None
        needed = section.minimumSizeHint()
        assert fits(needed, page.viewport().size()), (view.tabs.tabText(tab), needed.toTuple())
        assert not page.verticalScrollBar().isVisible(), view.tabs.tabText(tab)
        assert not page.horizontalScrollBar().isVisible(), view.tabs.tabText(tab)
        assert section.size() == page.viewport().size()  # all the room, no more


def test_main_actions_are_at_the_top(window: tuple[MainWindow, CaseView]) -> None:
    main, view = window
    main.resize(SCALED)
    settle()
    identity = view.sections[0]
    save = next(b for b in identity.findChildren(QPushButton) if b.text() == "Enregistrer")
    assert save.mapTo(identity, save.rect().topLeft()).y() < 60
    cep = view.show_section("Parcours CEP")
    assert cep is not None
    settle()
    add = cep.add_action  # type: ignore[attr-defined]
    table = cep.actions_table  # type: ignore[attr-defined]
    assert add.mapTo(cep, add.rect().topLeft()).y() < table.mapTo(cep, table.rect().topLeft()).y()


def test_the_window_is_sized_to_the_screen_and_remembered(qtbot: QtBot, ctx: Context) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    room = first.screen().availableGeometry()
    assert first.frameGeometry().width() <= room.width() or first.isMaximized()
    first.setWindowState(first.windowState() & ~first.windowState().WindowMaximized)
    first.resize(700, 500)  # within the offscreen screen (800×600)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.size().toTuple() == (700, 500)
    second.close()


def test_financement_shares_its_width_and_remembers_it(
    window: tuple[MainWindow, CaseView], qtbot: QtBot
) -> None:
    """At 1280 and 1366 the training column shows its labels and values side by side, unclipped, and
    the scheme names have room; moved by the counsellor, the columns stay so in the next case opened."""
    from workbench.ui.funding_section import FundingSection

    main, view = window
    for room in (SCALED, LAPTOP):
        main.resize(room)
        section = view.show_section("Financement")
        assert isinstance(section, FundingSection)
        settle()
        left, middle, right = section.splitter.sizes()
        assert left >= 300 and right >= 280, (room.toTuple(), left, right)
        scroll = section.splitter.widget(0)
        assert isinstance(scroll, QScrollArea) and scroll.widget() is not None
        assert scroll.widget().width() <= scroll.viewport().width()  # nothing cut on the right
        assert section.tree.columnWidth(0) >= 380
    section.splitter.setSizes([500, 400, 400])
    moved = section.splitter.sizes()
    section.splitter.splitterMoved.emit(500, 1)
    again = FundingSection(main.ctx, view.case_id)
    qtbot.addWidget(again)
    again.resize(section.size())
    again.show()
    settle()
    assert again.splitter.sizes()[0::2] == moved[0::2]  # the middle takes what the width leaves
