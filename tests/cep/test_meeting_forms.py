"""What the Parcours CEP forms enter item by item — the information given in a meeting, its next
steps, the project's feasibility points — is stored as the commands store it, and printed."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.dialogs import accept_with
from tests.reports.pdfcheck import read
from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Action, FeasibilityPoint, InformationGiven, Meeting
from workbench.reports.kinds import build_for_case
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.ui import cep_records, cep_section, follow_up_area
from workbench.ui.cep_section import CepSection


def information(subject: str, detail: str, where: str) -> Callable[[Any], None]:
    def fill(dialog: cep_section.InformationDialog) -> None:
        dialog.subject.setText(subject)
        dialog.detail.setPlainText(detail)
        dialog.where.setText(where)

    return fill


@pytest.fixture
def section(qtbot: QtBot, ctx: Context) -> CepSection:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", first_name="Léa"))
    widget = CepSection(ctx, case_id)
    qtbot.addWidget(widget)
    return widget


def shown(qtbot: QtBot, section: CepSection) -> None:
    """Shortcuts (Ctrl+Entrée) act in the active window only."""
    section.show()
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)


def pdf_text(ctx: Context, code: str, case_id: int, meeting_id: int | None = None) -> str:
    return read(build_for_case(ctx.db, ctx.paths, code, case_id, date.today(), meeting_id)).text


def printed(text: str, document: str) -> bool:
    """``text`` is in the document, whatever its line breaks in table cells and its typography."""

    def squeeze(value: str) -> str:
        return "".join(value.replace("’", "'").split())

    return squeeze(text) in squeeze(document)


def data_dir(ctx: Context) -> list[str]:
    return ["--data-dir", str(ctx.paths.data_dir)]


def test_information_given_is_entered_item_by_item_stored_and_printed(
    section: CepSection, qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown(qtbot, section)
    section.start_meeting()
    items = section.editor.information
    for given in (
        ("Projet de transition professionnelle", "Jusqu'à 12 mois rémunérés", "transitionspro.fr"),
        ("CPF", "500 € par an", "moncompteformation.gouv.fr"),
        ("Noté par erreur", "", ""),
    ):
        monkeypatch.setattr(cep_section.InformationDialog, "exec", accept_with(information(*given)))
        items.add_button.click()
    assert items.table.rowCount() == 3
    # From the keyboard: Entrée edits the chosen row, Suppr removes it.
    monkeypatch.setattr(
        cep_section.InformationDialog,
        "exec",
        accept_with(information("CPF", "500 € par an, plafonné à 5 000 €", "moncompteformation.gouv.fr")),
    )
    items.table.setFocus()
    items.table.setCurrentCell(1, 0)
    qtbot.keyClick(items.table, Qt.Key.Key_Return)
    items.table.setCurrentCell(2, 0)
    qtbot.keyClick(items.table, Qt.Key.Key_Delete)
    assert items.table.rowCount() == 2
    assert CepRepository(ctx.db).meetings(section.case_id)[0].information == ()  # saved with the meeting
    qtbot.keyClick(items.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves it

    stored = CepRepository(ctx.db).meetings(section.case_id)[0].information
    assert stored == (
        InformationGiven(
            "Projet de transition professionnelle", "Jusqu'à 12 mois rémunérés", "transitionspro.fr"
        ),
        InformationGiven("CPF", "500 € par an, plafonné à 5 000 €", "moncompteformation.gouv.fr"),
    )
    other = CaseRepository(ctx.db).add(CaseRecord(last_name="Durand"))
    command = [
        *data_dir(ctx),
        "cep",
        "meeting",
        str(other),
        "--info",
        "Projet de transition professionnelle|Jusqu'à 12 mois rémunérés|transitionspro.fr",
        "--info",
        "CPF|500 € par an, plafonné à 5 000 €|moncompteformation.gouv.fr",
    ]
    assert main(command) == 0
    assert CepRepository(ctx.db).meetings(other)[0].information == stored

    report = pdf_text(ctx, "entretien", section.case_id)
    assert "Les informations que nous vous avons données" in report
    for text in ("Projet de transition professionnelle", "plafonné à 5 000 €", "moncompteformation.gouv.fr"):
        assert printed(text, report)
    assert not printed("Noté par erreur", report)


def test_an_information_without_subject_is_refused_in_its_dialog(qtbot: QtBot) -> None:
    dialog = cep_section.InformationDialog(None)
    qtbot.addWidget(dialog)
    dialog.detail.setPlainText("Un détail sans sujet")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "sujet" in dialog.error.text() and dialog.detail.toPlainText() == "Un détail sans sujet"


def test_quick_capture_records_the_request_and_the_information_given(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Nguyen", first_name="Thi"))
    dialog = follow_up_area.QuickCaptureDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.person.lineEdit(), "nguyen")
    dialog.request.setText("Passer le permis C")
    monkeypatch.setattr(
        cep_section.InformationDialog,
        "exec",
        accept_with(information("CPF", "Le permis C est éligible", "moncompteformation.gouv.fr")),
    )
    dialog.information.add_button.click()
    soon = date.today() + timedelta(days=10)
    dialog.next_day.setText("31/02/2026")
    dialog.accept()  # refused, explained, nothing recorded, nothing typed lost
    assert dialog.result_value is None and "n'existe pas" in dialog.error.text()
    assert CepRepository(ctx.db).meetings(case_id) == [] and dialog.request.text() == "Passer le permis C"
    dialog.next_day.setText(soon.strftime("%d/%m/%Y"))
    dialog.next_time.setText("14:30")
    dialog.next_place.setText("par téléphone")
    dialog.accept()
    assert dialog.result_value == case_id
    meeting = CepRepository(ctx.db).meetings(case_id)[0]
    assert (meeting.next_meeting_on, meeting.next_meeting_time, meeting.next_meeting_place) == (
        soon,
        "14:30",
        "par téléphone",
    )
    assert meeting.request == "Passer le permis C"
    assert meeting.information == (
        InformationGiven("CPF", "Le permis C est éligible", "moncompteformation.gouv.fr"),
    )
    report = pdf_text(ctx, "entretien", case_id)
    assert printed("Passer le permis C", report) and printed("Le permis C est éligible", report)
    assert printed("14 h 30", report) and printed("par téléphone", report)


def test_next_steps_added_from_a_meeting_are_linked_and_printed_in_its_report(
    section: CepSection, ctx: Context, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repo = CepRepository(ctx.db)
    section.start_meeting()
    first = repo.meetings(section.case_id)[0]
    due = date.today() + timedelta(days=14)

    def step(dialog: cep_section.ActionDialog) -> None:
        dialog.title_edit.setText("Demander un devis à l'AFPA")
        dialog.owner.setCurrentIndex(dialog.owner.findData("beneficiaire"))
        dialog.due.setText(due.strftime("%d/%m/%Y"))

    monkeypatch.setattr(cep_section.ActionDialog, "exec", accept_with(step))
    section.editor.steps.add_button.click()
    (action,) = repo.actions(section.case_id)
    assert (action.title, action.owner, action.due, action.meeting_id) == (
        "Demander un devis à l'AFPA",
        "beneficiaire",
        due,
        first.id,
    )
    assert section.editor.steps.table.rowCount() == 1  # shown at once in the meeting…
    assert section.actions_table.rowCount() == 1  # …and in the action plan

    # A later meeting: the first one's report still prints its own next steps.
    section.start_meeting()
    assert section.editor.meeting is not None and section.editor.meeting.id != first.id
    assert section.editor.steps.table.rowCount() == 0
    report = pdf_text(ctx, "entretien", section.case_id, first.id)
    assert printed("Demander un devis à l'AFPA", report) and printed(due.strftime("%d/%m/%Y"), report)

    # The command stores the same action.
    source = tmp_path / "action.json"
    source.write_text(
        json.dumps(
            {
                "title": "Demander un devis à l'AFPA",
                "owner": "beneficiaire",
                "due": due.isoformat(),
                "meeting_id": first.id,
            }
        ),
        encoding="utf-8",
    )
    assert main([*data_dir(ctx), "cep", "action-add", str(section.case_id), str(source)]) == 0
    by_command = repo.actions(section.case_id)[-1]
    assert by_command == Action(
        "Demander un devis à l'AFPA", "beneficiaire", due, meeting_id=first.id, id=by_command.id
    )


def test_the_action_form_chooses_the_meeting_it_was_decided_in(
    section: CepSection, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = CepRepository(ctx.db)
    earlier = repo.save_meeting(section.case_id, Meeting(date.today() - timedelta(days=20), "UO1"))
    section.start_meeting()  # today's
    today = section.editor.meeting
    assert today is not None and earlier.id is not None
    chosen: list[Any] = []

    def plan(dialog: cep_section.ActionDialog) -> None:
        chosen.append(dialog.meeting.currentData())  # as the command: no meeting unless one is chosen
        dialog.title_edit.setText("Prendre contact avec Transitions Pro")
        dialog.meeting.setCurrentIndex(dialog.meeting.findData(earlier.id))

    monkeypatch.setattr(cep_section.ActionDialog, "exec", accept_with(plan))
    section.add_action.click()
    assert chosen == [None]
    (action,) = repo.actions(section.case_id)
    assert action.meeting_id == earlier.id

    def keep(dialog: cep_section.ActionDialog) -> None:  # editing keeps the link unless it is changed
        dialog.status.setCurrentIndex(dialog.status.findData("en_cours"))

    monkeypatch.setattr(cep_section.ActionDialog, "exec", accept_with(keep))
    section._edit_action(repo.actions(section.case_id)[0])
    assert repo.actions(section.case_id)[0].meeting_id == earlier.id
    assert printed(
        "Prendre contact avec Transitions Pro", pdf_text(ctx, "entretien", section.case_id, earlier.id)
    )


def point(aspect: str, assessment: str, status: str | None, reservation: str) -> Callable[[Any], None]:
    def fill(dialog: cep_records.FeasibilityPointDialog) -> None:
        dialog.aspect.setCurrentText(aspect)
        dialog.assessment.setPlainText(assessment)
        dialog.status.setCurrentIndex(dialog.status.findData(status))
        dialog.reservation.setText(reservation)

    return fill


def test_feasibility_points_are_edited_one_by_one_stored_and_printed(
    section: CepSection, qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown(qtbot, section)
    tab = section.project_tab
    section.records.setCurrentIndex(1)
    tab.target_jobs.setText("Assistante commerciale")
    for given in (
        ("Marché du travail", "Offres nombreuses à Lyon", "favorable", ""),
        ("Formation", "Titre professionnel de 8 mois", "a_surveiller", "Session de mars complète"),
        ("Sans objet", "", None, ""),
    ):
        monkeypatch.setattr(cep_records.FeasibilityPointDialog, "exec", accept_with(point(*given)))
        tab.points.add_button.click()
    monkeypatch.setattr(
        cep_records.FeasibilityPointDialog,
        "exec",
        accept_with(point("Financement", "PTP à déposer", "a_surveiller", "Accord de l'employeur incertain")),
    )
    tab.points.table.setCurrentCell(2, 0)
    tab.points.edit_button.click()
    tab.points.table.setCurrentCell(1, 0)
    tab.points.remove_button.click()
    tab.feasibility_note.setText("Projet réaliste si le financement est accordé")
    tab.target_jobs.setFocus()
    qtbot.keyClick(tab.target_jobs, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves

    stored = CepRepository(ctx.db).project(section.case_id)
    assert stored.points == (
        FeasibilityPoint("Marché du travail", "Offres nombreuses à Lyon", "favorable", ""),
        FeasibilityPoint("Financement", "PTP à déposer", "a_surveiller", "Accord de l'employeur incertain"),
    )
    other = CaseRepository(ctx.db).add(CaseRecord(last_name="Durand"))
    source = tmp_path / "project.json"
    source.write_text(
        json.dumps(
            {
                "target_jobs": "Assistante commerciale",
                "feasibility_note": "Projet réaliste si le financement est accordé",
                "points": [
                    {
                        "aspect": "Marché du travail",
                        "assessment": "Offres nombreuses à Lyon",
                        "status": "favorable",
                    },
                    {
                        "aspect": "Financement",
                        "assessment": "PTP à déposer",
                        "status": "a_surveiller",
                        "reservation": "Accord de l'employeur incertain",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    assert main([*data_dir(ctx), "cep", "project", str(other), "--set", str(source)]) == 0
    assert CepRepository(ctx.db).project(other) == stored

    synthesis = pdf_text(ctx, "synthese", section.case_id)
    for text in (
        "Offres nombreuses à Lyon",
        "PTP à déposer",
        "Accord de l'employeur incertain",
        "Projet réaliste si le financement est accordé",
    ):
        assert printed(text, synthesis)
    assert not printed("Session de mars complète", synthesis)


def test_a_point_without_title_is_refused_in_its_dialog(qtbot: QtBot) -> None:
    dialog = cep_records.FeasibilityPointDialog(None)
    qtbot.addWidget(dialog)
    dialog.aspect.setCurrentText(" ")
    dialog.reservation.setText("Réserve")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "point examiné" in dialog.error.text() and dialog.reservation.text() == "Réserve"


def test_entree_in_a_list_edits_its_row_and_never_validates_the_dialog(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nguyen"))
    dialog = follow_up_area.QuickCaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(cep_section.InformationDialog, "exec", accept_with(information("CPF", "", "")))
    dialog.information.add_button.click()
    opened: list[str] = []

    def edit(item_dialog: cep_section.InformationDialog) -> None:
        opened.append(item_dialog.subject.text())
        item_dialog.where.setText("moncompteformation.gouv.fr")

    monkeypatch.setattr(cep_section.InformationDialog, "exec", accept_with(edit))
    table = dialog.information.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == ["CPF"] and dialog.isVisible() and dialog.result_value is None
    assert dialog.information.items() == (InformationGiven("CPF", "", "moncompteformation.gouv.fr"),)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialog.information.items() == () and dialog.isVisible()
    # Entrée on the focused « Ajouter une information… » opens its dialog, not the capture's OK.
    monkeypatch.setattr(cep_section.InformationDialog, "exec", accept_with(information("VAE", "", "")))
    dialog.information.add_button.setFocus()
    qtbot.keyClick(dialog.information.add_button, Qt.Key.Key_Return)
    assert dialog.information.items() == (InformationGiven("VAE", "", ""),) and dialog.isVisible()


def test_what_is_typed_for_the_report_is_saved_before_another_meeting_is_shown(
    section: CepSection, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = CepRepository(ctx.db)
    earlier = repo.save_meeting(section.case_id, Meeting(date.today() - timedelta(days=7), "UO1"))
    section.refresh()
    section.meetings.setCurrentRow(section._index_of_id(earlier.id))
    assert not section.has_unsaved_changes()  # showing a meeting is not a change
    monkeypatch.setattr(cep_section.InformationDialog, "exec", accept_with(information("CPF", "", "")))
    section.editor.information.add_button.click()
    section.editor.request.setPlainText("Changer de métier")
    assert section.has_unsaved_changes() and section.editor.dirty
    section.start_meeting()  # another meeting: the first one's report fields are saved, not lost
    saved = next(m for m in repo.meetings(section.case_id) if m.id == earlier.id)
    assert (saved.request, saved.information) == ("Changer de métier", (InformationGiven("CPF", "", ""),))
    assert section.editor.meeting is not None and section.editor.meeting.id != earlier.id
    assert not section.has_unsaved_changes()


def test_a_refused_meeting_stays_on_screen_with_what_was_typed(
    section: CepSection, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = CepRepository(ctx.db)
    earlier = repo.save_meeting(section.case_id, Meeting(date.today() - timedelta(days=7), "UO1"))
    later = repo.save_meeting(section.case_id, Meeting(date.today(), "UO1"))
    section.refresh()
    section.meetings.setCurrentRow(section._index_of_id(earlier.id))
    explained: list[str] = []
    monkeypatch.setattr(cep_section, "show_user_error", lambda _w, exc, *_a: explained.append(str(exc)))
    section.editor.next_time.setText("25h")
    section.editor.next_time.textEdited.emit("25h")  # as typed
    section.meetings.setCurrentRow(section._index_of_id(later.id))
    assert explained and "HH:MM" in explained[0]
    assert section.editor.meeting is not None and section.editor.meeting.id == earlier.id
    assert section.meetings.currentRow() == section._index_of_id(earlier.id)
    assert section.editor.next_time.text() == "25h" and section.has_unsaved_changes()


def test_a_case_closed_with_an_unsaved_project_asks_and_saves_it(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.case_view import CaseView

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin"))
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    section = view.show_section("Parcours CEP")
    assert isinstance(section, CepSection)
    monkeypatch.setattr(
        cep_records.FeasibilityPointDialog, "exec", accept_with(point("Formation", "8 mois", "favorable", ""))
    )
    section.project_tab.points.add_button.click()
    assert view.has_unsaved_changes()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Save)
    assert view.maybe_close()
    assert CepRepository(ctx.db).project(case_id).points == (
        FeasibilityPoint("Formation", "8 mois", "favorable", ""),
    )
    assert not view.has_unsaved_changes()


def test_the_project_gets_the_larger_part_of_the_column_while_it_is_shown(
    section: CepSection, qtbot: QtBot
) -> None:
    section.resize(1300, 620)
    section.show()
    qtbot.waitExposed(section)
    before = section._right.sizes()
    assert before[0] > before[1]  # the meeting editor first
    section.records.setCurrentIndex(1)  # Projet formalisé
    editor, project = section._right.sizes()
    assert project > 2 * editor
    section.records.setCurrentIndex(2)  # Décisions: the same room
    assert section._right.sizes() == [editor, project]
    section.records.setCurrentIndex(0)  # back to the action plan: the editor as it was
    assert section._right.sizes() == before
