"""Search as you type through the FTS5 index built at import gives what the plain scan gives."""

from __future__ import annotations

from pathlib import Path

from workbench.rome.importer import active_database
from workbench.rome.reference import RomeReference

TYPED = ["greffiere", "clerc d avocat", "aide soignante", "conducteur de bus", "zz", "d a", "ab cd", "x"]


def test_the_index_finds_what_a_scan_finds_in_the_same_order(rome_release: Path) -> None:
    database = active_database(rome_release)
    assert database is not None
    indexed, scanned = RomeReference(database), RomeReference(database)
    assert indexed._indexed
    scanned.__dict__["_indexed"] = False  # a release imported before the index: searched in memory
    for text in TYPED:
        for end in range(1, len(text) + 1):
            for limit in (30, 100):
                expected = scanned.search(text[:end], limit)
                assert indexed.search(text[:end], limit) == expected, (text[:end], limit)
    assert indexed.search("greffiere")[0].appellation.startswith("Greffier / Greffière")
    assert indexed.search("infirm")[0].appellation.lower().startswith("infirm")
