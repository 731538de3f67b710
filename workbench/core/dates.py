"""Dates as counsellors type them: « 02/03/1985 », « 2/3/1985 », « 1985-03-02 »."""

from __future__ import annotations

import re
from datetime import date

_FRENCH = re.compile(r"^\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> date | None:
    """The date written in ``text``, None for an empty text; ValueError with a French reason."""
    if not text.strip():
        return None
    if match := _FRENCH.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValueError(f"« {text.strip()} » n'est pas une date : écrivez-la JJ/MM/AAAA.")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"le {text.strip()} n'existe pas dans le calendrier.") from None


def format_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""
