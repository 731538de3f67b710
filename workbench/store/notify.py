"""Changes made elsewhere on the structure's server: PostgreSQL's LISTEN / NOTIFY.

The audit triggers (:mod:`workbench.store.security`) run ``pg_notify('atelier_changes', case id)``
for every change to a case or a row linked to it; the server delivers it when the change commits,
once per case and transaction. The payload is the case number only: a listener learns that case N
changed, never what, and reads it (or not) through row-level security like any other read.

:class:`ChangeListener` holds one dedicated connection (autocommit, ``LISTEN``) in a background
thread. When the server goes away it reconnects quietly every few seconds, and says it may have
missed something (``on_resync``); :func:`track_backend_pids` tells this process's own changes apart.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

CHANNEL = "atelier_changes"
APPLICATION_NAME = "atelier-ecoute"
POLL_SECONDS = 0.5  # how often the thread looks whether it must stop
RETRY_SECONDS = 5.0  # as the window's probe of a lost server


def track_backend_pids(engine: Engine) -> set[int]:
    """The server processes (``pg_backend_pid``) of ``engine``'s pooled connections, kept up to
    date by pool events: a notification sent by one of them is this process's own change."""
    pids: set[int] = set()

    @event.listens_for(engine, "connect")
    def _connected(dbapi_connection: Any, record: Any) -> None:
        pid = int(dbapi_connection.info.backend_pid)
        record.info["backend_pid"] = pid
        pids.add(pid)

    @event.listens_for(engine, "close")
    def _closed(_dbapi_connection: Any, record: Any) -> None:
        pids.discard(record.info.get("backend_pid", -1))

    return pids


class ChangeListener:
    """``on_change(case_id, sender_pid)`` for each notification, on the listener's thread."""

    def __init__(
        self,
        engine: Engine,
        on_change: Callable[[int, int], None],
        on_resync: Callable[[], None] | None = None,
        alive: Callable[[], bool] = lambda: True,
    ) -> None:
        args, params = engine.dialect.create_connect_args(engine.url)
        self._connect_args: tuple[list[Any], dict[str, Any]] = (list(args), dict(params))
        self._on_change = on_change
        self._on_resync = on_resync
        self._alive = alive  # False: what it listens for is gone (the database closed): the thread ends
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = False
        self.connected = threading.Event()  # set while LISTEN is in place (tests wait for it)
        # Whether the server's triggers send notifications: False on a server whose functions
        # predate them, until its owner runs ``workbench team init`` again. None: not known yet.
        self.server_sends: bool | None = None

    def start(self) -> None:
        """Listen in a new thread; a listener started again first says it may have missed changes."""
        if self.running:
            return
        self._stop = stop = threading.Event()
        resync, self._started = self._started, True
        self._thread = threading.Thread(
            target=self._run, args=(stop, resync), name="atelier-ecoute", daemon=True
        )
        self._thread.start()

    def stop(self, wait: float = 0.0) -> None:
        """Stop listening at once; the thread ends by itself within :data:`POLL_SECONDS` (a
        connection under way, within its timeout), or is waited for ``wait`` seconds."""
        self._stop.set()
        self.connected.clear()
        if self._thread is not None and wait:
            self._thread.join(wait)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    def _connect(self) -> psycopg.Connection[Any]:
        import psycopg

        args, params = self._connect_args
        # application_name: an administrator sees these connections for what they are
        params = {"connect_timeout": 10, **params, "autocommit": True, "application_name": APPLICATION_NAME}
        connection = psycopg.connect(*args, **params)
        connection.execute(f"LISTEN {CHANNEL}")
        found = connection.execute(
            "SELECT prosrc FROM pg_proc WHERE proname = 'atelier_audit_case'"
        ).fetchone()
        self.server_sends = found is not None and "pg_notify" in str(found[0])
        if not self.server_sends:
            log.warning("the server's audit triggers send no notifications: run « workbench team init »")
        return connection

    def _run(self, stop: threading.Event, resync: bool) -> None:
        import psycopg  # here: a computer without a server never loads it

        while not stop.is_set() and self._alive():
            try:
                connection = self._connect()
            except psycopg.Error as exc:
                log.info("change listener: server unreachable (%s), retrying", type(exc).__name__)
                stop.wait(RETRY_SECONDS)
                continue
            with connection:
                if stop.is_set():
                    break
                self.connected.set()
                if resync and self._on_resync is not None and not stop.is_set():
                    self._call(self._on_resync)  # what changed while nobody listened is unknown
                resync = True  # from now on, any reconnection may have missed something
                try:
                    self._listen(connection, stop)
                except psycopg.Error as exc:
                    log.info("change listener: connection lost (%s), reconnecting", type(exc).__name__)
                    if stop is self._stop:
                        self.connected.clear()
            if self._alive():
                stop.wait(RETRY_SECONDS)
        if stop is self._stop:
            self.connected.clear()

    def _listen(self, connection: psycopg.Connection[Any], stop: threading.Event) -> None:
        while not stop.is_set() and self._alive():
            for notice in connection.notifies(timeout=POLL_SECONDS):
                if stop.is_set():
                    return
                try:
                    case_id = int(notice.payload)
                except ValueError:
                    continue  # not one of ours
                self._call(partial(self._on_change, case_id, notice.pid))

    @staticmethod
    def _call(callback: Callable[[], None]) -> None:
        try:
            callback()
        except Exception:  # a failing receiver must not stop the listening
            log.exception("change listener: receiver failed")
