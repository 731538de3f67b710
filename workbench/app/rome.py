"""The ROME referential: the active release, imports (announced, so every view that shows the
referential updates), the releases kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.app import changes
from workbench.errors import UserError
from workbench.rome import importer
from workbench.rome.importer import ImportCancelled, ImportResult, ReleaseError
from workbench.rome.reference import KIND_LABELS, TAGS, Fiche, FicheLink, RomeReference, SearchHit

if TYPE_CHECKING:
    import os

    from workbench.context import Context

__all__ = [
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
    "import_release",
    "import_seed_if_needed",
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
) -> ImportResult:
    ctx.paths.ensure()
    result = importer.import_release(ctx.paths.rome_dir, source, progress, cancelled)
    ctx.changes.announce(None, changes.ROME)
    return result


def import_seed_if_needed(
    ctx: Context,
    seed: str | os.PathLike[str] | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult | None:
    result = importer.import_seed_if_needed(ctx.paths.rome_dir, seed, progress, cancelled)
    if result is not None:
        ctx.changes.announce(None, changes.ROME)
    return result


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
