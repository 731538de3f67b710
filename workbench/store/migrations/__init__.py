"""Alembic migrations of the case-file schema, run at start-up.

Each capability adds its tables in its own revision file under ``versions/``; revisions may branch
from the foundation and the start-up upgrade goes to every head. A database carrying a revision that
this code does not know was written by a newer version and is refused.

New revision: ``.venv/bin/alembic -c workbench/store/alembic.ini revision -m "what" --autogenerate``
with ``WORKBENCH_DATA_DIR`` pointing at a scratch folder; then read and tidy the file.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy import inspect as sqla_inspect

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = Path(__file__).resolve().parent


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

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


@cache
def revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(known revisions, heads), read from the revision files without importing Alembic.

    Alembic and its templating take a tenth of a second to import; at start-up the schema is
    nearly always current, so the check reads the files' ``revision``/``down_revision`` itself.
    """
    parents: dict[str, set[str]] = {}
    for path in (SCRIPT_LOCATION / "versions").glob("*.py"):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
            ) and node.targets[0].id in {"revision", "down_revision"}:
                values[node.targets[0].id] = ast.literal_eval(node.value)
        down = values.get("down_revision")
        parents[str(values["revision"])] = (
            set(down) if isinstance(down, tuple | list) else ({str(down)} if down else set())
        )
    referenced = set().union(*parents.values()) if parents else set()
    return frozenset(parents), frozenset(set(parents) - referenced)


def current_revisions(connection: Connection) -> frozenset[str]:
    if not sqla_inspect(connection).has_table("alembic_version"):
        return frozenset()
    return frozenset(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def inspect(connection: Connection) -> SchemaState:
    known, heads = revision_graph()
    return SchemaState(current=current_revisions(connection), heads=heads, known=known)


def upgrade(connection: Connection, target: str = "heads") -> None:
    from alembic import command

    command.upgrade(config(connection), target)
