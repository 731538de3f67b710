"""Team mode: accounts on the structure's server, sharing, and cases taken offline and brought back.

For now the operations are those of the store, named here so that the window and the commands
reach them through the application layer; changes brought back are announced for every case.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.errors import AccessDenied, UserError
from workbench.store import migrations, security, transfer
from workbench.store.accounts import ROLES, Account, AccountRepository
from workbench.store.db import Database
from workbench.store.privacy import current_actor

__all__ = [
    "ROLES",
    "AccessDenied",
    "Account",
    "AccountRepository",
    "Database",
    "ServerSetup",
    "actor",
    "current_actor",
    "initialise",
    "require_owner_url",
    "transfer",
]


@dataclass(frozen=True)
class ServerSetup:
    revision: str
    counsellors: str  # the group roles
    managers: str
    protected: list[str]  # tables under row-level security


def require_owner_url(url: str, variable: str) -> None:
    """``team init`` connects as the role its URL names (the owner), never as a counsellor."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        named = url.startswith("postgresql") and bool(make_url(url).username)
    except (ArgumentError, ValueError):
        named = False
    if not named:
        raise UserError(
            f"« team init » se lance avec le rôle propriétaire de la base : {variable}="
            "postgresql+psycopg://PROPRIETAIRE@serveur:5432/base (mot de passe par PGPASSWORD ou ~/.pgpass)."
        )


def initialise(db: Database) -> ServerSetup:
    """Create or migrate the schema and (re)install roles, grants, policies and audit triggers.

    Only the database's owner (or a superuser) may: a counsellor's connection never migrates.
    """
    if db.is_sqlite:
        raise AccessDenied("« team init » prépare le serveur de la structure, pas la base de ce poste.")
    if not db.privileged:
        raise AccessDenied(
            f"Le rôle « {db.role} » n'est ni le propriétaire de la base ni un superutilisateur : "
            "seul le propriétaire crée le schéma et les règles d'accès."
        )
    protected = db.install_access_rules()
    with db.engine.connect() as connection:
        names = security.groups(connection)
        revision = ", ".join(sorted(migrations.current_revisions(connection)))
    return ServerSetup(revision, names.conseiller, names.responsable, protected)


def actor(db: Database) -> str:
    """Who the records name: the signed-in account, the server's role, or this computer's user."""
    if db.user is not None:
        return str(db.user.username)
    return db.role or current_actor()
