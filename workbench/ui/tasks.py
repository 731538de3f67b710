"""The one way the window runs long work: off the GUI thread, with progress and cancel.

Usage::

    Task(self, lambda progress: importer.run(path, progress)) \\
        .on_success(self._imported) \\
        .with_progress(self.tr("Import du référentiel…"), cancellable=True) \\
        .start()

``fn`` receives a :class:`Progress` and must never touch widgets. ``on_success`` and ``on_failure``
run on the GUI thread. Without ``on_failure``, a :class:`~workbench.errors.UserError` is shown as
a warning and anything else goes to the crash report. A progress dialog appears only when the work
lasts more than half a second.

``.keyed(key)``: a newer task with the same key for the same widget supersedes the older one,
whose result is dropped when it arrives (a list asked for 24 months, then 36, shows the 36-month
list even if the first query finishes last). No result or error is lost without a trace: a
superseded task's error, and the error of a task whose widget was closed meanwhile, go to the log;
a person still waiting (the widget is open) is shown them.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.errors import UserError

log = logging.getLogger(__name__)

# Tasks still running; keeps their signal objects alive until they report back.
_running: set[Task] = set()
# (widget id, key) → the newest keyed task: only its result is delivered.
_latest: dict[tuple[int, Hashable], Task] = {}


class Cancelled(Exception):
    """Raised inside a task's function when the user cancelled it."""


class Progress:
    """Handed to a task's function: report progress, check for cancellation."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, label: str = "") -> None:
        self._emit(done, total, label)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self._fn, self._signals, self._progress = fn, signals, progress

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # reported on the GUI thread
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """A unit of background work started from a widget."""

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any]) -> None:
        # No Qt parent: closing the widget must not destroy the task before it reports back.
        super().__init__()
        self._parent = parent
        self._key: tuple[int, Hashable] | None = None
        self._fn = fn
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self._dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self.progress = Progress(self._signals.progressed.emit)

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Task:
        self._failure = callback
        return self

    def keyed(self, key: Hashable) -> Task:
        """A newer task of this widget with the same ``key`` supersedes this one."""
        self._key = (id(self._parent), key)
        return self

    @property
    def superseded(self) -> bool:
        return self._key is not None and _latest.get(self._key) is not self

    def with_progress(self, label: str, cancellable: bool = False) -> Task:
        self._label, self._cancellable = label, cancellable
        return self

    def start(self, pool: QThreadPool | None = None) -> Task:
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        if self._label is not None:
            dialog = QProgressDialog(
                self._label, self.tr("Annuler") if self._cancellable else "", 0, 0, self._parent
            )
            dialog.setWindowTitle(self._label)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not self._cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.progress.cancel)
            self._dialog = dialog
        _running.add(self)
        if self._key is not None:
            _latest[self._key] = self
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._fn, self._signals, self.progress))
        return self

    # ---- Slots, on the GUI thread

    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)
        if label:
            self._dialog.setLabelText(label)

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            if shiboken6.isValid(self._dialog):
                self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)
        if self._key is not None and _latest.get(self._key) is self:
            del _latest[self._key]

    def _orphaned(self) -> bool:
        """Nobody waits for this result any more: superseded, or its widget was closed."""
        return self.superseded or not shiboken6.isValid(self._parent)

    def _on_succeeded(self, result: Any) -> None:
        orphaned = self._orphaned()
        self._finish()
        if orphaned:
            log.info("result of a superseded or orphaned task dropped: %r", self._fn)
            return
        if self._success is not None:
            self._success(result)

    def _on_failed(self, exc: BaseException, formatted: str) -> None:
        orphaned = self._orphaned()
        self._finish()
        if isinstance(exc, Cancelled):
            log.info("task cancelled by the user")
            return
        if orphaned:  # nobody to tell: the log keeps it
            log.error("background task failed after its view moved on:\n%s", formatted)
            return
        if self._failure is not None:
            self._failure(exc)
            return
        from workbench.ui.errors import show_crash, show_user_error

        if isinstance(exc, UserError):
            show_user_error(self._parent, exc)
        else:
            log.error("background task failed:\n%s", formatted)
            show_crash(self._parent, formatted)


def read_then(
    parent: QWidget, key: Hashable, fetch: Callable[[], Any], fill: Callable[[Any], None], off_thread: bool
) -> None:
    """Read with ``fetch`` and show with ``fill``. On this computer's own file a read takes well under
    a millisecond and runs at once; on the structure's server (``off_thread``) each read is a network
    round trip, so it runs off the GUI thread as a keyed task: the newest request for ``key`` wins."""
    if not off_thread:
        fill(fetch())
        return
    Task(parent, lambda _progress: fetch()).on_success(fill).keyed(key).start()


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """Block until every background task is done (tests, and closing the window)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
