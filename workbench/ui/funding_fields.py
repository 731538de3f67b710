"""One editor per funding attribute, built from its entry in ``data/funding/attributes.toml``.

Every editor shows "unknown" distinctly from "no" or zero (the rules need the difference) and
reports a committed value as JSON (``None`` = unknown) through ``sig_changed``; a value it cannot
read is reported through ``sig_invalid`` with a French reason, and nothing is changed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from workbench.core.dates import format_date, parse_date
from workbench.core.funding.inputs import coerce, to_json
from workbench.core.funding.rules import Attribute

UNKNOWN = "— non renseigné —"
NONE_CODE = "__aucun__"


class AttributeField(QWidget):
    """Signals:
    sig_changed(str, object): the attribute's name and its new JSON value (None = unknown).
    sig_invalid(str, str): the attribute's name and why the typed value was refused.
    """

    sig_changed = Signal(str, object)
    sig_invalid = Signal(str, str)

    def __init__(self, attribute: Attribute, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attribute = attribute
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = self._build()
        self.editor.setAccessibleName(attribute.label)
        self.editor.setToolTip(attribute.question)
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.editor)

    # ---- Public API

    def set_value(self, value: Any) -> None:
        """Show ``value`` (JSON form) without emitting ``sig_changed``."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def is_being_edited(self) -> bool:
        """Whether the counsellor is typing in this field (text not yet committed)."""
        if self.attribute.type == "map":
            return any(edit.isModified() for edit in self._map_edits.values())
        editor = self.editor
        return isinstance(editor, QLineEdit) and editor.isModified()

    def keep_as_typed(self) -> None:
        """The value sent was refused (an unknown ROME code…): the text stays, still to be corrected, and
        is not rewritten by the next update."""
        edits = list(self._map_edits.values()) if self.attribute.type == "map" else [self.editor]
        for edit in edits:
            if isinstance(edit, QLineEdit) and edit.text().strip():
                edit.setModified(True)

    def commit(self) -> bool:
        """Send what is typed and not sent yet (a dialog closing); False if it is refused (then
        ``sig_invalid`` says why and the text stays as typed)."""
        if not self.is_being_edited():
            return True
        return self._map_changed() if self.attribute.type == "map" else self._text_changed()

    # ---- Building and showing

    def _build(self) -> QWidget:
        kind = self.attribute.type
        if kind in ("bool", "enum"):
            combo = QComboBox()
            # Long labels (certification kinds) must not widen the form beyond a laptop screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.addItem(UNKNOWN, None)
            choices = {True: "Oui", False: "Non"} if kind == "bool" else self.attribute.values
            for code, label in choices.items():
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(lambda _i: self._emit(combo.currentData()))
            return combo
        if kind == "set":
            items = QListWidget()
            entries = {NONE_CODE: "Aucun", **self.attribute.values}
            for code, label in entries.items():
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                items.addItem(item)
            items.setMaximumHeight(22 * len(entries) + 6)
            items.itemChanged.connect(self._set_changed)
            return items
        if kind == "map":
            box = QWidget()
            form = QFormLayout(box)
            form.setContentsMargins(0, 0, 0, 0)
            self._map_edits: dict[str, QLineEdit] = {}
            for code, label in self.attribute.values.items():
                edit = QLineEdit()
                edit.setPlaceholderText(self.attribute.unit or "mois")
                edit.editingFinished.connect(self._map_changed)
                self._map_edits[code] = edit
                form.addRow(label, edit)
            return box
        edit = QLineEdit()
        edit.setMinimumWidth(90)
        if kind == "date":
            edit.setPlaceholderText("JJ/MM/AAAA")
        elif self.attribute.unit:
            edit.setPlaceholderText(self.attribute.unit)
        edit.editingFinished.connect(self._text_changed)
        return edit

    def _show(self, value: Any) -> None:
        kind = self.attribute.type
        if kind in ("bool", "enum"):
            combo = self.editor
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        elif kind == "set":
            lst = self.editor
            assert isinstance(lst, QListWidget)
            chosen = set(value) if isinstance(value, list) else None
            for row in range(lst.count()):
                item = lst.item(row)
                code = item.data(Qt.ItemDataRole.UserRole)
                on = chosen is not None and (code in chosen or (code == NONE_CODE and not chosen))
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        elif kind == "map":
            mapping = value if isinstance(value, dict) else {}
            for code, edit in self._map_edits.items():
                edit.setText(_number_text(mapping.get(code)))
        else:
            line = self.editor
            assert isinstance(line, QLineEdit)
            if kind == "date":
                line.setText(format_date(date.fromisoformat(value)) if value else "")
            elif kind in ("int", "decimal", "number"):
                line.setText(_number_text(value))
            else:
                line.setText(value or "")
            line.setModified(False)
            line.setCursorPosition(0)  # a text longer than the field shows its beginning, not its end

    # ---- Reading

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self.sig_changed.emit(self.attribute.name, value)

    def _set_changed(self, changed: QListWidgetItem) -> None:
        if self._loading:
            return
        lst = self.editor
        assert isinstance(lst, QListWidget)
        self._loading = True
        try:  # "Aucun" and the factors exclude each other
            if changed.checkState() == Qt.CheckState.Checked:
                none_clicked = changed.data(Qt.ItemDataRole.UserRole) == NONE_CODE
                for row in range(lst.count()):
                    item = lst.item(row)
                    is_none = item.data(Qt.ItemDataRole.UserRole) == NONE_CODE
                    if item is not changed and (is_none or none_clicked):
                        item.setCheckState(Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        codes = [
            lst.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(lst.count())
            if lst.item(r).checkState() == Qt.CheckState.Checked
        ]
        self._emit(None if not codes else [c for c in codes if c != NONE_CODE])

    def _map_changed(self) -> bool:
        if self._loading:
            return True
        values: dict[str, Any] = {}
        for code, edit in self._map_edits.items():
            if edit.text().strip():
                values[code] = edit.text()
        return self._read(values or None, list(self._map_edits.values()))

    def _text_changed(self) -> bool:
        edit = self.editor
        assert isinstance(edit, QLineEdit)
        if self._loading or not edit.isModified():
            return True
        text = edit.text().strip()
        if self.attribute.type == "date":
            try:
                day = parse_date(text)
            except ValueError as exc:  # the text stays as typed (still "modified"), to be corrected
                self.sig_invalid.emit(self.attribute.name, str(exc))
                return False
            edit.setModified(False)
            self._emit(day.isoformat() if day else None)
            return True
        return self._read(text or None, [edit])

    def _read(self, raw: Any, edits: list[QLineEdit]) -> bool:
        try:
            value = coerce(self.attribute, raw)
        except ValueError as exc:
            self.sig_invalid.emit(self.attribute.name, str(exc))
            return False
        for edit in edits:  # sent: before the answer, which may refuse it (keep_as_typed)
            edit.setModified(False)
        self._emit(to_json(value))
        return True


def _number_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    text = f"{number.normalize():f}" if number == number.to_integral_value() else str(number)
    return text.replace(".", ",")
