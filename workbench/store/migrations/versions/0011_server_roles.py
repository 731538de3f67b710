"""accounts are server roles; case numbers never reused; failed sign-ins

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 20:30:00

Passwords move to PostgreSQL (one login role per account, SCRAM): the application's hashes go.
On SQLite the cases table is rebuilt with AUTOINCREMENT (Database.migrate turns foreign keys off
around the rebuild, as SQLite documents, so that the copy does not cascade to linked rows). The
roles, grants and policies are installed after the migrations by workbench.store.security.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("password_hash")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("cases", recreate="always", table_kwargs={"sqlite_autoincrement": True}):
            pass
    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=63), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_failures")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_failures")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("password_hash", sa.String(length=200), nullable=False, server_default="")
        )
