"""The documents in the window: preview, save as, batch export, the structure's settings dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests import stored_demo as rich_case
from workbench.context import Context
from workbench.reports import demo_case, settings
from workbench.store.cases import CaseRepository
from workbench.ui.documents import DocumentsArea, DocumentsSection
from workbench.ui.pdf_preview import can_render
from workbench.ui.structure_settings import StructureSettingsDialog
from workbench.ui.tasks import wait_for_tasks

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def case_id(ctx: Context) -> int:
    settings.save(ctx.paths, demo_case.STRUCTURE)
    return CaseRepository(ctx.db).add(demo_case.record(demo_case.Days(rich_case.TODAY)))


def test_section_previews_saves_and_switches_documents(
    qtbot: QtBot, ctx: Context, case_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = DocumentsSection(ctx, case_id)
    qtbot.addWidget(section)
    section.resize(1150, 820)
    section.show()
    if can_render():
        qtbot.waitUntil(lambda: section.pages.page_count > 0, timeout=15000)
        assert "page" in section.status.text()
    else:
        qtbot.waitUntil(lambda: "pas disponible" in section.pages.message.text(), timeout=15000)

    section.kinds.setCurrentRow(
        list(section.kinds.item(i).text() for i in range(5)).index(
            "Projet d'accord de période de reconversion"
        )
    )
    assert section.current_code == "accord-prp"
    if can_render():
        qtbot.waitUntil(
            lambda: section._pdf is not None and section._pdf[0][0] == "accord-prp", timeout=15000
        )
        qtbot.waitUntil(lambda: section.pages.page_count >= 2, timeout=15000)
        qtbot.wait(200)  # let the layout place the new pages
        SCREENSHOTS.mkdir(exist_ok=True)
        section.grab().save(str(SCREENSHOTS / "documents_section.png"))

    target = tmp_path / "accord"
    monkeypatch.setattr(
        "workbench.ui.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    section.save_as()
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert "Enregistré" in section.status.text()
    wait_for_tasks()


def test_area_exports_many_cases_with_progress(
    qtbot: QtBot, ctx: Context, case_id: int, tmp_path: Path
) -> None:
    other = CaseRepository(ctx.db).add(
        demo_case.record(demo_case.Days(rich_case.TODAY)).with_changes(last_name="Bernard", first_name="Yann")
    )
    area = DocumentsArea(ctx, window=None)  # type: ignore[arg-type]
    qtbot.addWidget(area)
    assert area.cases.count() == 0  # filled when shown, not at start-up
    area.activated()
    assert area.cases.count() == 2
    area.filter.setText("bern")
    area._check_all(True)  # only the visible case
    assert area.checked_cases() == [other]
    area.filter.clear()
    area._check_all(True)
    assert sorted(area.checked_cases()) == sorted([case_id, other])
    area.folder.setText(str(tmp_path / "lot"))
    assert area.checked_kinds() == ["entretien", "synthese"]
    area.kind_boxes["notice-rgpd"].setChecked(True)
    area.resize(1000, 600)
    area.show()
    qtbot.wait(100)
    SCREENSHOTS.mkdir(exist_ok=True)
    area.grab().save(str(SCREENSHOTS / "documents_area.png"))
    task = area.export()
    assert task is not None
    qtbot.waitUntil(lambda: "6 document(s)" in area.summary.text(), timeout=30000)
    files = sorted(p.name for p in (tmp_path / "lot").glob("*.pdf"))
    assert len(files) == 6
    assert f"compte-rendu-d-entretien_martin-lea_{case_id}.pdf" in files


def test_settings_dialog_refuses_invalid_values_then_saves(
    qtbot: QtBot, ctx: Context, tmp_path: Path
) -> None:
    dialog = StructureSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Cité des métiers")
    dialog.logo_path.setText(str(tmp_path / "absent.png"))
    dialog.accept()
    assert dialog.errors["logo_path"].isVisibleTo(dialog)
    assert "introuvable" in dialog.errors["logo_path"].text()
    assert not settings.settings_file(ctx.paths).exists()
    dialog.logo_path.clear()
    dialog.retention_years.setValue(3)
    dialog.accept()
    saved = settings.load(ctx.paths)
    assert saved.name == "Cité des métiers" and saved.retention_years == 3


def test_main_window_has_documents_tab_area_and_tools_menu(qtbot: QtBot, ctx: Context, case_id: int) -> None:
    from workbench.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    actions = [a.text() for a in window.menu("Outils").actions()]
    assert "&Paramètres de la structure…" in actions
    assert "&Exporter des documents…" in actions
    view = window.open_case(case_id)
    assert isinstance(view.show_section("Documents"), DocumentsSection)
    assert any(isinstance(a, DocumentsArea) for a in window.areas)
    wait_for_tasks()


@pytest.mark.skipif(not can_render(), reason="neither QtPdf nor pdftoppm to render pages")
def test_pages_render_as_a4_images_and_print(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import date

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from workbench.reports import synthese
    from workbench.ui.pdf_preview import print_pages, render_pages

    data = synthese.build(rich_case.synthesis(date(2026, 11, 24)))
    pages = render_pages(data, dpi=50)
    assert len(pages) == len(PdfReader(str(_write(tmp_path / "s.pdf", data))).pages)
    assert all(abs(p.height() / p.width() - 842 / 595) < 0.01 for p in pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    print_pages(printer, pages)
    assert len(PdfReader(str(tmp_path / "imprime.pdf")).pages) == len(pages)


def test_settings_dialog_screenshot(qtbot: QtBot, ctx: Context) -> None:
    settings.save(ctx.paths, demo_case.STRUCTURE)
    dialog = StructureSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == demo_case.STRUCTURE.name
    dialog.show()
    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "structure_settings.png"))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
