"""Documents of a case (PDF): built from the stored case file, cached by the case's revision so a
document saved after a change always contains it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from workbench.app import settings as app_settings
from workbench.app._base import Service
from workbench.reports import kinds
from workbench.reports.kinds import KINDS, DocumentKind, kind, write_pdf
from workbench.store.cases import CaseRepository

if TYPE_CHECKING:
    from workbench.context import Context

__all__ = ["KINDS", "DocumentKind", "Documents", "kind", "write_pdf"]

_CACHED = 16  # documents kept per context: a few kinds × a few dates of the open cases
_caches: WeakKeyDictionary[Context, OrderedDict[tuple[object, ...], bytes]] = WeakKeyDictionary()
_lock = threading.Lock()


class Documents(Service):
    def _key(self, code: str, case_id: int, today: date) -> tuple[object, ...]:
        return (code, case_id, today, self.ctx.changes.revision(case_id))

    def build(self, code: str, case_id: int, today: date, fresh: bool = False) -> bytes:
        """The PDF of document ``code`` for the stored case ``case_id`` as it is now.

        Cached by the case's revision in this process; ``fresh`` reads the database again, for what
        is handed over (saved, printed): a change made by a colleague on the server or by a command
        in another process is in it too."""
        document = kind(code)
        key = self._key(code, case_id, today)  # read first: a change while building makes it stale
        with _lock:
            cache = _caches.setdefault(self.ctx, OrderedDict())
            if key in cache and not fresh:
                cache.move_to_end(key)
                return cache[key]
        case = CaseRepository(self.db).get(case_id)
        data = document.build(case, app_settings.structure(self.ctx), today, self.db, self.ctx.rome)
        with _lock:
            cache[key] = data
            while len(cache) > _CACHED:
                cache.popitem(last=False)
        return data

    def write(self, code: str, case_id: int, today: date, path: str | Path) -> Path:
        return write_pdf(path, self.build(code, case_id, today, fresh=True))

    def filename(self, code: str, case_id: int) -> str:
        return kind(code).filename(CaseRepository(self.db).get(case_id))

    def export_many(
        self,
        case_ids: list[int],
        codes: list[str],
        today: date,
        folder: str | Path,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> list[Path]:
        """Every document ``codes`` of every case ``case_ids`` into ``folder`` (see reports.kinds)."""
        return kinds.export_many(self.db, self.ctx.paths, case_ids, codes, today, folder, progress)
