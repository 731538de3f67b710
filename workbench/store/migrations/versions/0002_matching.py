"""matching

Revision ID: 0002
Revises: 0007
Create Date: 2026-11-24 16:04:15.333063
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "experiences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("appellation", sa.String(length=20), nullable=False),
        sa.Column("fiche", sa.String(length=5), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("removed", sa.JSON(), nullable=False),
        sa.Column("added", sa.JSON(), nullable=False),
        sa.Column("activities", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_experiences_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiences")),
    )
    with op.batch_alter_table("experiences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_experiences_case_id"), ["case_id"], unique=False)

    op.create_table(
        "match_feedback",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("fiche", sa.String(length=5), nullable=False),
        sa.Column("up", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_match_feedback_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "fiche", name=op.f("pk_match_feedback")),
    )
    op.create_table(
        "match_preferences",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("liked", sa.JSON(), nullable=False),
        sa.Column("excluded", sa.JSON(), nullable=False),
        sa.Column("target", sa.String(length=5), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_match_preferences_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_match_preferences")),
    )
    op.create_table(
        "match_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rome_version", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_match_snapshots_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_snapshots")),
    )
    with op.batch_alter_table("match_snapshots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_snapshots_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("match_snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_snapshots_case_id"))

    op.drop_table("match_snapshots")
    op.drop_table("match_preferences")
    op.drop_table("match_feedback")
    with op.batch_alter_table("experiences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_experiences_case_id"))

    op.drop_table("experiences")
