"""Encryption at rest: nothing in clear in the database or its backups, wrong passphrase, migration of
a plain database (copy, verify, swap), passphrase change, headless passphrase, the idle lock."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from workbench.cli import main
from workbench.context import PASSPHRASE_ENV, Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.errors import StorageError
from workbench.paths import AppPaths
from workbench.store import backups, crypto
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database

NAME = "Zéphyrine-Quasimodo"
NOTE = "reconnaissance RQTH, lombalgie chronique"


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def fill(db: Database) -> int:
    case_id = CaseRepository(db).add(CaseRecord(last_name=NAME, notes=NOTE, has_rqth=True))
    CepRepository(db).enter_level(case_id, "UO1", date(2026, 1, 5))
    CepRepository(db).save_meeting(case_id, Meeting(date(2026, 1, 5), "UO1", notes=f"{NAME} : {NOTE}"))
    return case_id


def test_database_and_backups_hold_no_name_or_note_in_clear(ctx: Context) -> None:
    fill(ctx.db)
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=ctx.db.passphrase)
    stored = all_bytes(ctx.paths.data_dir)  # database, WAL, backups
    for secret in (NAME, NOTE, "Zéphyrine"):
        assert secret.encode() not in stored
        assert secret.encode("utf-16-le") not in stored
    assert not crypto.is_plain(ctx.paths.case_db)
    (backup,) = backups.list_backups(ctx.paths.backup_dir)
    assert not crypto.is_plain(backup.path)
    backups.check(backup.path, PASSPHRASE)  # readable with the passphrase


def test_wrong_passphrase_is_a_clear_message(ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    fill(ctx.db)
    ctx.close()
    with pytest.raises(crypto.WrongPassphrase, match="Phrase de passe incorrecte"):
        Database.open(ctx.paths, "pas la bonne phrase")
    with pytest.raises(StorageError, match="phrase de passe est nécessaire"):
        Database.open(ctx.paths)
    os.environ[PASSPHRASE_ENV] = "pas la bonne phrase"
    try:
        assert main(["--data-dir", str(ctx.paths.data_dir), "case", "list"]) == 2
    finally:
        os.environ[PASSPHRASE_ENV] = PASSPHRASE
    err = capsys.readouterr().err
    assert "phrase de passe incorrecte" in err.lower() and "Traceback" not in err


def test_headless_commands_without_passphrase_say_how_to_give_it(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--data-dir", str(tmp_path / "d"), "case", "list"],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 2
    assert PASSPHRASE_ENV in done.stderr and "Traceback" not in done.stderr


def test_a_plain_database_is_encrypted_in_place_with_its_backups(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    plain = Database.open(paths)  # as an earlier version left it
    case_id = fill(plain)
    backups.create_backup(paths.case_db, paths.backup_dir)
    plain.close()
    assert NAME.encode() in all_bytes(paths.data_dir)

    encrypted = Database.open(paths, PASSPHRASE)
    record = CaseRepository(encrypted).get(case_id)
    assert (record.last_name, record.notes, record.has_rqth) == (NAME, NOTE, True)
    assert CepRepository(encrypted).meetings(case_id)[0].notes.startswith(NAME)
    encrypted.close()
    assert NAME.encode() not in all_bytes(paths.data_dir)
    assert not any(p.name.endswith(".chiffrement") for p in paths.data_dir.iterdir())
    (backup,) = backups.list_backups(paths.backup_dir)
    backups.check(backup.path, PASSPHRASE)


def test_a_failed_encryption_leaves_the_original_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    plain = Database.open(paths)
    fill(plain)
    plain.close()
    before = paths.case_db.read_bytes()
    counts = iter([{"cases": 1}, {"cases": 0}])  # the encrypted copy comes out one row short
    monkeypatch.setattr(crypto, "_tables", lambda _connection: next(counts))
    with pytest.raises(StorageError, match="ne correspond pas"):
        crypto.encrypt_in_place(paths.case_db, PASSPHRASE)
    assert paths.case_db.read_bytes() == before
    assert crypto.is_plain(paths.case_db)


def test_changing_the_passphrase_rekeys_database_and_backups(ctx: Context) -> None:
    case_id = fill(ctx.db)
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    with pytest.raises(crypto.WrongPassphrase):
        ctx.db.change_passphrase("ce n'est pas elle", "nouvelle phrase 2027")
    with pytest.raises(StorageError, match="8 caractères"):
        ctx.db.change_passphrase(PASSPHRASE, "court")
    ctx.db.change_passphrase(PASSPHRASE, "nouvelle phrase 2027", ctx.paths.backup_dir)
    assert CaseRepository(ctx.db).get(case_id).last_name == NAME  # still working, new key
    ctx.close()
    with pytest.raises(crypto.WrongPassphrase):
        Database.open(ctx.paths, PASSPHRASE)
    reopened = Database.open(ctx.paths, "nouvelle phrase 2027")
    assert CaseRepository(reopened).get(case_id).notes == NOTE
    reopened.close()
    (backup,) = backups.list_backups(ctx.paths.backup_dir)
    backups.check(backup.path, "nouvelle phrase 2027")
    with pytest.raises(StorageError, match="autre phrase de passe"):
        backups.check(backup.path, PASSPHRASE)


def test_restore_round_trip_with_encrypted_backups(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    case_id = fill(ctx.db)
    made = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    repo.update(repo.get(case_id).with_changes(notes="changé après la sauvegarde"))
    ctx.close()
    backups.restore(ctx.paths.case_db, made.path, ctx.paths.backup_dir, PASSPHRASE)
    db = Database.open(ctx.paths, PASSPHRASE)
    assert CaseRepository(db).get(case_id).notes == NOTE
    db.close()


def test_the_window_locks_when_idle_and_hides_the_case_files(qtbot: QtBot, ctx: Context) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit

    from workbench.ui.main_window import MainWindow

    case_id = fill(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_case(case_id)
    dialog = QDialog(window)
    typed = QLineEdit("saisie en cours", dialog)
    dialog.show()
    window.idle.set_minutes(0.001)  # 60 ms
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not window.tabs.isVisible()  # no case file, no list on screen
    assert not window.menuBar().isEnabled() and not dialog.isEnabled()
    qtbot.keyClicks(window.lock_screen.passphrase, "mauvaise")
    window.lock_screen.try_unlock()
    assert window.locked and window.lock_screen.error.isVisibleTo(window.lock_screen)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    window.lock_screen.try_unlock()
    assert not window.locked and window.tabs.isVisible()
    assert dialog.isVisible() and dialog.isEnabled() and typed.text() == "saisie en cours"  # nothing lost
    window.idle.set_minutes(0)


def test_input_in_any_window_restarts_the_idle_delay(qtbot: QtBot, ctx: Context) -> None:
    """Keys and clicks as the platform delivers them, to the main window or to a dialog, start the
    delay again; building a case file (no input) does not."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

    from workbench.ui.main_window import MainWindow

    case_id = fill(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # as a window manager does when a window is shown
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    window.idle.set_minutes(1)
    delay = window.idle.timer

    delay.stop()  # the delay's restarts are watched from here on
    window.open_case(case_id)
    QApplication.processEvents()
    assert not delay.isActive()  # thousands of widget events, no input
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert delay.isActive()
    dialog = QDialog(window)
    QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    delay.stop()
    QTest.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert delay.isActive()
    delay.stop()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert delay.isActive() and not window.locked
    window.idle.set_minutes(0)


def test_passphrase_change_command(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = fill(ctx.db)
    ctx.close()
    data = ["--data-dir", str(ctx.paths.data_dir)]
    monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "court")
    assert main([*data, "passphrase", "change"]) == 2
    assert "8 caractères" in capsys.readouterr().err
    monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "une toute nouvelle phrase")
    assert main([*data, "passphrase", "change"]) == 0
    monkeypatch.setenv(PASSPHRASE_ENV, "une toute nouvelle phrase")
    assert main([*data, "case", "show", str(case_id), "--json"]) == 0
    assert NAME in capsys.readouterr().out


def damage(path: Path) -> None:
    """Overwrite a stretch in the middle of the file, as a failing disk sector would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(4096)
    path.write_bytes(bytes(data))


def test_damaged_database_is_detected_at_start_and_the_latest_sound_backup_restores_it(ctx: Context) -> None:
    from workbench.store.db import DamagedDatabase

    repo = CaseRepository(ctx.db)
    for n in range(300):  # enough pages for the damage to miss the first one
        repo.add(CaseRecord(last_name=f"Nom{n}", notes="x" * 300))
    made = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    ctx.db.engine.dispose()
    connection = crypto.connect(ctx.paths.case_db, PASSPHRASE)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    ctx.close()
    damage(ctx.paths.case_db)
    with pytest.raises(DamagedDatabase, match="endommagée"):
        Database.open(ctx.paths, PASSPHRASE)
    found = backups.latest_sound(ctx.paths.backup_dir, PASSPHRASE)
    assert found is not None and found.path == made.path
    backups.restore(ctx.paths.case_db, found.path, ctx.paths.backup_dir, PASSPHRASE)
    db = Database.open(ctx.paths, PASSPHRASE)
    assert len(CaseRepository(db).summaries()) == 300
    db.close()
    assert any("endommagee" in b.name for b in backups.list_backups(ctx.paths.backup_dir))  # kept


def test_window_start_offers_the_latest_sound_backup(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui import app

    repo = CaseRepository(ctx.db)
    for n in range(300):
        repo.add(CaseRecord(last_name=f"Nom{n}", notes="x" * 300))
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    connection = crypto.connect(ctx.paths.case_db, PASSPHRASE)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    ctx.close()
    damage(ctx.paths.case_db)
    fresh = Context.create(ctx.paths.data_dir)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    assert app.open_database(fresh)
    assert "endommagée" in asked[0] and "Restaurer la sauvegarde" in asked[0]
    assert len(CaseRepository(fresh.db).summaries()) == 300
    fresh.close()


def test_window_changes_the_passphrase_off_the_gui_thread(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.ui.lock import ChangePassphraseDialog
    from workbench.ui.main_window import MainWindow

    case_id = fill(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    refused: list[str] = []

    def fill_dialog(dialog: ChangePassphraseDialog) -> int:
        dialog.old.setText("pas la bonne")
        dialog.new.setText("nouvelle phrase 2027")
        dialog.confirmation.setText("nouvelle phrase 2027")
        dialog.accept()  # refused: the current passphrase is wrong, the dialog says so
        refused.append(dialog.error.text())
        dialog.old.setText(PASSPHRASE)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ChangePassphraseDialog, "exec", fill_dialog)
    window._change_passphrase()
    qtbot.waitUntil(lambda: ctx.db.passphrase == "nouvelle phrase 2027", timeout=10000)
    qtbot.waitUntil(lambda: window.pages.isEnabled())
    assert "incorrecte" in refused[0]
    assert CaseRepository(ctx.db).get(case_id).last_name == NAME
    window.idle.set_minutes(0)
