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
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.forms import FormDialog


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
        rows_shown: int | None = 3,
        stretch: Sequence[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cells, self._dialog, self._store = cells, dialog, store
        self._items: list[Any] = []
        self.table = _Table(0, len(headers))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        # The table fits its width (long texts elided, whole in the tooltip and the dialog): columns
        # in ``stretch`` share the room, the others (a date, a status) take what they need.
        for column in range(len(headers)):
            self.table.horizontalHeader().setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretch is None or column in stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A few rows, then it scrolls: the list never pushes the form past a laptop screen. With
        # rows_shown None (a tab of its own) the table takes the height it is given.
        row = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        if rows_shown is None:
            self.table.setMinimumHeight(header + row + 6)
        else:
            self.table.setFixedHeight(header + rows_shown * row + 6)
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
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        table_column = QVBoxLayout()  # a short table stays at the top, beside its buttons
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.addWidget(self.table)
        table_column.addStretch(0 if rows_shown is None else 1)
        layout.addLayout(table_column, 1)
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
        if 0 <= current < len(self._items):
            self.table.setCurrentCell(current, 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = 0 <= self.table.currentRow() < len(self._items)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
