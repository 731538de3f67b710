"""The case-file database: opening, migrating, and short transactional sessions.

One :class:`Database` per process. Work happens in ``with db.session() as s:`` blocks: one short
session per unit of work, committed on success, rolled back on error. SQLAlchemy and SQLite errors
that come from the environment (locked, corrupt, read-only, disk full) become a
:class:`~workbench.errors.StorageError` with a French message; anything else is a bug.
"""

from __future__ import annotations

import hmac
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy import text as sql
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool, QueuePool

from workbench.errors import AccessDenied, StorageError, UserError
from workbench.paths import AppPaths, private_file
from workbench.store import backups, crypto, migrations, notify, rekey
from workbench.store.guard import BEING_REPLACED, Busy, DataDirLock

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
DATABASE_URL_HINT = "forme attendue : postgresql+psycopg://utilisateur@serveur:5432/base"


SIGN_IN_REFUSED = (
    "password authentication failed",
    "no password supplied",
    "authentification par mot de passe",
)
CONNECTION_LOST = StorageError(
    "La connexion au serveur de la structure est coupée : cette dernière action n'a pas été enregistrée "
    "(ce qui est saisi reste à l'écran). Elle se rétablit d'elle-même dès que le serveur répond : "
    "réessayez dans un instant, ou travaillez hors ligne sur des dossiers emportés."
)


class ServerFault(Exception):
    """An unexpected error from the server, told by its kind only (a bug, reported as such)."""


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", exc)).strip().splitlines() or [""])[0]


def connection_error(exc: BaseException) -> UserError:
    """What a failed connection to the server means, in French."""
    line = _first_line(exc)
    lowered = line.lower()
    if any(words in lowered for words in SIGN_IN_REFUSED):
        return AccessDenied("Identifiant ou mot de passe incorrect.")
    if "not permitted to log in" in lowered or "permission denied for database" in lowered:
        return AccessDenied("Ce compte n'a pas accès à la base des dossiers de la structure.")
    if "does not exist" in lowered and "database" in lowered:
        return StorageError(f"La base indiquée n'existe pas sur le serveur ({DATABASE_URL_HINT}).")
    if "no pg_hba.conf entry" in lowered and "no encryption" in lowered:
        return StorageError(
            "Le serveur de la structure n'accepte que les connexions chiffrées (TLS) : ajoutez "
            "?sslmode=verify-full&sslrootcert=CHEMIN_DU_CERTIFICAT à l'adresse du serveur."
        )
    if "no pg_hba.conf entry" in lowered:
        return AccessDenied(
            "Le serveur de la structure n'accepte pas de connexion de ce poste pour ce compte."
        )
    if "ssl" in lowered or "certificate" in lowered:
        return StorageError(f"Connexion chiffrée (TLS) au serveur impossible : {line}.")
    return StorageError(
        "Serveur de dossiers injoignable : vérifiez la connexion au réseau de la structure, ou "
        f"travaillez hors ligne sur les dossiers emportés ({line})."
    )


def _server_error(exc: BaseException) -> UserError | None:
    orig = getattr(exc, "orig", exc)
    if not type(orig).__module__.startswith("psycopg"):
        return None
    state = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    if "function atelier_" in (getattr(diag, "context", None) or "") and state != "42501":
        return UserError(getattr(diag, "message_primary", None) or "Refusé par le serveur.")  # our RAISE
    if state == "42501":  # insufficient_privilege: grants, row-level security, the guard triggers
        primary = getattr(getattr(orig, "diag", None), "message_primary", None) or ""
        if primary.startswith(("permission denied", "new row violates")) or not primary:
            primary = (
                "ce dossier n'est ni attribué ni partagé à votre compte, ou l'action est réservée "
                "au responsable de la structure"
            )
        return AccessDenied(f"Le serveur de la structure refuse : {primary.rstrip('.')}.")
    if state.startswith(("08", "57P")) or (not state and isinstance(exc, OperationalError)):
        return CONNECTION_LOST
    return None


def _without_values(exc: BaseException) -> Exception:
    """An unexplained server error as its kind and statement, never its parameters nor the
    server's detail (which may quote the row)."""
    orig = getattr(exc, "orig", exc)
    primary = getattr(getattr(orig, "diag", None), "message_primary", None) or type(orig).__name__
    return ServerFault(f"{getattr(orig, 'sqlstate', None) or '?'} {type(orig).__name__}: {primary}")


def explain(exc: BaseException) -> UserError | None:
    """The user-facing meaning of a database error, or None when it looks like a bug."""
    if (server := _server_error(exc)) is not None:
        return server
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "La base des dossiers est verrouillée par un autre programme (une autre fenêtre d'Atelier CEP ?). "
            "Fermez-le puis réessayez ; rien n'a été perdu."
        )
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return StorageError(
            "Le disque est plein : l'enregistrement n'a pas pu se faire. Libérez de la place puis réessayez ; "
            "les données déjà enregistrées sont intactes."
        )
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return StorageError(
            "Le dossier des données est en lecture seule : impossible d'enregistrer. "
            "Vérifiez les droits sur le dossier ou choisissez-en un autre avec --data-dir."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            "La base des dossiers est endommagée. Restaurez la dernière sauvegarde (menu Fichier > Sauvegardes) "
            "ou contactez votre support informatique."
        )
    if "unable to open" in text:
        return StorageError(
            "Impossible d'ouvrir la base des dossiers : le dossier des données est inaccessible."
        )
    return None


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # Erased case files are overwritten with zeros, not just unlinked from the b-tree.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def sqlite_engine(path: Path, passphrase: str | None = None) -> Engine:
    """An engine on the SQLite file at ``path`` with the workbench's pragmas; with a passphrase, the
    file is encrypted with SQLCipher (the key is set before anything else on each connection)."""
    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    else:
        # The key is derived once (crypto.raw_key): new pooled connections then open at once.
        key = crypto.raw_key(path, passphrase)
        url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
        engine = create_engine(
            url, poolclass=QueuePool, connect_args={"check_same_thread": False}, hide_parameters=True
        )
    event.listen(engine, "connect", _set_pragmas)
    return engine


class DamagedDatabase(StorageError):
    """The case file is damaged; ``backup`` is the newest sound backup, the way back (None if none)."""

    def __init__(self, detail: str = "", backup: backups.Backup | None = None) -> None:
        self.detail, self.backup = detail, backup
        what = "La base des dossiers est endommagée" + (f" ({detail})" if detail else "") + "."
        if backup is None:
            super().__init__(
                f"{what} Aucune sauvegarde saine n'a été trouvée : ne supprimez pas le fichier et "
                "contactez votre support informatique."
            )
            return
        super().__init__(
            f"{what} La sauvegarde saine la plus récente date du {backup.made_at:%d/%m/%Y à %H:%M} : "
            f"restaurez-la (Fichier > Sauvegardes, ou « workbench backup restore {backup.name} ») ; "
            "la base endommagée sera gardée dans les sauvegardes."
        )


# A wrong passphrase and a damaged first page look alike to SQLCipher; a passphrase that opens one
# of the newest backups is the right one, so the file is what is wrong.
BACKUPS_TRIED = 3


def opens_a_backup(paths: AppPaths, passphrase: str) -> bool:
    for backup in backups.list_backups(paths.backup_dir)[:BACKUPS_TRIED]:
        try:
            crypto.connect(backup.path, passphrase).close()
        except StorageError:
            continue
        return True
    return False


def check_passphrase(paths: AppPaths, passphrase: str) -> None:
    """WrongPassphrase when ``passphrase`` is not the database's; damage is left to :meth:`Database.open`."""
    path = paths.case_db
    if not path.exists() or crypto.is_plain(path):
        return
    if crypto.damage(path):  # the backups tell whether it is the right passphrase
        if backups.list_backups(paths.backup_dir) and not opens_a_backup(paths, passphrase):
            raise crypto.WrongPassphrase()
        return
    try:
        crypto.connect(path, passphrase).close()
    except crypto.WrongPassphrase:
        if not opens_a_backup(paths, passphrase):
            raise
    except StorageError:
        return  # damage past the first page: Database.open says so and offers the backup


def _damaged(paths: AppPaths, passphrase: str | None, detail: str) -> DamagedDatabase:
    found = backups.latest_sound(paths.backup_dir, passphrase)
    if found is None and backups.list_backups(paths.backup_dir):
        detail += " ; et aucune sauvegarde ne s'ouvre avec cette phrase de passe : vérifiez-la"
    return DamagedDatabase(detail, found)


class Database:
    """The case-file database of one installation; ``passphrase`` is None for a plain file."""

    def __init__(
        self,
        engine: Engine,
        path: Path | None = None,
        passphrase: str | None = None,
        lock: DataDirLock | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.passphrase = passphrase
        # The data directory's lock, held shared while the file is open (see workbench.store.guard).
        self.lock = lock
        # The signed-in counsellor on a shared server (workbench.store.accounts.Account); None on a
        # computer's own database, whose user sees every case.
        self.user: Any = None
        self.role = ""  # the server's login role in use
        self.privileged = False  # connected as the database's owner or a superuser
        self.connection_lost = False  # the last work on the server met a lost connection
        # Server processes of this engine's connections: their notifications are our own changes.
        self.backend_pids: set[int] = set()

    @classmethod
    def open(cls, paths: AppPaths, passphrase: str | None = None) -> Database:
        """Open (creating if needed) and migrate the case database of ``paths``.

        With a passphrase the database is encrypted: a plain one is encrypted in place first (copy,
        verify, swap); a wrong passphrase is a :class:`~workbench.store.crypto.WrongPassphrase`.
        """
        try:
            paths.ensure()
        except OSError as exc:
            raise StorageError(
                f"Impossible de créer le dossier des données « {paths.data_dir} » : {exc.strerror}."
            ) from exc
        lock = DataDirLock(paths.data_dir)
        try:
            completed = False
            if lock.try_exclusive():  # alone: what an interrupted process left is dealt with first
                completed = rekey.finish(paths.data_dir, paths.backup_dir)
                backups.remove_leftovers(paths.data_dir, paths.backup_dir)
            elif (paths.data_dir / rekey.JOURNAL).exists():
                raise Busy(BEING_REPLACED)
            lock.shared()
            try:
                return cls._open(paths, passphrase, lock)
            except crypto.WrongPassphrase:
                if not completed:
                    raise
                raise StorageError(
                    "Un changement de phrase de passe interrompu vient d'être achevé : la base et ses "
                    "sauvegardes s'ouvrent désormais avec la nouvelle phrase de passe."
                ) from None
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open(cls, paths: AppPaths, passphrase: str | None, lock: DataDirLock) -> Database:
        path = paths.case_db
        if reason := crypto.damage(path):
            if reason == "fichier vide" and not backups.list_backups(paths.backup_dir):
                path.unlink()  # a first start stopped before anything was written: started again
            else:
                raise _damaged(paths, passphrase, reason)
        if passphrase is None and path.exists() and path.stat().st_size and not crypto.is_plain(path):
            raise StorageError("La base des dossiers est chiffrée : sa phrase de passe est nécessaire.")
        if passphrase is not None and crypto.is_plain(path):
            crypto.encrypt_in_place(path, passphrase)
            backups.encrypt_all(paths.backup_dir, passphrase)
            log.info("encrypted the plain case database %s and its backups", path)
        try:
            private_file(path)
        except OSError as exc:
            raise explain(exc) or StorageError(f"Base des dossiers inaccessible : {exc.strerror}.") from exc
        db = cls(sqlite_engine(path, passphrase), path, passphrase, lock)
        try:
            try:
                db.check_integrity()
            except crypto.WrongPassphrase:
                if passphrase is None or not opens_a_backup(paths, passphrase):
                    raise
                raise _damaged(
                    paths, passphrase, "la phrase de passe ouvre les sauvegardes mais pas la base"
                ) from None
            except DamagedDatabase as exc:
                raise _damaged(paths, passphrase, exc.detail) from exc
            db.migrate(backup_dir=paths.backup_dir)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def connect(cls, url: str, username: str | None = None, password: str | None = None) -> Database:
        """Open a shared PostgreSQL database, e.g. ``postgresql+psycopg://serveur:5432/atelier``,
        signed in as ``username`` with ``password`` (a login role of the server).

        A URL that names its own user (the administrator's) takes the password from libpq
        (``PGPASSWORD`` or ``~/.pgpass``). Only the owner's connection migrates the schema and
        installs the access rules; any other checks that the schema is current, and says so.
        """
        if not url.startswith("postgresql"):
            raise StorageError(f"Adresse de base non prise en charge ({DATABASE_URL_HINT}).")
        try:
            address = make_url(url)
            if username:
                address = address.set(username=username, password=password)
            # hide_parameters: an error's text never carries what was being saved (notes, health…)
            # pool_pre_ping: a connection the network dropped is replaced at its next use, so the
            # work resumes by itself once the server answers; connect_timeout: never hang for long.
            engine = create_engine(
                address,
                pool_pre_ping=True,
                pool_size=10,
                max_overflow=20,
                hide_parameters=True,
                connect_args={"connect_timeout": 10},
            )
        except (ArgumentError, ValueError) as exc:
            raise StorageError(f"Adresse du serveur illisible ({DATABASE_URL_HINT}) : {exc}.") from None
        db = cls(engine)
        db.backend_pids = notify.track_backend_pids(engine)
        try:
            db._start_on_server()
        except OperationalError as exc:
            db.close()
            raise connection_error(exc) from None
        except BaseException:
            db.close()
            raise
        return db

    def _start_on_server(self) -> None:
        from workbench.store import accounts

        with self.engine.connect() as connection:
            self.role, self.privileged = connection.execute(
                sql(
                    "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                    "OR pg_has_role(current_user, (SELECT datdba FROM pg_database "
                    "WHERE datname = current_database()), 'MEMBER')"
                )
            ).one()
        if self.privileged:
            self.migrate()
        else:
            self._check_server_schema()
        self.user = accounts.signed_in(self)

    def _check_server_schema(self) -> None:
        """A counsellor's connection never migrates: it says what the administrator must do."""
        with self.engine.connect() as connection:
            state = migrations.inspect(connection)
        if state.newer:
            raise StorageError(
                "Le serveur de la structure a été mis à jour par une version plus récente d'Atelier CEP "
                f"(révision {', '.join(sorted(state.unknown))}) : mettez l'application à jour."
            )
        if state.pending:
            current = ", ".join(sorted(state.current)) or "aucune"
            raise StorageError(
                f"Le schéma du serveur n'est pas à jour (révision {current}, attendue "
                f"{', '.join(sorted(state.heads))}) : l'administrateur du serveur doit lancer "
                "« workbench team init ». Rien n'a été modifié."
            )

    def install_access_rules(self) -> list[str]:
        """Roles, grants, policies and audit triggers of the server (the owner's connection)."""
        from workbench.store import security

        try:
            with self.engine.begin() as connection:
                return security.install(connection)
        except SQLAlchemyError as exc:
            raise explain(exc) or _without_values(exc) from None

    def reachable(self) -> bool:
        """Whether the server answers again (a new connection if the pooled ones died)."""
        try:
            with self.engine.connect() as connection:
                connection.execute(sql("SELECT 1"))
        except SQLAlchemyError:
            return False
        self.connection_lost = False
        return True

    def password_matches(self, password: str) -> bool:
        """Whether ``password`` signs the connected account in (the idle lock asks for it)."""
        probe = create_engine(self.engine.url.set(password=password), poolclass=NullPool)
        try:
            with probe.connect():
                return True
        except OperationalError as exc:
            if isinstance(connection_error(exc), AccessDenied):
                return False
            raise connection_error(exc) from None
        finally:
            probe.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def change_passphrase(self, old: str, new: str, backup_dir: Path | None = None) -> None:
        """Re-encrypt the database and every backup of ``backup_dir`` with ``new``, all or nothing
        (see :mod:`workbench.store.rekey`); refused while another process has the database open."""

        if self.passphrase is None or self.path is None:
            raise StorageError("La base des dossiers n'est pas chiffrée.")
        if not hmac.compare_digest(old.encode(), self.passphrase.encode()):
            raise crypto.WrongPassphrase()
        crypto.check_new_passphrase(new)
        if self.lock is not None:
            self.lock.exclusive()  # refused while another process has the database open
        try:
            self.engine.dispose()  # the files are replaced: nobody may hold a connection
            rekey.change(self.path, backup_dir or self.path.parent / "backups", old, new)
            self.passphrase = new
        finally:
            self.engine = sqlite_engine(self.path, self.passphrase)  # the new file has a new salt
            if self.lock is not None:
                self.lock.shared()

    def migrate(self, backup_dir: Path | None = None) -> None:
        """Bring the schema to the newest revision, copying the file first when it will change."""
        try:
            with self.engine.begin() as connection:
                state = migrations.inspect(connection)
                if state.newer:
                    raise StorageError(
                        "Cette base des dossiers a été écrite par une version plus récente d'Atelier CEP "
                        f"(révision {', '.join(sorted(state.unknown))}). Mettez l'application à jour ; "
                        "la base n'a pas été modifiée."
                    )
                if not state.pending:
                    return
            if state.current and backup_dir is not None and self.path is not None:
                self._copy_before_migration(backup_dir, state.current)
            self._upgrade()
        except SQLAlchemyError as exc:
            raise explain(exc) or exc from exc

    def _upgrade(self) -> None:
        if not self.is_sqlite:
            from workbench.store import security

            with self.engine.begin() as connection:
                security.drop_statistics_views(connection)
                migrations.upgrade(connection)
                security.install(connection)  # the new tables get their policies at once
            return
        with self.engine.connect() as connection:
            # SQLite alters a table by rebuilding it; with foreign keys on, dropping the old copy
            # would delete every linked row (ON DELETE CASCADE). SQLite's documented procedure:
            # keys off outside the transaction, rebuild, check the keys, commit, keys on.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
            try:
                with connection.begin():
                    migrations.upgrade(connection)
                    if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        raise DamagedDatabase("références entre tables incohérentes après la migration")
            finally:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()

    def _copy_before_migration(self, backup_dir: Path, revisions: frozenset[str]) -> Path:
        assert self.path is not None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"cases-avant-migration-{'-'.join(sorted(revisions))}-{stamp}.db"
        backup_dir.mkdir(parents=True, exist_ok=True)

        # The online backup API copies a consistent snapshot, WAL content included (encrypted alike).
        try:
            backups.copy_database(self.path, target, self.passphrase)
        except StorageError:
            shutil.copyfile(self.path, private_file(target))
        log.info("copied %s to %s before migrating", self.path, target)
        return target

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        session = Session(self.engine, expire_on_commit=False)
        if self.user is not None:
            session.info["actor"] = self.user.username  # the audit log names the account
        try:
            yield session
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            if not self.is_sqlite:  # the server's message may quote the row: never in a log
                problem = explain(exc)
                if problem is CONNECTION_LOST:
                    self.connection_lost = True  # the window watches this and says when it is back
                    log.warning(
                        "connection to the server lost (%s)", type(getattr(exc, "orig", exc)).__name__
                    )
                raise problem or _without_values(exc) from None
            raise explain(exc) or exc from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def check_integrity(self) -> None:
        """Refuse to work on a damaged file (a quick check of every page: tens of milliseconds)."""
        if not self.is_sqlite:
            return  # the server checks its own storage
        try:
            with self.engine.connect() as connection:
                result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
        except DatabaseError as exc:
            text = str(exc.orig).lower()
            if any(word in text for word in ("locked", "busy", "readonly", "read-only", "unable to open")):
                raise explain(exc) or exc from exc  # the environment, not the file: said as such
            if "not a database" in text and self.passphrase is not None:
                # The first page does not decrypt: a wrong key, far more often than damage.
                raise crypto.WrongPassphrase() from exc
            # Anything else while reading every page is damage (an encrypted page that fails its
            # authentication code surfaces as a mere "SQL logic error").
            raise DamagedDatabase(str(exc.orig)) from exc
        if result != "ok":
            raise DamagedDatabase(str(result))

    def integrity_ok(self) -> bool:
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
