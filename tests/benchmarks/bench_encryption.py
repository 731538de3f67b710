"""Encryption at rest: cost of SQLCipher on typical operations, as a ratio to the same operations on
an unencrypted database (goal: under 2× on each; opening pays the key derivation once)."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

CASES = 300
PASSPHRASE = "phrase de passe du banc d'essai"


def timed(action: Callable[[], object], rounds: int) -> list[float]:
    found = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        found.append((time.perf_counter() - start) * 1000)
    return found


def run(folder: Path, passphrase: str | None) -> dict[str, float]:
    from workbench.core.cases import CaseRecord
    from workbench.core.cep import Meeting
    from workbench.paths import AppPaths
    from workbench.store.cases import CaseRepository
    from workbench.store.cep import CepRepository
    from workbench.store.db import Database

    paths = AppPaths.resolve(folder)
    began = time.perf_counter()
    db = Database.open(paths, passphrase)
    opened = (time.perf_counter() - began) * 1000
    cases, cep = CaseRepository(db), CepRepository(db)
    counter = iter(range(10**6))
    ids: list[int] = []

    def add() -> None:
        n = next(counter)
        ids.append(cases.add(CaseRecord(last_name=f"Nom{n}", first_name="Prénom", notes="x" * 400)))

    figures = {"open (create and migrate)": opened}
    figures["add a case"] = statistics.median(timed(add, CASES))
    figures["read a case"] = statistics.median(timed(lambda: cases.get(ids[len(ids) // 2]), 200))
    figures["update a case"] = statistics.median(
        timed(lambda: cases.update(cases.get(ids[0]).with_changes(notes="changé")), 100)
    )
    figures["record a meeting"] = statistics.median(
        timed(lambda: cep.save_meeting(ids[1], Meeting(date(2026, 3, 2), "UO1", notes="notes")), 100)
    )
    figures[f"list {CASES} cases"] = statistics.median(timed(cases.summaries, 30))
    db.close()
    began = time.perf_counter()
    Database.open(paths, passphrase).close()
    figures["reopen"] = (time.perf_counter() - began) * 1000
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as plain_dir, tempfile.TemporaryDirectory() as secret_dir:
        plain = run(Path(plain_dir), None)
        secret = run(Path(secret_dir), PASSPHRASE)
    print(f"{'operation':<28}{'plain ms':>10}{'encrypted ms':>15}{'ratio':>8}")
    for name, value in plain.items():
        print(f"{name:<28}{value:>10.2f}{secret[name]:>15.2f}{secret[name] / value:>7.2f}×")


if __name__ == "__main__":
    main()
