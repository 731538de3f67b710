"""Team mode under load, on a real PostgreSQL server on loopback: 20 simulated counsellors work at
once for a bounded time on 50,000 cases (their own 2,500 each, plus 50 cases shared by all where
they collide). Prints throughput, p50/p95 latency per operation, conflicts met, and lost updates
(every successful increment of a shared case's counter must be in the database: goal 0)."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COUNSELLORS, CASES, SHARED, SECONDS = 20, 50_000, 50, 30


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import insert

    from tests import pg
    from workbench.core.cep import Meeting
    from workbench.store.accounts import AccountRepository, hash_password
    from workbench.store.cases import CaseConflict, CaseRepository
    from workbench.store.cep import CepRepository
    from workbench.store.db import Database
    from workbench.store.models import AccountRow, Case, CaseShareRow

    if pg.binaries() is None:
        print("PostgreSQL is not installed: run make test once (it installs the Debian package).")
        return
    with tempfile.TemporaryDirectory() as folder, pg.server(Path(folder)) as admin:
        url = pg.fresh_database(admin)
        setup = Database.connect(url)
        names = [f"Conseiller {n:02d}" for n in range(COUNSELLORS)]
        began = time.perf_counter()
        with setup.session() as session:
            password = hash_password("mot-de-passe-charge")
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
        with setup.session() as session:
            session.execute(
                insert(CaseShareRow),
                [
                    {"case_id": c, "username": f"c{n:02d}"}
                    for c in range(1, SHARED + 1)
                    for n in range(COUNSELLORS)
                ],
            )
        print(f"{CASES} cases, {COUNSELLORS} accounts loaded in {time.perf_counter() - began:.1f} s")
        setup.close()

        latencies: dict[str, list[float]] = defaultdict(list)
        increments = [0] * COUNSELLORS
        conflicts = [0] * COUNSELLORS
        stop = time.monotonic() + SECONDS
        lock = threading.Lock()

        def counsellor(n: int) -> None:
            rng = random.Random(n)
            db = Database.connect(url)
            AccountRepository(db).authenticate(f"c{n:02d}", "mot-de-passe-charge")
            repo, cep = CaseRepository(db), CepRepository(db)
            own = [s.id for s in repo.summaries() if s.id > SHARED]
            local: dict[str, list[float]] = defaultdict(list)

            def timed(name: str, action):  # type: ignore[no-untyped-def]
                start = time.perf_counter()
                result = action()
                local[name].append((time.perf_counter() - start) * 1000)
                return result

            while time.monotonic() < stop:
                pick = rng.random()
                if pick < 0.05:
                    timed("list my cases", repo.summaries)
                elif pick < 0.45:
                    timed("open a case", lambda: repo.get(rng.choice(own)))
                elif pick < 0.65:
                    case_id = rng.choice(own)
                    timed(
                        "save a case",
                        lambda c=case_id: repo.update(repo.get(c).with_changes(notes=f"n{rng.random()}")),
                    )
                elif pick < 0.75:
                    case_id = rng.choice(own)
                    timed(
                        "record a meeting",
                        lambda c=case_id: cep.save_meeting(c, Meeting(date(2026, 3, 2), "UO1", notes="vu")),
                    )
                else:  # a shared case: read, add one, save; a conflict means read again
                    case_id = rng.randint(1, SHARED)
                    while True:
                        record = repo.get(case_id)
                        counter = record.attributes["counter"] + 1
                        try:
                            timed(
                                "save a shared case",
                                lambda r=record, k=counter: repo.update(
                                    r.with_changes(attributes={**r.attributes, "counter": k})
                                ),
                            )
                            increments[n] += 1
                            break
                        except CaseConflict:
                            conflicts[n] += 1
            with lock:
                for name, values in local.items():
                    latencies[name] += values
            db.close()

        threads = [threading.Thread(target=counsellor, args=(n,)) for n in range(COUNSELLORS)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        check = Database.connect(url)
        stored = sum(CaseRepository(check).get(c).attributes["counter"] for c in range(1, SHARED + 1))
        check.close()
        total = sum(len(v) for v in latencies.values())
        print(
            f"{COUNSELLORS} counsellors for {elapsed:.0f} s: {total} operations, {total / elapsed:.0f} operations/s"
        )
        for name, values in sorted(latencies.items()):
            print(
                f"  {name:<20} n={len(values):>6}  p50 {statistics.median(values):6.1f} ms  p95 {percentile(values, 0.95):6.1f} ms"
            )
        print(f"conflicts met and retried: {sum(conflicts)}")
        print(
            f"lost updates: {sum(increments) - stored} (increments confirmed {sum(increments)}, stored {stored})"
        )


if __name__ == "__main__":
    main()
