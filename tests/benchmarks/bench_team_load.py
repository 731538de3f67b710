"""Team mode under load, on a real PostgreSQL server on loopback: 20 simulated counsellors (one
process each, as on their own computers) work at once for a bounded time on 50,000 cases: their own
2,500 each, plus 50 cases shared by all where they collide. Prints throughput, p50/p95 latency per
operation, conflicts met, and lost updates: every confirmed increment of a shared case's counter
must be in the database (goal 0)."""

from __future__ import annotations

import multiprocessing
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
COUNSELLORS, CASES, SHARED, SECONDS = 20, 50_000, 50, 30
PASSWORD = "mot-de-passe-charge"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load(url: str) -> None:
    """50,000 cases, 20 counsellor accounts, the shared cases shared with all."""
    from sqlalchemy import insert

    from workbench.store.accounts import hash_password
    from workbench.store.db import Database
    from workbench.store.models import AccountRow, Case, CaseShareRow

    names = [f"Conseiller {n:02d}" for n in range(COUNSELLORS)]
    db = Database.connect(url)
    with db.session() as session:
        password = hash_password(PASSWORD)
        session.execute(
            insert(AccountRow),
            [
                {
                    "username": f"c{n:02d}",
                    "display_name": name,
                    "role": "conseiller",
                    "password_hash": password,
                }
                for n, name in enumerate(names)
            ],
        )
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


def counsellor(url: str, n: int, stop_at: float) -> tuple[dict[str, list[float]], int, int]:
    """One counsellor's session until ``stop_at``: latencies by operation, increments, conflicts."""
    sys.path.insert(0, str(ROOT))
    from workbench.core.cep import Meeting
    from workbench.store.accounts import AccountRepository
    from workbench.store.cases import CaseConflict, CaseRepository
    from workbench.store.cep import CepRepository
    from workbench.store.db import Database

    rng = random.Random(n)
    db = Database.connect(url)
    AccountRepository(db).authenticate(f"c{n:02d}", PASSWORD)
    repo, cep = CaseRepository(db), CepRepository(db)
    own = [s.id for s in repo.summaries() if s.id > SHARED]
    local: dict[str, list[float]] = defaultdict(list)
    increments = conflicts = 0

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
    db.close()
    return dict(local), increments, conflicts


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests import pg
    from workbench.store.cases import CaseRepository
    from workbench.store.db import Database

    if pg.binaries() is None:
        print("PostgreSQL is not installed: run make test once (it installs the Debian package).")
        return
    with tempfile.TemporaryDirectory() as folder, pg.server(Path(folder)) as admin:
        url = pg.fresh_database(admin)
        Database.connect(url).close()  # migrations
        began = time.perf_counter()
        load(url)
        print(f"{CASES} cases, {COUNSELLORS} accounts loaded in {time.perf_counter() - began:.1f} s")
        stop_at = time.time() + SECONDS
        started = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(COUNSELLORS) as pool:
            results = pool.starmap(counsellor, [(url, n, stop_at) for n in range(COUNSELLORS)])
        elapsed = time.perf_counter() - started
        latencies: dict[str, list[float]] = defaultdict(list)
        for local, _increments, _conflicts in results:
            for name, values in local.items():
                latencies[name] += values
        confirmed = sum(r[1] for r in results)
        check = Database.connect(url)
        stored = sum(CaseRepository(check).get(c).attributes["counter"] for c in range(1, SHARED + 1))
        check.close()
        total = sum(len(v) for v in latencies.values())
        print(
            f"{COUNSELLORS} counsellors (one process each) for {elapsed:.0f} s: {total} operations, "
            f"{total / elapsed:.0f} operations/s"
        )
        for name, values in sorted(latencies.items()):
            print(
                f"  {name:<20} n={len(values):>6}  p50 {statistics.median(values):6.1f} ms  "
                f"p95 {percentile(values, 0.95):6.1f} ms"
            )
        print(f"conflicts met and retried: {sum(r[2] for r in results)}")
        print(f"lost updates: {confirmed - stored} (increments confirmed {confirmed}, stored {stored})")


if __name__ == "__main__":
    main()
