"""Colleagues' changes reaching open windows (LISTEN / NOTIFY), on a real PostgreSQL server on loopback.

1. What the notification costs a save: the same single-row update of a case, each in its own
   transaction, with the audit trigger as ``team init`` installs it (``pg_notify``) and with the
   trigger's former version (no ``pg_notify``: the baseline), alternated in the same run.
2. How long a change takes to reach another computer's change hub: from the colleague's commit
   returning to ``(case_id, REMOTE)`` announced by :class:`workbench.app.team.RemoteChanges`,
   beside the baseline of one ``SELECT 1`` round trip to the same server.
``BENCH_NOTIFY_SAMPLES`` sets the number of samples of each (default 300).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = int(os.environ.get("BENCH_NOTIFY_SAMPLES", "300"))
BLOCK = 50


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(values) * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests import pg

    if pg.binaries() is None:
        print("PostgreSQL is not installed: run make test once (it installs the Debian package).")
        return
    import psycopg

    from workbench.app import changes
    from workbench.app.team import RemoteChanges
    from workbench.context import DATABASE_URL_ENV, PASSWORD_ENV, USER_ENV, Context
    from workbench.core.cases import CaseRecord
    from workbench.store.accounts import AccountRepository
    from workbench.store.cases import CaseRepository
    from workbench.store.db import Database

    with tempfile.TemporaryDirectory() as folder, pg.server(Path(folder) / "pg") as admin:
        url = pg.fresh_database(admin)
        owner = Database.connect(url)
        AccountRepository(owner).add("sophie", "Sophie Martin", "responsable", "sophie-mot-de-passe")
        AccountRepository(owner).add("claire", "Claire Roussel", "conseiller", "claire-mot-de-passe")
        case_id = CaseRepository(owner).add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel"))
        owner.close()
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        manager = plain.replace("://" + plain.split("://")[1].split("@")[0], "://sophie:sophie-mot-de-passe")

        with psycopg.connect(plain, autocommit=True) as admin_connection:
            row = admin_connection.execute(
                "SELECT pg_get_functiondef('atelier_audit_case'::regproc)"
            ).fetchone()
            assert row is not None
            current = str(row[0])
            former = "\n".join(line for line in current.splitlines() if "pg_notify" not in line)
            timings: dict[str, list[float]] = {"with pg_notify": [], "without (baseline)": []}
            update = "UPDATE cases SET notes = %s WHERE id = %s"
            with psycopg.connect(manager, autocommit=True) as colleague:
                for block in range(max(1, SAMPLES // BLOCK)):
                    for label, source in (("with pg_notify", current), ("without (baseline)", former)):
                        admin_connection.execute(source)
                        colleague.execute(update, ["chauffe", case_id])  # the function compiled again
                        for n in range(BLOCK):
                            began = time.perf_counter()
                            colleague.execute(update, [f"n{block}-{n}", case_id])
                            timings[label].append(time.perf_counter() - began)
            admin_connection.execute(current)
        print(
            f"1. one case saved, {len(timings['with pg_notify'])} times each, in alternated blocks of {BLOCK}:"
        )
        for label, values in timings.items():
            print(f"   {label:<20} {ms(values)}")
        ratio = statistics.median(timings["with pg_notify"]) / statistics.median(
            timings["without (baseline)"]
        )
        print(f"   ratio with / without (median): {ratio:.2f}")

        os.environ.update(
            {
                DATABASE_URL_ENV: pg.without_user(url),
                USER_ENV: "claire",
                PASSWORD_ENV: "claire-mot-de-passe",
                "WORKBENCH_PASSPHRASE": "phrase de passe du banc d'essai",
            }
        )
        ctx = Context.create(Path(folder) / "data")
        assert ctx.db.user is not None
        arrived = threading.Event()
        ctx.changes.subscribe(lambda change: arrived.set() if change.what == changes.REMOTE else None)
        remote = RemoteChanges(ctx)
        remote.start()
        assert remote.wait_listening(10)
        delivery, round_trip = [], []
        with psycopg.connect(manager, autocommit=True) as colleague:
            for n in range(SAMPLES):
                arrived.clear()
                colleague.execute("UPDATE cases SET notes = %s WHERE id = %s", [f"m{n}", case_id])
                committed = time.perf_counter()
                if not arrived.wait(10):
                    raise SystemExit("a notification did not arrive within 10 s")
                delivery.append(time.perf_counter() - committed)
                began = time.perf_counter()
                colleague.execute("SELECT 1")
                round_trip.append(time.perf_counter() - began)
        remote.stop(wait=2)
        ctx.close()
        print(f"2. a colleague's commit to (case, REMOTE) on this computer, {SAMPLES} changes:")
        print(f"   delivered            {ms(delivery)}")
        print(f"   SELECT 1 (baseline)  {ms(round_trip)}")
        print(f"   ratio (median): {statistics.median(delivery) / statistics.median(round_trip):.1f}")
        pg.drop_database(admin, url)


if __name__ == "__main__":
    main()
