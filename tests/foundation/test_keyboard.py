"""Every dialog follows the keyboard: it opens with the focus in its first field (typing never presses
OK), Ctrl+Entrée validates from any field, Tab leaves a multi-line field, a refused value keeps the
dialog open with everything typed.

Every QDialog of workbench/ui is here but Aide (HelpDialog), a reader left open beside the work with
nothing to validate (Échap closes it, its search field has the focus on the glossary); Qt's file and
message boxes are Qt's own (translated). QInputDialog is not used: forms.ask_text / ask_item / ask_int
ask instead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCompleter,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
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
    documents,
    errors,
    follow_up_area,
    lock,
    matching_section,
    structure_settings,
    team_dialogs,
)
from workbench.ui.forms import AskDialog, FormDialog, choice_combo, first_field
from workbench.ui.funding_section import AllAttributesDialog, FundingSection


def make_dialogs(ctx: Context) -> dict[str, Callable[[], QDialog]]:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", first_name="Léa"))  # quick capture
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
        "expérience extra-professionnelle": lambda: matching_section.ExtraExperienceDialog(),
        "question (texte)": lambda: AskDialog("Nouveau scénario", "Formation comparée :", QLineEdit()),
        "question (choix)": lambda: AskDialog("Transmettre", "Conseiller :", choice_combo({"a": "Claire"})),
        "question (nombre)": lambda: AskDialog("Verrouillage", "Minutes :", QSpinBox()),
        "toutes les informations": lambda: AllAttributesDialog(FundingSection(ctx, case_id)),
        "relecture": lambda: documents.ReviewDialog([("resume", "Résumé", "Un texte")], {}),
        "emporter des dossiers": lambda: team_dialogs.CheckoutDialog(ctx),
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
    "expérience extra-professionnelle",
    "question (texte)",
    "question (choix)",
    "question (nombre)",
    "toutes les informations",
    "relecture",
    "emporter des dossiers",
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


# ---- Expériences et pistes, Financement: what is refused keeps the dialog open with what was typed


def shown(qtbot: QtBot, dialog: QDialog) -> QWidget:
    focus = opened(qtbot, dialog)
    assert focus is first_field(dialog)
    return focus


def ctrl_enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def refused(dialog: Any, *words: str) -> None:
    assert dialog.isVisible() and dialog.error.isVisible()
    assert all(word in dialog.error.text() for word in words), dialog.error.text()
    assert dialog.error.text()[:1].isupper()


@pytest.mark.rome
def test_a_job_held_is_chosen_and_refused_from_the_keyboard(qtbot: QtBot, rome_ctx: Context) -> None:
    from workbench.app.matching import Matching

    assert rome_ctx.rome is not None
    dialog = matching_section.ProExperienceDialog(rome_ctx.rome, Matching(rome_ctx).engine())
    focus = shown(qtbot, dialog)
    assert focus is dialog.search
    qtbot.keyClicks(dialog.search, "clerc d avocat")
    dialog.start.setText("01/2015")
    dialog.end.setText("06/2023")
    ctrl_enter(qtbot, dialog.end)  # no appellation chosen yet
    refused(dialog, "métier exercé")
    assert dialog.search.text() == "clerc d avocat" and dialog.start.text() == "01/2015"
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # ↓ goes into the list, its first line chosen
    assert QApplication.focusWidget() is dialog.hits and dialog.appellation is not None
    assert dialog.competences.topLevelItemCount() == 3
    dialog.end.setText("06/2012")  # before the start
    ctrl_enter(qtbot, dialog.hits)
    refused(dialog, "précède le début")
    assert dialog.end.text() == "06/2012" and dialog.appellation is not None
    dialog.end.setText("13/2023")
    ctrl_enter(qtbot, dialog.end)
    refused(dialog, "MM/AAAA")
    dialog.end.setText("06/2023")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        ctrl_enter(qtbot, dialog.employer)
    assert (dialog.result_value.fiche, dialog.result_value.start, dialog.result_value.end) == (
        "K1902",
        date(2015, 1, 1),
        date(2023, 6, 1),
    )
    # Editing: the same dialog, filled in, its first field focused.
    edit = matching_section.ProExperienceDialog(
        rome_ctx.rome, Matching(rome_ctx).engine(), None, dialog.result_value
    )
    assert shown(qtbot, edit) is edit.search and edit.start.text() == "01/2015"
    with qtbot.waitSignal(edit.accepted, timeout=1000):
        ctrl_enter(qtbot, edit.search)
    assert edit.result_value.id is None and edit.result_value.fiche == "K1902"


def test_an_activity_and_dates_are_refused_in_place(qtbot: QtBot) -> None:
    dialog = matching_section.ExtraExperienceDialog()
    assert shown(qtbot, dialog) is dialog.label
    qtbot.keyClicks(dialog.label, "Club de football")
    dialog.start.setText("09/2020")
    ctrl_enter(qtbot, dialog.label)
    refused(dialog, "activité")
    leaf = next(i for i in matching_section.tree_items(dialog.tree) if i.data(0, Qt.ItemDataRole.UserRole))
    leaf.setCheckState(0, Qt.CheckState.Checked)
    dialog.end.setText("01/2019")
    ctrl_enter(qtbot, dialog.end)
    refused(dialog, "précède le début")
    assert dialog.label.text() == "Club de football" and dialog.chosen()
    dialog.end.setText("")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        ctrl_enter(qtbot, dialog.end)
    assert dialog.result_value.label == "Club de football" and dialog.result_value.end is None


def test_a_scenario_needs_a_title(qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.store.funding import FundingRepository

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    section = FundingSection(ctx, case_id)
    qtbot.addWidget(section)
    seen: list[AskDialog] = []

    def exec_(dialog: AskDialog) -> int:
        seen.append(dialog)
        assert shown(qtbot, dialog) is dialog.editor
        qtbot.keyClicks(dialog.editor, "   ")
        ctrl_enter(qtbot, dialog.editor)
        refused(dialog, "formation comparée")
        qtbot.keyClicks(dialog.editor, "Titre pro comptable")
        ctrl_enter(qtbot, dialog.editor)
        return int(dialog.result())

    monkeypatch.setattr(AskDialog, "exec", exec_)
    section.new_scenario()
    assert seen and [s.title for s in FundingRepository(ctx.db).scenarios(case_id)] == ["Titre pro comptable"]


def test_all_the_funding_answers_refuse_an_invalid_rome_code_in_place(qtbot: QtBot, ctx: Context) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    section = FundingSection(ctx, case_id)
    qtbot.addWidget(section)
    dialog = AllAttributesDialog(section)
    focus = shown(qtbot, dialog)
    assert not isinstance(focus, QAbstractButton)
    field = next(f for f in dialog.fields if f.attribute.name == "target_rome_code")
    editor = field.editor
    assert isinstance(editor, QLineEdit)
    dialog.toolbox.setCurrentIndex(
        next(i for i in range(dialog.toolbox.count()) if dialog.toolbox.widget(i).isAncestorOf(field))
    )
    editor.setFocus()
    qtbot.keyClicks(editor, "ZZ99")
    ctrl_enter(qtbot, editor)  # typed, not yet sent: sent on closing, and refused
    refused(dialog, "Code ROME du métier visé", "n'est pas un code ROME")
    assert editor.text() == "ZZ99" and QApplication.focusWidget() is editor
    assert section.values().get("target_rome_code") is None
    editor.selectAll()
    qtbot.keyClicks(editor, "m1607")
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        ctrl_enter(qtbot, editor)
    qtbot.waitUntil(lambda: section.values().get("target_rome_code") == "M1607")


@pytest.mark.rome
def test_an_unknown_rome_code_keeps_the_dialog_open_and_the_field_as_typed(
    qtbot: QtBot, rome_ctx: Context
) -> None:
    case_id = CaseRepository(rome_ctx.db).add(CaseRecord(last_name="Martin"))
    section = FundingSection(rome_ctx, case_id)
    qtbot.addWidget(section)
    dialog = AllAttributesDialog(section)
    shown(qtbot, dialog)
    field = next(f for f in dialog.fields if f.attribute.name == "target_rome_code")
    editor = field.editor
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    qtbot.keyClicks(editor, "A9999")  # well formed, but no such fiche in the release
    ctrl_enter(qtbot, editor)
    refused(dialog, "A9999", "n'existe pas dans le référentiel ROME")
    assert editor.text() == "A9999" and section.values().get("target_rome_code") is None
    ctrl_enter(qtbot, editor)  # closing again without correcting: still open, still said
    refused(dialog, "A9999")
    editor.selectAll()
    qtbot.keyClicks(editor, "D1401")
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        ctrl_enter(qtbot, editor)
    qtbot.waitUntil(lambda: section.values().get("target_rome_code") == "D1401")
    # In the training form too: the refused code stays as typed through the next update.
    form = section.fields["target_rome_code"].editor
    assert isinstance(form, QLineEdit)
    form.setText("A9999")
    form.setModified(True)
    form.editingFinished.emit()
    assert section.error.isVisibleTo(section) and "A9999" in section.error.text()
    section.reevaluate()
    assert form.text() == "A9999" and section.values().get("target_rome_code") == "D1401"


@pytest.mark.rome
def test_a_rome_code_field_searches_as_it_is_typed(qtbot: QtBot, rome_ctx: Context) -> None:
    case_id = CaseRepository(rome_ctx.db).add(CaseRecord(last_name="Martin"))
    section = FundingSection(rome_ctx, case_id)
    qtbot.addWidget(section)
    section.show()
    editor = section.fields["target_rome_code"].editor
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    qtbot.keyClicks(editor, "greffi")
    completer = editor.findChild(QCompleter)
    assert completer is not None
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    lines = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
    assert lines and lines[0].startswith("K1909 — ") and "Greffier" in lines[0]
    assert len({line.split(" — ")[0] for line in lines}) == len(lines)  # one line per fiche
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the keyboard's way: ↓ then Entrée
    assert editor.text() == "K1909"
    qtbot.waitUntil(lambda: section.values().get("target_rome_code") == "K1909")
