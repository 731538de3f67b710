"""Counsellor accounts on a shared server: who may see which case file.

Each account is a PostgreSQL login role of the same name, member of the database's counsellor or
manager group role; the server keeps its password (SCRAM) and checks it at every connection, and
its row-level policies decide which rows the role reads and changes (workbench.store.security).
A counsellor sees the cases whose counsellor is their display name, and those shared with them; a
manager (*responsable*) sees every case, shares and reassigns. The checks made here only give
clearer messages: the server refuses by itself. Passwords leave this program only as SCRAM
verifiers computed by libpq, never in clear. On a computer's own database there are no accounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy import text as sql

from workbench.errors import AccessDenied, UserError, ValidationError
from workbench.store.db import Database
from workbench.store.models import AccountRow, Case, CaseShareRow

ROLES = {"conseiller": "Conseiller·ère", "responsable": "Responsable de la structure"}
MIN_PASSWORD = 10

__all__ = ["ROLES", "AccessDenied", "Account", "AccountRepository", "signed_in"]


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: str
    active: bool = True

    @property
    def is_manager(self) -> bool:
        return self.role == "responsable"


def _account(row: AccountRow) -> Account:
    return Account(row.id, row.username, row.display_name, row.role, row.active)


def signed_in(db: Database) -> Account | None:
    """The account of the role connected to the server (None for the owner, who is no account)."""
    with db.session() as session:
        row = session.scalar(select(AccountRow).where(AccountRow.username == func.current_user()))
        account = _account(row) if row is not None else None
    if account is None and not db.privileged:
        raise AccessDenied(f"Le rôle « {db.role} » n'est pas un compte d'Atelier CEP sur ce serveur.")
    return account


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError({"password": f"au moins {MIN_PASSWORD} caractères."})


class AccountRepository:
    def __init__(self, db: Database) -> None:
        if db.is_sqlite:
            raise UserError(
                "Les comptes n'existent que sur le serveur de la structure (WORKBENCH_DATABASE_URL)."
            )
        self._db = db

    def any(self) -> bool:
        with self._db.session() as session:
            return bool(session.scalar(select(func.count()).select_from(AccountRow)))

    def list(self) -> list[Account]:
        with self._db.session() as session:
            return [_account(r) for r in session.scalars(select(AccountRow).order_by(AccountRow.username))]

    def add(self, username: str, display_name: str, role: str, password: str) -> Account:
        """Create the login role and its account: the administrator (owner) creates the first
        manager, then a manager adds counsellors. The server checks who may."""
        problems = {}
        if not username.isascii() or not username.replace("_", "").replace(".", "").isalnum():
            problems["username"] = "identifiant sans espace ni accent, par exemple « croussel »."
        elif username != username.lower():
            problems["username"] = "identifiant en minuscules, par exemple « croussel »."
        if not display_name.strip():
            problems["display_name"] = "indiquez le nom tel qu'il figure dans les dossiers."
        if role not in ROLES:
            problems["role"] = f"rôle inconnu ; rôles possibles : {', '.join(ROLES)}."
        if len(password) < MIN_PASSWORD:
            problems["password"] = f"au moins {MIN_PASSWORD} caractères."
        if problems:
            raise ValidationError(problems)
        self._call(
            "SELECT atelier_account_add(:u, :n, :r, :v)",
            u=username,
            n=display_name.strip(),
            r=role,
            v=self._verifier(username, password),
        )
        with self._db.session() as session:
            row = session.scalar(select(AccountRow).where(AccountRow.username == username))
            assert row is not None
            return _account(row)

    def set_password(self, username: str, password: str) -> None:
        """One's own password, or anyone's for the manager (checked by the server)."""
        _check_new_password(password)
        self._call("SELECT atelier_set_password(:u, :v)", u=username, v=self._verifier(username, password))

    def require_manager(self) -> None:
        user = self._db.user
        if user is not None and not user.is_manager:
            raise AccessDenied("Réservé au responsable de la structure.")

    def report_failed_sign_ins(self, attempts: Sequence[datetime]) -> None:
        """Record in the server's log of failures those made from this computer before signing in."""
        if attempts:
            self._call(
                "SELECT atelier_sign_in_report(:n, :first, :last)",
                n=len(attempts),
                first=min(attempts),
                last=max(attempts),
            )

    def _verifier(self, username: str, password: str) -> str:
        """The SCRAM-SHA-256 verifier of ``password``, computed here by libpq (as psql's \\password)."""
        with self._db.engine.connect() as connection:
            pgconn = connection.connection.driver_connection.pgconn  # type: ignore[union-attr]
            verifier: bytes = pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256")
        return verifier.decode()

    def _call(self, statement: str, **values: object) -> None:
        with self._db.session() as session:  # the server's refusals become French messages there
            session.execute(sql(statement), values)

    # ---- Sharing and assignment

    def share(self, case_id: int, username: str) -> None:
        """Share a case with a colleague (manager only, enforced by the server)."""
        self.require_manager()
        self._check_case_access(case_id)
        with self._db.session() as session:
            if session.scalar(select(AccountRow).where(AccountRow.username == username)) is None:
                raise UserError(f"Aucun compte « {username} ».")
            if session.get(CaseShareRow, (case_id, username)) is None:
                session.add(CaseShareRow(case_id=case_id, username=username))

    def unshare(self, case_id: int, username: str) -> None:
        self.require_manager()
        self._check_case_access(case_id)
        with self._db.session() as session:
            session.execute(
                delete(CaseShareRow).where(CaseShareRow.case_id == case_id, CaseShareRow.username == username)
            )

    def reassign(self, case_id: int, display_name: str) -> None:
        """Hand a case to another counsellor (manager only)."""
        self.require_manager()
        with self._db.session() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise UserError(f"Aucun dossier n'a le numéro {case_id}.")
            case.counsellor = display_name

    def _check_case_access(self, case_id: int) -> None:
        from workbench.store.cases import CaseRepository

        CaseRepository(self._db).get(case_id)  # AccessDenied when not theirs
