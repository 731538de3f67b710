"""Writing systems on the page: what the embedded fonts can print, and Arabic made printable.

The embedded DejaVu Sans covers Latin (French, Vietnamese…), Greek, Cyrillic and Arabic. Reportlab
draws characters one after the other, left to right, without shaping: Arabic would come out as
isolated letters in the wrong order. :func:`shape_arabic` gives each letter its contextual form
(initial, medial, final, isolated, and the lam-alef ligatures) from Unicode's presentation forms,
and puts runs of Arabic in visual order (right to left). That is enough for names and short
phrases; it is not a full bidirectional layout (no advanced ligatures, a long Arabic paragraph
wrapped over several lines reads its lines top-down), which :func:`problems` says.

A character no embedded font has (an emoji, Chinese…) is printed as ``MISSING`` and named by
:func:`problems`, so the window can say it before the document is handed over.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

MISSING = "□"  # U+25A1, in the font: shows where a character could not be printed

_ALEFS = {"\u0622", "\u0623", "\u0625", "\u0627"}
_LAM = "\u0644"


@dataclass(frozen=True)
class Problem:
    """Characters of a text that do not print as typed, and what happens to them (French)."""

    characters: str
    consequence: str


def is_arabic(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


@cache
def _forms() -> dict[tuple[str, str], str]:
    """(base letters, form) → presentation form, read from Unicode's own decompositions."""
    table: dict[tuple[str, str], str] = {}
    for code in list(range(0xFE70, 0xFF00)) + list(range(0xFB50, 0xFE00)):
        decomposition = unicodedata.decomposition(chr(code))
        if not decomposition.startswith("<"):
            continue
        tag, *bases = decomposition.split()
        form = tag.strip("<>")
        if form in ("isolated", "final", "initial", "medial"):
            key = ("".join(chr(int(b, 16)) for b in bases), form)
            table.setdefault(key, chr(code))
    return table


def _joins_next(char: str) -> bool:
    return (char, "initial") in _forms() or (char, "medial") in _forms()


def _joins_previous(char: str) -> bool:
    return (char, "final") in _forms()


def _transparent(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def _neighbour(text: str, index: int, step: int) -> str | None:
    index += step
    while 0 <= index < len(text):
        if not _transparent(text[index]):
            char = text[index]
            return char if (char, "isolated") in _forms() else None
        index += step
    return None


def _contextual(text: str) -> str:
    forms = _forms()
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if not is_arabic(char) or _transparent(char) or (char, "isolated") not in forms:
            out.append(char)
            index += 1
            continue
        previous = _neighbour(text, index, -1)
        joined_before = previous is not None and _joins_next(previous) and _joins_previous(char)
        following_index = index + 1
        while following_index < len(text) and _transparent(text[following_index]):
            following_index += 1
        following = text[following_index] if following_index < len(text) else ""
        if char == _LAM and following in _ALEFS and following_index == index + 1:
            form = "final" if joined_before else "isolated"
            out.append(forms.get((char + following, form), char + following))
            index += 2
            continue
        nxt = _neighbour(text, index, 1)
        joined_after = nxt is not None and _joins_next(char) and _joins_previous(nxt)
        form = {
            (True, True): "medial",
            (True, False): "final",
            (False, True): "initial",
            (False, False): "isolated",
        }[(joined_before, joined_after)]
        out.append(forms.get((char, form), char))
        index += 1
    return "".join(out)


def _visual_order(text: str) -> str:
    """Reverse each run of Arabic (with the spaces and marks inside it), keeping marks after their letter."""
    out: list[str] = []
    run: list[list[str]] = []  # clusters: a letter and its marks

    def flush() -> None:
        # Spaces at the edges of a run stay where they are.
        trailing = []
        while run and run[-1][0].isspace():
            trailing.append(run.pop())
        out.extend("".join(cluster) for cluster in reversed(run))
        out.extend("".join(cluster) for cluster in trailing)
        run.clear()

    for char in text:
        if is_arabic(char) and not _transparent(char):
            run.append([char])
        elif _transparent(char) and run:
            run[-1].append(char)
        elif char.isspace() and run:
            run.append([char])
        else:
            flush()
            out.append(char)
    flush()
    return "".join(out)


def shape_arabic(text: str) -> str:
    """``text`` with its Arabic runs shaped and in visual order; other text unchanged."""
    if not any(is_arabic(c) for c in text):
        return text
    return "\n".join(_visual_order(_contextual(line)) for line in text.split("\n"))


# ---- What the fonts can print


@cache
def _coverage() -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    from workbench.resources import resource_path

    return frozenset(TTFontFile(str(resource_path("fonts", "DejaVuSans.ttf"))).charToGlyph)


def _invisible(char: str) -> bool:
    """Format characters (zero-width joiners, direction marks…): nothing to draw, dropped."""
    return unicodedata.category(char) == "Cf" and ord(char) not in _coverage()


def printable(char: str) -> bool:
    return ord(char) in _coverage() or char in "\n\r\t" or _invisible(char)


def printable_text(text: str) -> str:
    """``text`` with every character no embedded font has replaced by :data:`MISSING`."""
    if all(ord(c) in _coverage() or c in "\n\r\t" for c in text):
        return text
    return "".join(MISSING if not printable(c) else c for c in text if not _invisible(c))


def problems(texts: Iterable[str]) -> list[Problem]:
    """What the texts of a document hold that does not print as typed, for the window to say."""
    missing: dict[str, None] = {}
    arabic = False
    for text in texts:
        for char in text:
            if not printable(char) and char not in missing:
                missing[char] = None
            elif is_arabic(char):
                arabic = True
    found = []
    if missing:
        found.append(
            Problem(
                "".join(missing),
                f"aucune police du document ne les contient : ils sont imprimés « {MISSING} »",
            )
        )
    if arabic:
        found.append(
            Problem(
                "arabe",
                "imprimé avec les formes des lettres et de droite à gauche, sans ligatures avancées : "
                "vérifiez-le sur l'aperçu",
            )
        )
    return found
