"""The document kinds: their code (for ``workbench report KIND``), title, and how each is made."""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from workbench.core.cases import CaseRecord
from workbench.core.text import fold
from workbench.errors import UserError
from workbench.paths import AppPaths
from workbench.reports import case_file, review, settings
from workbench.reports.case_file import CaseFile, funding_view, load, record_only
from workbench.reports.inputs import StructureSettings
from workbench.rome.reference import RomeReference, open_active
from workbench.store.cases import CaseRepository
from workbench.store.db import Database


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """A document function imported on first use: reportlab stays out of the window's start-up."""

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(f"workbench.reports.{module}"), name)(*args)

    return call


@dataclass(frozen=True)
class DocumentKind:
    code: str
    title: str
    description: str
    inputs: Callable[..., Any]  # (case file, structure, date, rome, funding view, meeting id) → inputs
    render: Callable[[Any], bytes]

    def make_inputs(
        self,
        case_file: CaseFile,
        structure: StructureSettings,
        today: date,
        rome: RomeReference | None = None,
        meeting_id: int | None = None,
    ) -> Any:
        """What the document prints, read from the case file (the funding engine run once)."""
        view = funding_view(case_file, rome, today) if self.code in ("synthese", "financement") else None
        return self.inputs(case_file, structure, today, rome, view, meeting_id)

    def render_inputs(self, inputs: Any, edits: dict[str, str] | None = None) -> bytes:
        """The PDF of ``inputs``, with the counsellor's rewording when there is some."""
        return bytes(self.render(review.apply(inputs, edits) if edits else inputs))

    def build_from(
        self,
        case_file: CaseFile,
        structure: StructureSettings,
        today: date,
        rome: RomeReference | None = None,
        meeting_id: int | None = None,
        edits: dict[str, str] | None = None,
    ) -> bytes:
        return self.render_inputs(self.make_inputs(case_file, structure, today, rome, meeting_id), edits)

    def build(
        self,
        case: CaseRecord,
        structure: StructureSettings,
        today: date,
        db: Database | None = None,
        rome: RomeReference | None = None,
    ) -> bytes:
        """The PDF for ``case``: with ``db``, everything stored in its case file; without, the record alone."""
        if db is not None and case.id is not None:
            return self.build_from(load(db, case.id), structure, today, rome)
        return self.build_from(record_only(case), structure, today, rome)

    def filename(self, case: CaseRecord) -> str:
        """« compte-rendu-entretien_martin-lea_12.pdf »: readable, safe on every file system."""
        name = fold(f"{case.last_name} {case.first_name}").replace(" ", "-")[:60].strip("-") or "dossier"
        return f"{fold(self.title).replace(' ', '-')}_{name}_{case.id}.pdf"


def _meeting(cf: CaseFile, s: StructureSettings, d: date, _r: Any, _v: Any, m: int | None) -> Any:
    return case_file.meeting_inputs(cf, s, d, m)


def _synthesis(cf: CaseFile, s: StructureSettings, d: date, r: Any, v: Any, _m: Any) -> Any:
    return case_file.synthesis_inputs(cf, s, d, r, v)


def _funding(cf: CaseFile, s: StructureSettings, d: date, r: Any, v: Any, _m: Any) -> Any:
    return case_file.funding_inputs(cf, s, d, r, v)


def _comparison(cf: CaseFile, s: StructureSettings, d: date, r: Any, _v: Any, _m: Any) -> Any:
    return case_file.comparison_inputs(cf, s, d, r)


def _prp(cf: CaseFile, s: StructureSettings, d: date, _r: Any, _v: Any, _m: Any) -> Any:
    return case_file.prp_inputs(cf, s, d)


def _privacy(cf: CaseFile, s: StructureSettings, d: date, _r: Any, _v: Any, _m: Any) -> Any:
    return case_file.privacy_inputs(cf, s, d)


def _attestation(cf: CaseFile, s: StructureSettings, d: date, _r: Any, _v: Any, _m: Any) -> Any:
    return case_file.attestation_inputs(cf, s, d)


KINDS: dict[str, DocumentKind] = {
    kind.code: kind
    for kind in (
        DocumentKind(
            "entretien",
            "Compte rendu d'entretien",
            "la demande, ce qui a été dit, les informations données, les décisions, les prochaines étapes "
            "et le prochain rendez-vous d'un entretien (sans les notes privées du conseiller)",
            _meeting,
            _lazy("entretien", "build"),
        ),
        DocumentKind(
            "synthese",
            "Document de synthèse",
            "le projet formalisé : situation, compétences, métiers explorés, projet et faisabilité, formation, "
            "financement, plan d'action",
            _synthesis,
            _lazy("synthese", "build"),
        ),
        DocumentKind(
            "financement",
            "Synthèse des financements",
            "dispositifs possibles pour la formation visée, montants, reste à charge, questions, échéances et pièces",
            _funding,
            _lazy("financement", "build"),
        ),
        DocumentKind(
            "comparaison",
            "Comparaison des parcours",
            "les parcours possibles côte à côte : financement, revenu, reste à charge, risque, échéances",
            _comparison,
            _lazy("comparaison", "build"),
        ),
        DocumentKind(
            "accord-prp",
            "Projet d'accord de période de reconversion",
            "projet d'accord écrit dans l'esprit du CERFA n° 17613*01 (interne ou externe)",
            _prp,
            _lazy("accord_prp", "build"),
        ),
        DocumentKind(
            "notice-rgpd",
            "Notice d'information RGPD",
            "ce qui est enregistré sur la personne, pourquoi, combien de temps, ses droits, son accord",
            _privacy,
            _lazy("notice_rgpd", "build"),
        ),
        DocumentKind(
            "attestation",
            "Attestation de suivi CEP",
            "pour un tiers (commission Transitions Pro, organisme de formation, employeur) : dates, niveaux, "
            "projet travaillé, sans aucune note privée",
            _attestation,
            _lazy("attestation", "build"),
        ),
    )
}


def kind(code: str) -> DocumentKind:
    try:
        return KINDS[code]
    except KeyError:
        raise UserError(
            f"Type de document inconnu : « {code} ». Types possibles : {', '.join(KINDS)}."
        ) from None


def build_for_case(
    db: Database,
    paths: AppPaths,
    code: str,
    case_id: int,
    today: date,
    meeting_id: int | None = None,
) -> bytes:
    """The PDF of document ``code`` for the stored case ``case_id``, with the structure's settings."""
    document = kind(code)
    return document.build_from(load(db, case_id), settings.load(paths), today, open_active(paths), meeting_id)


def write_pdf(path: str | Path, data: bytes) -> Path:
    """Write atomically: a full disk or a crash never leaves half a PDF under the final name."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(f"Écriture impossible de {target} : {exc.strerror}.") from None
    return target


def export_many(
    db: Database,
    paths: AppPaths,
    case_ids: list[int],
    codes: list[str],
    today: date,
    folder: str | Path,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Path]:
    """Write every document ``codes`` of every case ``case_ids`` into ``folder``; returns the files.

    ``progress(done, total, label)`` is called before each document; it may raise to stop the batch
    (the files already written stay, each complete).
    """
    documents = [kind(code) for code in codes]
    structure = settings.load(paths)
    rome = open_active(paths)
    repository = CaseRepository(db)
    total = len(case_ids) * len(documents)
    written: list[Path] = []
    for index, case_id in enumerate(case_ids):
        case = repository.get(case_id)
        stored = load(db, case_id)
        for offset, document in enumerate(documents):
            if progress is not None:
                progress(index * len(documents) + offset, total, f"{case.display_name} — {document.title}")
            data = document.build_from(stored, structure, today, rome)
            written.append(write_pdf(Path(folder) / document.filename(case), data))
    if progress is not None:
        progress(total, total, "")
    return written
