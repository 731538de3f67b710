"""Small building blocks of the window's forms: a dialog that explains refused input, choice lists
and date fields."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.dates import format_date, parse_date
from workbench.errors import UserError

# Qt lays out a paragraph whole, looking for word boundaries: an unbroken run of a million characters
# (a pasted file, a broken export) would freeze the window for minutes. Such text is wrapped
# anywhere instead, which Qt does in a blink; ordinary text keeps wrapping between words.
LONG_RUN = 500


def has_long_run(text: str) -> bool:
    return len(text) > LONG_RUN and any(len(word) > LONG_RUN for word in text.split())


class TextEdit(QPlainTextEdit):
    """A multi-line field (notes, reasons) that stays responsive whatever it is given."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if text:
            self.setPlainText(text)

    def setPlainText(self, text: str) -> None:  # noqa: N802 — Qt's name
        self._wrap_for(text)
        super().setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 — Qt's name (a paste)
        if source.hasText():
            self._wrap_for(source.text())
        super().insertFromMimeData(source)

    def _wrap_for(self, text: str) -> None:
        if has_long_run(text):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)


def choice_combo(choices: dict[str, str], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for code, label in choices.items():
        combo.addItem(label, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class FormDialog(QDialog):
    """A small form whose ``accept`` runs ``check``; a refused value is explained, nothing is lost."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_value: Any = None

    def produce(self) -> Any:
        """The value built from the fields; raise ValueError/UserError to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.produce()
        except (ValueError, UserError) as exc:
            text = str(exc)
            self.error.setText(text[:1].upper() + text[1:])
            self.error.show()
            return
        super().accept()


def date_field(initial: date | None) -> QLineEdit:
    edit = QLineEdit(format_date(initial))
    edit.setPlaceholderText("JJ/MM/AAAA")
    return edit


def required_date(edit: QLineEdit, label: str) -> date:
    day = parse_date(edit.text())
    if day is None:
        raise ValueError(f"indiquez {label}.")
    return day
