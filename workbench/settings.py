"""The settings, declared once: one typed value stored in ``settings.json`` in the data directory.

Read by the window, the commands and the documents alike (through ``workbench.app.settings``,
which also announces a change): the structure's details printed on every document, the retention
period (the RGPD notice prints it, the Conservation view and ``workbench case retention`` use it),
the idle lock, where documents are saved by default. A missing file gives the defaults; a damaged
one is reported in French and never overwritten until new settings are saved. A ``structure.json``
left by an earlier version is read once and replaced by ``settings.json`` at the next save.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from workbench.core.dates import parse_date
from workbench.errors import UserError, ValidationError
from workbench.paths import AppPaths

MAX_RETENTION_YEARS = 10
MAX_LOCK_MINUTES = 240
LEGACY_STRUCTURE_FILE = "structure.json"


@dataclass(frozen=True)
class StructureSettings:
    """The CEP structure that issues the documents (edited in Outils > Paramètres de la structure)."""

    name: str = ""
    address: str = ""  # several lines allowed
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_path: str = ""  # PNG or JPEG; printed in the header when the file exists
    signature_line: str = (
        ""  # under the counsellor's signature, e.g. « Conseillère en évolution professionnelle »
    )
    footer_text: str = ""  # e.g. « Service gratuit financé par France compétences »
    privacy_contact: str = ""  # who answers GDPR requests (DPO or referent), printed in the notice
    retention_years: int = 2  # after the last contact; printed in the notice, used by the purge
    # Dates of the regional Transitions Pro commissions, one JJ/MM/AAAA per line: the funding calendar
    # shows the next one to each person whose transition project is possible.
    transitions_pro_commissions: str = ""


@dataclass(frozen=True)
class Settings:
    structure: StructureSettings = field(default_factory=StructureSettings)
    idle_lock_minutes: int = 10  # 0: never
    documents_folder: str = ""  # where documents are saved and exported by default ("": home)

    @property
    def retention_months(self) -> int:
        """The retention period after the last contact, as the purge counts it."""
        return self.structure.retention_years * 12


_STRUCTURE_FIELDS = {f.name: f for f in fields(StructureSettings)}
_TYPES: dict[str, type] = {"idle_lock_minutes": int, "documents_folder": str}


def structure_problems(structure: StructureSettings) -> dict[str, str]:
    found: dict[str, str] = {}
    if not 1 <= structure.retention_years <= MAX_RETENTION_YEARS:
        found["retention_years"] = (
            f"la durée de conservation doit être comprise entre 1 et {MAX_RETENTION_YEARS} ans."
        )
    if structure.logo_path:
        logo = Path(structure.logo_path)
        if not logo.is_file():
            found["logo_path"] = f"le fichier du logo « {logo} » est introuvable."
        elif logo.suffix.lower() not in {".png", ".jpg", ".jpeg"}:
            found["logo_path"] = "le logo doit être une image PNG ou JPEG."
    for number, line in enumerate(structure.transitions_pro_commissions.splitlines(), start=1):
        try:
            parse_date(line)
        except ValueError as exc:
            found["transitions_pro_commissions"] = f"ligne {number} : {exc}"
            break
    if len(structure.footer_text) > 140:
        found["footer_text"] = "le pied de page dépasse 140 caractères : il ne tiendrait pas sur une ligne."
    return found


def commission_dates(structure: StructureSettings) -> list[date]:
    """The Transitions Pro commission dates of the structure, in order (unreadable lines skipped)."""
    found = set()
    for line in structure.transitions_pro_commissions.splitlines():
        try:
            day = parse_date(line)
        except ValueError:
            continue
        if day is not None:
            found.add(day)
    return sorted(found)


def problems(settings: Settings) -> dict[str, str]:
    """What is wrong with ``settings``, field name → French explanation; empty when they are fine."""
    found = structure_problems(settings.structure)
    if not 0 <= settings.idle_lock_minutes <= MAX_LOCK_MINUTES:
        found["idle_lock_minutes"] = (
            f"le verrouillage se règle entre 0 (jamais) et {MAX_LOCK_MINUTES} minutes."
        )
    if settings.documents_folder and not Path(settings.documents_folder).is_dir():
        found["documents_folder"] = f"le dossier « {settings.documents_folder} » n'existe pas."
    return found


def structure_from_json(data: Any) -> StructureSettings:
    if not isinstance(data, dict):
        raise UserError("Les paramètres de la structure doivent être un objet JSON.")
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _STRUCTURE_FIELDS:
            continue  # a newer version's field: ignored, kept out of the way
        expected = int if key == "retention_years" else str
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ValidationError({key: "valeur de type inattendu dans les paramètres."})
        values[key] = value
    return StructureSettings(**values)


def from_json(data: Any) -> Settings:
    if not isinstance(data, dict):
        raise UserError("Les paramètres doivent être un objet JSON.")
    values: dict[str, Any] = {}
    for key, expected in _TYPES.items():
        if key in data:
            value = data[key]
            if not isinstance(value, expected) or isinstance(value, bool):
                raise ValidationError({key: "valeur de type inattendu dans settings.json."})
            values[key] = value
    return Settings(structure_from_json(data.get("structure", {})), **values)


def to_json(settings: Settings) -> dict[str, Any]:
    return asdict(settings)


def settings_file(paths: AppPaths) -> Path:
    return paths.settings_file


def _read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UserError(f"Lecture impossible des paramètres ({path}) : {exc.strerror}.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"Le fichier des paramètres ({path}) est endommagé, ligne {exc.lineno}. "
            "Corrigez-le ou enregistrez de nouveaux paramètres."
        ) from None


def load(paths: AppPaths) -> Settings:
    data = _read(settings_file(paths))
    if data is not None:
        return from_json(data)
    legacy = _read(paths.data_dir / LEGACY_STRUCTURE_FILE)
    return Settings() if legacy is None else Settings(structure_from_json(legacy))


def save(paths: AppPaths, settings: Settings) -> Path:
    """Validate and write ``settings`` atomically; raises ValidationError naming the faulty field."""
    found = problems(settings)
    if found:
        raise ValidationError(found)
    path = settings_file(paths)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(to_json(settings), out, ensure_ascii=False, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        (paths.data_dir / LEGACY_STRUCTURE_FILE).unlink(missing_ok=True)  # one file, one truth
    except OSError as exc:
        raise UserError(f"Écriture impossible des paramètres : {exc.strerror}.") from None
    return path


def with_structure(settings: Settings, structure: StructureSettings) -> Settings:
    return replace(settings, structure=structure)
