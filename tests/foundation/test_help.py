"""Aide: a guide per screen (F1, from anywhere) and the glossary of acronyms, printable for the person."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.reports.pdfcheck import read
from workbench.cli import main
from workbench.context import Context
from workbench.core import glossary
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository
from workbench.ui.main_window import MainWindow
from workbench.ui.tasks import wait_for_tasks

ASKED = [
    "CEP",
    "UO1",
    "UO2.1",
    "UO2.2",
    "PTP",
    "PRP",
    "CPF",
    "OPCO",
    "RNCP",
    "VAE",
    "PMSMP",
    "RQTH",
    "AIF",
    "POEI",
]


def test_every_acronym_asked_for_is_explained() -> None:
    terms = {t.term: t for t in glossary.terms()}
    assert set(ASKED) <= set(terms)
    assert all(t.name and len(t.text) > 30 for t in terms.values())
    assert glossary.search("ptp")[0].term == "PTP"
    assert {t.term for t in glossary.search("handicap")} >= {"RQTH", "Agefiph"}


def test_every_screen_has_its_guide(qtbot: QtBot, ctx: Context) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.open_case(CaseRepository(ctx.db).add(CaseRecord(last_name="Martin")))
    screens = [
        window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.widget(i) is not view
    ]
    screens += [
        "Documents (dossier)" if (t := view.tabs.tabText(i)) == "Documents" else t
        for i in range(view.tabs.count())
    ]
    assert set(screens) <= set(glossary.guides())
    wait_for_tasks()


def test_f1_opens_the_guide_of_the_screen_and_shift_f1_the_glossary(qtbot: QtBot, ctx: Context) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.open_case(CaseRepository(ctx.db).add(CaseRecord(last_name="Martin")))
    view.show_section("Parcours CEP")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    help_window = window.help()
    qtbot.waitUntil(help_window.isVisible)
    assert help_window.guide.toPlainText().startswith("Parcours CEP")
    qtbot.keyClick(help_window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert help_window.tabs.currentIndex() == 1
    qtbot.keyClicks(help_window.search, "RQTH")
    assert "Reconnaissance de la qualité de travailleur handicapé" in help_window.terms.toPlainText()
    wait_for_tasks()


def test_the_glossary_prints_for_the_person(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qtbot: QtBot,
    ctx: Context,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "glossaire.pdf"
    assert main(["glossaire", "--out", str(out)]) == 0
    text = read(out.read_bytes()).text
    assert "Les sigles de votre accompagnement" in text and "Période de reconversion" in text
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    target = tmp_path / "pour-lea"
    monkeypatch.setattr("workbench.ui.help.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.help().save_pdf()
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert "Enregistré" in window.help().status.text()
