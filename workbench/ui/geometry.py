"""Where the main window opens: where it was last time on this computer, else the whole of a laptop's
screen (kept beside the data, not in the person's profile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

GEOMETRY_KEY = "fenetre/geometrie"


def settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "fenetre.ini"), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget, data_dir: Path) -> bool:
    """Size and place ``window``; True when it is to be shown maximised (``showMaximized``: the
    first window paints before any Qt enum is created)."""
    saved = settings(data_dir).value(GEOMETRY_KEY)
    if saved is not None and window.restoreGeometry(saved):
        return False  # maximised or not, as it was left
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 720)
        return False
    room = screen.availableGeometry()
    window.resize(min(1280, room.width()), min(800, room.height()))
    return room.width() <= 1440 or room.height() <= 800  # a laptop: use the whole screen


def save_geometry(window: QWidget, data_dir: Path) -> None:
    settings(data_dir).setValue(GEOMETRY_KEY, window.saveGeometry())


def keep_splitter(splitter: QSplitter, data_dir: Path, name: str, shares: list[int]) -> None:
    """``splitter`` as the counsellor last left it on this computer, else shared out as ``shares``
    (relative weights: Qt spreads them over whatever width the window has); remembered when moved."""
    key = f"separateurs/{name}"
    saved = settings(data_dir).value(key)
    if saved is None or not splitter.restoreState(saved):
        _Shares(splitter, shares)
    splitter.splitterMoved.connect(lambda *_: settings(data_dir).setValue(key, splitter.saveState()))


class _Shares(QObject):
    """Shares out the splitter's width once it has one (the first time it is laid out wide)."""

    def __init__(self, splitter: QSplitter, shares: list[int]) -> None:
        super().__init__(splitter)
        self.shares = shares
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(watched, QSplitter)
            and watched.isVisible()
            and watched.width() > 200
        ):
            watched.removeEventFilter(self)
            total = sum(self.shares)
            watched.setSizes([watched.width() * share // total for share in self.shares])
        return False
