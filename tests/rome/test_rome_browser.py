"""The ROME view: search as you type, fiche page, métiers proches, history, import with progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workbench.context import Context
from workbench.ui.rome_browser import RomeArea
from workbench.ui.tasks import wait_for_tasks


@pytest.mark.rome
def test_search_open_navigate_and_go_back(qtbot: QtBot, rome_ctx: Context) -> None:
    area = RomeArea(rome_ctx, QWidget())
    qtbot.addWidget(area)
    qtbot.keyClicks(area.search, "greffiere")
    assert area.results.count() > 0
    assert "Greffier / Greffière" in area.results.item(0).text()
    area.results.setCurrentRow(0)
    assert "K1909" in area.page.browser.toHtml()
    first_neighbour = rome_ctx.rome.fiche("K1909").mobility[0]  # type: ignore[union-attr]
    area.page.browser.anchorClicked.emit(QUrl(f"fiche:{first_neighbour.code}"))
    assert first_neighbour.title.split(" /")[0] in area.page.browser.toPlainText()
    area.page.back.click()
    assert "Greffier" in area.page.browser.toPlainText()
    assert area.page.forward.isEnabled()


@pytest.mark.rome
def test_browse_by_domain(qtbot: QtBot, rome_ctx: Context) -> None:
    area = RomeArea(rome_ctx, QWidget())
    qtbot.addWidget(area)
    domains = area.tree.topLevelItem(0)
    grand_m = next(
        domains.child(i) for i in range(domains.childCount()) if domains.child(i).text(0).startswith("M")
    )
    grand_m.setExpanded(True)
    m18 = next(
        grand_m.child(i) for i in range(grand_m.childCount()) if grand_m.child(i).text(0).startswith("M18")
    )
    m18.setExpanded(True)
    assert any(m18.child(i).text(0).startswith("M1805") for i in range(m18.childCount()))


def test_without_release_the_view_offers_an_import(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    from release_builder import small_release

    area = RomeArea(ctx, QWidget())
    qtbot.addWidget(area)
    assert "Aucun référentiel" in area.status.text()
    area.import_release(str(small_release(tmp_path / "release")))
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.reference is not None)
    assert "ROME 4.99 importé et activé : 2 fiches, 3 appellations." in area.status.text()  # says so
    qtbot.keyClicks(area.search, "clerc")
    assert area.results.count() == 2


def test_an_import_in_the_window_is_announced_and_the_metiers_view_follows(
    qtbot: QtBot, ctx: Context, tmp_path: Path
) -> None:
    from release_builder import small_release

    from workbench.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    area = next(a for a in window.areas if isinstance(a, RomeArea))
    assert area.reference is None
    area.import_release(str(small_release(tmp_path / "release")))
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.reference is not None)
    assert window.statusBar().currentMessage() == "ROME 4.99 importé et activé : 2 fiches, 3 appellations."
    assert area.status.text().startswith("ROME 4.99 importé et activé")
    area.import_release(str(small_release(tmp_path / "again")))  # the same files again
    wait_for_tasks()
    qtbot.waitUntil(lambda: "déjà importé" in window.statusBar().currentMessage())
