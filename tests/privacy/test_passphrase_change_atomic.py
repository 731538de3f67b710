"""Changing the passphrase is all or nothing for the database and every backup, even when the process
is killed at any moment; no backup is skipped silently."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import PASSPHRASE
from workbench.context import PASSPHRASE_ENV, Context
from workbench.core.cases import CaseRecord
from workbench.errors import StorageError
from workbench.store import backups, crypto, rekey
from workbench.store.cases import CaseRepository
from workbench.store.db import Database

CASES = 200


def opening_passphrase(ctx: Context, candidates: list[str]) -> str:
    """The one passphrase that opens the database now (the opening completes or undoes the change)."""
    for candidate in candidates:
        try:
            db = Database.open(ctx.paths, candidate)
        except StorageError:  # a wrong passphrase, or "a change was just completed"
            continue
        assert len(CaseRepository(db).summaries()) == CASES
        db.close()
        return candidate
    raise AssertionError("no passphrase opens the database")


def test_sigkill_during_passphrase_change_leaves_one_passphrase_for_everything(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    for n in range(CASES):
        repo.add(CaseRecord(last_name=f"Nom{n}", notes="x" * 500))
    for _ in range(3):
        backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    ctx.close()
    current, outcomes = PASSPHRASE, []
    # A first change, not killed, gives its duration; the kills are then spread over it (the copies,
    # the journal, the switch), and a last change is let through.
    fractions = [None, 0.1, 0.25, 0.4, 0.55, 0.7, 0.8, 0.88, 0.94, 0.97, 0.99, None]
    duration = 0.0
    for number, fraction in enumerate(fractions):
        new = f"phrase numéro {number} du test"
        env = {**os.environ, PASSPHRASE_ENV: current, "WORKBENCH_NEW_PASSPHRASE": new}
        command = [
            sys.executable,
            "-m",
            "workbench",
            "--data-dir",
            str(ctx.paths.data_dir),
            "passphrase",
            "change",
        ]
        started = time.monotonic()
        with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as change:
            try:
                change.wait(timeout=None if fraction is None else duration * fraction)
            except subprocess.TimeoutExpired:
                os.kill(change.pid, signal.SIGKILL)
                change.wait()
            assert change.stderr is not None
            err = change.stderr.read().decode()
        if number == 0:
            duration = time.monotonic() - started
        assert "Traceback" not in err
        found = opening_passphrase(ctx, [current, new])
        for backup in backups.list_backups(ctx.paths.backup_dir):  # every one, with the same passphrase
            backups.check(backup.path, found)
        leftovers = [p.name for p in ctx.paths.data_dir.rglob("*") if rekey.SUFFIX in p.name]
        assert leftovers == [] and not (ctx.paths.data_dir / rekey.JOURNAL).exists()
        outcomes.append((fraction, change.returncode, found == new))
        current = found
    assert outcomes[-1][1:] == (0, True)  # the unkilled change went through
    print(f"full change {duration:.1f} s; (fraction killed at, exit code, switched):", outcomes)


def test_a_backup_under_another_passphrase_stops_the_change_and_is_named(ctx: Context) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
    sound = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    other = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    stranger = ctx.paths.backup_dir / "cases-autre-20200101-000000-000000.db"
    crypto.encrypted_copy(other.path, PASSPHRASE, stranger, "une autre phrase de passe")
    before = {p.name: p.read_bytes() for p in ctx.paths.backup_dir.iterdir()}
    with pytest.raises(StorageError, match=stranger.name) as refused:
        ctx.change_passphrase(PASSPHRASE, "la nouvelle phrase de passe")
    assert "Rien n'a été changé" in str(refused.value)
    assert {p.name: p.read_bytes() for p in ctx.paths.backup_dir.iterdir()} == before
    assert CaseRepository(ctx.db).summaries()  # still open with the current passphrase
    backups.check(sound.path, PASSPHRASE)
    assert not list(ctx.paths.data_dir.rglob(f"*{rekey.SUFFIX}*"))


def test_a_decided_change_is_completed_by_the_next_opening(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    ctx.close()
    new = "la nouvelle phrase de passe"
    db = Database.open(ctx.paths, PASSPHRASE)

    def killed(*_args: object) -> bool:
        raise SystemExit("killed between the journal and the switch")

    monkeypatch.setattr(rekey, "finish", killed)
    with pytest.raises(SystemExit):
        db.change_passphrase(PASSPHRASE, new, ctx.paths.backup_dir)
    db.close()
    monkeypatch.undo()
    assert (ctx.paths.data_dir / rekey.JOURNAL).exists()  # decided, not switched
    with pytest.raises(StorageError, match="vient d'être achevé"):
        Database.open(ctx.paths, PASSPHRASE)
    Database.open(ctx.paths, new).close()
    (backup,) = backups.list_backups(ctx.paths.backup_dir)
    backups.check(backup.path, new)


def test_copies_left_without_a_journal_are_rolled_back(ctx: Context) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
    ctx.close()
    stray = ctx.paths.case_db.with_name("cases.db" + rekey.SUFFIX)
    stray.write_bytes(b"half written")
    Database.open(ctx.paths, PASSPHRASE).close()
    assert not stray.exists()
