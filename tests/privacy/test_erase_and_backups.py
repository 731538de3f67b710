"""Right to erasure leaves no bytes behind; backups are consistent, rotated, checked and restorable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.errors import StorageError
from workbench.paths import AppPaths
from workbench.store import backups
from workbench.store.cases import CaseNotFound, CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database

SECRET = "Zéphyrine-Quasimodo"


def files_bytes(paths: list[Path]) -> bytes:
    return b"".join(p.read_bytes() for p in paths if p.exists())


def test_erasure_leaves_no_trace_in_the_file_or_its_wal(tmp_path: Path) -> None:
    # On a plain database, so that the bytes can be searched: even with the key, nothing is left.
    paths = AppPaths.resolve(tmp_path / "plain")
    db = Database.open(paths)
    repo = CaseRepository(db)
    keep = repo.add(CaseRecord(last_name="Martin", notes="reste"))
    gone = repo.add(CaseRecord(last_name=SECRET, notes=f"Notes très personnelles de {SECRET}"))
    CepRepository(db).enter_level(gone, "UO1", date(2026, 1, 5))
    CepRepository(db).save_meeting(gone, Meeting(date(2026, 1, 5), "UO1", notes=f"{SECRET} santé"))
    db_files = [paths.case_db, Path(f"{paths.case_db}-wal")]
    assert SECRET.encode() in files_bytes(db_files)
    repo.erase(gone)
    with pytest.raises(CaseNotFound):
        repo.get(gone)
    assert CepRepository(db).meetings(gone) == []  # linked rows went with the case
    assert repo.get(keep).notes == "reste"
    db.close()
    assert SECRET.encode() not in files_bytes(db_files)
    assert SECRET.encode("utf-16-le") not in files_bytes(db_files)


def test_erase_command_asks_first(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name=SECRET))
    data = ["--data-dir", str(ctx.paths.data_dir)]
    monkeypatch.setattr("builtins.input", lambda _prompt: "non")
    assert main([*data, "case", "erase", str(case_id)]) == 1
    assert main([*data, "case", "erase", str(case_id), "--yes"]) == 0
    assert "Aucun dossier" in (main([*data, "case", "show", str(case_id)]) and capsys.readouterr().err)


def test_backups_rotate_and_restore_round_trip(ctx: Context, capsys: pytest.CaptureFixture[str]) -> None:
    repo = CaseRepository(ctx.db)
    repo.add(CaseRecord(last_name="Avant"))
    first = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    for _ in range(12):
        backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, keep=10, passphrase=PASSPHRASE)
    assert len([b for b in backups.list_backups(ctx.paths.backup_dir) if "avant" not in b.name]) == 10
    assert not first.path.exists()  # the oldest automatic backups are rotated out
    chosen = backups.list_backups(ctx.paths.backup_dir)[0]
    repo.add(CaseRecord(last_name="Après"))
    data = ["--data-dir", str(ctx.paths.data_dir)]
    ctx.close()
    assert main([*data, "backup", "restore", chosen.name]) == 0
    assert "ancienne est gardée" in capsys.readouterr().out
    restored = Context.create(ctx.paths.data_dir)
    assert [s.last_name for s in CaseRepository(restored.db).summaries()] == ["Avant"]
    restored.close()


def test_a_damaged_backup_is_refused(ctx: Context, tmp_path: Path) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Intact"))
    bad = ctx.paths.backup_dir / "cases-abime.db"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    ctx.close()
    before = ctx.paths.case_db.read_bytes()
    with pytest.raises(StorageError):
        backups.restore(ctx.paths.case_db, bad, ctx.paths.backup_dir, PASSPHRASE)
    assert ctx.paths.case_db.read_bytes() == before


WRITER = """
import sys
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store import backups
from workbench.store.cases import CaseRepository
ctx = Context.create(sys.argv[1])
repo = CaseRepository(ctx.db)
print("ready", flush=True)
while True:
    print(repo.add(CaseRecord(last_name="Nom")), flush=True)
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, keep=3, passphrase=ctx.db.passphrase)
"""


def test_killed_during_backups_loses_nothing_committed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True
    ) as writer:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        confirmed = {int(writer.stdout.readline()) for _ in range(15)}
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        confirmed |= {int(line) for line in writer.stdout.read().split() if line.isdigit()}
    ctx = Context.create(data)
    assert ctx.db.integrity_ok()
    assert confirmed <= {s.id for s in CaseRepository(ctx.db).summaries()}
    for backup in backups.list_backups(ctx.paths.backup_dir):
        backups.check(backup.path, PASSPHRASE)  # every backup left behind is complete
    assert [p.name for p in ctx.paths.backup_dir.iterdir() if not p.name.endswith(".db")] == []
    ctx.close()


def test_window_erasure_and_backups_dialog(qtbot, ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.backups_dialog import BackupsDialog
    from workbench.ui.case_editor import IdentitySection
    from workbench.ui.forms import AskDialog
    from workbench.ui.main_window import MainWindow
    from workbench.ui.tasks import wait_for_tasks

    repo = CaseRepository(ctx.db)
    keep = repo.add(CaseRecord(last_name="Martin"))
    gone = repo.add(CaseRecord(last_name="Bernard"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    wait_for_tasks()
    assert backups.list_backups(ctx.paths.backup_dir)  # the automatic backup at start-up
    view = window.open_case(gone)
    section = view.sections[0]
    assert isinstance(section, IdentitySection)
    monkeypatch.setattr(
        AskDialog, "exec", lambda d: (d.editor.setText("bernard"), d.accept(), d.result())[-1]
    )
    offered: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: offered.append(text) or QMessageBox.StandardButton.No,
    )
    section.erase_button.click()
    assert window.tabs.indexOf(view) == -1
    with pytest.raises(CaseNotFound):
        repo.get(gone)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)  # the backups still holding them: listed
    (start_up,) = backups.list_backups(ctx.paths.backup_dir)  # … and their purge offered (declined)
    assert len(offered) == 1 and start_up.name in offered[0]

    dialog = BackupsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(dialog.list.count() - 1)  # the start-up backup, made before the erasure
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore()
    assert {s.id for s in CaseRepository(ctx.db).summaries()} == {keep, gone}
    wait_for_tasks()
