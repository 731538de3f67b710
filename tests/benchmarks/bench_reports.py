"""Benchmark: PDF documents.

Prints the time to produce a 10-page Document de synthèse (target < 300 ms) and a batch of 100
documents: 100 case files' synthèses, and 100 case files × the five document kinds. Run with
``make bench`` or ``.venv/bin/python tests/benchmarks/bench_reports.py``.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the tests package

from tests import stored_demo as rich_case  # noqa: E402 — after the path
from workbench.reports import accord_prp, assemble, demo_case, entretien, financement, notice_rgpd, synthese  # noqa: E402
from workbench.reports.inputs import ProjectSynthesis  # noqa: E402

TODAY = date(2026, 11, 24)
TARGET_MS = 300.0


def ten_page_synthesis() -> ProjectSynthesis:
    base = rich_case.synthesis(TODAY)
    explored = base.explored_jobs  # the demonstration's: the target job and « Ça m'intéresse »
    jobs = tuple(
        replace(explored[i % len(explored)], title=f"{explored[i % len(explored)].title} (piste {i + 1})")
        for i in range(12)  # with the experiences twice: 10 pages
    )
    return replace(base, explored_jobs=jobs, experiences=base.experiences * 2)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    synthese.build(rich_case.synthesis(TODAY))  # fonts registered, modules warm: as in the window

    doc = ten_page_synthesis()
    pages = len(PdfReader(io.BytesIO(synthese.build(doc))).pages)
    runs = timed(lambda: synthese.build(doc), 15)
    median = statistics.median(runs)
    print(
        f"synthèse de {pages} pages : médiane {median:.0f} ms, min {min(runs):.0f} ms, max {max(runs):.0f} ms"
    )
    print(
        f"  objectif < {TARGET_MS:.0f} ms : ratio {median / TARGET_MS:.2f} ({'atteint' if median < TARGET_MS else 'MANQUÉ'})"
    )

    people = [
        replace(
            assemble.person(demo_case.record(demo_case.Days(date(2026, 11, 24)))),
            last_name=f"Martin{n}",
            case_number=n,
        )
        for n in range(1, 101)
    ]

    # The inputs are read from the stored case once: the batches measure the rendering.
    synthesis, meeting = rich_case.synthesis(TODAY), rich_case.meeting_uo1(TODAY)
    funding, agreement, notice = (
        rich_case.funding_summary(TODAY),
        rich_case.prp_agreement(TODAY),
        rich_case.privacy_notice(TODAY),
    )

    def batch_syntheses() -> None:
        for person in people:
            synthese.build(replace(synthesis, beneficiary=person))

    def batch_all_kinds() -> None:
        for person in people:
            entretien.build(replace(meeting, beneficiary=person))
            synthese.build(replace(synthesis, beneficiary=person))
            financement.build(replace(funding, beneficiary=person))
            accord_prp.build(replace(agreement, employee=replace(agreement.employee, person=person)))
            notice_rgpd.build(replace(notice, beneficiary=person))

    # Reading the synthèse's inputs from the stored case, and in it what is left to learn for the
    # target job (learn_next over every missing savoir-faire): its share of the reading.
    from workbench.reports.case_file import load, to_learn
    from workbench.reports.kinds import KINDS
    from workbench.rome.matching_data import engine_for

    case_file = load(rich_case.context().db, rich_case.case_id())
    engine, rome = engine_for(rich_case.rome()), rich_case.rome()
    reading = statistics.median(
        timed(lambda: KINDS["synthese"].make_inputs(case_file, rich_case.STRUCTURE, TODAY, rome), 7)
    )
    learning = statistics.median(timed(lambda: to_learn(case_file, engine, TODAY), 7))
    print(
        f"entrées de la synthèse lues du dossier : médiane {reading:.0f} ms, dont « ce qui reste à acquérir » "
        f"{learning:.0f} ms (ratio {learning / reading:.2f})"
    )

    (batch,) = timed(batch_syntheses, 1)
    print(f"lot de 100 synthèses (4 pages) : {batch / 1000:.2f} s, soit {batch / 100:.0f} ms par document")
    (batch5,) = timed(batch_all_kinds, 1)
    print(
        f"lot de 100 dossiers × 5 documents : {batch5 / 1000:.2f} s, soit {batch5 / 500:.0f} ms par document"
    )


if __name__ == "__main__":
    main()
