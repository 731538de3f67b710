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


def _parts(ref: str) -> tuple[str, str] | None:
    """(document title, locator or section) of ``ref``; None for an unknown document."""
    key, _, locator = ref.partition(":")
    document = documents().get(key)
    if document is None:
        return None
    if not locator:
        return document.title, ""
    if document.article:
        return document.title, f"{document.article} {locator}"
    match = _LINE.match(locator)
    if match is None:
        return document.title, locator
    return document.title, document.section(int(match.group(1)))


def describe(ref: str) -> str | None:
    """« Code du travail, article R5422-2-3 », « Webinaire … — Le PTP … »; None for an unknown ref."""
    parts = _parts(ref)
    if parts is None:
        return None
    title, where = parts
    if not where:
        return title
    return f"{title}, {where}" if where.startswith("article ") else f"{title} — {where}"


def source_text(source: Source) -> str:
    """One line naming every document of ``source`` once, its sections after it, and its badges:
    « Source : Webinaire … — Transitions Pro et ses dispositifs, Le projet de transition … »."""
    by_document: dict[str, list[str]] = {}
    for ref in source.refs:
        parts = _parts(ref)
        if parts is None:
            continue
        where = by_document.setdefault(parts[0], [])
        if parts[1] and parts[1] not in where:
            where.append(parts[1])
    names = []
    for title, where in by_document.items():
        if not where:
            names.append(title)
        elif all(w.startswith("article") for w in where):
            articles = [w.removeprefix("article ") for w in where]
            names.append(f"{title}, article{'s' if len(articles) > 1 else ''} {', '.join(articles)}")
        else:
            names.append(f"{title} — {', '.join(where)}")
    badges = []
    if source.interpretation:
        badges.append("lecture à confirmer (interprétation)")
    if source.external:
        badges.append("source externe à vérifier")
    text = " ; ".join(names)
    if badges:
        text = f"{text} ({', '.join(badges)})" if text else ", ".join(badges).capitalize()
    return f"Source : {text}" if names else text
