"""The structure's part of the settings (name, address, logo, signature line, footer, retention…),
as the documents read it. The settings themselves are declared once in :mod:`workbench.settings`
(``settings.json`` in the data directory); this module keeps the documents' view of them.
"""

from __future__ import annotations

from pathlib import Path

from workbench import settings as declared
from workbench.paths import AppPaths
from workbench.settings import MAX_RETENTION_YEARS, StructureSettings

__all__ = ["MAX_RETENTION_YEARS", "load", "problems", "save", "settings_file"]


def settings_file(paths: AppPaths) -> Path:
    return declared.settings_file(paths)


def problems(settings: StructureSettings) -> dict[str, str]:
    """What is wrong with ``settings``, field name → French explanation; empty when they are fine."""
    return declared.structure_problems(settings)


def load(paths: AppPaths) -> StructureSettings:
    return declared.load(paths).structure


def save(paths: AppPaths, settings: StructureSettings) -> Path:
    """Validate and write the structure's settings (the others are kept)."""
    return declared.save(paths, declared.with_structure(declared.load(paths), settings))
