"""The documents the funding rules cite, named as a person reads them: title and section.

A rule's reference is ``DOC:L215`` (line 215 of a source document, whose section the table in
``data/funding/sources.toml`` gives), ``DOC:L5422-1-1`` for an article of a code, or ``DOC`` alone.
The window and the documents print « Webinaire … — La période de reconversion professionnelle »,
never « 000:L215 ».
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from workbench.core.funding.rules import Source
from workbench.resources import data_path

_LINE = re.compile(r"^L(\d+)(?:-(\d+))?$")


@dataclass(frozen=True)
class Document:
    key: str
    title: str
    by: str = ""
    article: str = ""  # « article » for a code: the locator is an article number
    sections: tuple[tuple[int, int, str], ...] = ()

    def section(self, line: int) -> str:
        for start, end, title in self.sections:
            if start <= line <= end:
                return title
        return ""


@cache
def documents() -> dict[str, Document]:
    raw = tomllib.loads(data_path("funding", "sources.toml").read_text(encoding="utf-8"))
    return {
        key: Document(
            key,
            spec["title"],
            spec.get("by", ""),
            spec.get("article", ""),
            tuple((s["from"], s["to"], s["title"]) for s in spec.get("sections", ())),
        )
        for key, spec in raw["documents"].items()
    }


def describe(ref: str) -> str | None:
    """« Code du travail, article R5422-2-3 », « Webinaire … — Le PTP … »; None for an unknown ref."""
    key, _, locator = ref.partition(":")
    document = documents().get(key)
    if document is None:
        return None
    if not locator:
        return document.title
    if document.article:
        return f"{document.title}, {document.article} {locator}"
    match = _LINE.match(locator)
    if match is None:
        return f"{document.title}, {locator}"
    section = document.section(int(match.group(1)))
    return f"{document.title} — {section}" if section else document.title


def source_text(source: Source) -> str:
    """One line naming every document of ``source`` once, with its section, and its badges."""
    names = list(dict.fromkeys(d for ref in source.refs if (d := describe(ref))))
    badges = []
    if source.interpretation:
        badges.append("lecture à confirmer (interprétation)")
    if source.external:
        badges.append("source externe à vérifier")
    text = " ; ".join(names)
    if badges:
        text = f"{text} ({', '.join(badges)})" if text else ", ".join(badges).capitalize()
    return f"Source : {text}" if names else text
