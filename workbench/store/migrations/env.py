"""Alembic environment: runs on the connection handed over by workbench.store.migrations."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from workbench.store.models import Base

target_metadata = Base.metadata


def run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:  # command-line use (alembic revision --autogenerate) on the user's database
    from workbench.paths import AppPaths

    engine = create_engine(f"sqlite:///{AppPaths.resolve().case_db}")
    with engine.begin() as new_connection:
        run(new_connection)
