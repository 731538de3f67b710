"""The composition root: what a command or the window needs, opened on first use.

``ctx.db`` is the case-file database (migrated on open), ``ctx.rome`` the active ROME reference
(``None`` until a release is imported; with ``rome_first_use`` set, the first access imports the
release bundled with the application when none is active). Commands and the window receive a Context instead of
reaching for globals, so tests build one on a temporary folder.

The case database is encrypted; its passphrase comes from :meth:`Context.unlock` (the window's
dialog), else the environment variable ``WORKBENCH_PASSPHRASE``, else ``ask_passphrase`` (the
command line's prompt). It is never taken from the command line nor written anywhere.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from workbench.app.changes import Changes
from workbench.errors import AccessDenied, StorageError, UserError
from workbench.paths import AppPaths

if TYPE_CHECKING:
    from workbench.rome.reference import RomeReference
    from workbench.store.backups import Backup
    from workbench.store.db import Database


PASSPHRASE_ENV = "WORKBENCH_PASSPHRASE"
# Team mode: the structure's PostgreSQL server instead of the local file, and who signs in.
DATABASE_URL_ENV = "WORKBENCH_DATABASE_URL"
USER_ENV, PASSWORD_ENV = "WORKBENCH_USER", "WORKBENCH_PASSWORD"
LOGIN_ATTEMPTS = 3


def passphrase_from_env(name: str) -> str | None:
    """The passphrase in the environment variable ``name``, held to the same minimum as a typed one."""
    from workbench.store.crypto import check_new_passphrase

    found = os.environ.get(name)
    if not found:
        return None
    try:
        check_new_passphrase(found)
    except StorageError as exc:
        raise StorageError(f"{name} : {exc}") from None
    return found


class Context:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        # Every change to a case is announced here (workbench/app/changes.py); the window listens.
        self.changes = Changes()
        # Asks the person for the passphrase; the argument says whether it creates the database.
        self.ask_passphrase: Callable[[bool], str] | None = None
        # Asks for (username, password) on a shared server; the argument is the last error or "".
        self.ask_login: Callable[[str], tuple[str, str]] | None = None
        self._passphrase_given: str | None = None  # once the database opened with it
        # Called on the first use of ctx.rome when no release is active (the command line imports the
        # bundled release with progress on stderr); None: no import (tests, the window does its own).
        self.rome_first_use: Callable[[Context], None] | None = None
        self._rome_checked = False

    @classmethod
    def create(cls, data_dir: str | os.PathLike[str] | None = None) -> Context:
        return cls(AppPaths.resolve(data_dir))

    @cached_property
    def db(self) -> Database:
        from workbench.store.db import Database

        if url := os.environ.get(DATABASE_URL_ENV):
            return self._sign_in(url)
        passphrase = self._passphrase()
        db = Database.open(self.paths, passphrase)
        self._passphrase_given = passphrase
        return db

    def unlock(self, passphrase: str) -> Database:
        """Open the database with ``passphrase`` (WrongPassphrase when it does not open it)."""
        from workbench.store.db import Database

        if "db" not in self.__dict__:
            self.__dict__["db"] = Database.open(self.paths, passphrase)
            self._passphrase_given = passphrase
        return self.db

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the database and its backups; later openings use ``new``."""
        self.db.change_passphrase(old, new, self.paths.backup_dir)
        self._passphrase_given = new

    def restore_backup(self, backup: Backup, passphrase: str | None = None) -> Backup:
        """Replace the database by ``backup`` (the current one is kept as a backup, even damaged).

        The passphrase is the database's; a damaged database cannot confirm it, the backup does
        (it must open with it). The database is closed first and reopens on next use.
        """
        from workbench.store import backups
        from workbench.store.db import DamagedDatabase

        passphrase = passphrase or self._passphrase()
        with contextlib.suppress(DamagedDatabase):  # a damaged database is what gets replaced
            self.unlock(passphrase)
        self.close()
        kept = backups.restore(self.paths.case_db, backup.path, self.paths.backup_dir, passphrase)
        self._passphrase_given = passphrase
        return kept

    @property
    def database_exists(self) -> bool:
        """False on a first start; an emptied file beside backups is a damaged database, not a new one."""
        path = self.paths.case_db
        if not path.exists():
            return False
        return path.stat().st_size > 0 or any(self.paths.backup_dir.glob("cases-*.db"))

    def _sign_in(self, url: str) -> Database:
        """Connect to the structure's server as the counsellor who signs in (or refuse).

        A URL naming its user is the administrator's (password from libpq); otherwise the account
        comes from WORKBENCH_USER/WORKBENCH_PASSWORD, else from ``ask_login`` (3 tries).
        """
        from sqlalchemy import make_url
        from sqlalchemy.exc import ArgumentError

        from workbench.store.db import Database

        try:
            address = make_url(url)
        except (ArgumentError, ValueError):
            return Database.connect(url)  # says what is wrong with it
        if address.username:
            return Database.connect(url)
        username, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
        if username and password:
            return self._try_sign_in(url, username, password)
        if self.ask_login is None:
            raise AccessDenied(
                f"Serveur de la structure : identifiez-vous ({USER_ENV} et {PASSWORD_ENV}, "
                "ou lancez la commande dans un terminal)."
            )
        error = ""
        for _attempt in range(LOGIN_ATTEMPTS):
            username, password = self.ask_login(error)
            try:
                return self._try_sign_in(url, username, password)
            except AccessDenied as exc:
                error = str(exc)
        raise AccessDenied(f"{error} Connexion refusée après {LOGIN_ATTEMPTS} essais.")

    def _try_sign_in(self, url: str, username: str, password: str) -> Database:
        from sqlalchemy import make_url

        from workbench.store.accounts import AccountRepository
        from workbench.store.db import Database
        from workbench.store.throttle import SignInThrottle

        address = make_url(url)
        throttle = SignInThrottle(
            self.paths.data_dir / "connexions.json", f"{address.host}:{address.port}/{address.database}"
        )
        throttle.check(username)
        try:
            db = Database.connect(url, username, password)
        except AccessDenied:
            throttle.failed(username)
            raise
        with contextlib.suppress(UserError):  # the sign-in worked: the report is not worth refusing it
            AccountRepository(db).report_failed_sign_ins(throttle.succeeded(username))
        return db

    def local_passphrase(self) -> str:
        """The passphrase of this computer's own database, even when the server is in use."""
        return self._passphrase()

    def _passphrase(self) -> str:
        if self._passphrase_given is not None:  # reopening after a restore
            return self._passphrase_given
        if found := passphrase_from_env(PASSPHRASE_ENV):
            return found
        if self.ask_passphrase is not None:
            return self.ask_passphrase(not self.database_exists)
        raise StorageError(
            "La base des dossiers est chiffrée : donnez sa phrase de passe dans la variable "
            f"d'environnement {PASSPHRASE_ENV}, ou lancez la commande dans un terminal pour la saisir."
        )

    @property
    def rome(self) -> RomeReference | None:
        """The active ROME release, re-read after an import changes it."""
        from workbench.rome import importer
        from workbench.rome.reference import open_active

        if not self._rome_checked:  # once per process: leftovers of killed imports, first use
            self._rome_checked = True
            importer.clean_interrupted(self.paths.rome_dir)
            if self.rome_first_use is not None and importer.active_database(self.paths.rome_dir) is None:
                self.rome_first_use(self)
        return open_active(self.paths)

    @property
    def open_db(self) -> Database | None:
        """The database if it is open, without opening it (for watchers and timers)."""
        found: Database | None = self.__dict__.get("db")
        return found

    def close(self) -> None:
        if "db" in self.__dict__:
            self.__dict__.pop("db").close()  # reopened on next use
