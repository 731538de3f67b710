"""The CEP path in the window: UO1 → UO2.1 → UO2.2, autosaved notes, follow-ups, quick capture."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.dialogs import accept_with
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.ui import cep_section, follow_up_area
from workbench.ui.cep_section import CepSection
from workbench.ui.tasks import wait_for_tasks


@pytest.fixture
def section(qtbot: QtBot, ctx: Context) -> CepSection:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", first_name="Léa"))
    widget = CepSection(ctx, case_id)
    qtbot.addWidget(widget)
    return widget


def test_full_journey(
    section: CepSection, qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    section.start_meeting()  # the first meeting opens UO1
    assert section.path.current_level == "UO1"
    qtbot.keyClicks(section.editor.notes, "Souhaite quitter la vente.")
    section.editor.topics["demande"].setChecked(True)
    assert section.editor.save() is not None

    monkeypatch.setattr(
        cep_section.LevelDialog, "exec", accept_with(lambda d: d.reason.setPlainText("projet à formaliser"))
    )
    section.next_button.click()
    assert section.path.current_level == "UO2.1"
    first_step = section.steps.item(0)
    first_step.setCheckState(first_step.checkState().Checked)
    section.next_button.click()
    assert section.path.current_level == "UO2.2"
    assert CaseRepository(ctx.db).get(section.case_id).cep_level == "UO2.2"
    assert CepRepository(ctx.db).path(section.case_id).done_steps == {"UO2.1:experiences"}

    def plan(dialog: cep_section.ActionDialog) -> None:
        dialog.title_edit.setText("Déposer le dossier PTP")
        dialog.depends.setChecked(True)

    monkeypatch.setattr(cep_section.ActionDialog, "exec", accept_with(plan))
    section.add_action.click()  # refused: no plan B; the dialog explains and nothing is saved
    assert CepRepository(ctx.db).actions(section.case_id) == []

    def close(dialog: cep_section.ClosureDialog) -> None:
        dialog.kinds["reflexion"].setChecked(True)

    monkeypatch.setattr(cep_section.ClosureDialog, "exec", accept_with(close))
    section.close_button.click()
    assert section.path.closed
    assert section.follow_ups.count() == 3
    assert "Souhaite quitter la vente." in CepRepository(ctx.db).meetings(section.case_id)[0].notes


def test_notes_are_autosaved_while_typing(section: CepSection, qtbot: QtBot, ctx: Context) -> None:
    section.start_meeting()
    section.editor.notes.insertPlainText("Première idée")  # QTest.keyClicks only types ASCII
    repo = CepRepository(ctx.db)
    qtbot.waitUntil(lambda: repo.meetings(section.case_id)[0].notes == "Première idée", timeout=3000)


CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from workbench.context import Context
from workbench.ui.cep_section import CepSection
app = QApplication([])
ctx = Context.create(sys.argv[1])
section = CepSection(ctx, 1)
section.start_meeting()
section.editor.notes.insertPlainText("Notes tapées avant la coupure")
deadline = __import__("time").monotonic() + 10
from workbench.store.cep import CepRepository
while CepRepository(ctx.db).meetings(1)[0].notes != "Notes tapées avant la coupure":
    app.processEvents()
print("saved", flush=True)
section.editor.notes.insertPlainText(" et encore")
__import__("time").sleep(60)
"""


def test_killed_process_keeps_typed_notes(tmp_path: Path) -> None:
    data = tmp_path / "killed"
    ctx = Context.create(data)
    CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    ctx.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)], stdout=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "saved"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    ctx = Context.create(data)
    assert CepRepository(ctx.db).meetings(1)[0].notes == "Notes tapées avant la coupure"
    ctx.close()


def test_quick_capture_records_a_uo1_meeting(qtbot: QtBot, ctx: Context) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Nguyen", first_name="Thi"))
    dialog = follow_up_area.QuickCaptureDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.person.lineEdit(), "nguyen")
    dialog.topics["financement"].setChecked(True)
    dialog.notes.setPlainText("CPF pour le permis C")
    dialog.accept()
    assert dialog.result_value == case_id
    meeting = CepRepository(ctx.db).meetings(case_id)[0]
    assert (meeting.level, meeting.topics, meeting.day) == ("UO1", ("financement",), date.today())


def test_follow_up_view_lists_due_items(qtbot: QtBot, ctx: Context) -> None:
    from workbench.core.cep import Action

    area = follow_up_area.FollowUpArea(ctx, QDialog())
    qtbot.addWidget(area)
    area.reload()
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.summary.text().startswith("0 "))
    assert not area.hint.isHidden() and "sans entretien depuis 60 jours" in area.hint.text()  # what to expect
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Bernard"))
    CepRepository(ctx.db).save_action(case_id, Action("Appeler l'OPCO", "conseiller", date(2020, 1, 1)))
    area.reload()
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.table.rowCount() == 1)
    assert "Appeler l'OPCO" in area.table.item(0, 4).text()
    assert area.hint.isHidden()


def test_refused_decision_prompts_a_fallback_action(
    section: CepSection, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui import cep_records

    def refuse(dialog: cep_records.DecisionDialog) -> None:
        dialog.subject.setText("PTP titre professionnel")
        dialog.body.setText("Transitions Pro")
        dialog.status.setCurrentIndex(dialog.status.findData("refuse"))
        dialog.lodged_on.setText("01/09/2026")
        dialog.decided_on.setText("01/10/2026")
        dialog.reason.setText("projet insuffisamment étayé")

    monkeypatch.setattr(cep_records.DecisionDialog, "exec", accept_with(refuse))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(cep_section.ActionDialog, "exec", accept_with(lambda d: d.due.setText("15/12/2026")))
    section.decisions_tab.add_button.click()
    repo = CepRepository(ctx.db)
    assert repo.decisions(section.case_id)[0].status == "refuse"
    assert repo.actions(section.case_id)[0].title == "Repli après le refus : PTP titre professionnel"


def test_guidance_steps_open_their_tool(qtbot: QtBot, ctx: Context) -> None:
    from workbench.ui.main_window import MainWindow
    from workbench.ui.rome_browser import RomeArea

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.open_case(case_id)
    section = view.show_section("Parcours CEP")
    assert isinstance(section, CepSection)
    section.steps.itemActivated.emit(section.steps.item(0))  # UO1 "demande" → the identity tab
    assert view.current_section() is view.sections[0]
    view.show_section("Parcours CEP")
    section.steps.itemActivated.emit(section.steps.item(2))  # "information" → the ROME view
    assert isinstance(window.current_area(), RomeArea)
    wait_for_tasks()


def test_a_long_action_and_plan_b_wrap_in_the_action_plan(qtbot: QtBot, ctx: Context) -> None:
    from workbench.core.cep import Action

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    CepRepository(ctx.db).save_action(
        case_id,
        Action(
            "Envoyer le dossier complet de prise en charge à l'OPCO avec le devis de l'organisme",
            plan_b="Si l'OPCO refuse : demander un projet de transition professionnelle auprès de "
            "Transitions Pro, avec le même organisme et les mêmes dates",
        ),
    )
    widget = CepSection(ctx, case_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 640)
    widget.show()
    table = widget.actions_table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    line = table.fontMetrics().height()
    assert table.rowHeight(0) >= 2 * line  # wrapped, not cut
    assert table.item(0, 4).toolTip().endswith("les mêmes dates")
