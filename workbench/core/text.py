"""Text helpers of the domain: folding for search (case, accents, apostrophes and punctuation do not
matter), and French amounts (« 12 345,60 € ») shared by the window, the command line and the PDFs."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"  # espace insécable (before the colon, inside guillemets, before €)
NNBSP = "\u202f"  # espace fine insécable (before ; ! ?, between thousands)

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: « Clerc d’avocat » → "clerc d avocat"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = ascii_only.replace("œ", "oe").replace("æ", "ae")
    return _NON_WORD.sub(" ", ascii_only).strip()


def group_thousands(number: int) -> str:
    """« 12 345 » with narrow no-break spaces between groups of three digits."""
    sign = "-" if number < 0 else ""
    digits = str(abs(number))
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sign + NNBSP.join(groups)


def euros(amount: Decimal | float | int, cents: bool = True) -> str:
    """« 1 234,56 € » (rounded half up)."""
    value = Decimal(str(amount)).quantize(Decimal("0.01") if cents else Decimal("1"), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, _, fraction = str(abs(value)).partition(".")
    text = group_thousands(int(whole))
    if cents:
        text += "," + (fraction or "00")
    return f"{sign}{text}{NBSP}€"


_INVALID = re.compile("[\x00\ud800-\udfff]")


def invalid_character(text: str) -> str | None:
    """What makes ``text`` unstorable, in French — a NUL character, or half of a UTF-16 pair (a
    lone surrogate, e.g. from a badly encoded file) — or None when it is fine."""
    found = _INVALID.search(text)
    if found is None:
        return None
    position = found.start() + 1
    if found.group() == "\x00":
        return f"caractère nul (U+0000) en position {position}"
    return f"demi-caractère isolé U+{ord(found.group()):04X} en position {position}"


# About fifty pages: far more than any note or reason, and short enough that the window stays quick
# with it (Qt lays a paragraph out whole: a million characters took seconds per keystroke).
MAX_TEXT = 100_000


def too_long(text: str) -> str | None:
    """Why ``text`` is too long to be kept, in French, or None."""
    if len(text) <= MAX_TEXT:
        return None
    return (
        f"texte de {group_thousands(len(text))} caractères : au plus {group_thousands(MAX_TEXT)} "
        "(une cinquantaine de pages)"
    )


def sentence(text: str) -> str:
    """``text`` with its first letter upper-cased and the rest kept as written ("UO1" stays "UO1";
    ``str.capitalize`` would lower it to "uo1")."""
    return text[:1].upper() + text[1:]
