"""Attribute values as the engine wants them, from JSON or a form: checked against the catalogue.

JSON gives strings, numbers, booleans, lists and objects; the engine works on ``Decimal``, ``date``,
``bool``, tuples and dicts. ``null`` (or an absent name) means unknown. Every problem names the
attribute and says what is expected, in French, so the command line and the window can show it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from workbench.core.funding.rules import Attribute, Rulebook
from workbench.errors import ValidationError

_ROME = re.compile(r"^[A-N][0-9]{4}$")


def _number(attribute: Attribute, raw: Any) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str, Decimal)):
        raise ValueError("un nombre est attendu")
    try:
        value = Decimal(str(raw).replace(",", ".").replace(" ", "").replace("\u202f", ""))
    except InvalidOperation:
        raise ValueError(f"« {raw} » n'est pas un nombre") from None
    if not value.is_finite():
        raise ValueError("un nombre fini est attendu")
    if attribute.type == "int" and value != value.to_integral_value():
        raise ValueError("un nombre entier est attendu")
    if attribute.min is not None and value < attribute.min:
        raise ValueError(f"doit être au moins {attribute.min}")
    if attribute.max is not None and value > attribute.max:
        raise ValueError(f"doit être au plus {attribute.max}")
    if attribute.min is None and value < 0 and attribute.type in ("decimal", "int", "number"):
        raise ValueError("ne peut pas être négatif")
    return value


def _code(attribute: Attribute, raw: Any) -> str:
    code = str(raw) if isinstance(raw, (str, int)) and not isinstance(raw, bool) else None
    if code is None or code not in attribute.values:
        allowed = ", ".join(attribute.values)
        raise ValueError(f"valeur « {raw} » inconnue ; valeurs possibles : {allowed}")
    return code


def coerce(attribute: Attribute, raw: Any) -> Any:
    """The typed value of ``raw`` for ``attribute``; ValueError with a French reason."""
    if raw is None or raw == "":
        return None
    kind = attribute.type
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        raise ValueError("vrai ou faux attendu (true / false)")
    if kind in ("int", "decimal", "number"):
        return _number(attribute, raw)
    if kind == "date":
        if isinstance(raw, date):
            return raw
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            raise ValueError(f"« {raw} » n'est pas une date AAAA-MM-JJ") from None
    if kind == "enum":
        return _code(attribute, raw)
    if kind == "set":
        if not isinstance(raw, (list, tuple, set, frozenset)):
            raise ValueError("une liste de valeurs est attendue")
        return tuple(sorted({_code(attribute, item) for item in raw}))
    if kind == "map":
        if not isinstance(raw, Mapping):
            raise ValueError("un objet {valeur: nombre} est attendu")
        months = Attribute(attribute.name, attribute.group, attribute.scope, "number", "", "")
        return {_code(attribute, key): _number(months, value) for key, value in raw.items()}
    if not isinstance(raw, str):
        raise ValueError("un texte est attendu")
    if attribute.format == "rome":
        code = raw.strip().upper()
        if not _ROME.match(code):
            raise ValueError(
                f"« {raw} » n'est pas un code ROME (une lettre de A à N et 4 chiffres, ex. M1607)"
            )
        return code
    return raw


def read(book: Rulebook, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute of ``raw`` typed; ValidationError naming each bad or unknown attribute."""
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for name, value in raw.items():
        attribute = book.attributes.get(name)
        if attribute is None:
            if name in book.parameters:
                attribute = Attribute(name, "contexte", "context", "decimal", name, "")
            else:
                problems[name] = "attribut inconnu des règles de financement (voir funding_rules.md §8)"
                continue
        try:
            values[name] = coerce(attribute, value)
        except ValueError as exc:
            problems[name] = str(exc)
    if problems:
        raise ValidationError(problems)
    return {k: v for k, v in values.items() if v is not None}


def to_json(value: Any) -> Any:
    """The JSON form of a typed value (the inverse of :func:`coerce`)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value
