"""The window's look without an application-wide style sheet (workbench/ui/style.py)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workbench.ui import style
from workbench.ui.app import create_application


def test_the_touches_are_applied_without_a_style_sheet(qtbot: QtBot) -> None:
    app = create_application([])
    assert app.styleSheet() == ""  # the style-sheet engine would run for every widget built
    assert isinstance(app.style(), style.WorkbenchStyle)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    box = QGroupBox("Identité")
    inner = QVBoxLayout(box)
    error = QLabel("Date dans le futur")
    error.setObjectName("fieldError")
    field = QLineEdit()
    inner.addWidget(field)
    inner.addWidget(error)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "À relancer")
    banner = style.error_banner(QLabel("Le dossier n'est pas enregistré"))
    for widget in (box, tabs, banner):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == style.ERROR_RED
    assert error.font().pixelSize() == 11
    assert not field.font().bold()  # the title is drawn bold, what the box holds is not
    assert tabs.tabBar().font().pixelSize() == style.TAB_PIXEL_SIZE
    assert banner.styleSheet() == style.BANNER and banner.objectName() == "errorBanner"
    style.show_invalid(field, True)
    assert field.property("invalid") and field.styleSheet() == style.INVALID
    style.show_invalid(field, False)
    assert not field.property("invalid") and field.styleSheet() == ""
    assert not window.grab().toImage().isNull()  # the group box title painted by the style's proxy
