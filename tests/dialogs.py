"""Dialogs in the tests: replace ``exec`` so a dialog is filled in, then validated, without a person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog


def accept_with(fill: Callable[[Any], None]) -> Callable[[QDialog], int]:
    """An ``exec`` that calls ``fill(dialog)``, then accepts it (its checks run as on OK)."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    return exec_
