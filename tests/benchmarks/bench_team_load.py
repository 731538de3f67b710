"""Team mode under load, on a real PostgreSQL server on loopback: 20 simulated counsellors (one
process each, as on their own computers, each signed in as its own login role) work at once for a
bounded time on 50,000 cases: their own 2,500 each, plus 50 cases shared by all where they collide.

Run twice in the same session, on two databases loaded alike: with the server's row-level security
off (the baseline: the application's own filter only), then on (as installed by ``team init``).
Prints throughput, p50/p95 latency per operation side by side, conflicts met, and lost updates:
every confirmed increment of a shared case's counter must be in the database (goal 0).
``BENCH_TEAM_SECONDS`` sets the duration of each run (default 10 s)."""

from __future__ import annotations

import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
COUNSELLORS, CASES, SHARED = 20, 50_000, 50
SECONDS = float(os.environ.get("BENCH_TEAM_SECONDS", "10"))
PASSWORD = "mot-de-passe-charge"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load(url: str) -> None:
    """50,000 cases, 20 counsellor accounts (login roles), the shared cases shared with all."""
    from sqlalchemy import insert

    from workbench.store.accounts import AccountRepository
    from workbench.store.db import Database
    from workbench.store.models import Case, CaseShareRow

    names = [f"Conseiller {n:02d}" for n in range(COUNSELLORS)]
    db = Database.connect(url)
    accounts = AccountRepository(db)
    accounts.add("resp", "Responsable", "responsable", PASSWORD)
    for n, name in enumerate(names):
        accounts.add(f"c{n:02d}", name, "conseiller", PASSWORD)
    with db.session() as session:
        for start in range(0, CASES, 5000):
            session.execute(
                insert(Case),
                [
                    {
                        "last_name": f"Nom{n}",
                        "first_name": "Prénom",
                        "search_key": f"nom{n} prenom",
                        "counsellor": names[n % COUNSELLORS] if n >= SHARED else "Accueil",
                        "attributes": {"counter": 0} if n < SHARED else {},
                    }
                    for n in range(start, min(start + 5000, CASES))
                ],
            )
    with db.session() as session:
        session.execute(
            insert(CaseShareRow),
            [
                {"case_id": c, "username": f"c{n:02d}"}
                for c in range(1, SHARED + 1)
                for n in range(COUNSELLORS)
            ],
        )
    db.close()


def counsellor(
    url: str, n: int, seconds: float, ready: Any
) -> tuple[dict[str, list[float]], int, int, float]:
    """One counsellor's session for ``seconds`` once all are signed in (``ready``, a barrier):
    latencies by operation, increments, conflicts, the time it worked."""
    sys.path.insert(0, str(ROOT))
    from tests.pg import without_user
    from workbench.core.cep import Meeting
    from workbench.store.cases import CaseConflict, CaseRepository
    from workbench.store.cep import CepRepository
    from workbench.store.db import Database

    rng = random.Random(n)
    db = Database.connect(without_user(url), f"c{n:02d}", PASSWORD)
    repo, cep = CaseRepository(db), CepRepository(db)
    own = [s.id for s in repo.summaries() if s.id > SHARED]
    local: dict[str, list[float]] = defaultdict(list)
    increments = conflicts = 0
    ready.wait()
    began = time.time()
    stop_at = began + seconds

    def timed(name: str, action: Any) -> None:
        start = time.perf_counter()
        action()
        local[name].append((time.perf_counter() - start) * 1000)

    while time.time() < stop_at:
        pick = rng.random()
        case_id = rng.choice(own)
        if pick < 0.05:
            timed("list my cases", repo.summaries)
        elif pick < 0.45:
            timed("open a case", lambda c=case_id: repo.get(c))
        elif pick < 0.65:
            timed(
                "save a case",
                lambda c=case_id: repo.update(repo.get(c).with_changes(notes=f"n{rng.random()}")),
            )
        elif pick < 0.75:
            timed(
                "record a meeting",
                lambda c=case_id: cep.save_meeting(c, Meeting(date(2026, 3, 2), "UO1", notes="vu")),
            )
        else:  # a shared case: read, add one, save; a conflict means read again
            shared = rng.randint(1, SHARED)
            while True:
                record = repo.get(shared)
                counter = record.attributes["counter"] + 1
                try:
                    timed(
                        "save a shared case",
                        lambda r=record, k=counter: repo.update(
                            r.with_changes(attributes={**r.attributes, "counter": k})
                        ),
                    )
                    increments += 1
                    break
                except CaseConflict:
                    conflicts += 1
    worked = time.time() - began
    db.close()
    return dict(local), increments, conflicts, worked


def run(admin: str, secured: bool) -> dict[str, Any]:
    """Load a fresh database, then let the counsellors work on it; the figures of the run."""
    from sqlalchemy import text

    from tests import pg
    from workbench.store import security
    from workbench.store.db import Database

    url = pg.fresh_database(admin)
    Database.connect(url).close()  # the owner's connection: migrations and access rules
    began = time.perf_counter()
    load(url)
    loaded = time.perf_counter() - began
    if not secured:
        owner = Database.connect(url)
        with owner.engine.begin() as connection:
            security.disable_row_security(connection)
        owner.close()
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(COUNSELLORS) as pool:
        ready = manager.Barrier(COUNSELLORS)
        results = pool.starmap(counsellor, [(url, n, SECONDS, ready) for n in range(COUNSELLORS)])
    elapsed = max(r[3] for r in results)
    latencies: dict[str, list[float]] = defaultdict(list)
    for local, _increments, _conflicts, _worked in results:
        for name, values in local.items():
            latencies[name] += values
    confirmed = sum(r[1] for r in results)
    check = Database.connect(url)
    with check.engine.connect() as connection:
        stored = sum(
            connection.execute(
                text("SELECT (attributes->>'counter')::int FROM cases WHERE id <= :n"), {"n": SHARED}
            ).scalars()
        )
    check.close()
    pg.drop_database(admin, url)
    return {
        "loaded": loaded,
        "elapsed": elapsed,
        "latencies": latencies,
        "conflicts": sum(r[2] for r in results),
        "confirmed": confirmed,
        "stored": stored,
    }


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests import pg

    if pg.binaries() is None:
        print("PostgreSQL is not installed: run make test once (it installs the Debian package).")
        return
    with tempfile.TemporaryDirectory() as folder, pg.server(Path(folder)) as admin:
        runs = {}
        for label, secured in (("RLS off", False), ("RLS on", True)):
            runs[label] = figures = run(admin, secured)
            print(f"{label}: {CASES} cases, {COUNSELLORS + 1} accounts loaded in {figures['loaded']:.1f} s")
    off, on = runs["RLS off"], runs["RLS on"]
    print(f"{COUNSELLORS} counsellors (one process, one login role each), {SECONDS:.0f} s per run")
    header = f"  {'':<20} {'RLS off':>26}   {'RLS on':>26}   p95 on/off"
    print(header)
    total = {label: sum(len(v) for v in r["latencies"].values()) for label, r in runs.items()}
    rate = {label: total[label] / runs[label]["elapsed"] for label in runs}
    print(
        f"  {'throughput':<20} {rate['RLS off']:>20.0f} op/s   {rate['RLS on']:>20.0f} op/s   "
        f"{rate['RLS on'] / rate['RLS off']:.2f}× (throughput)"
    )
    for name in sorted(off["latencies"]):
        cells = []
        for r in (off, on):
            values = r["latencies"].get(name, [0.0])
            cells.append(
                f"n={len(values):>6} p50 {statistics.median(values):5.1f} p95 {percentile(values, 0.95):5.1f} ms"
            )
        ratio = percentile(on["latencies"].get(name, [0.0]), 0.95) / max(
            percentile(off["latencies"][name], 0.95), 1e-9
        )
        print(f"  {name:<20} {cells[0]:>26}   {cells[1]:>26}   {ratio:.2f}×")
    for label, r in runs.items():
        print(
            f"{label}: conflicts met and retried {r['conflicts']}; lost updates "
            f"{r['confirmed'] - r['stored']} (increments confirmed {r['confirmed']}, stored {r['stored']})"
        )


if __name__ == "__main__":
    main()
