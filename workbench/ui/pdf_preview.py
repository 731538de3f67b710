"""Pages of a PDF as images: for the preview and for printing.

Qt's own PDF module (``PySide6.QtPdf``) renders pages when it is installed (it ships in
PySide6-Addons); otherwise poppler's ``pdftoppm`` does, when it is on the PATH (Debian package
poppler-utils). Without either, :func:`can_render` is False and the window offers to open the PDF
in the system's viewer instead. Rendering runs off the GUI thread: it only builds QImages.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from workbench.errors import UserError
from workbench.paths import private_temp_dir


def _qtpdf_available() -> bool:
    try:
        return importlib.util.find_spec("PySide6.QtPdf") is not None
    except ImportError:
        return False


def renderer_name() -> str | None:
    if _qtpdf_available():
        return "QtPdf"
    if shutil.which("pdftoppm"):
        return "pdftoppm"
    return None


def can_render() -> bool:
    return renderer_name() is not None


def render_pages(data: bytes, dpi: int = 96) -> list[QImage]:
    """Every page of the PDF ``data`` as an image at ``dpi``; UserError when nothing can render it."""
    name = renderer_name()
    if name == "QtPdf":
        return _render_qtpdf(data, dpi)
    if name == "pdftoppm":
        return _render_pdftoppm(data, dpi)
    raise UserError(
        "L'aperçu n'est pas disponible sur ce poste : enregistrez le document puis ouvrez-le avec votre "
        "lecteur de PDF."
    )


def _render_qtpdf(data: bytes, dpi: int) -> list[QImage]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    # PySide6-Addons is optional: imported by name so that the type checker does not require it.
    QPdfDocument: Any = importlib.import_module("PySide6.QtPdf").QPdfDocument  # noqa: N806
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        images.append(document.render(index, size))
    document.close()
    return images


def _render_pdftoppm(data: bytes, dpi: int) -> list[QImage]:
    # In this user's private temporary folder (0700), removed when done — and at the next start-up
    # when a crash interrupted the rendering.
    with tempfile.TemporaryDirectory(prefix="apercu-", dir=private_temp_dir()) as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(data)
        done = subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(source), str(Path(folder) / "page")],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        if done.returncode != 0:
            raise UserError(f"L'aperçu a échoué : {done.stderr.strip() or 'pdftoppm'}")
        # pdftoppm numbers pages page-1, page-2… (zero-padded when there are many): sort by number.
        pages = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [QImage(str(page)) for page in pages]


def print_pages(printer: QPrinter, pages: list[QImage]) -> None:
    """Draw page images on ``printer``, each scaled to the printable area, one sheet per page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("L'imprimante n'a pas pu être ouverte.")
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            painter.setWindow(area)
    finally:
        painter.end()


class PagesView(QScrollArea):
    """Pages one under the other, like a PDF viewer, scaled to the width of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._images: list[QImage] = []
        self._holder = QWidget()
        self._holder.setObjectName("pdfPages")
        self._holder.setStyleSheet("#pdfPages { background: #d9dde3; }")  # white pages on a grey desk
        self._layout = QVBoxLayout(self._holder)
        self._layout.setSpacing(12)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.addStretch(1)
        self.setWidget(self._holder)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.insertWidget(0, self.message)

    @property
    def page_count(self) -> int:
        return len(self._images)

    def show_message(self, text: str) -> None:
        self.set_pages([])
        self.message.setText(text)
        self.message.show()

    def set_pages(self, images: list[QImage]) -> None:
        self._images = list(images)
        while self._layout.count() > 2:  # the message and the stretch stay
            item = self._layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.message.setVisible(not images)
        for number, image in enumerate(self._images, start=1):
            label = QLabel()
            label.setObjectName("pdfPage")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(f"Page {number} / {len(self._images)}")
            self._show_pixmap(label, image)
            self._layout.insertWidget(self._layout.count() - 1, label)

    def _show_pixmap(self, label: QLabel, image: QImage) -> None:
        pixmap = self._scaled(image)
        label.setPixmap(pixmap)
        label.setFixedSize(pixmap.size())  # the scroll area would otherwise squeeze the pages

    def _scaled(self, image: QImage) -> QPixmap:
        width = max(200, self.viewport().width() - 40)
        return QPixmap.fromImage(image).scaledToWidth(
            min(width, image.width()), Qt.TransformationMode.SmoothTransformation
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        items = (self._layout.itemAt(i) for i in range(1, self._layout.count() - 1))
        labels = [item.widget() for item in items if item is not None]
        for label, image in zip(labels, self._images, strict=False):
            if isinstance(label, QLabel):
                self._show_pixmap(label, image)
