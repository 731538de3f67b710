"""Two counsellors save the same case file: the second sees what changed and chooses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository
from workbench.ui import case_editor
from workbench.ui.case_editor import IdentitySection
from workbench.ui.conflict_dialog import ConflictDialog


def test_second_save_shows_the_conflict_and_keeps_both_sides(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = CaseRepository(ctx.db)
    case_id = repo.add(CaseRecord(last_name="Martin", first_name="Léa", notes="début", counsellor="Claire"))
    claire, marc = IdentitySection(ctx, case_id), IdentitySection(ctx, case_id)
    for section in (claire, marc):
        qtbot.addWidget(section)
    claire._widgets["notes"].setPlainText("notes de Claire")
    claire._widgets["phone"].setText("06 12 34 56 78")
    assert claire.save()
    marc._widgets["notes"].setPlainText("notes de Marc")
    marc._widgets["email"].setText("lea@example.org")

    seen: list[ConflictDialog] = []

    def choose_theirs(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        dialog.groups["notes"].button(1).setChecked(True)  # keep Claire's notes
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(case_editor.ConflictDialog, "exec", choose_theirs)
    assert marc.save()
    (dialog,) = seen
    assert [c.name for c in dialog.merge.conflicts] == ["notes"]  # only the field both changed
    stored = repo.get(case_id)
    assert (stored.notes, stored.phone, stored.email) == (
        "notes de Claire",
        "06 12 34 56 78",
        "lea@example.org",
    )
