"""Changing the passphrase of the database and of every backup: all or nothing.

1. Each file — the database and every backup — is re-encrypted into a new copy beside it
   (``NAME.nouvelle-cle``), checked (integrity, every table's row count) and flushed to the disk.
   A backup the current passphrase does not open stops everything before anything is switched, and
   the message names it: no backup is ever skipped silently.
2. The journal ``changement-phrase.json`` naming those files is written and flushed: the change is
   decided from that moment.
3. Each copy replaces its original, then the journal is removed.

A process killed before 2 leaves copies without a journal: the next opening removes them (rolled
back, the old passphrase still opens everything). Killed during 3: the next opening finishes the
replacements the journal names (rolled forward, the new passphrase opens everything). Either way the
database and every backup open with one and the same passphrase. The caller holds the data
directory's lock exclusively (see :mod:`workbench.store.guard`), and so does the next opening.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from workbench.errors import StorageError
from workbench.paths import private_file
from workbench.store import backups, crypto

JOURNAL = "changement-phrase.json"
SUFFIX = ".nouvelle-cle"


def change(database: Path, backup_dir: Path, old: str, new: str) -> None:
    """Re-encrypt ``database`` and every backup of ``backup_dir`` with ``new`` (nobody connected)."""
    crypto.check_new_passphrase(new)
    data_dir = database.parent
    files = [database, *(b.path for b in backups.list_backups(backup_dir))]
    unreadable: list[str] = []
    try:
        for path in files:
            source_key = None if crypto.is_plain(path) else old
            try:
                crypto.encrypted_copy(path, source_key, _copy(path), new)
            except (StorageError, crypto.sqlcipher3.Error) as exc:
                if path == database:
                    raise StorageError(f"Changement de phrase de passe impossible : {exc}") from exc
                unreadable.append(path.name)
        if unreadable:
            raise StorageError(
                "Changement de phrase de passe refusé : ces sauvegardes ne s'ouvrent pas avec la phrase "
                f"actuelle (endommagées, ou d'une phrase plus ancienne) : {', '.join(unreadable)}. "
                f"Rien n'a été changé. Déplacez-les hors du dossier {backup_dir} (ou supprimez-les) "
                "puis recommencez."
            )
        _write_journal(data_dir, [path.relative_to(data_dir).as_posix() for path in files])
    except OSError as exc:
        _remove_copies(data_dir, backup_dir)
        raise StorageError(
            f"Changement de phrase de passe impossible : {exc.strerror}. Rien n'a été changé."
        ) from exc
    except BaseException:
        _remove_copies(data_dir, backup_dir)
        raise
    finish(data_dir, backup_dir)


def finish(data_dir: Path, backup_dir: Path) -> bool:
    """Complete a decided change, or remove the copies of an undecided one; True when one completed."""
    journal = data_dir / JOURNAL
    if not journal.exists():
        _remove_copies(data_dir, backup_dir)
        return False
    try:
        names = json.loads(journal.read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise StorageError(
            f"Le journal du changement de phrase de passe ({journal}) est illisible : ne le supprimez "
            "pas et contactez votre support informatique."
        ) from exc
    for name in names:
        target = data_dir / name
        copy = _copy(target)
        if copy.exists():  # not yet switched
            for suffix in ("-wal", "-shm"):  # they belong to the old file (empty: checkpointed)
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(copy, target)
    _sync_folder(data_dir)
    _sync_folder(backup_dir)
    journal.unlink()
    _sync_folder(data_dir)
    return True


def _copy(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def _remove_copies(data_dir: Path, backup_dir: Path) -> None:
    for folder in (data_dir, backup_dir):
        for leftover in folder.glob(f"*{SUFFIX}*"):
            leftover.unlink(missing_ok=True)


def _write_journal(data_dir: Path, names: list[str]) -> None:
    journal = data_dir / JOURNAL
    tmp = journal.with_name(journal.name + ".tmp")
    private_file(tmp)
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump({"files": names}, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, journal)
    _sync_folder(data_dir)


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; Windows commits them with the file)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
