"""Who changed what: a small publish/subscribe hub, pure Python, thread-safe.

Every operation of the application layer that changes a case announces ``(case_id, what)``;
a ROME import or new settings announce ``(None, "rome")`` / ``(None, "settings")``. The window
bridges the hub to a Qt signal (``workbench/ui/changes.py``) so every open view of the case
refreshes without being reopened; commands simply ignore it.

Each announcement also moves a revision counter: :meth:`Changes.revision` of a case grows with
every change to it or to what every case shows (ROME, settings). Documents are cached by it, so a
PDF is never served from before a change.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

# What may change (a view refreshes on the parts it shows).
CASE = "case"  # identity and situation, archiving
PATH = "path"  # CEP levels, steps, closure
MEETINGS = "meetings"
NOTES = "notes"  # meeting notes autosaved as they are typed
ACTIONS = "actions"
FOLLOW_UPS = "follow_ups"
PROJECT = "project"
DECISIONS = "decisions"
REFERRALS = "referrals"
EXPERIENCES = "experiences"
PREFERENCES = "preferences"  # contexts, target job, interest / not
SNAPSHOTS = "snapshots"
FUNDING = "funding"
HANDED = "handed"  # a document handed over, kept in the case file
ERASED = "erased"
ROME = "rome"
SETTINGS = "settings"
CASES = "cases"  # several cases at once (hand-over, check-in, purge): case_id is None
# Changed on another computer (team mode, workbench.app.team.RemoteChanges): anything of the case
# may have changed; with case_id None, anything at all (the server was away, the window locked).
REMOTE = "remote"
# Everything one case shows: what a view refreshes on REMOTE.
CASE_KINDS = frozenset(
    {CASE, PATH, MEETINGS, NOTES, ACTIONS, FOLLOW_UPS, PROJECT, DECISIONS, REFERRALS}
    | {EXPERIENCES, PREFERENCES, SNAPSHOTS, FUNDING, HANDED}
)


@dataclass(frozen=True)
class Change:
    case_id: int | None  # None: not about one case (ROME import, settings, bulk work)
    what: str


Listener = Callable[[Change], None]


class Changes:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._revisions: dict[int, int] = {}
        self._global = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after each announcement (on the announcing thread); returns
        the function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, case_id: int | None, what: str) -> None:
        with self._lock:
            if case_id is None:
                self._global += 1
            else:
                self._revisions[case_id] = self._revisions.get(case_id, 0) + 1
            listeners = list(self._listeners)
        change = Change(case_id, what)
        for listener in listeners:
            try:
                listener(change)
            except Exception:  # a broken view must not undo nor hide a committed change
                log.exception("listener failed on %s", change)

    def revision(self, case_id: int) -> tuple[int, int]:
        """Changes seen so far for ``case_id`` and for everything (ROME, settings)."""
        with self._lock:
            return self._revisions.get(case_id, 0), self._global
