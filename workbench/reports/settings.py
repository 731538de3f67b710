"""The structure's settings (name, address, logo, signature line, footer…) kept in ``structure.json``.

One small JSON file in the data directory, written atomically. A missing file gives empty settings
(documents then print blanks where the structure's details belong); a damaged one is reported in
French and never overwritten without the user saving again.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from workbench.errors import UserError, ValidationError
from workbench.paths import AppPaths
from workbench.reports.inputs import StructureSettings

FILENAME = "structure.json"
_FIELDS = {f.name: f for f in fields(StructureSettings)}
MAX_RETENTION_YEARS = 10


def settings_file(paths: AppPaths) -> Path:
    return paths.data_dir / FILENAME


def problems(settings: StructureSettings) -> dict[str, str]:
    """What is wrong with ``settings``, field name → French explanation; empty when they are fine."""
    found: dict[str, str] = {}
    if not 1 <= settings.retention_years <= MAX_RETENTION_YEARS:
        found["retention_years"] = (
            f"la durée de conservation doit être comprise entre 1 et {MAX_RETENTION_YEARS} ans."
        )
    if settings.logo_path:
        logo = Path(settings.logo_path)
        if not logo.is_file():
            found["logo_path"] = f"le fichier du logo « {logo} » est introuvable."
        elif logo.suffix.lower() not in {".png", ".jpg", ".jpeg"}:
            found["logo_path"] = "le logo doit être une image PNG ou JPEG."
    if len(settings.footer_text) > 140:
        found["footer_text"] = "le pied de page dépasse 140 caractères : il ne tiendrait pas sur une ligne."
    return found


def from_json(data: Any) -> StructureSettings:
    if not isinstance(data, dict):
        raise UserError("Les paramètres de la structure doivent être un objet JSON.")
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _FIELDS:
            continue  # a newer version's field: ignored, kept out of the way
        expected = int if key == "retention_years" else str
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ValidationError({key: "valeur de type inattendu dans structure.json."})
        values[key] = value
    return StructureSettings(**values)


def load(paths: AppPaths) -> StructureSettings:
    path = settings_file(paths)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return StructureSettings()
    except OSError as exc:
        raise UserError(
            f"Lecture impossible des paramètres de la structure ({path}) : {exc.strerror}."
        ) from None
    try:
        return from_json(json.loads(text))
    except json.JSONDecodeError as exc:
        raise UserError(
            f"Le fichier des paramètres de la structure ({path}) est endommagé, ligne {exc.lineno}. "
            "Corrigez-le ou enregistrez de nouveaux paramètres."
        ) from None


def save(paths: AppPaths, settings: StructureSettings) -> Path:
    """Validate and write ``settings`` atomically; raises ValidationError naming the faulty field."""
    found = problems(settings)
    if found:
        raise ValidationError(found)
    path = settings_file(paths)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{FILENAME}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(asdict(settings), out, ensure_ascii=False, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(f"Écriture impossible des paramètres de la structure : {exc.strerror}.") from None
    return path
