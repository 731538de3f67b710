"""A ROME code field that searches as it is typed: « greff » offers « K1909 — Greffier / Greffière »,
and choosing a line writes its code (the code is still checked against the release when saved)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from workbench.app.rome import RomeReference

CODE_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 12  # fiches offered at once
WIDEST = 560


def search_rome_codes(edit: QLineEdit, reference: Callable[[], RomeReference | None]) -> QCompleter:
    """Offer the fiches matching what is typed in ``edit`` (a job's name or a code), one line per fiche;
    a choice sets the code and finishes the editing, as Entrée would."""
    model = QStandardItemModel(edit)
    completer = QCompleter(model, edit)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCompletionRole(CODE_ROLE)
    completer.setMaxVisibleItems(SHOWN)
    completer.setWidget(edit)  # not setCompleter: the field would narrow the list to its own width

    def typed(text: str) -> None:
        model.clear()
        rome = reference()
        if rome is None or len(text.strip()) < 2:
            return
        seen: set[str] = set()
        for hit in rome.search(text, 40):
            if hit.code in seen:
                continue
            seen.add(hit.code)
            named = (
                hit.fiche_title
                if hit.appellation == hit.fiche_title
                else f"{hit.appellation}, {hit.fiche_title}"
            )
            item = QStandardItem(f"{hit.code} — {named}")
            item.setData(hit.code, CODE_ROLE)
            item.setToolTip(named)
            model.appendRow(item)
            if len(seen) == SHOWN:
                break
        if model.rowCount() and not (len(text.strip()) == 5 and text.strip().upper() in seen):
            # As wide as the names need (the field is often narrow), up to WIDEST; Qt keeps it on screen.
            popup = completer.popup()
            assert popup is not None  # a QCompleter always has its popup
            wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12
            completer.complete(QRect(0, 0, max(edit.width(), min(wanted, WIDEST)), edit.height()))

    def chosen(index: QModelIndex | QPersistentModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            edit.setText(str(code))
            edit.setModified(True)
            edit.editingFinished.emit()

    edit.textEdited.connect(typed)
    completer.activated[QModelIndex].connect(chosen)  # type: ignore[index]
    return completer
