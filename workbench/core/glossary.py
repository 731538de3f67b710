"""The acronyms of the CEP explained in plain French (``data/glossary.toml``), and the short guide of
each screen (``data/help_guides.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from workbench.core.text import fold


@dataclass(frozen=True)
class Term:
    term: str
    name: str
    text: str

    @property
    def search_key(self) -> str:
        return fold(f"{self.term} {self.name} {self.text}")


@cache
def terms() -> tuple[Term, ...]:
    from workbench.resources import data_path

    raw = tomllib.loads(data_path("glossary.toml").read_text(encoding="utf-8"))
    return tuple(
        sorted((Term(e["term"], e["name"], e["text"]) for e in raw["entry"]), key=lambda t: fold(t.term))
    )


def search(text: str) -> list[Term]:
    """The terms whose acronym, name or explanation holds every word typed; acronyms matching first."""
    words = fold(text).split()
    found = [t for t in terms() if all(w in t.search_key for w in words)]
    return sorted(found, key=lambda t: not any(fold(t.term).startswith(w) for w in words[:1]))


@cache
def guides() -> dict[str, str]:
    """Screen title → its guide."""
    from workbench.resources import data_path

    raw = tomllib.loads(data_path("help_guides.toml").read_text(encoding="utf-8"))
    return {title: entry["text"] for title, entry in raw["guide"].items()}
