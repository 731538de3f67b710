"""Help for the counsellor and the person: the glossary of acronyms as a printable PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.app import settings as app_settings
from workbench.core.glossary import terms
from workbench.reports.kinds import write_pdf

if TYPE_CHECKING:
    from workbench.context import Context


def glossary_pdf(ctx: Context, today: date) -> bytes:
    from workbench.reports import glossaire  # reportlab only when a PDF is asked for

    return glossaire.build(terms(), app_settings.structure(ctx), today)


def write_glossary(ctx: Context, path: str | Path, today: date) -> Path:
    return write_pdf(path, glossary_pdf(ctx, today))
