"""An open case file: a header and one tab per section (identity, experiences, funding, …)."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from workbench.store import transfer
from workbench.store.cases import CaseRepository
from workbench.store.privacy import PrivacyRepository
from workbench.ui.sections import CASE_SECTIONS, CaseSection, load

log = logging.getLogger(__name__)


class CaseView(QWidget):
    """Signals:
    sig_title_changed(str): the case's display name changed (tab title).
    sig_case_saved(): something was saved (the case list refreshes).
    """

    sig_title_changed = Signal(str)
    sig_case_saved = Signal()

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.header = QLabel()
        self.header.setObjectName("caseHeader")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections: list[CaseSection] = []
        for name in CASE_SECTIONS:
            section = self._make_section(name)
            if section is None:
                continue
            self.sections.append(section)
            self.tabs.addTab(section, self.tr(section.title))
            section.sig_dirty_changed.connect(self._dirty_changed)
            section.sig_case_changed.connect(self._case_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._update_header()
        PrivacyRepository(ctx.db).log("consultation", case_id)

    def _make_section(self, name: str) -> CaseSection | None:
        try:
            section: CaseSection = load(name)(self.ctx, self.case_id)
        except Exception:  # one broken section must not keep the case file from opening
            log.error("section %s failed to open:\n%s", name, traceback.format_exc())
            return None
        return section

    # ---- Public API

    @property
    def title(self) -> str:
        return CaseRepository(self.ctx.db).get(self.case_id).display_name

    def has_unsaved_changes(self) -> bool:
        return any(s.has_unsaved_changes() for s in self.sections)

    def save_all(self) -> bool:
        return all(s.save() for s in self.sections if s.has_unsaved_changes())

    def maybe_close(self) -> bool:
        """Ask about unsaved changes; True when the case file may close."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("Le dossier {0} a des modifications non enregistrées. Les enregistrer ?").format(
                self.title
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_all()
        if answer == QMessageBox.StandardButton.Discard:
            for section in self.sections:
                section.discard()
            return True
        return False

    def show_section(self, title: str) -> None:
        for index, section in enumerate(self.sections):
            if section.title == title:
                self.tabs.setCurrentIndex(index)

    # ---- Helpers

    def _update_header(self) -> None:
        record = CaseRepository(self.ctx.db).get(self.case_id)
        details = [self.tr("dossier n° {0}").format(record.id)]
        if record.cep_level:
            details.append(record.cep_level)
        if record.archived:
            details.append(self.tr("archivé"))
        if not self.ctx.db.is_sqlite and (away := transfer.taken_cases(self.ctx.db).get(self.case_id)):
            # Changes made here meanwhile are merged when it comes back; the counsellor should know.
            details.append(
                self.tr("<span style='color:#8b1e1e'>emporté hors ligne ({0})</span>").format(away)
            )
        self.header.setText(f"<b>{record.display_name}</b> — {' · '.join(details)}")
        self.sig_title_changed.emit(record.display_name + (" *" if self.has_unsaved_changes() else ""))

    def _dirty_changed(self, _dirty: bool) -> None:
        self._update_header()

    def _case_changed(self) -> None:
        for section in self.sections:
            if section is not self.sender():
                section.refresh()
        self._update_header()
        self.sig_case_saved.emit()
