"""Queries on the active ROME release: info, search as you type, fiche pages, browsing.

The reference database is opened read-only; the search index (folded appellation and fiche
titles) is built once per release in memory, so a keystroke costs a few milliseconds.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from workbench.core.text import fold
from workbench.paths import AppPaths
from workbench.rome.importer import active_database

TAGS = {
    "transition_eco": "Transition écologique",
    "transition_num": "Transition numérique",
    "transition_demo": "Transition démographique",
    "cadre": "Emploi cadre",
    "reglemente": "Emploi réglementé",
}
KIND_LABELS = {
    "savoir_faire": "Savoir-faire",
    "savoir_etre": "Savoir-être professionnels",
    "savoir": "Savoirs",
}
RIASEC = {
    "R": "Réaliste",
    "I": "Investigateur",
    "A": "Artistique",
    "S": "Social",
    "E": "Entreprenant",
    "C": "Conventionnel",
}


@dataclass(frozen=True)
class ReleaseInfo:
    version: str
    label: str
    published_on: str
    imported_at: str
    counts: dict[str, int]

    @property
    def version_label(self) -> str:
        return f"ROME 4.0 version {self.version[2:]} ({self.label})" if self.label else f"ROME {self.version}"

    @property
    def credit(self) -> str:
        """The credit the Licence Ouverte asks for."""
        return f"Source : France Travail – {self.version_label}"


@dataclass(frozen=True)
class SearchHit:
    appellation: str
    appellation_ogr: str | None  # None when the hit is the fiche title itself
    code: str
    fiche_title: str


@dataclass(frozen=True)
class FicheItem:
    ogr: str
    label: str
    kind: str
    core: str  # "principale", "emergente" or ""
    group: str  # competence domain, savoir category or contexte category


@dataclass(frozen=True)
class FicheLink:
    code: str
    title: str


@dataclass(frozen=True)
class Fiche:
    code: str
    title: str
    grand_domaine: str
    domaine: str
    definition: str
    access: str
    appellations: tuple[str, ...]
    items: tuple[FicheItem, ...]
    secteurs: tuple[str, ...]
    centres_interet: tuple[str, ...]
    riasec: tuple[str, ...]
    tags: tuple[str, ...]
    mobility: tuple[FicheLink, ...]

    def of_kind(self, kind: str) -> list[FicheItem]:
        return [item for item in self.items if item.kind == kind]


class RomeReference:
    """One imported release, read-only. Safe to share between threads (one connection each)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    @property
    def db(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            self._local.connection = connection
        return connection

    # ---- Release

    def info(self) -> ReleaseInfo:
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        return ReleaseInfo(
            meta["version"],
            meta.get("label", ""),
            meta.get("published_on", ""),
            meta.get("imported_at", ""),
            json.loads(meta["counts"]),
        )

    # ---- Search

    @cached_property
    def _index(self) -> list[tuple[str, int, SearchHit]]:
        titles = dict(self.db.execute("SELECT code, title FROM fiches"))
        # Principal appellations first: when one reads as its fiche's title, the hit kept carries the
        # appellation code, which the experience dialog needs.
        index = [(fold(title), 1, SearchHit(title, None, code, title)) for code, title in titles.items()]
        for ogr, code, label, key, principal in self.db.execute(
            "SELECT ogr, code_rome, label, search_key, principal FROM appellations"
        ):
            index.append((key, 0 if principal else 2, SearchHit(label, ogr, code, titles[code])))
        index.sort(key=lambda entry: (entry[1], len(entry[0])))
        return index

    @cached_property
    def _indexed(self) -> bool:
        """Releases imported since the FTS5 index exist have it; older ones are searched in memory."""
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone() is not None

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Appellations and fiche titles containing every word typed, in any case, accents or gender;
        those starting with the first word first, then fiche titles, principal appellations, shorter."""
        words = fold(text).split()
        if not words:
            return []
        if len(words) == 1 and len(words[0]) == 5 and words[0][0].isalpha() and words[0][1:].isdigit():
            fiche = self.db.execute(
                "SELECT code, title FROM fiches WHERE code = ?", (words[0].upper(),)
            ).fetchone()
            if fiche:
                return [SearchHit(fiche[1], None, fiche[0], fiche[1])]
        if self._indexed:
            return self._search_index(words, limit)
        return self._search_memory(words, limit)

    def _search_index(self, words: list[str], limit: int) -> list[SearchHit]:
        first, typed = words[0], " ".join(words)
        others = "".join(" AND e.key LIKE ?" for _ in words[1:])
        params: list[object] = [f"%{w}%" for w in words[1:]]
        columns = "e.key, e.label, e.ogr, e.code, e.fiche_title"
        starts = "e.key >= ? AND e.key < ?"
        bounds = [first, first + "\uffff"]
        # Those starting with the first word: an index on its first letters walks them in the order
        # shown, so only about as many rows as are shown are read.
        prefix = f"p{min(len(first), 3)}"
        rows = self.db.execute(
            f"SELECT {columns} FROM search_entries e WHERE e.{prefix} = ? AND {starts}{others} "
            "ORDER BY e.id LIMIT ?",
            [first[:3], *bounds, *params, limit * 2],
        ).fetchall()
        if len({(r[1], r[3]) for r in rows}) < limit:
            # Then those holding it inside: through the trigram index when a word has three letters
            # or more, else by a scan (a short first word that starts few keys: a rare case).
            long_words = [w for w in words if len(w) >= 3]
            short = "".join(" AND e.key LIKE ?" for w in words if len(w) < 3)
            short_params = [f"%{w}%" for w in words if len(w) < 3]
            source = "search_entries e"
            match = ""
            match_params: list[object] = []
            if long_words:
                source = "search_fts f JOIN search_entries e ON e.id = f.rowid"
                match = "search_fts MATCH ? AND "
                match_params = [" AND ".join('"' + w + '"' for w in long_words)]
            rows += self.db.execute(
                f"SELECT {columns} FROM {source} WHERE {match}NOT ({starts}){short} ORDER BY e.id LIMIT ?",
                [*match_params, *bounds, *short_params, limit * 2],
            ).fetchall()
        begins: list[SearchHit] = []
        inside: list[SearchHit] = []
        seen: set[tuple[str, str]] = set()
        for key, label, ogr, code, fiche_title in rows:
            if (label, code) not in seen:  # a fiche title is often one of its appellations too
                seen.add((label, code))
                (begins if key.startswith(first) else inside).append(SearchHit(label, ogr, code, fiche_title))
        begins = begins[:limit]
        exact = [hit for hit in begins if fold(hit.appellation) == typed]  # what was typed, first
        return (exact + [hit for hit in begins if hit not in exact] + inside)[:limit]

    def _search_memory(self, words: list[str], limit: int) -> list[SearchHit]:
        first, rest = words[0], words[1:]
        starts: list[SearchHit] = []
        inside: list[SearchHit] = []
        seen: set[tuple[str, str]] = set()
        for key, _rank, hit in self._index:
            if first in key and all(w in key for w in rest) and (hit.appellation, hit.code) not in seen:
                seen.add((hit.appellation, hit.code))
                (starts if key.startswith(first) else inside).append(hit)
                if len(starts) >= limit:
                    break
        exact = [hit for hit in starts if fold(hit.appellation) == " ".join(words)]
        return (exact + [hit for hit in starts if hit not in exact] + inside)[:limit]

    def appellation(self, ogr: str) -> SearchHit | None:
        row = self.db.execute(
            "SELECT a.label, a.ogr, a.code_rome, f.title FROM appellations a "
            "JOIN fiches f ON f.code = a.code_rome WHERE a.ogr = ?",
            (ogr,),
        ).fetchone()
        return SearchHit(*row) if row else None

    # ---- Fiche

    def fiche(self, code: str) -> Fiche | None:
        db = self.db
        row = db.execute(
            "SELECT f.code, f.title, g.label, d.label, f.definition, f.access, f.riasec_major, "
            "f.riasec_minor, f.transition_eco, f.transition_num, f.transition_demo, f.cadre, "
            "f.reglemente FROM fiches f LEFT JOIN grand_domaines g ON g.code = f.grand_domaine "
            "LEFT JOIN domaines d ON d.code = f.domaine WHERE f.code = ?",
            (code.strip().upper(),),
        ).fetchone()
        if row is None:
            return None
        (code, title, grand, domaine, definition, access, major, minor, eco, num, demo, cadre, reglemente) = (
            row
        )
        appellations = tuple(
            label
            for (label,) in db.execute(
                "SELECT label FROM appellations WHERE code_rome = ? ORDER BY principal DESC, label", (code,)
            )
        )
        items = tuple(
            FicheItem(ogr, label, kind, core or "", self._group(kind, category, macro))
            for ogr, label, kind, core, category, macro in db.execute(
                "SELECT i.ogr, i.label, fi.kind, fi.core, i.category, i.macro_code FROM fiche_items fi "
                "JOIN items i ON i.ogr = fi.ogr WHERE fi.code_rome = ? "
                "ORDER BY fi.kind, i.macro_code, fi.core = '', i.label",
                (code,),
            )
        )
        secteurs = tuple(
            label
            for (label,) in db.execute(
                "SELECT DISTINCT s.label FROM fiche_secteurs fs JOIN secteurs s ON s.code = fs.secteur "
                "WHERE fs.code_rome = ? ORDER BY fs.principal DESC, s.label",
                (code,),
            )
        )
        centres = tuple(
            label
            for (label,) in db.execute(
                "SELECT c.label FROM fiche_centres fc JOIN centres_interet c ON c.code = fc.centre "
                "WHERE fc.code_rome = ? ORDER BY fc.principal DESC, c.label",
                (code,),
            )
        )
        mobility = tuple(
            FicheLink(target, title)
            for target, title in db.execute(
                "SELECT m.target, f.title FROM mobility m JOIN fiches f ON f.code = m.target "
                "WHERE m.code_rome = ? ORDER BY m.rank",
                (code,),
            )
        )
        tags = []
        if eco and eco != "Emploi Blanc":
            tags.append(eco)
        for column, value in (
            ("transition_num", num),
            ("transition_demo", demo),
            ("cadre", cadre),
            ("reglemente", reglemente),
        ):
            if value == "O":
                tags.append(TAGS[column])
        return Fiche(
            code,
            title,
            grand or "",
            domaine or "",
            definition or "",
            access or "",
            appellations,
            items,
            secteurs,
            centres,
            tuple(RIASEC[x] for x in (major, minor) if x in RIASEC),
            tuple(tags),
            mobility,
        )

    @staticmethod
    def _group(kind: str, category: str | None, macro: str | None) -> str:
        """Competences by domain (the macro-compétence code's first digit) and macro-compétence."""
        if kind in {"savoir_faire", "savoir_etre"} and macro:
            return f"Domaine {macro[0]} · {category}"
        return category or ""

    # ---- Browse

    def grand_domaines(self) -> list[tuple[str, str]]:
        return list(self.db.execute("SELECT code, label FROM grand_domaines ORDER BY code"))

    def domaines(self, grand_domaine: str) -> list[tuple[str, str]]:
        return list(
            self.db.execute(
                "SELECT code, label FROM domaines WHERE code LIKE ? ORDER BY code", (f"{grand_domaine}%",)
            )
        )

    def fiches_in_domaine(self, domaine: str) -> list[FicheLink]:
        return [
            FicheLink(*row)
            for row in self.db.execute(
                "SELECT code, title FROM fiches WHERE domaine = ? ORDER BY code", (domaine,)
            )
        ]

    def secteurs(self) -> list[tuple[str, str]]:
        return list(
            self.db.execute(
                "SELECT code, label FROM secteurs WHERE code IN "
                "(SELECT secteur FROM fiche_secteurs) ORDER BY label"
            )
        )

    def fiches_in_secteur(self, secteur: str) -> list[FicheLink]:
        return [
            FicheLink(*row)
            for row in self.db.execute(
                "SELECT DISTINCT f.code, f.title FROM fiche_secteurs fs JOIN fiches f ON f.code = fs.code_rome "
                "WHERE fs.secteur = ? ORDER BY f.title",
                (secteur,),
            )
        ]

    def centres_interet(self) -> list[tuple[str, str]]:
        return list(
            self.db.execute(
                "SELECT code, label FROM centres_interet WHERE code IN "
                "(SELECT centre FROM fiche_centres) ORDER BY label"
            )
        )

    def fiches_in_centre(self, centre: str) -> list[FicheLink]:
        return [
            FicheLink(*row)
            for row in self.db.execute(
                "SELECT f.code, f.title FROM fiche_centres fc JOIN fiches f ON f.code = fc.code_rome "
                "WHERE fc.centre = ? ORDER BY f.title",
                (centre,),
            )
        ]

    def fiches_with_tag(self, tag: str) -> list[FicheLink]:
        if tag == "transition_eco":
            where = "transition_eco NOT IN ('', 'Emploi Blanc')"
        elif tag in TAGS:
            where = f"{tag} = 'O'"
        else:
            return []
        return [
            FicheLink(*row)
            for row in self.db.execute(f"SELECT code, title FROM fiches WHERE {where} ORDER BY title")
        ]


_cache: dict[Path, RomeReference] = {}
_lock = threading.Lock()


def open_active(paths: AppPaths) -> RomeReference | None:
    """The active release, or None. Cheap: one reference per database file."""
    database = active_database(paths.rome_dir)
    if database is None:
        return None
    with _lock:
        reference = _cache.get(database)
        if reference is None:
            reference = _cache[database] = RomeReference(database)
        return reference
