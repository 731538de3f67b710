"""Nothing personal in clear unless the person asked for a file: previews in a private temporary
folder emptied on erasure and at start-up, labelled backups that expire, and an erasure that reaches
the backups made before it."""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.paths import VIEWER_FOLDER, clear_private_temp, private_temp_dir
from workbench.store import backups, crypto
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository

LAST, FIRST = "Quasimodo-Zéphyrin", "Théodolinde"
NOTE = "lombalgie chronique Xq7"
STRINGS = (LAST, FIRST, NOTE, "QUASIMODO", "quasimodo")


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder of this test (what the search covers)."""
    folder = tmp_path / "systmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def in_clear(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for text in STRINGS:
                    if text.encode() in data or text.encode("utf-16-le") in data:
                        found.append(f"{path.relative_to(folder)}: {text}")
    return found


def still_held(path: Path, case_id: int) -> bool:
    connection = crypto.connect(path, PASSPHRASE)
    try:
        return connection.execute("SELECT count(*) FROM cases WHERE id = ?", (case_id,)).fetchone()[0] > 0
    finally:
        connection.close()


def test_previews_documents_backups_export_then_erasure_leave_nothing_in_clear(
    qtbot: QtBot, ctx: Context, private_tmp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from workbench.reports import demo_case, settings
    from workbench.ui.documents import DocumentsSection
    from workbench.ui.pdf_preview import can_render

    settings.save(ctx.paths, demo_case.STRUCTURE)
    other = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", first_name="Léa"))
    case_id = CaseRepository(ctx.db).add(
        CaseRecord(last_name=LAST, first_name=FIRST, notes=NOTE, has_rqth=True)
    )
    CepRepository(ctx.db).enter_level(case_id, "UO1", date(2026, 1, 5))
    CepRepository(ctx.db).save_meeting(case_id, Meeting(date(2026, 1, 5), "UO1", notes=NOTE))
    for label in ("", "", "avant-migration-0010"):
        backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, label=label, passphrase=PASSPHRASE)

    section = DocumentsSection(ctx, case_id)  # the window's preview, then "open in the viewer"
    qtbot.addWidget(section)
    section.show()
    if can_render():
        qtbot.waitUntil(lambda: section.pages.page_count > 0, timeout=30000)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    section.open_in_viewer()
    viewer_file = Path(opened[0])
    assert viewer_file.is_relative_to(private_temp_dir()) and viewer_file.exists()
    if os.name == "posix":
        assert stat.S_IMODE(private_temp_dir().stat().st_mode) == 0o700
        assert stat.S_IMODE(viewer_file.stat().st_mode) == 0o600
    assert not (ctx.paths.data_dir / "apercus").exists()  # nothing in the data directory

    data = ["--data-dir", str(ctx.paths.data_dir)]
    asked = tmp_path / "asked"  # files the person asked for, outside the searched folders
    assert main([*data, "report", "entretien", str(case_id), "--out", str(asked / "cr.pdf")]) == 0
    assert main([*data, "case", "export", str(case_id), str(asked / "export.json")]) == 0
    assert main([*data, "case", "show", str(case_id)]) == 0
    held_before = [b.path for b in backups.list_backups(ctx.paths.backup_dir)]
    assert all(still_held(path, case_id) for path in held_before)

    section.close()
    assert main([*data, "case", "erase", str(case_id), "--yes"]) == 0
    assert not viewer_file.exists()  # the erasure empties the viewer's files
    assert in_clear([ctx.paths.data_dir, private_tmp]) == []
    for path in [ctx.paths.case_db, *held_before]:  # not even behind the key
        assert not still_held(path, case_id)
    assert CaseRepository(ctx.db).get(other).last_name == "Martin"  # the others are kept
    assert all(still_held(path, other) for path in held_before)


def test_erase_command_lists_the_backups_holding_the_person_and_asks(
    ctx: Context, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name=LAST))
    made = backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=PASSPHRASE)
    damaged = ctx.paths.backup_dir / "cases-endommagee-20260101-000000-000000.db"
    damaged.write_bytes(bytes(8192))
    answers = iter(["oui", "non"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    assert main(["--data-dir", str(ctx.paths.data_dir), "case", "erase", str(case_id)]) == 0
    out = capsys.readouterr().out
    assert made.name in out and damaged.name in out and "illisible" in out
    assert "gardées telles quelles" in out
    assert still_held(made.path, case_id) and damaged.exists()  # kept as the user answered


def test_labelled_copies_expire_like_the_rotating_ones(ctx: Context) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Nom"))
    labelled = [
        backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, label=label, passphrase=PASSPHRASE)
        for label in ("avant-restauration", "avant-migration-0009", "endommagee")
    ]
    for _ in range(9):
        backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, keep=10, passphrase=PASSPHRASE)
    assert all(b.path.exists() for b in labelled)  # 9 newer automatic backups: kept
    backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, keep=10, passphrase=PASSPHRASE)
    assert not any(b.path.exists() for b in labelled)  # the 10th newer one: expired with the oldest
    assert len(backups.list_backups(ctx.paths.backup_dir)) == 10


def test_start_up_removes_what_an_interrupted_preview_left(private_tmp: Path) -> None:
    folder = private_temp_dir()
    (folder / "apercu-x1").mkdir()
    (folder / "apercu-x1" / "page-1.png").write_bytes(b"png")
    (folder / VIEWER_FOLDER).mkdir()
    (folder / VIEWER_FOLDER / "cr_quasimodo_3.pdf").write_bytes(b"%PDF")
    legacy = private_tmp / "atelier-cep-apercu-abc"  # an earlier version's folder
    legacy.mkdir()
    (legacy / "document.pdf").write_bytes(b"%PDF")
    clear_private_temp()  # what the window does at start-up and on close
    assert list(folder.iterdir()) == [] and not legacy.exists()
