"""Documents of a case (PDF): built from the stored case file, cached by the case's revision so a
document saved after a change always contains it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from workbench.app import changes
from workbench.app import settings as app_settings
from workbench.app._base import Service
from workbench.errors import UserError
from workbench.reports import demo_case, kinds, review, scripts
from workbench.reports.case_file import load
from workbench.reports.kinds import KINDS, DocumentKind, kind, write_pdf
from workbench.reports.scripts import Problem
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.documents import HandedDocument, HandedDocumentRepository

if TYPE_CHECKING:
    from workbench.context import Context

__all__ = ["KINDS", "DocumentKind", "Documents", "HandedDocument", "Problem", "kind", "write_pdf"]

_CACHED = 16  # documents kept per context: a few kinds × a few dates of the open cases
_caches: WeakKeyDictionary[Context, OrderedDict[tuple[object, ...], bytes]] = WeakKeyDictionary()
_lock = threading.Lock()


class Documents(Service):
    def _key(
        self, code: str, case_id: int, today: date, meeting: int | None, scenario: int | None
    ) -> tuple[object, ...]:
        return (code, case_id, today, meeting, scenario, self.ctx.changes.revision(case_id))

    def build(
        self,
        code: str,
        case_id: int,
        today: date,
        meeting: int | None = None,
        edits: dict[str, str] | None = None,
        fresh: bool = False,
        scenario: int | None = None,
    ) -> bytes:
        """The PDF of document ``code`` for the stored case ``case_id`` as it is now (a meeting
        report: of meeting ``meeting``, else the latest; funding: of scenario ``scenario``, else the
        retained one), with the counsellor's rewording ``edits``.

        Cached by the case's revision in this process; ``fresh`` reads the database again, for what
        is handed over (saved, printed): a change made by a colleague on the server or by a command
        in another process is in it too."""
        document = kind(code)
        if edits:  # reworded for one printing: not cached
            inputs = self.inputs(code, case_id, today, meeting, scenario)
            return document.render_inputs(inputs, edits)
        key = self._key(
            code, case_id, today, meeting, scenario
        )  # read first: a change while building makes it stale
        with _lock:
            cache = _caches.setdefault(self.ctx, OrderedDict())
            if key in cache and not fresh:
                cache.move_to_end(key)
                return cache[key]
        data = document.build_from(
            load(self.db, case_id, scenario), app_settings.structure(self.ctx), today, self.ctx.rome, meeting
        )
        with _lock:
            cache[key] = data
            while len(cache) > _CACHED:
                cache.popitem(last=False)
        return data

    def write(
        self,
        code: str,
        case_id: int,
        today: date,
        path: str | Path,
        meeting: int | None = None,
        scenario: int | None = None,
    ) -> Path:
        return write_pdf(path, self.build(code, case_id, today, meeting, fresh=True, scenario=scenario))

    def inputs(
        self, code: str, case_id: int, today: date, meeting: int | None = None, scenario: int | None = None
    ) -> Any:
        """What document ``code`` prints for the case, before rendering."""
        return kind(code).make_inputs(
            load(self.db, case_id, scenario), app_settings.structure(self.ctx), today, self.ctx.rome, meeting
        )

    def texts(
        self, code: str, case_id: int, today: date, meeting: int | None = None, scenario: int | None = None
    ) -> list[tuple[str, str, str]]:
        """(key, label, text) of the texts the counsellor may reword before printing (reports.review)."""
        return review.texts(self.inputs(code, case_id, today, meeting, scenario))

    def check_edits(
        self,
        code: str,
        case_id: int,
        today: date,
        edits: dict[str, Any],
        meeting: int | None = None,
        scenario: int | None = None,
    ) -> None:
        """A rewording given by a script names texts the document has, each a string; else a French
        message (the window offers only the document's own texts; one gone since, a scheme no longer
        open, is left out there)."""
        _check_edits(code, self.inputs(code, case_id, today, meeting, scenario), edits)

    def problems(
        self,
        code: str,
        case_id: int,
        today: date,
        meeting: int | None = None,
        edits: dict[str, str] | None = None,
    ) -> list[Problem]:
        """What the document holds that does not print as typed (characters no font has, Arabic)."""
        inputs = self.inputs(code, case_id, today, meeting)
        if edits:
            inputs = review.apply(inputs, edits)
        return scripts.problems(_strings(inputs))

    def meetings(self, case_id: int) -> list[tuple[int, str]]:
        """(meeting id, « 02/11/2026 — UO1 ») of the case, the latest first, for choosing the report."""
        return [
            (m.id, f"{m.day:%d/%m/%Y} — {m.level}")
            for m in CepRepository(self.db).meetings(case_id)
            if m.id is not None
        ]

    # ---- Handed over

    def hand_over(
        self,
        code: str,
        case_id: int,
        today: date,
        data: bytes,
        recipient: str = "",
        reworded: bool = False,
    ) -> HandedDocument:
        """Keep in the case file the exact bytes handed over (date, document, SHA-256)."""
        handed = HandedDocumentRepository(self.db).record(
            case_id,
            code,
            kind(code).title,
            today,
            data,
            recipient,
            CaseRepository(self.db).get(case_id).counsellor,
            reworded,
        )
        self.announce(case_id, changes.HANDED)
        return handed

    def handed(self, case_id: int) -> list[HandedDocument]:
        return HandedDocumentRepository(self.db).list(case_id)

    def handed_content(self, document_id: int) -> bytes:
        return HandedDocumentRepository(self.db).content(document_id)

    def demo(self, today: date) -> tuple[int, list[tuple[str, str, int | None]]]:
        """Build the demonstration case through the counsellor's operations (``reports.demo_case``);
        returns its number and its documents (file stem, kind, meeting)."""
        rome = self.ctx.rome
        if rome is None:
            raise UserError("Aucun référentiel ROME n'est importé : lancez « workbench rome import CHEMIN ».")
        if not app_settings.structure(self.ctx).name:  # the structure's own settings when it has some
            app_settings.save_structure(self.ctx, demo_case.STRUCTURE)
        case_id = demo_case.build(self.db, rome, today)
        self.ctx.changes.announce(case_id, changes.CASE)
        return case_id, demo_case.documents(self.db, case_id)

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


def _check_edits(code: str, inputs: Any, edits: dict[str, Any]) -> None:
    known = [path for path, _label in review.paths(inputs)]
    unknown = sorted(set(edits) - set(known))
    if not known:
        raise UserError(f"Le document « {code} » n'a pas de texte libre à reformuler.")
    if unknown:
        raise UserError(
            f"Texte inconnu pour le document « {code} » : {', '.join(unknown)}. "
            f"Textes reformulables : {', '.join(known)}."
        )
    wrong = sorted(key for key, text in edits.items() if not isinstance(text, str))
    if wrong:
        raise UserError(f"Le texte reformulé de {', '.join(wrong)} doit être une chaîne de caractères.")


def _strings(value: Any) -> list[str]:
    """Every text held by a document's inputs (walked through its dataclasses and tuples)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [text for item in value for text in _strings(item)]
    if is_dataclass(value) and not isinstance(value, type):
        return [text for f in fields(value) for text in _strings(getattr(value, f.name))]
    return []
