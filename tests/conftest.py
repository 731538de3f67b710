"""Shared fixtures: every test runs on its own data directory, Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.context import PASSPHRASE_ENV, Context
from workbench.paths import DATA_DIR_ENV

PASSPHRASE = "phrase de passe des tests"
REPO = Path(__file__).resolve().parent.parent
# France Travail's official v4.60 release as the repository ships it (data/rome/, zipped, unchanged).
ROME_V460 = REPO / "data" / "rome" / "francetravail_rome4_v460_csv.zip"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real data directory; case databases are encrypted."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    context = Context.create(tmp_path / "data")
    yield context
    from workbench.ui.tasks import wait_for_tasks

    wait_for_tasks(10_000)  # a background read still running must not meet a closed database
    context.close()


@pytest.fixture(scope="session")
def rome_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real v4.60 release imported once per test session; returns its rome_dir."""
    from workbench.rome.importer import import_release

    rome_dir = tmp_path_factory.mktemp("rome")
    import_release(rome_dir, ROME_V460)
    return rome_dir


@pytest.fixture
def rome_ctx(ctx: Context, rome_release: Path) -> Context:
    """A context whose active ROME release is the real v4.60 (shared, read-only)."""
    import shutil

    from workbench.rome.importer import activate, active_database

    ctx.paths.ensure()
    database = active_database(rome_release)
    assert database is not None
    target = ctx.paths.rome_dir / "releases" / database.name
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        target.hardlink_to(database)
    except OSError:
        shutil.copy2(database, target)
    activate(ctx.paths.rome_dir, target)
    return ctx


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real PostgreSQL server on loopback for the session (admin URL without database)."""
    from tests import pg

    if pg.binaries() is None:
        pytest.skip("PostgreSQL is not installed (make test installs the Debian package postgresql)")
    with pg.server(tmp_path_factory.mktemp("postgresql")) as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server (the owner's URL), dropped afterwards with
    the roles of its accounts."""
    from tests import pg

    url = pg.fresh_database(pg_server)
    yield url
    pg.drop_database(pg_server, url)
