"""Fuzzing of the headless inputs and simulated environment faults: no crash, no partial write."""

from __future__ import annotations

import contextlib
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cli import main
from workbench.context import Context
from workbench.core.case_json import record_from_json
from workbench.core.cases import CaseRecord
from workbench.errors import StorageError, UserError
from workbench.rome.importer import active_database, import_release
from workbench.store.cases import CaseRepository

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=8,
)
CASE_KEYS = st.sampled_from(
    [
        "last_name",
        "first_name",
        "birth_date",
        "sex",
        "email",
        "company_headcount",
        "has_rqth",
        "months_salaried_total",
        "attributes",
        "consent_date",
        "zz",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(CASE_KEYS, JSON_VALUES, max_size=6) | JSON_VALUES)
def test_case_json_never_crashes(data: object) -> None:
    with contextlib.suppress(UserError):
        record_from_json(data)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_case_add_with_random_bytes_writes_nothing(ctx: Context, tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "fuzz.json"
    source.write_bytes(content)
    before = len(CaseRepository(ctx.db).summaries())
    code = main(["--data-dir", str(ctx.paths.data_dir), "case", "add", str(source)])
    after = len(CaseRepository(ctx.db).summaries())
    assert (code, after) in {(2, before), (0, before + 1)}


@pytest.mark.rome
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(
        [
            "unix_referentiel_appellation_v460_utf8.csv",
            "unix_coherence_item_v460_utf8.csv",
            "unix_rubrique_mobilite_v460_utf8.csv",
            "unix_texte_v460_utf8.csv",
        ]
    ),
    st.integers(0, 400_000),
    st.binary(max_size=40),
)
def test_damaged_release_files_are_refused_cleanly(
    tmp_path_factory: pytest.TempPathFactory, name: str, cut: int, junk: bytes
) -> None:
    from conftest import ROME_V460

    work = tmp_path_factory.mktemp("fuzz")
    release = work / "release"
    with zipfile.ZipFile(ROME_V460) as bundled:
        bundled.extractall(release)
    damaged = release / name
    content = damaged.read_bytes()
    damaged.write_bytes(content[: min(cut, len(content))] + junk)
    rome_dir = work / "rome"
    rome_dir.mkdir()
    try:
        import_release(rome_dir, release)
    except UserError as exc:
        assert name in str(exc) or "absent" in str(exc) or "lecture" in str(exc)
        assert active_database(rome_dir) is None
        assert not list((rome_dir / "releases").glob("*.sqlite"))
    else:
        assert active_database(rome_dir) is not None


def test_full_database_is_reported_and_loses_nothing(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    kept = repo.add(CaseRecord(last_name="Avant"))
    with ctx.db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    from sqlalchemy import event

    def cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    ctx.db.engine.dispose()
    event.listen(ctx.db.engine, "connect", cap)
    with pytest.raises(StorageError, match="disque est plein"):
        for n in range(2000):
            repo.add(CaseRecord(last_name=f"Nom{n}", notes="x" * 2000))
    event.remove(ctx.db.engine, "connect", cap)
    ctx.db.engine.dispose()
    assert repo.get(kept).last_name == "Avant"
    assert ctx.db.integrity_ok()


def test_read_only_folder_is_reported(ctx: Context) -> None:
    CaseRepository(ctx.db).add(CaseRecord(last_name="Avant"))
    ctx.close()
    folder = ctx.paths.data_dir
    folder.chmod(0o555)
    ctx.paths.case_db.chmod(0o444)
    try:
        probe = folder / "probe"
        try:
            probe.write_text("x")
            probe.unlink()
            pytest.skip("running as root: file permissions are not enforced")
        except OSError:
            pass
        reopened = Context.create(folder)
        with pytest.raises(StorageError):
            CaseRepository(reopened.db).add(CaseRecord(last_name="Pendant"))
        reopened.close()
    finally:
        folder.chmod(0o755)
        ctx.paths.case_db.chmod(0o644)
