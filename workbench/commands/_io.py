"""Small helpers shared by the command modules: JSON in and out, in French when it fails."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from workbench.core.text import invalid_character, too_long
from workbench.errors import UserError


def read_json(path: str | Path) -> Any:
    """The JSON value in file ``path`` (``-``: the standard input)."""
    try:
        text = sys.stdin.read() if str(path) == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"Fichier introuvable : {path}") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} n'est pas un fichier texte UTF-8.") from None
    except OSError as exc:
        raise UserError(f"Lecture impossible de {path} : {exc.strerror}") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path}, ligne {exc.lineno}, colonne {exc.colno} : JSON invalide ({exc.msg})."
        ) from None
    except RecursionError:
        raise UserError(f"{path} : JSON imbriqué trop profondément pour être lu.") from None
    if (why := _invalid_text(value)) is not None:
        raise UserError(f"{path} : {why} ; rien n'a été enregistré.")
    return value


def _invalid_text(value: Any) -> str | None:
    """What is wrong with the first text of ``value`` that could not be stored (NUL, lone
    surrogate, too long); walked without recursion. The text itself is not quoted: it may be personal."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack += list(item.keys()) + list(item.values())
        elif isinstance(item, list):
            stack += item
        elif isinstance(item, str) and (why := invalid_character(item)) is not None:
            return f"un texte contient un {why}"
        elif isinstance(item, str) and (why := too_long(item)) is not None:
            return f"un {why}"
    return None


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def write_json(path: str | Path, value: Any) -> None:
    """Write atomically: a crash or a full disk leaves either the old file or the new one."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False, indent=2, default=str)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(f"Écriture impossible de {path} : {exc.strerror}") from None
