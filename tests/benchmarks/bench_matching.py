"""Job matching over the full ROME v4.60: per-profile ranking p50/p95 (goal p95 < 5 ms), ratio to a
straightforward pure-Python implementation (goal ≥ 50×), and memory of the prepared engine."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

RELEASE = Path(__file__).resolve().parents[2].parent / "shared" / "rome" / "francetravail_rome4_v460_csv"
PROFILES = 200


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    from workbench.core.matching import Engine, Experience, rank_pure_python
    from workbench.rome.importer import import_release
    from workbench.rome.matching_data import matching_data
    from workbench.rome.reference import RomeReference

    with tempfile.TemporaryDirectory() as folder:
        reference = RomeReference(import_release(Path(folder), RELEASE).path)
        data = matching_data(reference)
        tracemalloc.start()
        began = time.perf_counter()
        engine = Engine(data)
        prepared = time.perf_counter() - began
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rng = random.Random(11)
        codes = [f.code for f in data.fiches]
        today = date(2026, 11, 24)
        profiles = []
        for _ in range(PROFILES):
            experiences = []
            for _ in range(rng.randint(1, 4)):
                start = date(rng.randint(1995, 2024), rng.randint(1, 12), 1)
                end = None if rng.random() < 0.3 else date(min(2026, start.year + rng.randint(0, 8)), 12, 1)
                experiences.append(Experience(rng.choice(codes), start, end))
            profiles.append(experiences)
        fast = []
        for experiences in profiles:
            began = time.perf_counter()
            engine.rank(experiences, today, top=20)
            fast.append((time.perf_counter() - began) * 1000)
        slow = []
        for experiences in profiles[:30]:
            began = time.perf_counter()
            rank_pure_python(data, experiences, today, top=20)
            slow.append((time.perf_counter() - began) * 1000)
    print(
        f"engine preparation       : {prepared * 1000:7.1f} ms, peak memory {peak / 1e6:.1f} MB "
        f"({len(engine.values):,} fiche-competence links, {len(data.fiches):,} fiches)"
    )
    print(
        f"ranking p50 / p95        : {statistics.median(fast):7.2f} / {percentile(fast, 0.95):.2f} ms "
        f"over {PROFILES} profiles (goal p95 < 5 ms)"
    )
    print(f"pure Python p50          : {statistics.median(slow):7.2f} ms")
    print(
        f"ratio (median)           : {statistics.median(slow) / statistics.median(fast):7.1f}× (goal ≥ 50×)"
    )


if __name__ == "__main__":
    main()
