"""Backups of the case database: consistent copies made with SQLite's online backup API, rotated,
checked before a restore, and a restore that keeps a copy of what it replaces."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.errors import StorageError

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


def _copy(source: Path, target: Path) -> None:
    """A consistent snapshot of ``source`` (WAL included) written to ``target``, then fsynced."""
    tmp = target.with_suffix(".tmp")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(tmp) as dst:
            src.backup(dst)
        dst.close()
        src.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"Sauvegarde impossible vers {target.parent} : {exc}.") from exc


def create_backup(database: Path, backup_dir: Path, keep: int = KEEP, label: str = "") -> Backup:
    """Copy the database now; only the ``keep`` newest automatic backups are kept."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{PREFIX}{label + '-' if label else ''}{stamp}.db"
    _copy(database, target)
    if not label:
        for old in [b for b in list_backups(backup_dir) if b.path.name.startswith(PREFIX + "2")][keep:]:
            old.path.unlink(missing_ok=True)
    return Backup(target, datetime.fromtimestamp(target.stat().st_mtime), target.stat().st_size)


def list_backups(backup_dir: Path) -> list[Backup]:
    """Newest first."""
    if not backup_dir.exists():
        return []
    found = [
        Backup(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size)
        for p in backup_dir.glob(f"{PREFIX}*.db")
    ]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def check(backup: Path) -> None:
    """Refuse a file that is not a sound case database."""
    try:
        with sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True) as connection:
            ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            has_cases = (
                connection.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'cases'"
                ).fetchone()[0]
                == 1
            )
        connection.close()
    except sqlite3.Error as exc:
        raise StorageError(f"{backup.name} n'est pas une sauvegarde lisible ({exc}).") from exc
    if not ok or not has_cases:
        raise StorageError(
            f"{backup.name} est endommagée ou n'est pas une base de dossiers : restauration refusée."
        )


def restore(database: Path, backup: Path, backup_dir: Path) -> Backup:
    """Replace the database by ``backup`` (checked first); the replaced one is kept as a backup.

    The caller closes every connection to ``database`` before and reopens it after.
    """
    check(backup)
    kept = create_backup(database, backup_dir, label="avant-restauration") if database.exists() else None
    tmp = database.with_suffix(".restore")
    _copy(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, database)
    return kept or Backup(database, datetime.now(), database.stat().st_size)
