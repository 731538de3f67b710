"""The "Expériences et pistes" flow in the window, on the real v4.60 release."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.dialogs import accept_with
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository
from workbench.store.matching import MatchingRepository
from workbench.ui import matching_section
from workbench.ui.matching_section import MatchingSection
from workbench.ui.tasks import wait_for_tasks

pytestmark = pytest.mark.rome


def test_experiences_suggestions_detail_thumbs_and_target(
    qtbot: QtBot, rome_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = CaseRepository(rome_ctx.db).add(CaseRecord(last_name="Martin"))
    section = MatchingSection(rome_ctx, case_id)
    qtbot.addWidget(section)
    wait_for_tasks()
    qtbot.waitUntil(lambda: section.engine is not None)
    # No experience: no list posing as suggestions, but what to do.
    assert section.table.rowCount() == 0 and "Ajouter pro" in section.guide.text()
    assert not section.edit_button.isEnabled() and not section.down.isEnabled()

    def clerc(dialog: matching_section.ProExperienceDialog) -> None:
        qtbot.keyClicks(dialog.search, "clerc d avocat")
        dialog.hits.setCurrentRow(0)
        principal = dialog.competences.topLevelItem(0)
        assert principal.text(0).endswith("(7)")
        assert dialog.competences.topLevelItem(1).text(0).endswith("(16)")
        assert dialog.competences.topLevelItem(2).text(0).endswith("(3)")
        principal.child(0).setCheckState(0, Qt.CheckState.Unchecked)
        dialog.start.setText("01/2015")
        dialog.end.setText("06/2023")

    monkeypatch.setattr(matching_section.ProExperienceDialog, "exec", accept_with(clerc))
    section.add_pro()
    stored = MatchingRepository(rome_ctx.db).experiences(case_id)
    assert [(e.fiche, len(e.removed)) for e in stored] == [("K1902", 1)]
    # A confirmation, and a card with what the experience brings.
    assert "enregistrée" in section.notice.text() and "6 savoir-faire principaux" in section.notice.text()
    card = section.experience_list.item(0).text()
    assert "01/2015 – 06/2023" in card and "6 savoir-faire principaux, 16 secondaires, 3 savoir-être" in card
    # Jobs already held are hidden unless asked for.
    assert section.table.rowCount() == 20 and not any(s.held for s in section.suggestions)
    section.show_held.setChecked(True)
    assert "déjà exercé" in section.table.item(0, 4).text()
    section.show_held.setChecked(False)
    assert "Le plus proche" in section.legend.text() and "Proche" in section.legend.text()

    # Editing the experience keeps its record and its unticked competence.
    def longer(dialog: matching_section.ProExperienceDialog) -> None:
        assert dialog.appellation is not None and dialog.appellation[2] == "K1902"
        assert dialog.start.text() == "01/2015"
        dialog.ongoing.setChecked(True)

    monkeypatch.setattr(matching_section.ProExperienceDialog, "exec", accept_with(longer))
    section.experience_list.setCurrentRow(0)
    section.edit_experience()
    edited = MatchingRepository(rome_ctx.db).experiences(case_id)
    assert [(e.id, e.end, len(e.removed)) for e in edited] == [(stored[0].id, None, 1)]
    assert "modifiée" in section.notice.text() and "en cours" in section.experience_list.item(0).text()

    def referee(dialog: matching_section.ExtraExperienceDialog) -> None:
        stack = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.text(0) == "Arbitrer des rencontres sportives":
                item.setCheckState(0, Qt.CheckState.Checked)
            stack += [item.child(i) for i in range(item.childCount())]

    monkeypatch.setattr(matching_section.ExtraExperienceDialog, "exec", accept_with(referee))
    section.add_extra()
    assert len(MatchingRepository(rome_ctx.db).experiences(case_id)) == 2

    # The detail: description, diploma, a bar acquired / to acquire, the ROME's métiers proches.
    section.table.selectRow(1)
    second = section.suggestions[1].code
    text = section.detail.toPlainText()
    assert "Le métier" in text and "Diplôme pour exercer" in text and "acquises" in text
    assert "Métiers proches selon le ROME" in text
    assert "ouvre" in section.learn.toPlainText()

    # Feedback keeps the row being discussed selected (the next fiche moves up into it).
    monkeypatch.setattr(
        "workbench.ui.forms.AskDialog.exec",
        lambda d: (d.editor.setText("trop de déplacements"), d.accept(), d.result())[-1],
    )
    section.down.click()
    preferences, reasons, _ = MatchingRepository(rome_ctx.db).preferences(case_id)
    assert preferences.thumbs == {second: False} and reasons[second] == "trop de déplacements"
    assert second not in [s.code for s in section.suggestions[:2]]
    assert section.table.currentRow() == 1 and "Pas pour moi" in section.notice.text()
    section.table.selectRow(3)
    liked = section.suggestions[3].code
    section.up.click()
    assert section._current() is not None and section._current().code == liked  # type: ignore[union-attr]
    assert "intéresse" in section.notice.text()

    # Diploma filter: only fiches open with that level (or where the fiche does not say).
    index = section.diploma.findData("Bac")
    section.diploma.setCurrentIndex(index)
    assert section.suggestions and all(
        s.diploma in {"Sans diplôme", "CAP/BEP", "Bac", "Non précisé"} for s in section.suggestions
    )
    section.diploma.setCurrentIndex(0)

    section.more.click()
    assert section.offset == 20 and section.previous.isEnabled()
    section.target.setText("K1909")
    section.target.returnPressed.emit()
    assert "Métier visé" in section.detail.toPlainText() and "Greffier" in section.notice.text()
    assert "Pour le métier visé" in section.learn.toPlainText()
    section.save_snapshot()
    assert MatchingRepository(rome_ctx.db).snapshots(case_id)[0].rome_version.startswith("ROME 4.0")

    # Removing asks first, then says it is done.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.experience_list.setCurrentRow(0)
    section.remove_button.click()
    assert (
        len(MatchingRepository(rome_ctx.db).experiences(case_id)) == 1 and "retirée" in section.notice.text()
    )


def test_month_entry_is_checked() -> None:
    with pytest.raises(ValueError, match="MM/AAAA"):
        matching_section.parse_month("13/2020", "début")
    assert matching_section.parse_month("3/2020", "début").month == 3  # type: ignore[union-attr]


def test_synthesis_shows_experiences_and_explored_jobs(qtbot: QtBot, rome_ctx: Context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from pypdf import PdfReader

    from workbench.core.matching import Experience
    from workbench.reports.kinds import build_for_case

    case_id = CaseRepository(rome_ctx.db).add(CaseRecord(last_name="Martin"))
    MatchingRepository(rome_ctx.db).save_experience(
        case_id,
        Experience(
            "K1902",
            date(2015, 1, 1),
            date(2023, 6, 1),
            "Clerc d'avocat",
            appellation="12659",
            employer="Cabinet Durand",
        ),
    )
    # « Ça m'intéresse » on a suggestion is enough: no snapshot needed.
    MatchingRepository(rome_ctx.db).set_feedback(case_id, "K1909", True, "Proche de mon métier")
    target = tmp_path / "synthese.pdf"
    target.write_bytes(build_for_case(rome_ctx.db, rome_ctx.paths, "synthese", case_id, date(2026, 11, 24)))
    text = " ".join(page.extract_text() for page in PdfReader(target).pages).replace("\u2019", "'")
    assert "Clerc d'avocat" in text and "Cabinet Durand" in text
    assert "Greffier" in text and "Proche de mon métier" in text  # an explored job with its competences
