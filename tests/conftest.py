"""Shared fixtures: every test runs on its own data directory, Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.context import Context
from workbench.paths import DATA_DIR_ENV

REPO = Path(__file__).resolve().parent.parent
ROME_V460 = REPO.parent / "shared" / "rome" / "francetravail_rome4_v460_csv"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real data directory."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    context = Context.create(tmp_path / "data")
    yield context
    context.close()
