"""Small building blocks of the window's forms: a dialog that explains refused input, choice lists,
date fields, and the keyboard conventions every form follows (first field focused, Ctrl+Entrée
validates from anywhere, Tab leaves a multi-line field)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.dates import format_date, parse_date
from workbench.core.text import sentence
from workbench.errors import UserError, ValidationError

# Ctrl+Entrée on either Enter key (main keyboard and keypad).
VALIDATE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def tab_leaves_text_fields(root: QWidget) -> None:
    """Tab moves on from multi-line fields instead of typing a tab character (Ctrl+Tab still can)."""
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)


def validate_with_ctrl_enter(owner: QWidget, validate: Callable[[], object]) -> None:
    """Ctrl+Entrée anywhere in ``owner`` (a dialog or a form) runs ``validate``."""
    for keys in VALIDATE_KEYS:
        shortcut = QShortcut(QKeySequence(keys), owner, lambda: validate())
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def first_field(root: QWidget) -> QWidget | None:
    """The first enabled widget in ``root``'s tab order that takes typing or a choice (not a button)."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (
            root.isAncestorOf(widget)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QAbstractButton | QDialogButtonBox)
            and not widget.isHidden()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first_field(root: QWidget) -> None:
    field = first_field(root)
    if field is not None:
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()


class KeyboardDialog(QDialog):
    """A dialog that follows the keyboard conventions: the first field has the focus when it opens
    (typing never presses OK), Ctrl+Entrée accepts from any field, Tab leaves multi-line fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        validate_with_ctrl_enter(self, self.accept)
        self._focused_once = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            tab_leaves_text_fields(self)
            focus_first_field(self)


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


class Unsaved:
    """Whether a form holds changes not saved yet: said in its ``label``, and ``changed(dirty)``
    each time that flips. Filling the fields (``with unsaved.loading():``) is not a change."""

    def __init__(self, label: QLabel, changed: Callable[[bool], None]) -> None:
        self.label, self._changed = label, changed
        self.dirty = False
        self._loading = False

    @contextmanager
    def loading(self) -> Iterator[None]:
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def touched(self) -> None:
        if self._loading:
            return
        self._set(True)
        self.label.setText(self.label.tr("Modifications non enregistrées (Ctrl+Entrée pour enregistrer)."))

    def clear(self, said: str | None = None) -> None:
        """Saved, loaded again or dropped; ``said`` replaces the label's text when given."""
        self._set(False)
        if said is not None:
            self.label.setText(said)

    def _set(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self._changed(dirty)


def choice_combo(choices: dict[str, str], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for code, label in choices.items():
        combo.addItem(label, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class FormDialog(KeyboardDialog):
    """A small form whose ``accept`` builds the value with :meth:`produce`, then runs ``commit``
    (when set) with it; a value either refuses is explained in the dialog, which stays open with
    everything typed."""

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
        self.commit: Callable[[Any], object] | None = None

    def produce(self) -> Any:
        """The value built from the fields; raise ValueError/UserError to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            value = self.produce()
            if self.commit is not None:
                self.commit(value)
        except ValidationError as exc:
            self.refuse(" ; ".join(exc.problems.values()))
            return
        except (ValueError, UserError) as exc:
            self.refuse(str(exc))
            return
        self.result_value = value
        super().accept()

    def refuse(self, text: str) -> None:
        self.error.setText(sentence(text))
        self.error.show()


class AskDialog(FormDialog):
    """One question and its field (a line, a choice or a number), where Qt's QInputDialog would ask:
    it follows the keyboard conventions above and ``check`` (raising ValueError) refuses in place."""

    def __init__(
        self,
        title: str,
        label: str,
        editor: QLineEdit | QComboBox | QSpinBox,
        check: Callable[[Any], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.editor = editor
        self.check = check
        question = QLabel(label)
        question.setWordWrap(True)
        question.setBuddy(editor)
        self.form.addRow(question)
        self.form.addRow(editor)
        self.setMinimumWidth(420)

    def produce(self) -> Any:
        editor = self.editor
        value: Any = (
            editor.text().strip()
            if isinstance(editor, QLineEdit)
            else editor.currentText()
            if isinstance(editor, QComboBox)
            else editor.value()
        )
        return self.check(value) if self.check is not None else value


def ask(dialog: AskDialog) -> Any:
    """The dialog's value once accepted, None if cancelled."""
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_text(
    parent: QWidget | None,
    title: str,
    label: str,
    text: str = "",
    check: Callable[[str], str] | None = None,
) -> str | None:
    """A line of text (stripped), None if cancelled; ``check`` may refuse it with a French reason."""
    return ask(AskDialog(title, label, QLineEdit(text), check, parent))


def required(what: str) -> Callable[[str], str]:
    """A check refusing an empty line: « indiquez {what}. »"""

    def check(text: str) -> str:
        if not text:
            raise ValueError(f"indiquez {what}.")
        return text

    return check


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    combo = QComboBox()
    combo.addItems(items)
    return ask(AskDialog(title, label, combo, None, parent))


def ask_int(
    parent: QWidget | None, title: str, label: str, value: int, minimum: int, maximum: int
) -> int | None:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    return ask(AskDialog(title, label, spin, None, parent))


def date_field(initial: date | None) -> QLineEdit:
    edit = QLineEdit(format_date(initial))
    edit.setPlaceholderText("JJ/MM/AAAA")
    return edit


def required_date(edit: QLineEdit, label: str) -> date:
    day = parse_date(edit.text())
    if day is None:
        raise ValueError(f"indiquez {label}.")
    return day
