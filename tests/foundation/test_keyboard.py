"""Every dialog follows the keyboard: it opens with the focus in its first field (typing never presses
OK), Ctrl+Entrée validates from any field, Tab leaves a multi-line field, a refused value keeps the
dialog open with everything typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import FollowUp, Meeting
from workbench.core.merge import FieldConflict, Merge
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.ui import (
    backups_dialog,
    case_list,
    cep_records,
    cep_section,
    conflict_dialog,
    errors,
    follow_up_area,
    lock,
    structure_settings,
)
from workbench.ui.forms import FormDialog, first_field


def make_dialogs(ctx: Context) -> dict[str, Callable[[], QDialog]]:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", first_name="Léa"))  # for the quick capture
    merge = Merge({"city": "Lyon"}, (FieldConflict("city", "Lyon", "Nantes", "Lille"),), ())
    return {
        "nouveau dossier": lambda: case_list.NewCaseDialog(),
        "niveau": lambda: cep_section.LevelDialog("UO2.1"),
        "clôture": lambda: cep_section.ClosureDialog(),
        "action": lambda: cep_section.ActionDialog(None),
        "action d'un entretien": lambda: cep_section.ActionDialog(
            None, None, [Meeting(date.today(), "UO1", id=1)]
        ),
        "information donnée": lambda: cep_section.InformationDialog(None),
        "point de faisabilité": lambda: cep_records.FeasibilityPointDialog(None),
        "suivi": lambda: cep_section.FollowUpDialog(FollowUp(date.today(), 6)),
        "décision": lambda: cep_records.DecisionDialog(None),
        "orientation": lambda: cep_records.ReferralDialog(None),
        "saisie rapide": lambda: follow_up_area.QuickCaptureDialog(ctx),
        "phrase de passe": lambda: lock.PassphraseDialog(False, False, lambda _typed: True),
        "connexion": lambda: lock.LoginDialog(),
        "changer la phrase": lambda: lock.ChangePassphraseDialog("phrase de passe des tests"),
        "sauvegardes": lambda: backups_dialog.BackupsDialog(ctx, None),
        "conflit": lambda: conflict_dialog.ConflictDialog(merge, "claire"),
        "paramètres": lambda: structure_settings.StructureSettingsDialog(ctx),
        "erreur inattendue": lambda: errors.CrashDialog("Traceback …", None),
    }


NAMES = [
    "nouveau dossier",
    "niveau",
    "clôture",
    "action",
    "action d'un entretien",
    "information donnée",
    "point de faisabilité",
    "suivi",
    "décision",
    "orientation",
    "saisie rapide",
    "phrase de passe",
    "connexion",
    "changer la phrase",
    "sauvegardes",
    "conflit",
    "paramètres",
    "erreur inattendue",
]


def opened(qtbot: QtBot, dialog: QDialog) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget())
    )
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


@pytest.mark.parametrize("name", NAMES)
def test_first_field_has_the_focus_and_ctrl_enter_validates(
    name: str, qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialogs(ctx)[name]()
    if isinstance(dialog, FormDialog):  # validation itself is tested elsewhere: here, the key
        monkeypatch.setattr(dialog, "produce", lambda: "valeur")
    elif isinstance(dialog, case_list.NewCaseDialog):
        dialog.last_name.setText("Bernard")
    focus = opened(qtbot, dialog)
    assert not isinstance(focus, QAbstractButton), f"{name}: the focus is on a button"
    assert focus is first_field(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_enter_from_a_multi_line_field_and_tab_leaves_it(qtbot: QtBot) -> None:
    dialog = cep_section.LevelDialog("UO2.1")
    opened(qtbot, dialog)
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "projet a formaliser")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.reason.toPlainText() == "projet a formaliser"
    assert QApplication.focusWidget() is not dialog.reason
    dialog.reason.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_value == (date.today(), "projet a formaliser")


def test_typing_a_name_never_presses_ok(qtbot: QtBot) -> None:
    dialog = case_list.NewCaseDialog()
    opened(qtbot, dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Bernard")
    assert dialog.isVisible() and dialog.last_name.text() == "Bernard"


def test_a_refused_level_date_keeps_the_dialog_and_the_reason(qtbot: QtBot, ctx: Context) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    repo = CepRepository(ctx.db)
    repo.enter_level(case_id, "UO1", date.today() - timedelta(days=30))
    dialog = cep_section.LevelDialog("UO2.1")
    dialog.commit = lambda value: repo.enter_level(case_id, "UO2.1", *value)
    opened(qtbot, dialog)
    dialog.day.setText((date.today() + timedelta(days=10)).strftime("%d/%m/%Y"))
    dialog.reason.setPlainText("projet à formaliser")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.reason.toPlainText() == "projet à formaliser"
    assert repo.path(case_id).current_level == "UO1"
    dialog.day.setText(date.today().strftime("%d/%m/%Y"))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert repo.path(case_id).current_level == "UO2.1"


def test_section_notes_let_tab_move_on(qtbot: QtBot, ctx: Context) -> None:
    from workbench.ui.case_view import CaseView

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    for index in range(view.tabs.count()):
        view.section_at(index)
    edits: list[Any] = view.findChildren(QPlainTextEdit)
    assert edits and all(edit.tabChangesFocus() for edit in edits)


def test_each_menu_has_its_own_alt_letter(qtbot: QtBot, ctx: Context) -> None:
    from workbench.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    letters = []
    for action in window.menuBar().actions():
        text = action.text()
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), letters


def test_an_empty_case_list_says_what_to_do(qtbot: QtBot, ctx: Context) -> None:
    from workbench.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    area = window.case_list
    qtbot.waitUntil(lambda: area.hint.isVisible())
    assert "Nouveau dossier" in area.hint.text()
    CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    area.reload()
    qtbot.waitUntil(lambda: not area.hint.isVisible())
    area.search.setText("zzz")
    assert area.hint.isVisible() and "Aucun dossier ne correspond" in area.hint.text()
