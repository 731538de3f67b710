"""The application layer's change hub as a Qt signal: every open view of a case refreshes itself.

Operations may run on worker threads; the signal is queued to the GUI thread, where the views live.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Qt, QThread, Signal

from workbench.app.changes import Change

_bridges: WeakKeyDictionary[Any, ChangeBridge] = WeakKeyDictionary()


class ChangeBridge(QObject):
    """Signals:
    sig_changed(Change): something was changed and committed (case id, what).
    """

    sig_changed = Signal(object)
    _relay = Signal(object)  # from a worker thread to this object's (the GUI) thread

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = ctx.changes.subscribe(self._announced)

    def _announced(self, change: Change) -> None:
        if QThread.currentThread() == self.thread():
            self.sig_changed.emit(change)
        else:
            self._relay.emit(change)

    def _deliver(self, change: Change) -> None:
        self.sig_changed.emit(change)


def bridge(ctx: Any) -> ChangeBridge:
    """The one bridge of ``ctx`` (created on first use, on the GUI thread)."""
    found = _bridges.get(ctx)
    if found is None:
        found = _bridges[ctx] = ChangeBridge(ctx)
    return found
