"""The ROME referential: the active release, imports (announced, so every view that shows the
referential updates), the release bundled with the application (imported on first use), the
releases kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.app import changes
from workbench.errors import UserError
from workbench.rome import importer
from workbench.rome.importer import (
    BUNDLED_CREDIT,
    ImportCancelled,
    ImportResult,
    ReleaseError,
    bundled_release,
)
from workbench.rome.reference import KIND_LABELS, TAGS, Fiche, FicheLink, RomeReference, SearchHit

if TYPE_CHECKING:
    import os

    from workbench.context import Context

__all__ = [
    "BUNDLED_CREDIT",
    "KIND_LABELS",
    "TAGS",
    "Fiche",
    "FicheLink",
    "ImportCancelled",
    "ImportResult",
    "ReleaseError",
    "RomeReference",
    "SearchHit",
    "activate",
    "bundled_release",
    "describe",
    "import_bundled_if_needed",
    "import_release",
    "releases",
    "require",
]

Progress = Callable[[int, int, str], None]


def require(ctx: Context) -> RomeReference:
    reference = ctx.rome
    if reference is None:
        raise UserError("Aucun référentiel ROME n'est importé : lancez « workbench rome import CHEMIN ».")
    return reference


def import_release(
    ctx: Context,
    source: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    bundled: bool = False,
) -> ImportResult:
    """Check, import and activate a release (the same one again: its copy is reactivated)."""
    ctx.paths.ensure()
    result = importer.import_release(ctx.paths.rome_dir, source, progress, cancelled, bundled=bundled)
    ctx.changes.announce(None, changes.ROME)
    return result


def import_bundled_if_needed(
    ctx: Context,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult | None:
    """First use: with no active release, import the one bundled with the application."""
    if importer.active_database(ctx.paths.rome_dir) is not None or bundled_release() is None:
        return None
    ctx.paths.ensure()
    result = importer.import_bundled_if_needed(ctx.paths.rome_dir, progress, cancelled)
    if result is not None:
        ctx.changes.announce(None, changes.ROME)
    return result


def describe(path: Path) -> ImportResult:
    """An imported release: version, counts, whether it is the bundled one."""
    return importer.describe(path)


def releases(ctx: Context) -> tuple[list[Path], Path | None]:
    """The imported releases, and the active one."""
    rome_dir = ctx.paths.rome_dir
    return importer.installed_releases(rome_dir), importer.active_database(rome_dir)


def activate(ctx: Context, name: str) -> Path:
    found = {p.name: p for p in importer.installed_releases(ctx.paths.rome_dir)}
    if name not in found:
        raise UserError(f"Version inconnue « {name} » ; versions importées : {', '.join(found) or 'aucune'}.")
    importer.activate(ctx.paths.rome_dir, found[name])
    ctx.changes.announce(None, changes.ROME)
    return found[name]
