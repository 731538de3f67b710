"""Pluggable parts of the window: the sections of a case file and the top-level areas.

A capability adds its section by naming its class in :data:`CASE_SECTIONS` (``module:Class``) and
its top-level view in :data:`AREAS`; names rather than imports keep this file free of cycles.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from workbench.context import Context

# Sections of an open case file, in tab order.
CASE_SECTIONS: tuple[str, ...] = (
    "workbench.ui.case_editor:IdentitySection",
    "workbench.ui.matching_section:MatchingSection",
    "workbench.ui.cep_section:CepSection",
    "workbench.ui.funding_section:FundingSection",
    "workbench.ui.documents:DocumentsSection",
)

# Tab titles, known without importing the section (opening a case builds only its first tab).
SECTION_TITLES: dict[str, str] = {
    "workbench.ui.case_editor:IdentitySection": "Identité et situation",
    "workbench.ui.matching_section:MatchingSection": "Expériences et pistes",
    "workbench.ui.cep_section:CepSection": "Parcours CEP",
    "workbench.ui.funding_section:FundingSection": "Financement",
    "workbench.ui.documents:DocumentsSection": "Documents",
}

# Top-level areas of the main window, after the case list.
AREAS: tuple[str, ...] = (
    "workbench.ui.rome_browser:RomeArea",
    "workbench.ui.follow_up_area:FollowUpArea",
    "workbench.ui.statistics_area:StatisticsArea",
    "workbench.ui.documents:DocumentsArea",
    "workbench.ui.retention_area:RetentionArea",
)


def load(qualified_name: str) -> type:
    module, _, name = qualified_name.partition(":")
    cls: type = getattr(importlib.import_module(module), name)
    return cls


def section_title(qualified_name: str) -> str:
    title = SECTION_TITLES.get(qualified_name)
    return title if title is not None else str(getattr(load(qualified_name), "title", ""))


class CaseSection(QWidget):
    """One tab of an open case file. It refreshes itself when something it shows changes (see
    :attr:`watches`), wherever the change was made: another tab, a dialog, a command.

    Signals:
        sig_dirty_changed(bool): unsaved changes appeared or were saved/discarded.
        sig_case_changed(): the section saved something other sections may show (e.g. the name).
    """

    sig_dirty_changed = Signal(bool)
    sig_case_changed = Signal()

    #: Tab title; subclasses set it with QT_TRANSLATE_NOOP-style plain French.
    title = ""
    #: What the section shows (``workbench.app.changes`` names); None: everything about the case.
    watches: frozenset[str] | None = None
    #: Whether saving over a colleague's newer version shows both (the case's optimistic locking).
    keeps_both_versions = False

    def __init__(self, ctx: Context, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id

    # ---- Public API, overridden by sections that edit something

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        """Save pending changes; False when they were refused (the section shows why)."""
        return True

    def discard(self) -> None:
        """Forget pending changes (the case file is being closed without saving)."""

    def refresh(self) -> None:
        """Reload from storage after another section changed the case."""

    def case_changed(self, what: set[str]) -> None:
        """``what`` changed in this case (announced by the application layer): refresh if shown."""
        if self.watches is None or what & self.watches:
            self.refresh()


class Area(QWidget):
    """A top-level view of the main window (case list, ROME browser, follow-ups, statistics)."""

    title = ""

    def __init__(self, ctx: Context, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window

    def activated(self) -> None:
        """The user switched to this area: refresh what may be stale."""
