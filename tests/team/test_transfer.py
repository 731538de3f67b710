"""Check-out to a laptop, offline work, check-in with a conflict; encrypted transfer files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.core.funding.scenarios import Scenario
from workbench.errors import UserError
from workbench.paths import AppPaths
from workbench.store import crypto, transfer
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.funding import FundingRepository
from workbench.store.privacy import PrivacyRepository


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":  # a structure without a server: its counsellor's own database
        database = Database.open(AppPaths.resolve(tmp_path / "structure"), PASSPHRASE)
    else:
        database = Database.connect(request.getfixturevalue("pg_url"))
    yield database
    database.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(AppPaths.resolve(tmp_path / "portable"), "phrase du portable 2026")
    yield database
    database.close()


def test_check_out_offline_edit_and_check_in_with_a_conflict(server: Database, laptop: Database) -> None:
    repo = CaseRepository(server)
    case_id = repo.add(CaseRecord(last_name="Martin", first_name="Léa", notes="avant", counsellor="Claire"))
    other = repo.add(CaseRecord(last_name="Durand", counsellor="Marc"))
    CepRepository(server).enter_level(case_id, "UO1", date(2026, 1, 5))
    meeting = CepRepository(server).save_meeting(case_id, Meeting(date(2026, 1, 5), "UO1", notes="premier"))
    transfer.check_out(server, [case_id], laptop, "claire", "permanence de Die")
    assert transfer.taken_cases(server) == {case_id: "claire, permanence de Die"}
    with pytest.raises(UserError, match="déjà emporté"):
        transfer.check_out(server, [case_id], laptop, "marc", "ailleurs")

    # Offline, on the laptop: notes and phone changed, a meeting and a funding scenario added.
    offline = CaseRepository(laptop)
    mine = offline.get(case_id)
    offline.update(mine.with_changes(notes="écrit hors ligne", phone="06 12 34 56 78"))
    CepRepository(laptop).save_meeting(case_id, Meeting(date(2026, 2, 2), "UO1", notes="à la permanence"))
    FundingRepository(laptop).save(case_id, Scenario("Secrétaire", {"training_hours": 700}))
    # Meanwhile at the office: the same notes and the email changed.
    at_office = repo.get(case_id)
    repo.update(at_office.with_changes(notes="écrit au bureau", email="lea@example.org"))

    asked: list[transfer.Conflict] = []

    def keep_mine(conflict: transfer.Conflict) -> str:
        asked.append(conflict)
        return "mine"

    report = transfer.check_in(laptop, server, keep_mine, "claire")
    assert report.merged == [case_id] and report.refused == {}
    assert [(c.table, c.field.name) for c in asked] == [("cases", "notes")]  # the one field both changed
    back = repo.get(case_id)
    assert (back.notes, back.phone, back.email) == ("écrit hors ligne", "06 12 34 56 78", "lea@example.org")
    assert back.version == at_office.version + 2  # a later save from an older copy is refused
    notes = sorted(m.notes for m in CepRepository(server).meetings(case_id))
    assert notes == sorted(["premier", "à la permanence"])
    assert meeting.id is not None
    assert FundingRepository(server).scenarios(case_id)[0].attributes == {"training_hours": 700}
    assert repo.get(other).last_name == "Durand"
    assert transfer.taken_cases(server) == {}
    assert transfer.carried_cases(laptop) == [] and offline.summaries() == []  # nothing left on the laptop
    actions = [line.action for line in PrivacyRepository(server).trail(case_id)]
    assert "emport" in actions and "retour" in actions


def test_an_encrypted_transfer_file_between_structures(server: Database, tmp_path: Path) -> None:
    case_id = CaseRepository(server).add(CaseRecord(last_name="Zéphyrine", notes="santé fragile"))
    file = Database.open(AppPaths.resolve(tmp_path / "envoi"), "phrase du fichier de transfert")
    transfer.check_out(server, [case_id], file, "claire", "fichier envoi.db")
    file.close()
    raw = (tmp_path / "envoi" / "cases.db").read_bytes()
    assert b"Z\xc3\xa9phyrine" not in raw and not crypto.is_plain(tmp_path / "envoi" / "cases.db")
    with pytest.raises(crypto.WrongPassphrase):
        Database.open(AppPaths.resolve(tmp_path / "envoi"), "mauvaise phrase")
    reopened = Database.open(AppPaths.resolve(tmp_path / "envoi"), "phrase du fichier de transfert")
    assert CaseRepository(reopened).get(case_id).notes == "santé fragile"
    report = transfer.check_in(reopened, server, lambda _c: "theirs", "claire")
    assert report.merged == [case_id]
    reopened.close()


def test_a_case_erased_at_the_origin_stays_on_the_laptop(server: Database, laptop: Database) -> None:
    case_id = CaseRepository(server).add(CaseRecord(last_name="Martin"))
    transfer.check_out(server, [case_id], laptop, "claire", "permanence")
    CaseRepository(server).erase(case_id)
    report = transfer.check_in(laptop, server, lambda _c: "mine", "claire")
    assert case_id in report.refused and "effacé" in report.refused[case_id]
    assert CaseRepository(laptop).get(case_id).last_name == "Martin"  # nothing lost
