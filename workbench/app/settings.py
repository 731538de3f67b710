"""The structure's settings, declared once, stored in the data directory, read by the window, the
commands and the documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.app import changes
from workbench.reports import settings as stored
from workbench.reports.inputs import StructureSettings

if TYPE_CHECKING:
    from pathlib import Path

    from workbench.context import Context

__all__ = ["MAX_RETENTION_YEARS", "StructureSettings", "save_structure", "settings_file", "structure"]

MAX_RETENTION_YEARS = stored.MAX_RETENTION_YEARS


def structure(ctx: Context) -> StructureSettings:
    return stored.load(ctx.paths)


def save_structure(ctx: Context, value: StructureSettings) -> Path:
    path = stored.save(ctx.paths, value)
    ctx.changes.announce(None, changes.SETTINGS)
    return path


def settings_file(ctx: Context) -> Path:
    return stored.settings_file(ctx.paths)
