"""The case-file store: repository, pragmas, migrations, environment errors."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from tests.conftest import PASSPHRASE
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.errors import StorageError, ValidationError
from workbench.paths import AppPaths
from workbench.store import crypto, migrations
from workbench.store import db as store_db
from workbench.store.cases import CaseConflict, CaseNotFound, CaseRepository
from workbench.store.db import Database
from workbench.store.export import export_case


def test_add_get_update_archive_restore(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    case_id = repo.add(CaseRecord(last_name="Dupont", first_name="Élodie", birth_date=date(1985, 3, 2)))
    stored = repo.get(case_id)
    assert (stored.last_name, stored.first_name, stored.version) == ("Dupont", "Élodie", 1)

    updated = repo.update(stored.with_changes(city="Lyon", attributes={"cpf_balance_eur": 1200}))
    assert updated.city == "Lyon" and updated.version == 2
    assert repo.get(case_id).attributes == {"cpf_balance_eur": 1200}

    assert repo.set_archived(case_id, True).archived
    assert [s.id for s in repo.summaries(include_archived=False)] == []
    assert not repo.set_archived(case_id, False).archived
    assert [s.id for s in repo.summaries(include_archived=False)] == [case_id]


def test_stale_version_is_refused_not_merged(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    first = repo.get(repo.add(CaseRecord(last_name="Martin")))
    repo.update(first.with_changes(city="Lyon"))
    with pytest.raises(CaseConflict, match="modifié ailleurs"):
        repo.update(first.with_changes(city="Paris"))
    assert repo.get(first.id or 0).city == "Lyon"


def test_invalid_case_is_not_written(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    with pytest.raises(ValidationError) as refused:
        repo.add(CaseRecord(last_name="", birth_date=date(2090, 1, 1)))
    assert set(refused.value.problems) == {"last_name", "birth_date"}
    assert repo.summaries() == []


def test_unknown_case(ctx: Context) -> None:
    with pytest.raises(CaseNotFound, match="Aucun dossier n° 42"):
        CaseRepository(ctx.db).get(42)


def test_counsellors_are_distinct_and_sorted(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    for name, counsellor in (("A", "Marc Petit"), ("B", "Claire Roussel"), ("C", "Marc Petit"), ("D", "")):
        repo.add(CaseRecord(last_name=name, counsellor=counsellor))
    assert repo.counsellors() == ["Claire Roussel", "Marc Petit"]


def test_pragmas(ctx: Context) -> None:
    with ctx.db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("secure_delete") == 1


def test_export_contains_the_case(ctx: Context) -> None:
    repo = CaseRepository(ctx.db)
    case_id = repo.add(CaseRecord(last_name="Nguyen", first_name="Thi", notes="Souhaite se reconvertir"))
    exported = export_case(ctx.db, case_id)
    assert exported["case"]["last_name"] == "Nguyen"
    assert exported["case"]["notes"] == "Souhaite se reconvertir"
    assert isinstance(exported["linked"], dict)


# ---- Migrations


def _revisions(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}


def test_upgrade_from_empty_database_reaches_every_head(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    Database.open(paths).close()
    with create_engine("sqlite://").connect() as connection:
        heads = migrations.inspect(connection).heads
    assert _revisions(paths.case_db) == set(heads)


def test_upgrade_from_first_schema_keeps_cases_and_copies_the_file(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    paths.ensure()
    engine = store_db.sqlite_engine(paths.case_db)
    with engine.begin() as connection:
        migrations.upgrade(connection, "0001")
        connection.exec_driver_sql(
            "INSERT INTO cases (last_name, first_name, search_key, email, phone, address, postal_code, city,"
            " current_job_title, current_rome_code, company_name, company_siret, company_naf, consent_given,"
            " consent_scope, notes, counsellor, status, attributes, created_at, updated_at, version)"
            " VALUES ('Bernard', 'Karim', 'bernard karim', '', '', '', '', '', '', '', '', '', '', 0, '', '', '',"
            " 'ouvert', '{}', '2026-01-01 10:00:00', '2026-01-01 10:00:00', 1)"
        )
    engine.dispose()
    heads_pending = len(list(paths.backup_dir.iterdir()))
    db = Database.open(paths)
    try:
        assert CaseRepository(db).get(1).display_name == "BERNARD Karim"
    finally:
        db.close()
    with create_engine("sqlite://").connect() as connection:
        heads = migrations.inspect(connection).heads
    if heads != {"0001"}:  # a later revision exists: the file was copied before migrating
        assert len(list(paths.backup_dir.iterdir())) == heads_pending + 1


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    Database.open(paths).close()
    with sqlite3.connect(paths.case_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = paths.case_db.read_bytes()
    with pytest.raises(StorageError, match="version plus récente"):
        Database.open(paths)
    assert paths.case_db.read_bytes() == before


# ---- Environment errors


def test_locked_database_gives_a_french_message(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = CaseRepository(ctx.db)
    repo.add(CaseRecord(last_name="Avant"))
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 50)
    ctx.db.engine.dispose()  # new connections take the short timeout
    blocker = crypto.connect(ctx.paths.case_db, PASSPHRASE)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="verrouillée"):
            repo.add(CaseRecord(last_name="Pendant"))
    finally:
        blocker.rollback()
        blocker.close()
    assert [s.last_name for s in repo.summaries()] == ["Avant"]


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    paths.ensure()
    paths.case_db.write_bytes(b"ceci n'est pas une base SQLite" * 100)
    # Without the right key an encrypted file and a damaged one look alike: the message says both.
    with pytest.raises(StorageError, match="endommagée"):
        Database.open(paths, PASSPHRASE)


def test_unwritable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="Impossible de créer le dossier des données"):
        Database.open(AppPaths.resolve(blocker / "data"))
