"""A process adding cases is killed with SIGKILL: nothing whose add returned is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import PASSPHRASE
from workbench.store import crypto

WRITER = """
import sys
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.store.cases import CaseRepository
ctx = Context.create(sys.argv[1])
repo = CaseRepository(ctx.db)
print("ready", flush=True)
n = 0
while True:
    n += 1
    case_id = repo.add(CaseRecord(last_name=f"Nom{n}", first_name="Prénom", notes="x" * 500))
    print(case_id, flush=True)
"""


def test_sigkill_loses_no_committed_case(tmp_path: Path) -> None:
    data = tmp_path / "data"
    confirmed: set[int] = set()
    rng = random.Random(20261124)
    for _round in range(4):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True
        ) as writer:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.05, 0.4))
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait()
            confirmed.update(int(line) for line in writer.stdout.read().split() if line.isdigit())
    assert len(confirmed) > 10

    connection = crypto.connect(data / "cases.db", PASSPHRASE)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT id FROM cases")}
    finally:
        connection.close()
    assert confirmed <= stored
