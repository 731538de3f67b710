"""A damaged database is said to be damaged (never a wrong passphrase, never a first start) and leads
to the newest sound backup, keeping the damaged file; what the workbench writes is private."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store import backups, crypto
from workbench.store.cases import CaseRepository
from workbench.store.db import DamagedDatabase, Database, check_passphrase

VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    "zeroed header": lambda data: bytes(16) + data[16:],
    "zeroed first page": lambda data: bytes(4096) + data[4096:],
    "text file": lambda data: b"Ceci n'est pas une base de donnees.\n" * 256,
    "empty file": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2 + 100],
    "truncated at a page": lambda data: data[:8192],
}


def damaged_data_dir(ctx: Context, spoil: Callable[[bytes], bytes]) -> Path:
    """A database of 60 cases with a sound backup (the newest of two), then spoiled."""
    repo = CaseRepository(ctx.db)
    for n in range(60):
        repo.add(CaseRecord(last_name=f"Nom{n}", notes="x" * 300))
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    connection = crypto.connect(ctx.paths.case_db, PASSPHRASE)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    ctx.close()
    path = ctx.paths.case_db
    path.write_bytes(spoil(path.read_bytes()))
    return ctx.paths.data_dir


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_each_damage_is_damage_and_names_the_newest_sound_backup(
    ctx: Context, variant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = damaged_data_dir(ctx, VARIANTS[variant])
    spoiled = ctx.paths.case_db.read_bytes()
    newest = backups.list_backups(ctx.paths.backup_dir)[0]
    with pytest.raises(DamagedDatabase) as raised:
        Database.open(ctx.paths, PASSPHRASE)
    assert raised.value.backup is not None and raised.value.backup.path == newest.path
    check_passphrase(ctx.paths, PASSPHRASE)  # the window's dialog lets the right passphrase through
    with pytest.raises(crypto.WrongPassphrase):  # … and still refuses a wrong one
        check_passphrase(ctx.paths, "pas la bonne phrase")
    assert Context.create(data_dir).database_exists  # never taken for a first start

    assert main(["--data-dir", str(data_dir), "case", "list"]) == 2
    err = capsys.readouterr().err
    assert "endommagée" in err and newest.name in err and "incorrecte" not in err
    assert ctx.paths.case_db.read_bytes() == spoiled  # nothing written over it

    assert main(["--data-dir", str(data_dir), "backup", "restore", newest.name]) == 0
    assert "endommagee" in capsys.readouterr().out
    kept = [b for b in backups.list_backups(ctx.paths.backup_dir) if "endommagee" in b.name]
    assert len(kept) == 1 and kept[0].path.read_bytes() == spoiled  # the damaged file, byte for byte
    restored = Context.create(data_dir)
    assert len(CaseRepository(restored.db).summaries()) == 60
    restored.close()


def test_a_wrong_passphrase_beside_backups_is_still_a_wrong_passphrase(ctx: Context) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    ctx.close()
    with pytest.raises(crypto.WrongPassphrase):
        Database.open(ctx.paths, "pas la bonne phrase")


def test_an_empty_file_without_backups_is_a_first_start(ctx: Context) -> None:
    ctx.paths.ensure()
    ctx.paths.case_db.write_bytes(b"")  # a first start stopped before anything was written
    assert not ctx.database_exists
    assert CaseRepository(ctx.db).summaries() == []


def test_the_window_offers_the_newest_sound_backup_for_a_zeroed_header(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui import app

    data_dir = damaged_data_dir(ctx, VARIANTS["zeroed header"])
    fresh = Context.create(data_dir)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    assert app.open_database(fresh)
    assert "endommagée (en-tête effacé)" in asked[0] and "Restaurer la sauvegarde" in asked[0]
    assert len(CaseRepository(fresh.db).summaries()) == 60
    fresh.close()


def test_the_window_dialog_accepts_the_passphrase_of_a_truncated_file(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.ui import lock

    data_dir = damaged_data_dir(ctx, VARIANTS["truncated"])
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    typed: list[str] = []

    def fill(dialog: lock.PassphraseDialog) -> int:
        assert not dialog.creating  # the damaged file is not taken for a first start
        dialog.passphrase.setText(PASSPHRASE)
        dialog.accept()
        typed.append(dialog.error.text())
        return int(dialog.result())

    monkeypatch.setattr(lock.PassphraseDialog, "exec", fill)
    assert lock.ask_local_passphrase(Context.create(data_dir)) == PASSPHRASE
    assert typed == [""]  # accepted, no error shown: the opening then offers the backup


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_database_backups_and_logs_are_private(ctx: Context) -> None:
    from workbench.logs import setup_logging

    log_file = setup_logging(ctx.paths.log_dir)
    root = logging.getLogger()
    try:
        CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
        made = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
        logging.getLogger("workbench").info("a line")
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                root.removeHandler(handler)
                handler.close()
    folders = [ctx.paths.data_dir, ctx.paths.backup_dir, ctx.paths.log_dir, ctx.paths.rome_dir]
    assert {f.name: mode(f) for f in folders} == {f.name: 0o700 for f in folders}
    files = [ctx.paths.case_db, Path(f"{ctx.paths.case_db}-wal"), Path(f"{ctx.paths.case_db}-shm")]
    files += [made.path, *ctx.paths.log_dir.iterdir()]
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}


def test_an_earlier_version_s_open_folders_are_made_private(ctx: Context) -> None:
    ctx.paths.ensure()
    ctx.paths.data_dir.chmod(0o755)
    ctx.paths.backup_dir.chmod(0o755)
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
    if os.name == "posix":
        assert mode(ctx.paths.data_dir) == mode(ctx.paths.backup_dir) == 0o700
        assert mode(ctx.paths.case_db) == 0o600


def test_statement_parameters_never_reach_a_message_or_the_log(ctx: Context) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    secret = "Zéphyrine-Quasimodo"
    with pytest.raises(SQLAlchemyError) as raised, ctx.db.session() as session:
        session.execute(text("INSERT INTO no_such_table VALUES (:name)"), {"name": secret})
    assert "no_such_table" in str(raised.value) and secret not in str(raised.value)
