"""Plain dataclasses to and from JSON, for the headless commands (and anything scripted).

``from_json(Meeting, {"day": "2026-03-02", "level": "UO1"}, "entretien.json")`` reads an object
whose keys are the dataclass's fields (dates ``YYYY-MM-DD``, or ``YYYY-MM`` for months; lists for
tuples and sets); an unknown key, a missing required one or a wrong type is refused with the field
named, in French, before anything is written.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from typing import Any, TypeVar

from workbench.errors import UserError

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A dataclass (or list, dict, date…) as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(to_json(v) for v in value)
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


def _date(text: Any, field: str, where: str) -> date:
    if not isinstance(text, str):
        raise UserError(f"{where} : « {field} » doit être une date AAAA-MM-JJ.")
    try:
        return date.fromisoformat(text if len(text) != 7 else f"{text}-01")
    except ValueError:
        raise UserError(f"{where} : « {field} » : « {text} » n'est pas une date AAAA-MM-JJ.") from None


def _convert(kind: Any, value: Any, field: str, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        if value is None:
            return None
        return _convert(options[0], value, field, where)
    if kind is date:
        return _date(value, field, where)
    if origin in (tuple, frozenset, set, list):
        if not isinstance(value, list):
            raise UserError(f"{where} : « {field} » doit être une liste.")
        item = typing.get_args(kind)[0]
        items = [_convert(item, v, field, where) for v in value]
        return frozenset(items) if origin in (frozenset, set) else tuple(items) if origin is tuple else items
    if origin is dict or kind is dict:
        if not isinstance(value, dict):
            raise UserError(f"{where} : « {field} » doit être un objet.")
        return dict(value)
    if kind is bool:
        if not isinstance(value, bool):
            raise UserError(f"{where} : « {field} » doit valoir true ou false.")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise UserError(f"{where} : « {field} » doit être un nombre entier.")
        return value
    if kind is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise UserError(f"{where} : « {field} » doit être un nombre.")
        return float(value)
    if kind is str:
        if not isinstance(value, str):
            raise UserError(f"{where} : « {field} » doit être un texte.")
        return value
    if kind is Any or kind is object:
        return value
    if dataclasses.is_dataclass(kind) and isinstance(
        kind, type
    ):  # an item of a list: a point, an information
        return from_json(kind, value, f"{where} : « {field} »")
    raise UserError(f"{where} : « {field} » ne peut pas être lu.")


def from_json(
    cls: type[T],
    data: Any,
    where: str,
    *,
    base: T | None = None,
    ignore: frozenset[str] = frozenset({"id"}),
    choices: dict[str, dict[str, str]] | None = None,
) -> T:
    """A ``cls`` from ``data``; with ``base``, only the keys given change it (an edit)."""
    if not isinstance(data, dict):
        raise UserError(f"{where} : un objet JSON {{champ: valeur}} est attendu.")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields) - ignore)
    if unknown:
        raise UserError(
            f"{where} : champ(s) inconnu(s) {', '.join(unknown)} ; champs possibles : "
            f"{', '.join(n for n in fields if n not in ignore)}."
        )
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name in ignore:
            continue
        converted = _convert(hints[name], value, name, where)
        allowed = (choices or {}).get(name)
        if allowed is not None:
            for one in converted if isinstance(converted, tuple | frozenset) else (converted,):
                if one is not None and one not in allowed:
                    raise UserError(
                        f"{where} : « {name} » : « {one} » inconnu ; valeurs possibles : {', '.join(allowed)}."
                    )
        values[name] = converted
    if base is not None:
        return dataclasses.replace(base, **values)  # type: ignore[type-var]
    missing = [
        n
        for n, f in fields.items()
        if n not in values
        and n not in ignore
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise UserError(f"{where} : champ(s) obligatoire(s) manquant(s) : {', '.join(missing)}.")
    return cls(**values)
