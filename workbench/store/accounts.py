"""Counsellor accounts on a shared server: who may see which case file.

A counsellor sees the cases whose counsellor is their display name, and those shared with them; a
manager (*responsable*) sees every case, the structure's statistics, and reassigns cases. Passwords
are kept as scrypt hashes (salted, memory-hard), compared in constant time; never in clear.
On a computer's own database there are no accounts: its user sees everything, as before.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from workbench.errors import UserError, ValidationError
from workbench.store.db import Database
from workbench.store.models import AccountRow, Case, CaseShareRow
from workbench.store.privacy import record as audit

ROLES = {"conseiller": "Conseiller·ère", "responsable": "Responsable de la structure"}
_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD = 10


class AccessDenied(UserError):
    pass


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


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        found = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found, base64.b64decode(digest))


def _account(row: AccountRow) -> Account:
    return Account(row.id, row.username, row.display_name, row.role, row.active)


class AccountRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def any(self) -> bool:
        with self._db.session() as session:
            return bool(session.scalar(select(func.count()).select_from(AccountRow)))

    def list(self) -> list[Account]:
        with self._db.session() as session:
            return [_account(r) for r in session.scalars(select(AccountRow).order_by(AccountRow.username))]

    def add(self, username: str, display_name: str, role: str, password: str) -> Account:
        """The first account must be a manager's; later ones are added by a manager."""
        problems = {}
        if not username.strip() or not username.isascii() or " " in username:
            problems["username"] = "identifiant sans espace ni accent, par exemple « croussel »."
        if not display_name.strip():
            problems["display_name"] = "indiquez le nom tel qu'il figure dans les dossiers."
        if role not in ROLES:
            problems["role"] = f"rôle inconnu ; rôles possibles : {', '.join(ROLES)}."
        if len(password) < MIN_PASSWORD:
            problems["password"] = f"au moins {MIN_PASSWORD} caractères."
        if problems:
            raise ValidationError(problems)
        if self.any():
            self.require_manager()
        elif role != "responsable":
            raise UserError("Le premier compte du serveur doit être celui d'un responsable.")
        with self._db.session() as session:
            if session.scalar(select(AccountRow).where(AccountRow.username == username)) is not None:
                raise ValidationError({"username": f"l'identifiant « {username} » existe déjà."})
            row = AccountRow(
                username=username,
                display_name=display_name.strip(),
                role=role,
                password_hash=hash_password(password),
            )
            session.add(row)
            session.flush()
            return _account(row)

    def authenticate(self, username: str, password: str) -> Account:
        """The account, when the password matches; the database then acts as this person."""
        with self._db.session() as session:
            row = session.scalar(select(AccountRow).where(AccountRow.username == username))
            stored = row.password_hash if row is not None else hash_password("")  # same time either way
            if row is None or not verify_password(password, stored) or not row.active:
                raise AccessDenied("Identifiant ou mot de passe incorrect.")
            account = _account(row)
        self._db.user = account
        return account

    def set_password(self, username: str, password: str) -> None:
        user = self._db.user
        if user is not None and user.username != username:
            self.require_manager()
        if len(password) < MIN_PASSWORD:
            raise ValidationError({"password": f"au moins {MIN_PASSWORD} caractères."})
        with self._db.session() as session:
            row = session.scalar(select(AccountRow).where(AccountRow.username == username))
            if row is None:
                raise UserError(f"Aucun compte « {username} ».")
            row.password_hash = hash_password(password)

    def require_manager(self) -> None:
        user = self._db.user
        if user is None or not user.is_manager:
            raise AccessDenied("Réservé au responsable de la structure.")

    # ---- Sharing and assignment

    def share(self, case_id: int, username: str) -> None:
        self._check_case_access(case_id)
        with self._db.session() as session:
            if session.scalar(select(AccountRow).where(AccountRow.username == username)) is None:
                raise UserError(f"Aucun compte « {username} ».")
            if session.get(CaseShareRow, (case_id, username)) is None:
                session.add(CaseShareRow(case_id=case_id, username=username))
                audit(session, "partage", case_id)

    def unshare(self, case_id: int, username: str) -> None:
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
            audit(session, "reattribution", case_id)

    def _check_case_access(self, case_id: int) -> None:
        from workbench.store.cases import CaseRepository

        CaseRepository(self._db).get(case_id)  # AccessDenied when not theirs
