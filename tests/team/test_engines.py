"""The store on both engines: the local SQLite file and a real PostgreSQL server (team mode)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.core.funding.scenarios import Scenario
from workbench.paths import AppPaths
from workbench.store import migrations
from workbench.store.cases import CaseConflict, CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.export import export_case
from workbench.store.funding import FundingRepository
from workbench.store.models import FundingScenarioRow, MeetingRow
from workbench.store.privacy import PrivacyRepository


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = Database.open(AppPaths.resolve(tmp_path / "local"))
    else:
        database = Database.connect(request.getfixturevalue("pg_url"))
    yield database
    database.close()


def test_migrations_reach_every_head(db: Database) -> None:
    with db.engine.connect() as connection:
        stored = set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    with create_engine("sqlite://").connect() as connection:
        assert stored == set(migrations.inspect(connection).heads)
    db.migrate()  # idempotent


def test_cases_round_trip_with_linked_records(db: Database) -> None:
    repo = CaseRepository(db)
    case_id = repo.add(
        CaseRecord(
            last_name="Martin",
            first_name="Léa",
            birth_date=date(1988, 4, 12),
            attributes={"cpf_balance_eur": 1450},
        )
    )
    CepRepository(db).enter_level(case_id, "UO1", date(2026, 1, 5))
    CepRepository(db).save_meeting(case_id, Meeting(date(2026, 1, 5), "UO1", notes="Première rencontre"))
    FundingRepository(db).save(case_id, Scenario("Secrétaire", {"training_hours": 700}))
    record = repo.get(case_id)
    assert (record.display_name, record.birth_date, record.attributes) == (
        "MARTIN Léa",
        date(1988, 4, 12),
        {"cpf_balance_eur": 1450},
    )
    assert [s.display_name for s in repo.summaries()] == ["MARTIN Léa"]
    exported = export_case(db, case_id)
    assert exported["linked"]["meetings"][0]["notes"] == "Première rencontre"
    assert exported["linked"]["funding_scenarios"][0]["attributes"] == {"training_hours": 700}
    assert [line.action for line in PrivacyRepository(db).trail(case_id)][:1] == ["creation"]

    repo.erase(case_id)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(MeetingRow)) == 0
        assert session.scalar(select(func.count()).select_from(FundingScenarioRow)) == 0


def test_a_stale_save_is_refused(db: Database) -> None:
    repo = CaseRepository(db)
    case_id = repo.add(CaseRecord(last_name="Martin"))
    first, second = repo.get(case_id), repo.get(case_id)
    repo.update(first.with_changes(notes="par Claire"))
    with pytest.raises(CaseConflict):
        repo.update(second.with_changes(notes="par Marc"))
    assert repo.get(case_id).notes == "par Claire"


def test_concurrent_saves_never_silently_overwrite(db: Database) -> None:
    repo = CaseRepository(db)
    case_id = repo.add(CaseRecord(last_name="Martin"))
    start = threading.Barrier(8)
    outcomes: list[str] = []
    read = repo.get(case_id)

    def save(n: int) -> None:
        start.wait()
        try:
            repo.update(read.with_changes(notes=f"version {n}"))
            outcomes.append(f"version {n}")
        except CaseConflict:
            outcomes.append("conflit")

    threads = [threading.Thread(target=save, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [o for o in outcomes if o != "conflit"]
    assert len(winners) == 1  # one save from the same version wins, the 7 others are told
    assert repo.get(case_id).notes == winners[0]


def test_meeting_notes_typed_in_two_places_are_both_kept(db: Database) -> None:
    case_id = CaseRepository(db).add(CaseRecord(last_name="Martin"))
    CepRepository(db).enter_level(case_id, "UO1", date(2026, 1, 5))
    meeting = CepRepository(db).save_meeting(case_id, Meeting(date(2026, 1, 5), "UO1", notes="Début."))
    assert meeting.id is not None
    claire, marc = CepRepository(db), CepRepository(db)
    assert (
        claire.save_notes(meeting.id, "Début.\nClaire : projet RH.", "Début.")
        == "Début.\nClaire : projet RH."
    )
    merged = marc.save_notes(meeting.id, "Début.\nMarc : CPF 1 450 €.", "Début.")
    assert merged == "Début.\nClaire : projet RH.\nMarc : CPF 1 450 €."
    assert CepRepository(db).meetings(case_id)[0].notes == merged


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://atelier@localhost/atelier", "non prise en charge"),
        ("postgresql+psycopg://atelier@127.0.0.1:pas-un-port/atelier", "illisible"),
        ("postgresql+psycopg://atelier@127.0.0.1:1/atelier", "injoignable"),
    ],
)
def test_a_bad_or_unreachable_server_is_a_clear_message(url: str, message: str) -> None:
    from workbench.errors import StorageError

    with pytest.raises(StorageError, match=message):
        Database.connect(url)
