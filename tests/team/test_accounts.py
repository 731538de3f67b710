"""Counsellor accounts are the server's login roles (real PostgreSQL), through the application."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from tests.pg import without_user
from workbench.core.cases import CaseRecord
from workbench.errors import AccessDenied, UserError, ValidationError
from workbench.store.accounts import AccountRepository
from workbench.store.cases import CaseRepository
from workbench.store.db import Database
from workbench.store.privacy import PrivacyRepository

MANAGER_PASSWORD = "responsable-2026-secret"
CLAIRE_PASSWORD = "claire-mot-de-passe"


@pytest.fixture
def server(pg_url: str) -> Iterator[str]:
    db = Database.connect(pg_url)  # the administrator: the database's owner
    accounts = AccountRepository(db)
    with pytest.raises(UserError, match="premier compte"):
        accounts.add("claire", "Claire Roussel", "conseiller", CLAIRE_PASSWORD)
    accounts.add("sophie", "Sophie Martin", "responsable", MANAGER_PASSWORD)
    db.close()
    sophie = signed_in(pg_url, "sophie", MANAGER_PASSWORD)  # then the manager adds the counsellors
    accounts = AccountRepository(sophie)
    accounts.add("claire", "Claire Roussel", "conseiller", CLAIRE_PASSWORD)
    accounts.add("marc", "Marc Petit", "conseiller", "marc-mot-de-passe")
    with pytest.raises(UserError, match="existe déjà"):
        accounts.add("marc", "Marc Autre", "conseiller", "marc-mot-de-passe")
    repo = CaseRepository(sophie)
    repo.add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel"))
    repo.add(CaseRecord(last_name="Durand", counsellor="Marc Petit"))
    repo.add(CaseRecord(last_name="Bernard", counsellor="Marc Petit"))
    sophie.close()
    yield pg_url


def signed_in(url: str, username: str, password: str) -> Database:
    return Database.connect(without_user(url), username, password)


def names(db: Database) -> list[str]:
    return [s.last_name for s in CaseRepository(db).summaries()]


def test_counsellors_see_their_cases_and_those_shared_with_them(server: str) -> None:
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    marc = signed_in(server, "marc", "marc-mot-de-passe")
    sophie = signed_in(server, "sophie", MANAGER_PASSWORD)
    assert names(claire) == ["Dupont"]
    durand = next(s.id for s in CaseRepository(marc).summaries() if s.last_name == "Durand")
    with pytest.raises(AccessDenied, match="ni attribué ni partagé"):
        CaseRepository(claire).get(durand)
    with pytest.raises(AccessDenied, match="responsable"):
        AccountRepository(marc).share(durand, "claire")  # sharing is the manager's
    AccountRepository(sophie).share(durand, "claire")
    assert names(claire) == ["Dupont", "Durand"]
    assert CaseRepository(claire).get(durand).counsellor == "Marc Petit"
    for db in (claire, marc, sophie):
        db.close()


def test_a_new_case_of_a_counsellor_is_theirs(server: str) -> None:
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    case_id = CaseRepository(claire).add(CaseRecord(last_name="Petit"))
    assert CaseRepository(claire).get(case_id).counsellor == "Claire Roussel"
    with pytest.raises(AccessDenied, match="refuse"):
        CaseRepository(claire).add(CaseRecord(last_name="Autre", counsellor="Marc Petit"))
    claire.close()


def test_the_manager_sees_everything_and_reassigns(server: str) -> None:
    sophie = signed_in(server, "sophie", MANAGER_PASSWORD)
    assert sorted(names(sophie)) == ["Bernard", "Dupont", "Durand"]
    bernard = next(s.id for s in CaseRepository(sophie).summaries() if s.last_name == "Bernard")
    AccountRepository(sophie).reassign(bernard, "Claire Roussel")
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    assert names(claire) == ["Bernard", "Dupont"]
    with pytest.raises(AccessDenied, match="responsable"):
        AccountRepository(claire).reassign(bernard, "Marc Petit")
    # Editing the counsellor field is a reassignment: refused by the server for a counsellor.
    record = CaseRepository(claire).get(bernard)
    with pytest.raises(AccessDenied, match="Seul le responsable"):
        CaseRepository(claire).update(record.with_changes(counsellor="Marc Petit"))
    trail = PrivacyRepository(sophie).trail(bernard)
    assert ("sophie", "reattribution") in [(line.actor, line.action) for line in trail]
    sophie.close()
    claire.close()


def test_hand_over_is_the_managers(server: str) -> None:
    from workbench.store.cep import CepRepository

    marc = signed_in(server, "marc", "marc-mot-de-passe")
    with pytest.raises(AccessDenied, match="Seul le responsable"):
        CepRepository(marc).hand_over("Marc Petit", "Claire Roussel")
    assert sorted(names(marc)) == ["Bernard", "Durand"]
    sophie = signed_in(server, "sophie", MANAGER_PASSWORD)
    assert len(CepRepository(sophie).hand_over("Marc Petit", "Claire Roussel")) == 2
    assert names(marc) == []
    marc.close()
    sophie.close()


def test_wrong_password_and_no_password_in_clear(server: str) -> None:
    with pytest.raises(AccessDenied, match="incorrect"):
        signed_in(server, "claire", "pas le bon")
    with pytest.raises(AccessDenied, match="incorrect"):
        signed_in(server, "personne", CLAIRE_PASSWORD)
    owner = Database.connect(server)
    with owner.engine.connect() as connection:
        columns = (
            connection.execute(
                text("SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts'")
            )
            .scalars()
            .all()
        )
        stored = (
            connection.execute(
                text("SELECT rolpassword FROM pg_authid WHERE rolname IN ('claire', 'marc', 'sophie')")
            )
            .scalars()
            .all()
        )
    assert "password_hash" not in columns  # the server keeps the passwords, the application none
    assert len(stored) == 3 and all(h.startswith("SCRAM-SHA-256$") for h in stored)
    owner.close()


def test_passwords_are_changed_through_the_server(server: str) -> None:
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    AccountRepository(claire).set_password("claire", "nouveau-mot-de-passe")
    with pytest.raises(AccessDenied, match="propre mot de passe"):
        AccountRepository(claire).set_password("sophie", "nouveau-mot-de-passe")
    with pytest.raises(ValidationError):
        AccountRepository(claire).set_password("claire", "court")
    claire.close()
    with pytest.raises(AccessDenied):
        signed_in(server, "claire", CLAIRE_PASSWORD)
    claire = signed_in(server, "claire", "nouveau-mot-de-passe")
    assert claire.password_matches("nouveau-mot-de-passe") and not claire.password_matches("autre")
    claire.close()
    sophie = signed_in(server, "sophie", MANAGER_PASSWORD)
    AccountRepository(sophie).set_password("claire", "mot-de-passe-du-responsable")
    sophie.close()
    signed_in(server, "claire", "mot-de-passe-du-responsable").close()


def test_every_access_is_audited_under_the_account(server: str) -> None:
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    dupont = CaseRepository(claire).summaries()[0].id
    PrivacyRepository(claire).log("consultation", dupont)
    CaseRepository(claire).update(CaseRepository(claire).get(dupont).with_changes(notes="vu"))
    trail = [(line.actor, line.action) for line in PrivacyRepository(claire).trail(dupont)]
    assert ("claire", "consultation") in trail and ("claire", "modification") in trail
    claire.close()


def test_statistics_cover_the_structure_for_everyone(server: str) -> None:
    from workbench.store.cep import CepRepository

    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    sophie = signed_in(server, "sophie", MANAGER_PASSWORD)
    assert len(CaseRepository(claire).summaries()) == 1
    assert len(CepRepository(claire).activity_facts()[0]) == 3
    assert len(CepRepository(sophie).activity_facts()[0]) == 3
    claire.close()
    sophie.close()
