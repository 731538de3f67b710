"""Counsellor accounts and roles on the shared server (real PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from workbench.core.cases import CaseRecord
from workbench.errors import UserError
from workbench.store.accounts import AccessDenied, AccountRepository
from workbench.store.cases import CaseRepository
from workbench.store.db import Database
from workbench.store.privacy import PrivacyRepository

MANAGER_PASSWORD = "responsable-2026-secret"
CLAIRE_PASSWORD = "claire-mot-de-passe"


@pytest.fixture
def server(pg_url: str) -> Iterator[str]:
    db = Database.connect(pg_url)
    accounts = AccountRepository(db)
    with pytest.raises(UserError, match="premier compte"):
        accounts.add("claire", "Claire Roussel", "conseiller", CLAIRE_PASSWORD)
    accounts.add("sophie", "Sophie Martin", "responsable", MANAGER_PASSWORD)
    accounts.authenticate("sophie", MANAGER_PASSWORD)
    accounts.add("claire", "Claire Roussel", "conseiller", CLAIRE_PASSWORD)
    accounts.add("marc", "Marc Petit", "conseiller", "marc-mot-de-passe")
    repo = CaseRepository(db)
    repo.add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel"))
    repo.add(CaseRecord(last_name="Durand", counsellor="Marc Petit"))
    repo.add(CaseRecord(last_name="Bernard", counsellor="Marc Petit"))
    db.close()
    yield pg_url


def signed_in(url: str, username: str, password: str) -> Database:
    db = Database.connect(url)
    AccountRepository(db).authenticate(username, password)
    return db


def names(db: Database) -> list[str]:
    return [s.last_name for s in CaseRepository(db).summaries()]


def test_counsellors_see_their_cases_and_those_shared_with_them(server: str) -> None:
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    marc = signed_in(server, "marc", "marc-mot-de-passe")
    assert names(claire) == ["Dupont"]
    durand = next(s.id for s in CaseRepository(marc).summaries() if s.last_name == "Durand")
    with pytest.raises(AccessDenied, match="ni attribué ni partagé"):
        CaseRepository(claire).get(durand)
    with pytest.raises(AccessDenied):
        AccountRepository(claire).share(durand, "claire")  # only who sees a case may share it
    AccountRepository(marc).share(durand, "claire")
    assert names(claire) == ["Dupont", "Durand"]
    assert CaseRepository(claire).get(durand).counsellor == "Marc Petit"
    claire.close()
    marc.close()


def test_the_manager_sees_everything_and_reassigns(server: str) -> None:
    sophie = signed_in(server, "sophie", MANAGER_PASSWORD)
    assert sorted(names(sophie)) == ["Bernard", "Dupont", "Durand"]
    bernard = next(s.id for s in CaseRepository(sophie).summaries() if s.last_name == "Bernard")
    AccountRepository(sophie).reassign(bernard, "Claire Roussel")
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    assert names(claire) == ["Bernard", "Dupont"]
    with pytest.raises(AccessDenied, match="responsable"):
        AccountRepository(claire).reassign(bernard, "Marc Petit")
    trail = PrivacyRepository(sophie).trail(bernard)
    assert ("sophie", "reattribution") in [(line.actor, line.action) for line in trail]
    sophie.close()
    claire.close()


def test_wrong_password_and_no_password_in_clear(server: str) -> None:
    db = Database.connect(server)
    with pytest.raises(AccessDenied, match="incorrect"):
        AccountRepository(db).authenticate("claire", "pas le bon")
    with pytest.raises(AccessDenied, match="incorrect"):
        AccountRepository(db).authenticate("personne", CLAIRE_PASSWORD)
    with db.engine.connect() as connection:
        stored = connection.execute(text("SELECT password_hash FROM accounts")).scalars().all()
    assert all(h.startswith("scrypt$") and CLAIRE_PASSWORD not in h for h in stored)
    db.close()


def test_every_access_is_audited_under_the_account(server: str) -> None:
    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    dupont = CaseRepository(claire).summaries()[0].id
    PrivacyRepository(claire).log("consultation", dupont)
    CaseRepository(claire).update(CaseRepository(claire).get(dupont).with_changes(notes="vu"))
    trail = [(line.actor, line.action) for line in PrivacyRepository(claire).trail(dupont)]
    assert ("claire", "consultation") in trail and ("claire", "modification") in trail
    claire.close()


def test_statistics_cover_the_structure_for_the_manager_only(server: str) -> None:
    from workbench.store.cep import CepRepository

    claire = signed_in(server, "claire", CLAIRE_PASSWORD)
    sophie = signed_in(server, "sophie", MANAGER_PASSWORD)
    assert len(CepRepository(claire).activity_facts()[0]) == 1
    assert len(CepRepository(sophie).activity_facts()[0]) == 3
    claire.close()
    sophie.close()
