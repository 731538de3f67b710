"""The JSON form of a case file (``workbench case add FILE.json``, exports).

Keys are the :class:`~workbench.core.cases.CaseRecord` field names; dates are ``YYYY-MM-DD``;
``attributes`` is an object of funding attributes by their spec names. Unknown keys and values of
the wrong type are refused with the field named, before anything is written.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from workbench.core.cases import EDITABLE_FIELDS, CaseRecord
from workbench.errors import ValidationError

_TYPES = typing.get_type_hints(CaseRecord)


def _convert(name: str, value: Any) -> Any:
    hint = _TYPES[name]
    args = set(typing.get_args(hint)) if isinstance(hint, types.UnionType) else {hint}
    if value is None:
        if type(None) in args:
            return None
        if str in args:
            return ""
        raise ValidationError({name: "ce champ ne peut pas être vide."})
    if date in args:
        if not isinstance(value, str):
            raise ValidationError({name: "date attendue au format AAAA-MM-JJ."})
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError({name: f"« {value} » n'est pas une date valide (AAAA-MM-JJ)."}) from None
    if bool in args:
        if isinstance(value, bool):
            return value
        raise ValidationError({name: "valeur attendue : true ou false."})
    if int in args:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValidationError({name: "nombre entier attendu."})
    if float in args:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise ValidationError({name: "nombre attendu."})
    if str in args:
        if isinstance(value, str):
            return value.strip()
        raise ValidationError({name: "texte attendu."})
    if name == "attributes":
        if isinstance(value, dict) and all(isinstance(k, str) for k in value):
            return dict(value)
        raise ValidationError({name: "objet JSON attendu (nom d'attribut → valeur)."})
    raise ValidationError({name: "valeur non reconnue."})


def record_from_json(data: Any) -> CaseRecord:
    """Build a new case from a JSON object; raises ValidationError naming every bad field."""
    if not isinstance(data, dict):
        raise ValidationError({"(fichier)": "le fichier doit contenir un objet JSON { … }."})
    problems: dict[str, str] = {}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in EDITABLE_FIELDS:
            problems[str(key)] = "champ inconnu."
            continue
        try:
            values[key] = _convert(key, value)
        except ValidationError as exc:
            problems.update(exc.problems)
    if "last_name" not in values and "last_name" not in problems:
        problems["last_name"] = "le nom de famille est obligatoire."
    if problems:
        raise ValidationError(problems)
    return CaseRecord(**values)


def record_to_json(record: CaseRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(CaseRecord):
        value = getattr(record, f.name)
        out[f.name] = value.isoformat() if isinstance(value, date | datetime) else value
    return out
