"""The rich case the document tests need, built the way a counsellor builds it (the demonstration's
operations, ``workbench.reports.demo_case``), once per test session, on the real ROME v4.60 release.

The inputs of each document come
from the stored case through the same functions as ``workbench report``.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from workbench.context import Context
from workbench.paths import AppPaths
from workbench.reports import demo_case, settings
from workbench.reports.case_file import CaseFile, load
from workbench.reports.kinds import KINDS
from workbench.rome.reference import RomeReference

TODAY = date(2026, 11, 24)
STRUCTURE = demo_case.STRUCTURE
ROME_V460 = Path(__file__).resolve().parents[1].parent / "shared" / "rome" / "francetravail_rome4_v460_csv"


@cache
def _stored() -> tuple[Context, int]:
    if not ROME_V460.exists():
        pytest.skip("the official ROME v4.60 release is not beside the repository (../shared/rome)")
    from workbench.rome.importer import import_release

    folder = Path(tempfile.mkdtemp(prefix="rich-case-"))
    ctx = Context(AppPaths.resolve(folder / "data"))
    ctx.unlock("phrase de passe des tests")
    ctx.paths.ensure()
    import_release(ctx.paths.rome_dir, ROME_V460)
    settings.save(ctx.paths, STRUCTURE)
    rome = ctx.rome
    assert rome is not None
    return ctx, demo_case.build(ctx.db, rome, TODAY)


def context() -> Context:
    return _stored()[0]


def case_id() -> int:
    return _stored()[1]


def rome() -> RomeReference:
    reference = context().rome
    assert reference is not None
    return reference


def case_file() -> CaseFile:
    return load(context().db, case_id())


def inputs(code: str, meeting: int | None = None) -> Any:
    return KINDS[code].make_inputs(case_file(), STRUCTURE, TODAY, rome(), meeting)


def meetings() -> list[int]:
    return [m.id for m in case_file().meetings if m.id is not None]


# The documents of the story, by the names the tests use.
def meeting_uo1(_today: date = TODAY) -> Any:
    return inputs("entretien", meetings()[0])


def meeting_uo22(_today: date = TODAY) -> Any:
    return inputs("entretien", meetings()[-1])


def synthesis(_today: date = TODAY) -> Any:
    return inputs("synthese")


def funding_summary(_today: date = TODAY) -> Any:
    return inputs("financement")


def prp_agreement(_today: date = TODAY, mode: str | None = "interne") -> Any:
    return replace(inputs("accord-prp"), mode=mode)


def privacy_notice(_today: date = TODAY) -> Any:
    return inputs("notice-rgpd")


def attestation(_today: date = TODAY) -> Any:
    return inputs("attestation")
