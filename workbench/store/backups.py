"""Backups of the case database: consistent copies made with SQLite's online backup API, rotated,
checked before a restore, and a restore that keeps a copy of what it replaces.

With a passphrase the backups are encrypted like the database (same key): both ends of the copy
are SQLCipher connections, so no page is ever written in clear.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench.errors import StorageError
from workbench.paths import private_dir, private_file
from workbench.store import crypto
from workbench.store.guard import DataDirLock

KEEP = 10
PREFIX = "cases-"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def _connect(path: Path, passphrase: str | None, read_only: bool = False) -> Any:
    if passphrase is None:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) if read_only else sqlite3.connect(path)
    return crypto.connect(path, passphrase)


def copy_database(source: Path, target: Path, passphrase: str | None = None) -> None:
    """A consistent snapshot of ``source`` (WAL included) written to ``target``, then fsynced."""
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    try:
        private_file(tmp)
        src = _connect(source, passphrase)
        try:
            dst = sqlite3.connect(tmp) if passphrase is None else crypto.sqlcipher3.connect(str(tmp))
            if passphrase is not None:
                dst.execute(f"PRAGMA key = {crypto.literal(passphrase)}")
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except (sqlite3.Error, crypto.sqlcipher3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"Sauvegarde impossible vers {target.parent} : {exc}.") from exc


def create_backup(
    database: Path, backup_dir: Path, keep: int = KEEP, label: str = "", passphrase: str | None = None
) -> Backup:
    """Copy the database now; only the ``keep`` newest automatic backups are kept."""
    private_dir(backup_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{PREFIX}{label + '-' if label else ''}{stamp}.db"
    copy_database(database, target, passphrase)
    if not label:
        rotate(backup_dir, keep)
    return Backup(target, datetime.fromtimestamp(target.stat().st_mtime), target.stat().st_size)


def is_automatic(backup: Backup) -> bool:
    return backup.name.startswith(PREFIX + "2")  # cases-20260105-…; labelled: cases-avant-…


def rotate(backup_dir: Path, keep: int = KEEP) -> list[Path]:
    """Remove every backup — automatic or labelled (avant-restauration, avant-migration,
    endommagee…) — once ``keep`` automatic backups newer than it exist: an erased person leaves
    the labelled copies as surely as the rotating ones."""
    removed = []
    newer_automatic = 0
    for backup in list_backups(backup_dir):  # newest first
        if newer_automatic >= keep:
            for path in (backup.path, Path(f"{backup.path}-wal")):
                path.unlink(missing_ok=True)
            removed.append(backup.path)
        elif is_automatic(backup):
            newer_automatic += 1
    return removed


def list_backups(backup_dir: Path) -> list[Backup]:
    """Newest first."""
    if not backup_dir.exists():
        return []
    found = [
        Backup(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size)
        for p in backup_dir.glob(f"{PREFIX}*.db")
    ]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def check(backup: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a sound case database (readable with ``passphrase``)."""
    key = None if crypto.is_plain(backup) else passphrase
    try:
        connection = _connect(backup, key, read_only=True)
        try:
            ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            has_cases = (
                connection.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'cases'"
                ).fetchone()[0]
                == 1
            )
        finally:
            connection.close()
    except crypto.WrongPassphrase:
        raise StorageError(
            f"{backup.name} a été chiffrée avec une autre phrase de passe : restauration refusée."
        ) from None
    except (sqlite3.Error, crypto.sqlcipher3.Error, StorageError) as exc:
        raise StorageError(f"{backup.name} n'est pas une sauvegarde lisible ({exc}).") from exc
    if not ok or not has_cases:
        raise StorageError(
            f"{backup.name} est endommagée ou n'est pas une base de dossiers : restauration refusée."
        )


def restore(database: Path, backup: Path, backup_dir: Path, passphrase: str | None = None) -> Backup:
    """Replace the database by ``backup`` (checked first); the replaced one is kept as a backup.

    The caller closes every connection to ``database`` before and reopens it after; the restore is
    refused (:class:`~workbench.store.guard.Busy`) while another process has it open.
    """
    with DataDirLock(database.parent) as lock:
        lock.exclusive()
        return _restore(database, backup, backup_dir, passphrase)


def _restore(database: Path, backup: Path, backup_dir: Path, passphrase: str | None) -> Backup:
    check(backup, passphrase)
    kept = None
    if database.exists() and crypto.damage(database):
        kept = _keep_damaged(database, backup_dir)
    elif database.exists():
        try:
            kept = create_backup(database, backup_dir, label="avant-restauration", passphrase=passphrase)
        except StorageError:  # a damaged file cannot be copied page by page: kept byte for byte
            kept = _keep_damaged(database, backup_dir)
    tmp = database.with_suffix(".restore")
    plain = crypto.is_plain(backup)
    copy_database(backup, tmp, None if plain else passphrase)
    if plain and passphrase is not None:  # a backup from before encryption: encrypted on the way in
        crypto.encrypt_in_place(tmp, passphrase)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, database)
    return kept or Backup(database, datetime.now(), database.stat().st_size)


def _keep_damaged(database: Path, backup_dir: Path) -> Backup:
    private_dir(backup_dir)
    target = backup_dir / f"{PREFIX}endommagee-{datetime.now():%Y%m%d-%H%M%S-%f}.db"
    shutil.copyfile(database, private_file(target))
    wal = Path(f"{database}-wal")
    if wal.exists():
        shutil.copyfile(wal, private_file(Path(f"{target}-wal")))
    return Backup(target, datetime.now(), target.stat().st_size)


# What a process killed while copying leaves behind; removed by the next process to open the
# database alone (see Database.open), so that no stray copy of a case file lingers.
LEFTOVERS = ("*.tmp", "*.tmp-journal", "*.tmp-wal", "*.tmp-shm", "*.restore", "*.restore-journal")


def remove_leftovers(data_dir: Path, backup_dir: Path) -> list[Path]:
    removed = []
    previews = data_dir / "apercus"  # where an earlier version left the PDFs handed to the viewer
    if previews.is_dir():
        shutil.rmtree(previews, ignore_errors=True)
        removed.append(previews)
    for folder in (data_dir, backup_dir):
        for pattern in (*LEFTOVERS, "*.chiffrement", "*.chiffrement-journal"):
            for path in folder.glob(pattern):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def holding(
    backup_dir: Path, passphrase: str | None, people: dict[int, str]
) -> tuple[list[tuple[Backup, list[int]]], list[Backup]]:
    """The backups that still hold some of ``people`` (case id → last name), with those ids; and
    the backups that cannot be read to tell (damaged, or under another passphrase)."""
    found: list[tuple[Backup, list[int]]] = []
    unreadable: list[Backup] = []
    for backup in list_backups(backup_dir):
        try:
            connection = _connect(backup.path, None if crypto.is_plain(backup.path) else passphrase, True)
            try:
                held = [
                    case_id
                    for case_id, last_name in people.items()
                    if connection.execute("SELECT last_name FROM cases WHERE id = ?", (case_id,)).fetchone()
                    == (last_name,)
                ]
            finally:
                connection.close()
        except (sqlite3.Error, crypto.sqlcipher3.Error, StorageError):
            unreadable.append(backup)
            continue
        if held:
            found.append((backup, held))
    return found, unreadable


def purge_cases(backup: Path, passphrase: str | None, case_ids: list[int]) -> None:
    """Erase these cases and everything linked from ``backup``, leaving no byte of them."""
    try:
        connection = _connect(backup, None if crypto.is_plain(backup) else passphrase)
        try:
            for pragma in ("foreign_keys = ON", "secure_delete = ON"):
                connection.execute(f"PRAGMA {pragma}")
            with connection:
                connection.executemany("DELETE FROM cases WHERE id = ?", [(i,) for i in case_ids])
            connection.execute("VACUUM")
        finally:
            connection.close()
    except (sqlite3.Error, crypto.sqlcipher3.Error) as exc:
        raise StorageError(f"{backup.name} : effacement impossible dans la sauvegarde ({exc}).") from exc


def encrypt_all(backup_dir: Path, passphrase: str) -> None:
    """Encrypt the plain backups left from before the database was encrypted."""
    for backup in list_backups(backup_dir):
        if crypto.is_plain(backup.path):
            crypto.encrypt_in_place(backup.path, passphrase)


def latest_sound(backup_dir: Path, passphrase: str | None) -> Backup | None:
    """The newest backup that passes :func:`check` with ``passphrase`` (the way back from damage)."""
    for backup in list_backups(backup_dir):
        try:
            check(backup.path, passphrase)
        except StorageError:
            continue
        return backup
    return None
