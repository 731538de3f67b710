"""The window flows of the foundation: create, find, edit, archive, restore, unsaved changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository
from workbench.ui import case_list
from workbench.ui.case_editor import IdentitySection
from workbench.ui.case_view import CaseView
from workbench.ui.main_window import MainWindow
from workbench.ui.tasks import wait_for_tasks


@pytest.fixture
def window(qtbot: QtBot, ctx: Context) -> Iterator[MainWindow]:
    repo = CaseRepository(ctx.db)
    repo.add(
        CaseRecord(last_name="Dupont", first_name="Élodie", birth_date=date(1985, 3, 2), counsellor="Claire")
    )
    repo.add(CaseRecord(last_name="Martin", first_name="Léa", counsellor="Marc"))
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.case_list.model.total == 2)
    yield main
    wait_for_tasks()


def names(window: MainWindow) -> list[str]:
    return [c.display_name for c in window.case_list.model.rows]


def identity(view: CaseView) -> IdentitySection:
    section = view.sections[0]
    assert isinstance(section, IdentitySection)
    return section


def test_create_a_case_through_the_dialog(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_accept(dialog: case_list.NewCaseDialog) -> int:
        dialog.last_name.setText("Bernard")
        dialog.first_name.setText("Karim")
        dialog.birth_date.setText("14/07/1979")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(case_list.NewCaseDialog, "exec", fill_and_accept)
    window.case_list.new_button.click()
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    assert identity(view).record.birth_date == date(1979, 7, 14)
    qtbot.waitUntil(lambda: "BERNARD Karim" in names(window))


def test_new_case_dialog_explains_a_bad_date(qtbot: QtBot) -> None:
    dialog = case_list.NewCaseDialog()
    qtbot.addWidget(dialog)
    dialog.last_name.setText("Bernard")
    dialog.birth_date.setText("31/02/1979")
    dialog.accept()
    assert dialog.record is None
    assert "n'existe pas" in dialog.error.text()


def test_search_as_you_type_filters_and_sorts(window: MainWindow, qtbot: QtBot) -> None:
    area = window.case_list
    qtbot.keyClicks(area.search, "elod")
    assert names(window) == ["DUPONT Élodie"]
    assert "1 dossier(s) affiché(s) sur 2" in area.count.text()
    area.search.clear()
    area.counsellor.setCurrentIndex(area.counsellor.findData("Marc"))
    assert names(window) == ["MARTIN Léa"]
    area.counsellor.setCurrentIndex(0)
    area.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(window) == ["MARTIN Léa", "DUPONT Élodie"]


def test_edit_save_and_invalid_date(window: MainWindow, qtbot: QtBot, ctx: Context) -> None:
    window.case_list.search.setText("martin")
    window.case_list.search.returnPressed.emit()  # one match: Enter opens it
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    section = identity(view)

    birth = section.findChild(QLineEdit, "birth_date")
    birth.clear()
    qtbot.keyClicks(birth, "30/02/1990")
    assert section.has_unsaved_changes()
    qtbot.keyClick(section, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not section.save()
    assert "n'existe pas" in section._errors["birth_date"].text()
    assert section.banner.isVisible() or not window.isVisible()
    assert CaseRepository(ctx.db).get(2).birth_date is None

    birth.clear()
    qtbot.keyClicks(birth, "12/04/1988")
    city = section.findChild(QLineEdit, "city")
    qtbot.keyClicks(city, "Lyon")
    section.findChild(QComboBox, "sex").setCurrentIndex(1)
    assert section.save()
    stored = CaseRepository(ctx.db).get(2)
    assert (stored.birth_date, stored.city, stored.sex) == (date(1988, 4, 12), "Lyon", "F")
    assert not section.has_unsaved_changes()


def test_archive_and_restore(window: MainWindow, qtbot: QtBot) -> None:
    view = window.open_case(1)
    identity(view).archive_button.click()
    qtbot.waitUntil(lambda: names(window) == ["MARTIN Léa"])
    area = window.case_list
    area.status.setCurrentIndex(area.status.findData("archive"))
    assert names(window) == ["DUPONT Élodie"]
    identity(view).archive_button.click()
    area.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: names(window) == ["DUPONT Élodie", "MARTIN Léa"])


def test_unsaved_changes_are_protected(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: Context
) -> None:
    view = window.open_case(1)
    city = identity(view).findChild(QLineEdit, "city")
    qtbot.keyClicks(city, "Nantes")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))

    window._close_tab(window.tabs.indexOf(view))
    assert window.tabs.indexOf(view) != -1  # cancelled: still open, nothing lost
    window.close()  # the window asks too: this time the answer is "save"
    assert CaseRepository(ctx.db).get(1).city == "Nantes"
