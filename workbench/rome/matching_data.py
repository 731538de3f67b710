"""The matching engine's input, read from a ROME reference database (once per release)."""

from __future__ import annotations

import threading

from workbench.core.diploma import diploma_level
from workbench.core.matching import Engine, FicheFacts, MatchingData
from workbench.rome.reference import TAGS, RomeReference

_engines: dict[tuple[int, int, int, int], Engine] = {}
_lock = threading.Lock()


def matching_data(reference: RomeReference) -> MatchingData:
    db = reference.db
    tags: dict[str, set[str]] = {}
    for code, eco, num, demo, cadre, reglemente in db.execute(
        "SELECT code, transition_eco, transition_num, transition_demo, cadre, reglemente FROM fiches"
    ):
        found = tags.setdefault(code, set())
        if eco and eco != "Emploi Blanc":
            found.add("transition_eco")
        for name, value in (
            ("transition_num", num),
            ("transition_demo", demo),
            ("cadre", cadre),
            ("reglemente", reglemente),
        ):
            if value == "O":
                found.add(name)
    secteurs: dict[str, set[str]] = {}
    for code, secteur in db.execute("SELECT code_rome, secteur FROM fiche_secteurs"):
        secteurs.setdefault(code, set()).add(secteur)
    centres: dict[str, set[str]] = {}
    for code, centre in db.execute("SELECT code_rome, centre FROM fiche_centres"):
        centres.setdefault(code, set()).add(centre)
    fiches = tuple(
        FicheFacts(
            code,
            title,
            domaine,
            frozenset(tags.get(code, ())) & frozenset(TAGS),
            frozenset(secteurs.get(code, ())),
            frozenset(centres.get(code, ())),
            diploma_level(access or ""),
        )
        for code, title, domaine, access in db.execute(
            "SELECT code, title, domaine, access FROM fiches ORDER BY code"
        )
    )
    # The fiche's whole content: savoir-faire, savoir-être and savoirs (kind as linked to the fiche).
    links: dict[str, dict[str, str]] = {}
    contexts: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    labels: dict[str, str] = {}
    for code, ogr, kind, core, label in db.execute(
        "SELECT fi.code_rome, fi.ogr, fi.kind, fi.core, i.label FROM fiche_items fi JOIN items i ON i.ogr = fi.ogr "
        "WHERE fi.kind IN ('savoir_faire', 'savoir_etre', 'savoir', 'contexte')"
    ):
        if kind == "contexte":
            contexts.setdefault(code, set()).add(label)
        else:
            links.setdefault(code, {})[ogr] = core or ""
            kinds.setdefault(ogr, kind)
            labels[ogr] = label
    items = sorted(kinds)
    mobility: dict[str, list[str]] = {}
    for code, target in db.execute("SELECT code_rome, target FROM mobility ORDER BY code_rome, rank"):
        mobility.setdefault(code, []).append(target)
    return MatchingData(
        fiches=fiches,
        items=tuple(items),
        item_labels=tuple(labels[i] for i in items),
        item_kinds=tuple(kinds[i] for i in items),
        links=links,
        contexts={code: frozenset(labels) for code, labels in contexts.items()},
        mobility={code: tuple(targets) for code, targets in mobility.items()},
    )


def engine_for(reference: RomeReference) -> Engine:
    """The engine of a release, prepared once and shared."""
    stat = reference.path.stat()  # the same file under another name (a hard link) is the same release
    key = (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = Engine(matching_data(reference))
        return engine
