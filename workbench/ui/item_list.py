"""A short list of small records inside a form (the information given in a meeting, the feasibility
points of a project, a meeting's next steps), edited one at a time in a small dialog: add, edit,
remove, from the mouse or the keyboard (Entrée edits the selected row, Suppr removes it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.forms import FormDialog

MAX_COLUMN = 240  # px


class _Table(QTableWidget):
    """Entrée opens the selected row and Suppr removes it, inside the table: in a dialog, Entrée
    would otherwise fall through to the OK button."""

    sig_open = Signal()
    sig_remove = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt's name
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_open.emit()
            event.accept()
            return
        if plain and event.key() == Qt.Key.Key_Delete:
            self.sig_remove.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ItemList(QWidget):
    """Rows shown by ``cells(item)``, each edited by ``dialog(item or None, parent)`` (a FormDialog
    whose ``result_value`` is the item).

    Without ``store`` the list holds its items until the form saves them (:meth:`items`). With
    ``store``, each item is written as soon as its dialog is accepted (a refused value is explained
    in the dialog, which stays open) and the owner reloads the list with :meth:`set_items`.

    Signals:
        sig_changed(): an item was added, edited or removed.
    """

    sig_changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        dialog: Callable[[Any, QWidget], FormDialog],
        *,
        add_text: str = "Ajouter…",
        store: Callable[[Any], object] | None = None,
        removable: bool = True,
        rows_shown: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cells, self._dialog, self._store = cells, dialog, store
        self._items: list[Any] = []
        self.table = _Table(0, len(headers))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setWordWrap(False)
        # A few rows, then it scrolls: the list never pushes the form past a laptop screen.
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + row + 6)
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + rows_shown * row + 6)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_current())
        self.table.sig_open.connect(self.edit_current)
        self.table.sig_remove.connect(self.remove_current)
        self.add_button = QPushButton(self.tr(add_text))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.setToolTip(self.tr("Modifier la ligne choisie (Entrée)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.setToolTip(self.tr("Retirer la ligne choisie (Suppr)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setVisible(removable)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)  # Entrée on a field of the form never opens a dialog
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def items(self) -> tuple[Any, ...]:
        return tuple(self._items)

    def set_items(self, items: Sequence[Any]) -> None:
        self._items = list(items)
        self._fill()

    def add(self) -> None:
        value = self._run(None)
        if value is None:
            return
        if self._store is None:
            self._items.append(value)
            self._fill(len(self._items) - 1)
        self.sig_changed.emit()

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._items):
            return
        value = self._run(self._items[row])
        if value is None:
            return
        if self._store is None:
            self._items[row] = value
            self._fill(row)
        self.sig_changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if not self.remove_button.isVisibleTo(self) or not 0 <= row < len(self._items):
            return
        del self._items[row]
        self._fill(min(row, len(self._items) - 1))
        self.sig_changed.emit()

    def _run(self, item: Any) -> Any:
        dialog = self._dialog(item, self)
        if self._store is not None:
            dialog.commit = self._store
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value

    def _fill(self, current: int = -1) -> None:
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            for column, text in enumerate(self._cells(item)):
                cell = QTableWidgetItem(" ".join(text.split()))  # one line per row; the dialog shows all
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):  # a long text never hides the other columns
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        if 0 <= current < len(self._items):
            self.table.setCurrentCell(current, 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = 0 <= self.table.currentRow() < len(self._items)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
