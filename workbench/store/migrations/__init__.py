"""Alembic migrations of the case-file schema, run at start-up.

Each capability adds its tables in its own revision file under ``versions/``; revisions may branch
from the foundation and the start-up upgrade goes to every head. A database carrying a revision that
this code does not know was written by a newer version and is refused.

New revision: ``.venv/bin/alembic -c workbench/store/alembic.ini revision -m "what" --head 0001@head``
then edit the file (autogenerate: add ``--autogenerate`` with ``WORKBENCH_DATA_DIR`` set).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

SCRIPT_LOCATION = Path(__file__).resolve().parent


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@dataclass(frozen=True)
class SchemaState:
    current: frozenset[str]
    heads: frozenset[str]
    known: frozenset[str]

    @property
    def unknown(self) -> frozenset[str]:
        return self.current - self.known

    @property
    def newer(self) -> bool:
        return bool(self.unknown)

    @property
    def pending(self) -> bool:
        return self.current != self.heads


def inspect(connection: Connection) -> SchemaState:
    script = ScriptDirectory.from_config(config())
    current = frozenset(MigrationContext.configure(connection).get_current_heads())
    known = frozenset(rev.revision for rev in script.walk_revisions())
    return SchemaState(current=current, heads=frozenset(script.get_heads()), known=known)


def upgrade(connection: Connection, target: str = "heads") -> None:
    command.upgrade(config(connection), target)
