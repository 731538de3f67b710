"""Case numbers are never given twice, and a transfer file never merges into another person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import PASSPHRASE
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.paths import AppPaths
from workbench.store import db as store_db
from workbench.store import migrations, transfer
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.models import MeetingRow


def test_the_rebuild_of_cases_keeps_every_linked_row(tmp_path: Path) -> None:
    """Revision 0011 rebuilds ``cases`` on SQLite (AUTOINCREMENT): the meetings stay."""
    paths = AppPaths.resolve(tmp_path)
    paths.ensure()
    engine = store_db.sqlite_engine(paths.case_db)
    with engine.begin() as connection:
        migrations.upgrade(connection, "0010")
    engine.dispose()
    old = Database(store_db.sqlite_engine(paths.case_db), paths.case_db)
    case_id = CaseRepository(old).add(CaseRecord(last_name="Martin"))
    CepRepository(old).enter_level(case_id, "UO1", date(2026, 1, 5))
    with old.engine.begin() as connection:  # the meetings table as revision 0010 has it
        connection.exec_driver_sql(
            "INSERT INTO meetings (case_id, day, level, mode, duration_min, place, counsellor, topics, notes,"
            " updated_at) VALUES (?, '2026-01-05', 'UO1', 'face_a_face', 60, '', '', '[]', 'gardé',"
            " '2026-01-05 10:00:00')",
            (case_id,),
        )
    old.close()
    db = Database.open(paths)  # migrates to the heads
    try:
        assert [m.notes for m in CepRepository(db).meetings(case_id)] == ["gardé"]
        with db.engine.connect() as connection:
            created = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'cases'"
            ).scalar()
            assert "AUTOINCREMENT" in str(created)
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_an_erased_number_is_never_given_again_on_sqlite(tmp_path: Path) -> None:
    db = Database.open(AppPaths.resolve(tmp_path), PASSPHRASE)
    repo = CaseRepository(db)
    first = repo.add(CaseRecord(last_name="Martin"))
    last = repo.add(CaseRecord(last_name="Durand"))
    repo.erase(last)
    assert repo.add(CaseRecord(last_name="Petit")) == last + 1 != first
    db.close()


def test_importing_a_case_erased_meanwhile_is_reported_never_merged(tmp_path: Path) -> None:
    structure = Database.open(AppPaths.resolve(tmp_path / "structure"), PASSPHRASE)
    file = Database.open(AppPaths.resolve(tmp_path / "envoi"), "phrase du transfert")
    repo = CaseRepository(structure)
    leaving = repo.add(CaseRecord(last_name="Martin", notes="de Léa Martin"))
    CepRepository(structure).enter_level(leaving, "UO1", date(2026, 1, 5))
    transfer.check_out(structure, [leaving], file, "claire", "fichier de transfert")
    CepRepository(file).save_meeting(leaving, Meeting(date(2026, 2, 2), "UO1", notes="de Léa Martin"))
    repo.erase(leaving)  # the person asked for erasure meanwhile
    other = repo.add(CaseRecord(last_name="Durand", notes="de Karim Durand"))
    assert other != leaving

    report = transfer.check_in(file, structure, lambda _c: "mine", "claire")
    assert report.merged == [] and "effacé entre-temps" in report.refused[leaving]
    assert repo.get(other).notes == "de Karim Durand"
    with structure.session() as session:
        assert session.scalar(select(func.count()).select_from(MeetingRow)) == 0
    assert transfer.carried_cases(file) == [leaving]  # still in the file, nothing lost
    structure.close()
    file.close()
