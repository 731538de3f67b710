"""The server itself guards the case files: tests that connect DIRECTLY with psycopg as a
counsellor's login role, bypassing the application, and try what a curious colleague would try
with psql. Everything here is refused by PostgreSQL (grants, row-level security, triggers)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest
from psycopg import errors, sql

from tests.pg import without_user
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.errors import StorageError
from workbench.store.accounts import AccountRepository
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.security import NOT_PERSONAL

CLAIRE, MARC, SOPHIE = "claire-mot-de-passe", "marc-mot-de-passe", "sophie-mot-de-passe"


@dataclass
class Structure:
    url: str  # the owner's
    dupont: int  # Claire's
    durand: int  # Marc's, with a meeting
    bernard: int  # Marc's

    def conninfo(self, user: str = "", password: str = "") -> str:
        plain = self.url.replace("postgresql+psycopg://", "postgresql://")
        if not user:
            return plain
        return plain.replace(plain.split("://")[1].split("@")[0], f"{user}:{password}")

    def psql(self, user: str, password: str) -> psycopg.Connection:
        return psycopg.connect(self.conninfo(user, password), autocommit=True)

    def owner(self) -> psycopg.Connection:
        return psycopg.connect(self.conninfo(), autocommit=True)


@pytest.fixture
def structure(pg_url: str) -> Iterator[Structure]:
    db = Database.connect(pg_url)  # the owner: migrates, installs the rules
    accounts = AccountRepository(db)
    accounts.add("sophie", "Sophie Martin", "responsable", SOPHIE)
    accounts.add("claire", "Claire Roussel", "conseiller", CLAIRE)
    accounts.add("marc", "Marc Petit", "conseiller", MARC)
    cases = CaseRepository(db)
    dupont = cases.add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel", notes="RQTH"))
    durand = cases.add(CaseRecord(last_name="Durand", counsellor="Marc Petit", notes="santé"))
    bernard = cases.add(CaseRecord(last_name="Bernard", counsellor="Marc Petit"))
    CepRepository(db).enter_level(durand, "UO1", date(2026, 1, 5))
    CepRepository(db).save_meeting(durand, Meeting(date(2026, 1, 5), "UO1", notes="arrêt maladie"))
    db.close()
    yield Structure(pg_url, dupont, durand, bernard)


def test_a_counsellor_reads_only_their_rows(structure: Structure) -> None:
    with structure.psql("claire", CLAIRE) as claire:
        assert claire.execute("SELECT last_name FROM cases").fetchall() == [("Dupont",)]
        assert claire.execute("SELECT count(*) FROM meetings").fetchone() == (0,)
        assert claire.execute("SELECT count(*) FROM cep_stays").fetchone() == (0,)
        seen = {row[0] for row in claire.execute("SELECT case_id FROM audit_log")}
        assert seen == {structure.dupont}
        # Not even by number, nor by a join, nor through the statistics of a colleague.
        assert claire.execute("SELECT * FROM cases WHERE id = %s", [structure.durand]).fetchall() == []
        assert (
            claire.execute(
                "SELECT m.notes FROM meetings m JOIN cases c ON c.id = m.case_id WHERE c.counsellor = 'Marc Petit'"
            ).fetchall()
            == []
        )
    with structure.psql("marc", MARC) as marc:
        assert sorted(r[0] for r in marc.execute("SELECT last_name FROM cases")) == ["Bernard", "Durand"]
        assert marc.execute("SELECT notes FROM meetings").fetchall() == [("arrêt maladie",)]


def test_a_counsellor_cannot_change_nor_delete_a_colleagues_rows(structure: Structure) -> None:
    with structure.psql("claire", CLAIRE) as claire:
        assert claire.execute("UPDATE cases SET notes = 'lu' WHERE id = %s", [structure.durand]).rowcount == 0
        assert claire.execute("DELETE FROM cases WHERE id = %s", [structure.durand]).rowcount == 0
        assert claire.execute("UPDATE meetings SET notes = 'effacé'").rowcount == 0
        assert claire.execute("DELETE FROM meetings").rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            claire.execute(
                "INSERT INTO cep_actions (case_id, title, owner, status, depends_on_decision, plan_b) "
                "VALUES (%s, 'x', 'beneficiaire', 'a_faire', false, '')",
                [structure.durand],
            )
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            claire.execute(
                "INSERT INTO cases (last_name, first_name, search_key, email, phone, address, postal_code, "
                "city, current_job_title, current_rome_code, company_name, company_siret, company_naf, "
                "consent_given, consent_scope, notes, counsellor, status, attributes, created_at, "
                "updated_at, version) VALUES ('X', '', '', '', '', '', '', '', '', '', '', '', '', false, "
                "'', '', 'Marc Petit', 'ouvert', '{}', now(), now(), 1)"
            )
        # Taking a colleague's case by naming oneself its counsellor: the case is not even visible.
        assert (
            claire.execute(
                "UPDATE cases SET counsellor = 'Claire Roussel' WHERE id = %s", [structure.durand]
            ).rowcount
            == 0
        )
    with structure.owner() as owner:
        rows = owner.execute("SELECT last_name, notes, counsellor FROM cases ORDER BY id").fetchall()
        assert rows == [
            ("Dupont", "RQTH", "Claire Roussel"),
            ("Durand", "santé", "Marc Petit"),
            ("Bernard", "", "Marc Petit"),
        ]
        assert owner.execute("SELECT notes FROM meetings").fetchall() == [("arrêt maladie",)]


def test_reassigning_sharing_and_promotion_are_refused(structure: Structure) -> None:
    groups = [f"{structure.url.rsplit('/', 1)[1]}_{kind}" for kind in ("conseiller", "responsable")]
    with structure.psql("claire", CLAIRE) as claire:
        with pytest.raises(errors.InsufficientPrivilege, match="responsable"):
            claire.execute("UPDATE cases SET counsellor = 'Marc Petit' WHERE id = %s", [structure.dupont])
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute("INSERT INTO case_shares VALUES (%s, 'claire')", [structure.durand])
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute("UPDATE accounts SET role = 'responsable' WHERE username = 'claire'")
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute(
                "INSERT INTO accounts (username, display_name, role, active, created_at) "
                "VALUES ('x', 'Marc Petit', 'responsable', true, now())"
            )
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute(sql.SQL("GRANT {} TO claire").format(sql.Identifier(groups[1])))
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(groups[1])))
        for attribute in ("SUPERUSER", "CREATEROLE", "BYPASSRLS", "CREATEDB"):
            with pytest.raises(errors.InsufficientPrivilege):
                claire.execute(f"ALTER ROLE claire {attribute}")
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute("SELECT atelier_account_add('pirate', 'Pirate', 'responsable', 'SCRAM-SHA-256$x')")
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute("ALTER TABLE cases DISABLE ROW LEVEL SECURITY")
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute("DROP POLICY atelier_lire ON cases")
        with pytest.raises(errors.InsufficientPrivilege, match="propre mot de passe"):
            claire.execute("SELECT atelier_set_password('sophie', 'SCRAM-SHA-256$4096:x')")
    with structure.psql("claire", CLAIRE) as claire:
        assert claire.execute("SELECT role FROM accounts WHERE username = 'claire'").fetchone() == (
            "conseiller",
        )
        assert claire.execute("SELECT count(*) FROM cases").fetchone() == (1,)


def test_the_manager_sees_the_structure_reassigns_and_shares(structure: Structure) -> None:
    with structure.psql("sophie", SOPHIE) as sophie:
        assert sophie.execute("SELECT count(*) FROM cases").fetchone() == (3,)
        sophie.execute("UPDATE cases SET counsellor = 'Claire Roussel' WHERE id = %s", [structure.bernard])
        sophie.execute("INSERT INTO case_shares VALUES (%s, 'claire')", [structure.durand])
    with structure.psql("claire", CLAIRE) as claire:
        assert sorted(r[0] for r in claire.execute("SELECT last_name FROM cases")) == [
            "Bernard",
            "Dupont",
            "Durand",
        ]
        assert claire.execute("SELECT notes FROM meetings").fetchall() == [("arrêt maladie",)]
        # A shared case may be worked on, not erased: only its own counsellor or the manager erases.
        assert claire.execute("UPDATE cases SET notes = 'vu' WHERE id = %s", [structure.durand]).rowcount == 1
        assert claire.execute("DELETE FROM cases WHERE id = %s", [structure.durand]).rowcount == 0


def test_the_audit_is_written_by_the_server_and_append_only(structure: Structure) -> None:
    with structure.psql("claire", CLAIRE) as claire:
        claire.execute("UPDATE cases SET notes = 'changé à la main' WHERE id = %s", [structure.dupont])
        last = claire.execute(
            "SELECT actor, action FROM audit_log WHERE case_id = %s ORDER BY id DESC LIMIT 1",
            [structure.dupont],
        ).fetchone()
        assert last == ("claire", "modification")  # even a change made with psql is recorded
        for statement in (
            "DELETE FROM audit_log",
            "UPDATE audit_log SET actor = 'marc'",
            "TRUNCATE audit_log",
            "INSERT INTO audit_log (at, actor, action, case_id) VALUES (now(), 'marc', 'consultation', 1)",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                claire.execute(statement)
        with pytest.raises(errors.InsufficientPrivilege, match="lui-même"):
            claire.execute("SELECT atelier_audit('effacement', %s)", [structure.dupont])
        with pytest.raises(errors.InsufficientPrivilege, match="ni attribué"):
            claire.execute("SELECT atelier_audit('consultation', %s)", [structure.durand])
    with structure.psql("sophie", SOPHIE) as sophie:
        total = sophie.execute("SELECT count(*) FROM audit_log").fetchone()
        for statement in ("DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'", "TRUNCATE audit_log"):
            with pytest.raises(errors.InsufficientPrivilege):
                sophie.execute(statement)
        assert sophie.execute("SELECT count(*) FROM audit_log").fetchone() == total
    with structure.owner() as owner:  # the owner alone may (retention of the trail is theirs)
        actions = owner.execute(
            "SELECT actor, action FROM audit_log WHERE case_id = %s ORDER BY id", [structure.durand]
        ).fetchall()
        assert actions[0] == ("atelier", "creation") and ("atelier", "modification") in actions


def test_statistics_views_give_counts_of_the_structure_and_nothing_personal(structure: Structure) -> None:
    with structure.owner() as owner:
        owner.execute(
            "UPDATE cases SET birth_date = '1990-07-23', company_headcount = 120 WHERE id = %s",
            [structure.durand],
        )
    with structure.psql("claire", CLAIRE) as claire:
        shown = claire.execute(
            "SELECT birth_month, company_size_floor FROM atelier_statistics_people WHERE counsellor = 'Marc Petit' "
            "AND birth_month IS NOT NULL"
        ).fetchall()
        assert shown == [(date(1990, 7, 1), 50)]  # the month only; the size band's smallest headcount
        people = claire.execute("SELECT * FROM atelier_statistics_people").fetchall()
        assert len(people) == 3  # her colleague's beneficiaries too
        assert claire.execute("SELECT count(*) FROM atelier_statistics_stays").fetchone() == (1,)
        assert claire.execute("SELECT count(*) FROM atelier_statistics_meetings").fetchone() == (1,)
        columns = set()
        for view in ("people", "stays", "meetings"):
            cursor = claire.execute(f"SELECT * FROM atelier_statistics_{view} LIMIT 0")
            columns |= {column.name for column in cursor.description or []}
        assert columns.isdisjoint(
            {"id", "case_id", "last_name", "first_name", "birth_date", "email", "phone"}
        )
        assert columns.isdisjoint({"address", "notes", "company_name", "company_siret"})
        keys = {row[0] for row in claire.execute("SELECT case_key FROM atelier_statistics_people")}
        linked = {row[0] for row in claire.execute("SELECT case_key FROM atelier_statistics_meetings")}
        linked |= {row[0] for row in claire.execute("SELECT case_key FROM atelier_statistics_stays")}
        assert len(linked) == 1 and linked <= keys  # Durand's stay and meeting, under one key
        assert keys.isdisjoint({structure.dupont, structure.durand, structure.bernard})
        # The key cannot be rebuilt: the salt is the owner's.
        with pytest.raises(errors.InsufficientPrivilege):
            claire.execute("SELECT * FROM atelier_statistics_salt")
        for statement in (
            "DELETE FROM atelier_statistics_people",
            "UPDATE atelier_statistics_people SET counsellor = 'Claire Roussel'",
            "INSERT INTO atelier_statistics_meetings (day, level, counsellor) VALUES (now(), 'UO1', 'x')",
        ):
            with pytest.raises((errors.InsufficientPrivilege, errors.ObjectNotInPrerequisiteState)):
                claire.execute(statement)
        for view in ("people", "stays", "meetings"):
            for privilege in ("INSERT", "UPDATE", "DELETE", "TRUNCATE"):
                granted = claire.execute(
                    "SELECT has_table_privilege(%s, %s)", [f"atelier_statistics_{view}", privilege]
                ).fetchone()
                assert granted == (False,)
    with structure.owner() as owner:
        assert owner.execute("SELECT count(*) FROM cases").fetchone() == (3,)
        assert owner.execute("SELECT count(*) FROM meetings").fetchone() == (1,)


def test_a_counsellors_statistics_count_the_colleagues_beneficiaries(structure: Structure) -> None:
    from workbench.core.cep_stats import activity

    claire = Database.connect(without_user(structure.url), "claire", CLAIRE)
    try:
        people, stays, meetings = CepRepository(claire).activity_facts()
    finally:
        claire.close()
    report = activity(people, stays, meetings, date(2026, 1, 1), date(2026, 12, 31))
    assert report.per_level().loc["UO1"].tolist() == [1, 1]  # Marc's Durand and his meeting
    assert report.breakdown("conseiller").loc["Marc Petit", "UO1"] == 1


def test_every_table_referring_to_a_case_has_row_level_security(structure: Structure) -> None:
    """A future table holding a case number cannot forget its policies."""
    with structure.owner() as owner:
        linked = {
            row[0]
            for row in owner.execute(
                "SELECT conrelid::regclass::text FROM pg_constraint "
                "WHERE contype = 'f' AND confrelid = 'cases'::regclass "
                "UNION SELECT table_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND column_name = 'case_id'"
            )
        } | {"cases"}
        tables = {
            row[0]: (row[1], row[2])
            for row in owner.execute(
                "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
            )
        }
        policies: dict[str, set[str]] = {}
        for table, roles in owner.execute("SELECT tablename, roles::text[] FROM pg_policies"):
            policies.setdefault(table, set()).update(roles)
    assert {"cases", "meetings", "funding_scenarios", "experiences", "audit_log", "case_shares"} <= linked
    unprotected = [t for t in sorted(linked) if tables[t] != (True, True)]
    assert unprotected == []
    group = f"{structure.url.rsplit('/', 1)[1]}_conseiller"
    without_policy = [t for t in sorted(linked) if group not in policies.get(t, set())]
    assert without_policy == []
    # Every other table holds no personal data of a beneficiary, by name.
    assert set(tables) - linked <= NOT_PERSONAL


def test_no_one_outside_the_structure_connects(structure: Structure) -> None:
    with structure.owner() as owner:
        owner.execute("CREATE ROLE intrus LOGIN PASSWORD 'intrus-mot-de-passe'")
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(structure.conninfo("intrus", "intrus-mot-de-passe"))
    finally:
        with structure.owner() as owner:
            owner.execute("DROP ROLE intrus")


def test_a_counsellors_connection_never_migrates(structure: Structure) -> None:
    with structure.owner() as owner:
        owner.execute("UPDATE alembic_version SET version_num = '0010'")
    with pytest.raises(StorageError, match="team init"):
        Database.connect(without_user(structure.url), "claire", CLAIRE)
    with structure.owner() as owner:
        assert owner.execute("SELECT version_num FROM alembic_version").fetchone() == ("0010",)
