"""Before and after printing: rewording, characters that cannot be printed, documents handed over."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from pdfcheck import read
from pytestqt.qtbot import QtBot

from workbench.app.cases import Cases
from workbench.app.cep import Cep
from workbench.app.documents import KINDS, Documents
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.reports.scripts import MISSING, shape_arabic
from workbench.store.export import export_case
from workbench.ui.documents import DocumentsSection
from workbench.ui.tasks import wait_for_tasks

TODAY = date(2026, 11, 24)


def _case(ctx: Context, **fields: object) -> int:
    case_id = Cases(ctx).add(CaseRecord(last_name="Durand", first_name="Léa", **fields))  # type: ignore[arg-type]
    cep = Cep(ctx)
    cep.enter_level(case_id, "UO1", date(2026, 11, 2))
    cep.save_meeting(
        case_id,
        Meeting(
            date(2026, 11, 2),
            "UO1",
            notes="Note privée : fatigue.",
            request="Changer de métier",
            summary="nous avons parler de vos projets",
            decisions=("Explorer l'assistanat",),
        ),
    )
    return case_id


def test_a_handed_over_document_is_kept_listed_exported_and_erased(ctx: Context) -> None:
    case_id = _case(ctx)
    documents = Documents(ctx)
    data = documents.build("entretien", case_id, TODAY)
    handed = documents.hand_over("entretien", case_id, TODAY, data, "la personne")
    assert handed.sha256 == hashlib.sha256(data).hexdigest() and handed.size == len(data)
    listed = documents.handed(case_id)
    assert [(h.kind, h.issued_on, h.recipient) for h in listed] == [("entretien", TODAY, "la personne")]
    assert documents.handed_content(listed[0].id) == data  # the exact bytes handed over
    assert export_case(ctx.db, case_id)["linked"]["handed_documents"][0]["sha256"] == handed.sha256
    Cases(ctx).erase(case_id)
    with ctx.db.session() as session:
        assert (
            session.execute(__import__("sqlalchemy").text("select count(*) from handed_documents")).scalar()
            == 0
        )


def test_the_counsellor_rewords_a_document_without_changing_the_case(ctx: Context) -> None:
    case_id = _case(ctx)
    documents = Documents(ctx)
    keys = [key for key, _label, _text in documents.texts("entretien", case_id, TODAY)]
    assert keys == ["request", "summary", "decisions"]
    edits = {
        "summary": "Nous avons parlé de vos projets.",
        "decisions": "Explorer l'assistanat\nRevoir le CPF",
    }
    text = read(documents.build("entretien", case_id, TODAY, edits=edits)).text
    assert "Nous avons parlé de vos projets." in text and "Revoir le CPF" in text
    assert (
        "nous avons parler" in read(documents.build("entretien", case_id, TODAY)).text
    )  # the case is unchanged
    assert "Note privée" not in text  # private notes are never printed


def test_characters_that_cannot_be_printed_are_named(ctx: Context) -> None:
    case_id = _case(ctx, sex="F")
    documents = Documents(ctx)
    assert documents.problems("entretien", case_id, TODAY) == []
    Cases(ctx).update(Cases(ctx).get(case_id).with_changes(first_name="Léa 🌸", last_name="Иванова"))
    problems = documents.problems("entretien", case_id, TODAY)
    assert [p.characters for p in problems] == ["🌸"]
    text = read(documents.build("entretien", case_id, TODAY)).text
    assert "Иванова".upper() in text and MISSING in text  # Cyrillic printed, the emoji marked
    Cases(ctx).update(Cases(ctx).get(case_id).with_changes(first_name="محمد", last_name="Ελένη"))
    assert [p.characters for p in documents.problems("entretien", case_id, TODAY)] == ["arabe"]
    assert "ΕΛΈΝΗ" in read(documents.build("entretien", case_id, TODAY)).text


def test_arabic_is_shaped_and_right_to_left() -> None:
    # م ح م د: initial, medial, medial, final forms, drawn right to left.
    assert shape_arabic("محمد") == "\ufeaa\ufee4\ufea4\ufee3"
    assert shape_arabic("Madame محمد علي") == "Madame " + shape_arabic("علي") + " " + shape_arabic("محمد")
    assert shape_arabic("لا") == "\ufefb"  # lam-alef ligature


def test_documents_tab_warns_chooses_the_meeting_and_hands_over(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _case(ctx, sex="F")
    Cep(ctx).save_meeting(case_id, Meeting(date(2026, 11, 20), "UO1", summary="Deuxième entretien"))
    Cases(ctx).update(Cases(ctx).get(case_id).with_changes(first_name="Léa 🌸"))
    section = DocumentsSection(ctx, case_id)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section._pdf is not None, timeout=20000)
    assert section.meeting.count() == 2
    qtbot.waitUntil(lambda: section.warning.isVisible(), timeout=20000)
    assert "🌸" in section.warning.text()
    monkeypatch.setattr(
        "workbench.ui.forms.AskDialog.exec",
        lambda d: (d.editor.setText("la personne"), d.accept(), d.result())[-1],
    )
    section.hand_over()
    assert section.handed.count() == 1 and "Remis" in section.status.text()
    wait_for_tasks()


@pytest.mark.rome
def test_the_funding_summary_is_reworded_and_handed_over_as_printed(rome_ctx: Context) -> None:
    from workbench.reports import demo_case

    assert rome_ctx.rome is not None
    case_id = demo_case.build(rome_ctx.db, rome_ctx.rome, TODAY)
    documents = Documents(rome_ctx)
    texts = {key: text for key, _label, text in documents.texts("financement", case_id, TODAY)}
    steps = [key for key in texts if key.startswith("outcomes.") and texts[key]]
    assert "questions" in texts and "remaining_advice" in texts and steps
    assert "outcomes.PRP.next_step" in steps  # a scheme is named by its acronym, not its row
    original = read(documents.build("financement", case_id, TODAY)).text
    assert texts[steps[0]] in original
    edits = {
        steps[0]: "Appeler Transitions Pro avec votre conseillère avant Noël",
        "remaining_advice": "votre employeur s'est dit prêt à le prendre en charge.",
        "questions": "Votre employeur a-t-il confirmé son accord par écrit ?",
    }
    data = documents.build("financement", case_id, TODAY, edits=edits)
    text = read(data).text
    assert "Appeler Transitions Pro avec votre conseillère avant Noël" in text
    assert "Votre employeur a-t-il confirmé son accord par écrit ?" in text
    if "Il vous resterait" in original:  # the advice follows the remaining cost, which stays the engine's
        assert "prêt à le prendre en charge" in text
    handed = documents.hand_over("financement", case_id, TODAY, data, "la personne", reworded=True)
    assert documents.handed_content(handed.id) == data and documents.handed(case_id)[0].reworded
    assert texts[steps[0]] in read(documents.build("financement", case_id, TODAY)).text  # case unchanged


def test_the_rgpd_notice_is_reworded_in_the_window_and_kept_as_printed(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog

    from workbench.ui.documents import ReviewDialog

    case_id = _case(ctx, sex="F")
    documents = Documents(ctx)
    texts = documents.texts("notice-rgpd", case_id, TODAY)
    assert [key for key, _label, _text in texts] == ["introduction", "access"]
    assert texts[0][2] in read(documents.build("notice-rgpd", case_id, TODAY)).text  # what is printed
    section = DocumentsSection(ctx, case_id)
    qtbot.addWidget(section)
    section.show()
    section.day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    section.kinds.setCurrentRow(list(KINDS).index("notice-rgpd"))
    reworded = "la Maison des métiers garde ce dossier pour vous accompagner."

    def accept(dialog: ReviewDialog) -> QDialog.DialogCode:
        dialog._boxes["introduction"].setPlainText(reworded)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    section.review()
    assert section._edits == {"introduction": reworded}
    monkeypatch.setattr(
        "workbench.ui.forms.AskDialog.exec",
        lambda d: (d.editor.setText("la personne"), d.accept(), d.result())[-1],
    )
    section.hand_over()
    wait_for_tasks()
    kept = documents.handed(case_id)[0]
    assert kept.kind == "notice-rgpd" and kept.reworded
    data = documents.handed_content(kept.id)
    assert "Madame Léa DURAND, " + reworded in read(data).text and texts[0][2] not in read(data).text
    assert data == documents.build("notice-rgpd", case_id, TODAY, edits={"introduction": reworded})
