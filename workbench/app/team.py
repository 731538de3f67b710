"""Team mode: accounts on the structure's server, sharing, and cases taken offline and brought back.

For now the operations are those of the store, named here so that the window and the commands
reach them through the application layer; changes brought back are announced for every case, and
changes committed by colleagues on the server arrive through :class:`RemoteChanges`.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from workbench.app import changes
from workbench.context import DATABASE_URL_ENV
from workbench.errors import AccessDenied, StorageError, UserError
from workbench.store import migrations, notify, security, transfer
from workbench.store.accounts import ROLES, Account, AccountRepository
from workbench.store.db import Database
from workbench.store.privacy import current_actor

__all__ = [
    "ROLES",
    "AccessDenied",
    "Account",
    "AccountRepository",
    "Database",
    "RemoteChanges",
    "ServerSetup",
    "actor",
    "current_actor",
    "initialise",
    "require_owner_url",
    "transfer",
    "watch",
]


@dataclass(frozen=True)
class ServerSetup:
    revision: str
    counsellors: str  # the group roles
    managers: str
    protected: list[str]  # tables under row-level security


def require_owner_url(url: str, variable: str) -> None:
    """``team init`` connects as the role its URL names (the owner), never as a counsellor."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        named = url.startswith("postgresql") and bool(make_url(url).username)
    except (ArgumentError, ValueError):
        named = False
    if not named:
        raise UserError(
            f"« team init » se lance avec le rôle propriétaire de la base : {variable}="
            "postgresql+psycopg://PROPRIETAIRE@serveur:5432/base (mot de passe par PGPASSWORD ou ~/.pgpass)."
        )


def initialise(db: Database) -> ServerSetup:
    """Create or migrate the schema and (re)install roles, grants, policies and audit triggers.

    Only the database's owner (or a superuser) may: a counsellor's connection never migrates.
    """
    if db.is_sqlite:
        raise AccessDenied("« team init » prépare le serveur de la structure, pas la base de ce poste.")
    if not db.privileged:
        raise AccessDenied(
            f"Le rôle « {db.role} » n'est ni le propriétaire de la base ni un superutilisateur : "
            "seul le propriétaire crée le schéma et les règles d'accès."
        )
    protected = db.install_access_rules()
    with db.engine.connect() as connection:
        names = security.groups(connection)
        revision = ", ".join(sorted(migrations.current_revisions(connection)))
    return ServerSetup(revision, names.conseiller, names.responsable, protected)


def actor(db: Database) -> str:
    """Who the records name: the signed-in account, the server's role, or this computer's user."""
    if db.user is not None:
        return str(db.user.username)
    return db.role or current_actor()


class RemoteChanges:
    """Team mode: what other computers commit on the server reaches this process's change hub as
    ``(case_id, REMOTE)``; this process's own changes are already announced, so they are skipped
    (the notification's sender is one of this engine's connections). Nothing on a local file.
    """

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self._listener: notify.ChangeListener | None = None

    def start(self) -> bool:
        """Listen (again: then, once listening, ``(None, REMOTE)`` says to refresh everything,
        changes made meanwhile being unknown); False on this computer's own file."""
        db = self.ctx.open_db
        if db is None or db.is_sqlite:
            return False
        if self._listener is None:
            own = db.backend_pids

            def changed(case_id: int | None, sender: int = -1) -> None:
                if self.ctx.open_db is not db:
                    self.stop()  # the database was closed (or replaced): this listener is done
                elif sender not in own:
                    self.ctx.changes.announce(case_id, changes.REMOTE)

            self._listener = notify.ChangeListener(
                db.engine, changed, lambda: changed(None), alive=lambda: self.ctx.open_db is db
            )
        self._listener.start()
        return True

    def stop(self, wait: float = 0.0) -> None:
        """Stop at once (the thread ends by itself soon after), or wait for it ``wait`` seconds."""
        if self._listener is not None:
            self._listener.stop(wait)

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.connected.is_set()

    def wait_listening(self, seconds: float) -> bool:
        """Block until the LISTEN is in place (scripts and tests)."""
        return self._listener is not None and self._listener.connected.wait(seconds)

    @property
    def server_sends(self) -> bool | None:
        """False when the server's triggers predate the notifications (``team init`` again)."""
        return None if self._listener is None else self._listener.server_sends


def watch(ctx: Any, seconds: float | None = None, ready: Any = None) -> Generator[int | None]:
    """The cases colleagues change, as they commit (``workbench team watch``): a case number, or
    None when the server was away (anything may have changed). Ends after ``seconds`` if given;
    ``ready()`` is called once listening."""
    if ctx.db.is_sqlite:
        raise UserError(f"« team watch » écoute le serveur de la structure : définissez {DATABASE_URL_ENV}.")
    arrived: queue.Queue[int | None] = queue.Queue()
    unsubscribe = ctx.changes.subscribe(
        lambda change: arrived.put(change.case_id) if change.what == changes.REMOTE else None
    )
    remote = RemoteChanges(ctx)
    remote.start()
    try:
        if not remote.wait_listening(15):
            raise StorageError("Le serveur de la structure ne répond pas : rien à écouter.")
        if remote.server_sends is False:
            raise StorageError(
                "Le serveur ne signale pas encore les modifications : son administrateur doit relancer "
                "« workbench team init »."
            )
        if ready is not None:
            ready()
        end = None if seconds is None else time.monotonic() + seconds
        while end is None or (left := end - time.monotonic()) > 0:
            try:
                yield arrived.get(timeout=1.0 if end is None else min(1.0, left))
            except queue.Empty:
                continue
    finally:
        remote.stop()
        unsubscribe()
