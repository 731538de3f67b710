"""Funding checks: loading and checking the rules tables, then one evaluation of every scheme for
the worked examples of funding_rules.md §9, p50/p95 (goal p95 < 50 ms: the window re-evaluates on
the GUI thread after each answer), with and without the ROME exposure reading of the target job."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The official v4.60 release bundled in the repository (data/rome/), zipped as shipped.
RELEASE = Path(__file__).resolve().parents[2] / "data" / "rome" / "francetravail_rome4_v460_csv.zip"
ROUNDS = 40


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.funding.worked_examples import CASES, COMMON
    from workbench.core import funding
    from workbench.core.funding import rules
    from workbench.rome.funding_data import check
    from workbench.rome.importer import import_release
    from workbench.rome.reference import RomeReference

    began = time.perf_counter()
    book = rules.load()
    loaded = (time.perf_counter() - began) * 1000
    on = date(2026, 5, 4)
    inputs = [{**COMMON, **case} for case, _ in CASES.values()]
    plain: list[float] = []
    for _ in range(ROUNDS):
        for attrs in inputs:
            start = time.perf_counter()
            funding.check(attrs, on, book=book)
            plain.append((time.perf_counter() - start) * 1000)
    print(
        f"rules tables: {len(book.schemes)} schemes, {len(book.attributes)} attributes, loaded and checked in {loaded:.1f} ms"
    )
    print(
        f"one check (every scheme): p50 {statistics.median(plain):.2f} ms, p95 {percentile(plain, 0.95):.2f} ms"
    )
    if RELEASE.exists():
        with tempfile.TemporaryDirectory() as folder:
            reference = RomeReference(import_release(Path(folder), RELEASE).path)
            with_rome: list[float] = []
            for _ in range(ROUNDS):
                for attrs in inputs:
                    attrs = {k: v for k, v in attrs.items() if not k.startswith("target_job_exposed")}
                    start = time.perf_counter()
                    check(reference, attrs, on)
                    with_rome.append((time.perf_counter() - start) * 1000)
            p95 = percentile(with_rome, 0.95)
            print(
                f"with ROME exposure and plans: p50 {statistics.median(with_rome):.2f} ms, p95 {p95:.2f} ms"
            )
            print(f"ratio to the goal (50 ms): {50 / p95:.0f}× under")


if __name__ == "__main__":
    main()
