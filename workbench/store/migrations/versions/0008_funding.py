"""funding scenarios

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-01 11:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "funding_scenarios",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_funding_scenarios_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_scenarios")),
    )
    with op.batch_alter_table("funding_scenarios", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funding_scenarios_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("funding_scenarios", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_scenarios_case_id"))
    op.drop_table("funding_scenarios")
