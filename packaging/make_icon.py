"""Write resources/icons/atelier-cep.ico (the Windows icon) from atelier-cep.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

Qt renders the SVG at each size Windows asks for; the .ico holds them as PNG images (the format
Windows reads since Vista), so no image library beyond Qt is needed. The result is committed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per image, then the PNG data (sizes of 256 are written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "atelier-cep.svg"))
    if not renderer.isValid():
        print("atelier-cep.svg illisible", file=sys.stderr)
        return 1
    target = ROOT / "resources" / "icons" / "atelier-cep.ico"
    target.write_bytes(ico([(size, png(renderer, size)) for size in SIZES]))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
