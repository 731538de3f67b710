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
from workbench.reports import settings
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
    inputs: Callable[[CaseRecord, StructureSettings, date], Any]
    render: Callable[[Any], bytes]

    def build(
        self,
        case: CaseRecord,
        structure: StructureSettings,
        today: date,
        db: Database | None = None,
        rome: RomeReference | None = None,
    ) -> bytes:
        """The PDF; with ``db``, completed with the stored CEP path (meetings, plan, project), the
        first funding scenario and its check (``rome`` lets the check read the target job's risks)."""
        if db is not None and case.id is not None:
            from workbench.reports.from_store import enrich, with_funding_scenario

            case = with_funding_scenario(case, db)
            inputs = enrich(self.inputs(case, structure, today), db, case, rome)
        else:
            inputs = self.inputs(case, structure, today)
        return bytes(self.render(inputs))

    def filename(self, case: CaseRecord) -> str:
        """« compte-rendu-entretien_martin-lea_12.pdf »: readable, safe on every file system."""
        name = fold(f"{case.last_name} {case.first_name}").replace(" ", "-") or "dossier"
        return f"{fold(self.title).replace(' ', '-')}_{name}_{case.id}.pdf"


KINDS: dict[str, DocumentKind] = {
    kind.code: kind
    for kind in (
        DocumentKind(
            "entretien",
            "Compte rendu d'entretien",
            "ce qui a été dit, les informations données, les décisions et les prochaines étapes",
            _lazy("assemble", "meeting_report"),
            _lazy("entretien", "build"),
        ),
        DocumentKind(
            "synthese",
            "Document de synthèse",
            "le projet formalisé : situation, compétences, métiers explorés, faisabilité, financement, plan d'action",
            _lazy("assemble", "project_synthesis"),
            _lazy("synthese", "build"),
        ),
        DocumentKind(
            "financement",
            "Synthèse des financements",
            "dispositifs possibles pour la formation visée, montants, reste à charge, échéances et pièces",
            _lazy("assemble", "funding_summary"),
            _lazy("financement", "build"),
        ),
        DocumentKind(
            "comparaison",
            "Comparaison des parcours",
            "les parcours possibles côte à côte : financement, revenu, reste à charge, risque, échéances",
            _lazy("comparaison", "inputs"),
            _lazy("comparaison", "build"),
        ),
        DocumentKind(
            "accord-prp",
            "Projet d'accord de période de reconversion",
            "projet d'accord écrit dans l'esprit du CERFA n° 17613*01 (interne ou externe)",
            _lazy("assemble", "prp_agreement"),
            _lazy("accord_prp", "build"),
        ),
        DocumentKind(
            "notice-rgpd",
            "Notice d'information RGPD",
            "ce qui est enregistré sur la personne, pourquoi, combien de temps, ses droits",
            _lazy("assemble", "privacy_notice"),
            _lazy("notice_rgpd", "build"),
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


def build_for_case(db: Database, paths: AppPaths, code: str, case_id: int, today: date) -> bytes:
    """The PDF of document ``code`` for the stored case ``case_id``, with the structure's settings."""
    document = kind(code)
    return document.build(
        CaseRepository(db).get(case_id), settings.load(paths), today, db, open_active(paths)
    )


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
        for offset, document in enumerate(documents):
            if progress is not None:
                progress(index * len(documents) + offset, total, f"{case.display_name} — {document.title}")
            data = document.build(case, structure, today, db, rome)
            written.append(write_pdf(Path(folder) / document.filename(case), data))
    if progress is not None:
        progress(total, total, "")
    return written
