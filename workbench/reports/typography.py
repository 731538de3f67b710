"""French typography for printed documents: spaces, quotes, dates, amounts, blanks.

The helpers return plain Unicode text (usable anywhere, the window included): a narrow no-break
space (U+202F) before « ; ! ? », a no-break space (U+00A0) before « : » and inside « », as the
Imprimerie nationale's rules ask. :func:`markup` turns such text into reportlab paragraph markup.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from workbench.core.text import NBSP, NNBSP, group_thousands  # noqa: F401 (part of this module's API)
from workbench.core.text import euros as plain_euros
from workbench.reports.scripts import printable_text, shape_arabic

#: What a missing value prints as: room to write it by hand, sized to what is written there, or a
#: word when a line would be odd.
BLANK_LINE = "__________"  # a short value: a number, a code
BLANK_DATE = "____ / ____ / ________"
BLANK_AMOUNT = "______________ €"
BLANK_TEXT = "_" * 48  # a name, an address, a sentence
BLANK_SIRET = "☐☐☐ ☐☐☐ ☐☐☐ ☐☐☐☐☐"  # 14 boxes, grouped as a SIRET is read
TO_COMPLETE = "À compléter"
BLANKS = frozenset({BLANK_LINE, BLANK_DATE, BLANK_AMOUNT, BLANK_TEXT, BLANK_SIRET, TO_COMPLETE})

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# A space goes in only after a word (not at the start, not between « ?! »); « 14:30 » stays.
_BEFORE_NARROW = re.compile(r"(?<=[^\s;!?:])[ \u00a0\u202f]*([;!?])")
_BEFORE_COLON = re.compile(r"(?<=[^\s;!?:])[ \u00a0\u202f]*:(?!\d)")
_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f]*»")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]*)"')
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")


def french_spacing(text: str) -> str:
    """Put the French no-break spaces around « : ; ! ? « » », leaving URLs, times and e-mails alone.

    >>> french_spacing('Objet : "projet" ; prêt ?')
    'Objet\\xa0: «\\xa0projet\\xa0»\\u202f; prêt\\u202f?'
    """
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for found in _URL.finditer(text):
        parts.append(_space(text[last : found.start()]))
        parts.append(found.group(0))
        last = found.end()
    parts.append(_space(text[last:]))
    return "".join(parts)


def _space(text: str) -> str:
    text = _STRAIGHT_QUOTES.sub(r"«\1»", text)
    text = text.replace("'", "’")
    text = _BEFORE_NARROW.sub(NNBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _OPEN_QUOTE.sub("«" + NBSP, text)
    text = _CLOSE_QUOTE.sub(NBSP + "»", text)
    return text


def quoted(text: str) -> str:
    """« text », with no-break spaces inside the guillemets."""
    return f"«{NBSP}{text.strip()}{NBSP}»"


def french_date(day: date | None, weekday: bool = False) -> str:
    """« 24 novembre 2026 », « 1er mars 2027 »; room for a date when it is unknown."""
    if day is None:
        return BLANK_DATE
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number}{NBSP}{MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def short_date(day: date | None) -> str:
    """« 24/11/2026 » for tables; room for a date when unknown."""
    return day.strftime("%d/%m/%Y") if day else BLANK_DATE


def euros(amount: Decimal | float | int | None, cents: bool = True) -> str:
    """« 1 234,56 € » (rounded half up); room for an amount when it is unknown."""
    return BLANK_AMOUNT if amount is None else plain_euros(amount, cents)


def number(value: float | int | None, unit: str = "", decimals: int = 0) -> str:
    """« 1 600 h », « 7,5 mois »; a blank line when unknown. Trailing « ,0 » is dropped."""
    if value is None:
        return BLANK_LINE
    rounded = round(float(value), decimals)
    whole = int(abs(rounded))
    text = ("-" if rounded < 0 else "") + group_thousands(whole)
    fraction = abs(rounded) - whole
    if decimals and round(fraction, decimals) > 0:
        text += "," + f"{fraction:.{decimals}f}".split(".")[1].rstrip("0")
    return f"{text}{NBSP}{unit}" if unit else text


def months_text(months: float | None) -> str:
    """« 3 ans et 4 mois », « 8 mois »; a blank line when unknown."""
    if months is None:
        return BLANK_LINE
    total = int(round(months))
    years, rest = divmod(total, 12)
    parts = []
    if years:
        parts.append(f"{years}{NBSP}an" + ("s" if years > 1 else ""))
    if rest or not years:
        parts.append(f"{rest}{NBSP}mois")
    return " et ".join(parts)


def yes_no(value: bool | None) -> str:
    """« Oui », « Non », or the blank that asks for an answer."""
    if value is None:
        return TO_COMPLETE
    return "Oui" if value else "Non"


def or_blank(text: str | None, blank: str = BLANK_LINE) -> str:
    """``text`` when there is something in it, else an explicit blank."""
    return text.strip() if text and text.strip() else blank


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 1 entretien », « 3 entretiens » (French: 0 and 1 are singular)."""
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{count}{NBSP}{word}"


def printed(text: str) -> str:
    """Plain text as it can be drawn: French spacing, Arabic shaped, unprintable characters marked."""
    return printable_text(shape_arabic(french_spacing(text)))


def markup(text: str) -> str:
    """Reportlab paragraph markup for plain ``text``: escaped, French spacing, lines kept.

    Reportlab breaks lines at U+202F (it counts it as ordinary white space) but never at U+00A0,
    so a narrow no-break space is drawn as a no-break space 3.5 points smaller: about the same width, no break.
    Arabic runs go in the family whose italics have Arabic letters (``styles.ARABIC``).
    """
    spaced = escape(printed(text))
    spaced = spaced.replace(NNBSP, f'<font size="-3.5">{NBSP}</font>')
    spaced = _ARABIC_RUN.sub(r'<font name="AtelierArabic">\g<0></font>', spaced)
    return spaced.replace("\n", "<br/>")


_ARABIC_RUN = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+(?:\s+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*"
)
