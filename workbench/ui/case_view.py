"""An open case file: a header and one tab per section (identity, experiences, funding, …).

A section is built the first time its tab is shown, so opening a case costs one section; each tab
scrolls when the screen is smaller than the section (a 1366×768 laptop).
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app.cases import CaseNotFound, Cases
from workbench.app.changes import Change
from workbench.errors import AccessDenied
from workbench.ui.changes import bridge
from workbench.ui.forms import tab_leaves_text_fields
from workbench.ui.sections import CASE_SECTIONS, CaseSection, load, section_title
from workbench.ui.tasks import Task, read_then

log = logging.getLogger(__name__)


class CaseView(QWidget):
    """Signals:
    sig_title_changed(str): the case's display name changed (tab title).
    sig_case_saved(): something was saved (the case list refreshes).
    sig_erased(): the case was erased (the window closes its tab).
    sig_gone(): changed on another computer, the case is no longer this account's (reassigned,
        erased); emitted only when nothing typed here would be lost (the window closes the tab).

    Every change to the case announced by the application layer reaches the sections, gathered:
    several changes in one go (a dialog saving two things) give one refresh. A change made on
    another computer (REMOTE) refreshes every section but those with unsaved edits: those keep
    what is typed, a note says so, and they refresh once saved or discarded.
    """

    sig_title_changed = Signal(str)
    sig_case_saved = Signal()
    sig_erased = Signal()
    sig_gone = Signal()

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.header = QLabel()
        self.header.setObjectName("caseHeader")
        self.remote_note = QLabel()
        self.remote_note.setObjectName("remoteNote")
        self.remote_note.setWordWrap(True)
        self.remote_note.hide()
        self._kept: set[CaseSection] = set()  # sections that kept their edits over a remote change
        self._remote: set[str] = set()  # remote changes waiting for the access check
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections: list[CaseSection] = []  # those built so far, in the order they were built
        self._pages: list[tuple[str, QScrollArea]] = []
        for name in CASE_SECTIONS:
            page = fitting_page()
            self._pages.append((name, page))
            self.tabs.addTab(page, self.tr(section_title(name)))
        self.tabs.currentChanged.connect(self._build_page)
        self._build_page(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.remote_note)
        layout.addWidget(self.tabs, 1)
        self._update_header()
        Cases(ctx).opened(case_id)
        self._pending: set[str] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._apply_changes)
        bridge(ctx).sig_changed.connect(self._announced)

    def _build_page(self, index: int) -> None:
        if not 0 <= index < len(self._pages) or self._pages[index][1].widget() is not None:
            return
        name, page = self._pages[index]
        try:
            section: CaseSection = load(name)(self.ctx, self.case_id)
        except Exception:  # one broken section must not keep the case file from opening
            log.error("section %s failed to open:\n%s", name, traceback.format_exc())
            page.setWidget(QLabel(self.tr("Cette partie du dossier n'a pas pu s'ouvrir (voir le journal).")))
            return
        tab_leaves_text_fields(section)
        page.setWidget(section)
        self.sections.append(section)
        section.sig_dirty_changed.connect(self._dirty_changed)
        section.sig_case_changed.connect(self._case_changed)

    # ---- Public API

    @property
    def title(self) -> str:
        return Cases(self.ctx).get(self.case_id).display_name

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

    def show_section(self, title: str) -> CaseSection | None:
        for index, (name, _page) in enumerate(self._pages):
            if section_title(name) == title:
                self.tabs.setCurrentIndex(index)
                return self.section_at(index)
        return None

    def section_at(self, index: int) -> CaseSection | None:
        """The section of tab ``index``, built now if it was not yet."""
        self._build_page(index)
        widget = self._pages[index][1].widget() if 0 <= index < len(self._pages) else None
        return widget if isinstance(widget, CaseSection) else None

    def current_section(self) -> CaseSection | None:
        return self.section_at(self.tabs.currentIndex())

    # ---- Helpers

    def _update_header(self) -> None:
        cases, case_id = Cases(self.ctx), self.case_id
        read_then(
            self,
            "header",
            lambda: (cases.get(case_id), cases.away(case_id)),
            self._show_header,
            off_thread=not self.ctx.db.is_sqlite,
        )

    def _show_header(self, found: tuple[Any, str | None]) -> None:
        record, away = found
        details = [self.tr("dossier n° {0}").format(record.id)]
        if record.cep_level:
            details.append(record.cep_level)
        if record.archived:
            details.append(self.tr("archivé"))
        if away:
            # Changes made here meanwhile are merged when it comes back; the counsellor should know.
            details.append(
                self.tr("<span style='color:#8b1e1e'>emporté hors ligne ({0})</span>").format(away)
            )
        self.header.setText(f"<b>{record.display_name}</b> — {' · '.join(details)}")
        self.sig_title_changed.emit(record.display_name + (" *" if self.has_unsaved_changes() else ""))

    def _dirty_changed(self, _dirty: bool) -> None:
        self._update_header()
        for section in [s for s in self._kept if not s.has_unsaved_changes()]:
            self._kept.discard(section)  # saved or discarded: now it shows the colleague's change
            self._refresh_section(section, set(changes.CASE_KINDS))
        if not self._kept:
            self.remote_note.hide()

    def _case_changed(self) -> None:
        # A section says it saved something; the application layer has announced what.
        self._update_header()

    def _announced(self, change: Change) -> None:
        if change.case_id not in (None, self.case_id):
            return
        if change.what == changes.ERASED:
            self.sig_erased.emit()
            return
        self._pending.add(change.what)
        self._refresh_timer.start()

    def _apply_changes(self) -> None:
        what, self._pending = self._pending, set()
        if changes.REMOTE in what:
            self._check_remote(what)
            return
        for section in self.sections:
            self._refresh_section(section, what)
        if what & {changes.CASE, changes.PATH}:
            self._update_header()
        if what - {changes.ROME, changes.SETTINGS, changes.NOTES}:
            self.sig_case_saved.emit()

    def _refresh_section(self, section: CaseSection, what: set[str]) -> None:
        try:
            section.case_changed(what)
        except Exception:  # one section failing to reload must not stop the others
            log.error("section %s failed to refresh:\n%s", section.title, traceback.format_exc())

    def _check_remote(self, what: set[str]) -> None:
        """Changed on another computer: still this account's? (read off the GUI thread)"""
        if self.ctx.open_db is None:
            return  # the database was closed meanwhile: nothing to read, never reopened for this
        self._remote |= what
        cases, case_id = Cases(self.ctx), self.case_id
        Task(self, lambda _p: cases.get(case_id)).on_success(self._remote_arrived).on_failure(
            self._remote_failed
        ).keyed(("remote", case_id)).start()

    def _remote_arrived(self, _record: Any) -> None:
        what = (self._remote - {changes.REMOTE}) | changes.CASE_KINDS
        self._remote = set()
        kept = [s for s in self.sections if s.has_unsaved_changes()]
        for section in self.sections:
            if section not in kept:
                self._refresh_section(section, set(what))
        if kept:
            self._kept.update(kept)
            note = self.tr("Ce dossier a été modifié par un collègue : vos saisies sont gardées")
            if any(s.keeps_both_versions for s in kept):
                note += self.tr(" ; à l'enregistrement, les deux versions vous seront montrées.")
            else:
                note += self.tr(" ; enregistrez-les pour voir ensuite la version du collègue.")
            self.remote_note.setText(note)
            self.remote_note.show()
        self._update_header()

    def _remote_failed(self, exc: BaseException) -> None:
        self._remote = set()
        if not isinstance(exc, AccessDenied | CaseNotFound):
            log.warning("remote change of case %s not shown: %s", self.case_id, type(exc).__name__)
            return  # the server is away: the listener says when it is back, and everything refreshes
        if not self.has_unsaved_changes():
            self.sig_gone.emit()
            return
        self.remote_note.setText(
            self.tr(
                "Ce dossier n'est plus accessible depuis ce poste (réattribué ou effacé par un collègue) : "
                "vos saisies restent à l'écran, copiez-les avant de fermer le dossier."
            )
        )
        self.remote_note.show()


class FittingPage(QScrollArea):
    """A tab page that gives its content all the room there is, down to the content's minimum size,
    and scrolls only below that (a small laptop screen).

    QScrollArea's own resizing follows the preferred height of content that wraps words, so a tab
    scrolled at 1366×768 while it could have been squeezed to fit; this page sizes by the minimum.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the content's minimum may have changed (rows added, a banner shown)
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        room = self.maximumViewportSize()
        least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wide, tall = least.width() > room.width(), least.height() > room.height()
        widget.resize(
            max(least.width(), room.width() - (bar if tall else 0)),
            max(least.height(), room.height() - (bar if wide else 0)),
        )


def fitting_page() -> QScrollArea:
    return FittingPage()
