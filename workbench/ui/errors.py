"""How failures reach the counsellor.

A :class:`~workbench.errors.UserError` (bad input, locked or corrupt database, full disk…) is shown
as a plain warning. Anything else is a bug: a crash dialog shows a report the user can copy and
send, and the log file keeps it.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME, __version__
from workbench.errors import UserError
from workbench.ui.forms import KeyboardDialog

log = logging.getLogger(__name__)

_log_file: Path | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_user_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    log.info("user error: %s", exc)
    QMessageBox.warning(parent, title or tr("Action impossible"), str(exc))


def crash_report(formatted_traceback: str) -> str:
    return "\n".join(
        [
            f"{APP_NAME} {__version__}",
            f"Python {platform.python_version()} — Qt {qVersion()} — {platform.platform()}",
            "",
            formatted_traceback.rstrip(),
        ]
    )


class CrashDialog(KeyboardDialog):
    """An unexpected error: what happened, a report to copy, where the log is."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erreur inattendue"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Une erreur inattendue s'est produite. Les données déjà enregistrées sont intactes.\n"
                "Copiez le rapport ci-dessous et transmettez-le à votre support informatique."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copier le rapport"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        if log_file is not None:
            where = QLabel(self.tr("Journal : {0}").format(log_file))
            where.setTextInteractionFlags(
                where.textInteractionFlags() | where.textInteractionFlags().TextSelectableByMouse
            )
            layout.addWidget(where)
        layout.addWidget(buttons)


def show_crash(parent: QWidget | None, formatted_traceback: str) -> None:
    CrashDialog(crash_report(formatted_traceback), _log_file, parent).exec()


def install_excepthook(log_file: Path | None) -> None:
    """Route uncaught exceptions to the log and the crash dialog instead of a silent exit."""
    global _log_file
    _log_file = log_file

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, UserError):
            show_user_error(None, exc)
            return
        formatted = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("uncaught exception:\n%s", formatted)
        show_crash(None, formatted)

    sys.excepthook = hook
