"""Read PDFs back with pypdf for the tests (imported as a plain module: pytest puts this folder on the path)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader

_SPACES = re.compile(r"\s+")


@dataclass
class Pdf:
    data: bytes
    reader: PdfReader

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def page_text(self, index: int) -> str:
        return _SPACES.sub(" ", self.reader.pages[index].extract_text() or "")

    @property
    def text(self) -> str:
        """All the text, every run of white space (line ends and no-break spaces too) folded to one space."""
        return " ".join(self.page_text(i) for i in range(self.pages))

    @property
    def raw_text(self) -> str:
        return "\n".join(page.extract_text() or "" for page in self.reader.pages)

    @property
    def metadata(self) -> Any:
        return self.reader.metadata

    def fonts(self) -> dict[str, Any]:
        """Every font used by the pages, by base name → font dictionary."""
        found: dict[str, Any] = {}
        for page in self.reader.pages:
            resources = page["/Resources"].get_object()
            for font in resources.get("/Font", {}).values():
                font = font.get_object()
                found[str(font["/BaseFont"])] = font
        return found


def read(data: bytes) -> Pdf:
    return Pdf(data, PdfReader(io.BytesIO(data)))
