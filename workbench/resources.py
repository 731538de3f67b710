"""Files shipped beside the package: ``resources/`` (icons, translations, styles, fonts) and ``data/``.

From a checkout they sit next to ``workbench/``; in the installer build (PyInstaller) they are
unpacked under ``sys._MEIPASS`` with the same names.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return _root().joinpath("resources", *parts)


def data_path(*parts: str) -> Path:
    """Project-authored tables (funding rules, mappings, guidance)."""
    return _root().joinpath("data", *parts)
