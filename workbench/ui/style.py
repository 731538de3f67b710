"""The look of the window: the platform's style with a few touches.

No application-wide style sheet: with one, Qt runs every widget through its style-sheet engine,
which cost about 90 ms of CPU each time a case file opened (tests/benchmarks/bench_startup.py).
The touches are made by a proxy of the platform's style instead, at the same cost as the plain
style:

- labels named ``fieldError``, ``archivedBanner``, ``remoteNote``, ``caseHeader`` or ``emptyHint``
  (``setObjectName``) get their colour, size and margins when they are first shown;
- group box titles are bold, tab labels a little larger than the body text (at the default size
  Fusion cut the accent of capitals on unselected tabs, "À relancer");
- :func:`error_banner` and :func:`show_invalid` style one widget with its own style sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QStyleOptionGroupBox, QWidget

ERROR_RED = "#b3261e"
INVALID = f"border: 1px solid {ERROR_RED}; border-radius: 3px;"
BANNER = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f3b6b0; border-radius: 4px; padding: 6px 10px;"
)
# objectName: (text colour, pixel size, margin)
LABELS: dict[str, tuple[str | None, int | None, tuple[int, int]]] = {
    "fieldError": (ERROR_RED, 11, (0, 0)),
    "archivedBanner": ("#6b5b00", None, (0, 0)),
    "remoteNote": ("#6b5b00", None, (2, 2)),
    "caseHeader": (None, 15, (2, 4)),
    "emptyHint": ("#4a4a4a", 14, (24, 24)),
}
TAB_PIXEL_SIZE = 13


class WorkbenchStyle(QProxyStyle):
    """The application's style (Fusion, Windows…) with the touches above."""

    def polish(self, target: Any) -> Any:
        result = super().polish(target)
        if isinstance(target, QLabel) and (look := LABELS.get(target.objectName())):
            colour, size, (horizontal, vertical) = look
            if colour is not None:
                palette = target.palette()
                palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
                target.setPalette(palette)
            if size is not None:
                font = QFont()  # only the size is set: the rest still follows the parent
                font.setPixelSize(size)
                target.setFont(font)
            target.setContentsMargins(horizontal, vertical, horizontal, vertical)
        return result

    def drawComplexControl(self, control: Any, option: Any, painter: Any, widget: Any = None) -> None:
        if control != QStyle.ComplexControl.CC_GroupBox or not option.text:
            super().drawComplexControl(control, option, painter, widget)
            return
        frame = QStyleOptionGroupBox(option)  # the frame (and check box) as the style draws them
        frame.text = ""
        super().drawComplexControl(control, frame, painter, widget)
        rect = self.subControlRect(control, option, QStyle.SubControl.SC_GroupBoxLabel, widget)
        painter.save()
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        rect.setWidth(painter.fontMetrics().horizontalAdvance(option.text) + 4)  # bold is wider
        alignment = option.textAlignment | Qt.TextFlag.TextShowMnemonic
        if not self.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, widget):
            alignment |= Qt.TextFlag.TextHideMnemonic
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        self.drawItemText(painter, rect, int(alignment), option.palette, enabled, option.text)
        painter.restore()


def install(app: QApplication) -> None:
    if not isinstance(app.style(), WorkbenchStyle):
        app.setStyle(WorkbenchStyle())
    tabs = QFont(app.font())
    tabs.setPixelSize(TAB_PIXEL_SIZE)
    app.setFont(tabs, "QTabBar")  # type: ignore[arg-type]  # the stubs say bytes; PySide takes str only


def error_banner(label: QLabel) -> QLabel:
    label.setObjectName("errorBanner")
    label.setStyleSheet(BANNER)
    return label


def show_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame around a field whose value is refused (the message is shown beside it)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(INVALID if invalid else "")
