"""One writer at a time where it matters: restore and passphrase change refuse while another process
has the database open, and nothing that process saved is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store import backups
from workbench.store.cases import CaseRepository
from workbench.store.guard import Busy, DataDirLock

WRITER = """
import sys
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository
ctx = Context.create(sys.argv[1])
repo = CaseRepository(ctx.db)
print("ready", flush=True)
for line in sys.stdin:  # one save per line read; stops at end of input
    print(repo.add(CaseRecord(last_name="Écrit")), flush=True)
ctx.close()
"""


def test_restore_and_passphrase_change_refuse_while_another_process_writes(
    ctx: Context, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Avant"))
    made = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    ctx.close()
    data = ["--data-dir", str(ctx.paths.data_dir)]
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(ctx.paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        saved = []
        for attempt in range(5):
            writer.stdin.write("\n")
            writer.stdin.flush()
            saved.append(int(writer.stdout.readline()))
            assert main([*data, "backup", "restore", made.name]) == 2
            err = capsys.readouterr().err
            assert "ouverte par un autre programme" in err and "Rien n'a été changé" in err
            if attempt == 0:
                monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "une toute nouvelle phrase")
                assert main([*data, "passphrase", "change"]) == 2
                assert "ouverte par un autre programme" in capsys.readouterr().err
        writer.stdin.close()
        assert writer.wait(timeout=60) == 0
    reopened = Context.create(ctx.paths.data_dir)  # every save of the other process is there
    assert set(saved) <= {s.id for s in CaseRepository(reopened.db).summaries()}
    assert len(CaseRepository(reopened.db).summaries()) == 1 + len(saved)
    reopened.close()
    assert main([*data, "backup", "restore", made.name]) == 0  # alone now: done


def test_an_opening_waits_for_then_refuses_a_restore_in_progress(ctx: Context) -> None:
    ctx.paths.ensure()
    with DataDirLock(ctx.paths.data_dir) as holder:
        holder.exclusive()
        with pytest.raises(Busy, match="en cours"):
            DataDirLock(ctx.paths.data_dir).shared(wait=0.2)
    reader = DataDirLock(ctx.paths.data_dir)
    reader.shared()
    other = DataDirLock(ctx.paths.data_dir)
    other.shared()  # readers share
    with pytest.raises(Busy):
        other.exclusive()
    assert other.mode == "shared"  # a refused exclusive hold keeps the shared one
    reader.release()
    other.exclusive()
    other.release()


def test_a_killed_holder_leaves_the_directory_free(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    code = (
        "import os, sys; from pathlib import Path; from workbench.store.guard import DataDirLock; "
        "DataDirLock(Path(sys.argv[1])).exclusive(); os._exit(9)"
    )
    assert subprocess.run([sys.executable, "-c", code, str(folder)], check=False).returncode == 9
    lock = DataDirLock(folder)
    lock.exclusive()
    lock.release()
    assert os.path.exists(folder / "verrou")


def test_the_window_refuses_to_restore_while_another_process_has_the_database(
    qtbot,
    ctx: Context,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui import backups_dialog
    from workbench.ui.backups_dialog import BackupsDialog
    from workbench.ui.main_window import MainWindow
    from workbench.ui.tasks import wait_for_tasks

    kept = CaseRepository(ctx.db).add(CaseRecord(last_name="Gardé"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    wait_for_tasks()  # the start-up backup
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(ctx.paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        dialog = BackupsDialog(ctx, window)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        shown: list[str] = []
        monkeypatch.setattr(backups_dialog, "show_user_error", lambda _p, exc, *_a: shown.append(str(exc)))
        dialog.restore()
        assert shown and "ouverte par un autre programme" in shown[0]
        writer.stdin.write("\n")
        writer.stdin.flush()
        saved = int(writer.stdout.readline())
        writer.stdin.close()
        assert writer.wait(timeout=60) == 0
    assert {kept, saved} <= {s.id for s in CaseRepository(ctx.db).summaries()}  # the window reopened it
