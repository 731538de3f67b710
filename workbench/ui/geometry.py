"""Where the main window opens: where it was last time on this computer, else the whole of a laptop's
screen (kept beside the data, not in the person's profile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "fenetre/geometrie"


def settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "fenetre.ini"), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget, data_dir: Path) -> None:
    saved = settings(data_dir).value(GEOMETRY_KEY)
    if saved is not None and window.restoreGeometry(saved):
        return
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 720)
        return
    room = screen.availableGeometry()
    window.resize(min(1280, room.width()), min(800, room.height()))
    if room.width() <= 1440 or room.height() <= 800:  # a laptop: use the whole screen
        window.setWindowState(Qt.WindowState.WindowMaximized)


def save_geometry(window: QWidget, data_dir: Path) -> None:
    settings(data_dir).setValue(GEOMETRY_KEY, window.saveGeometry())
