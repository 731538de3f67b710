"""cep path, meetings, actions, follow-ups

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-24 15:44:16.007876
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cep_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=20), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("depends_on_decision", sa.Boolean(), nullable=False),
        sa.Column("plan_b", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_actions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cep_actions")),
    )
    with op.batch_alter_table("cep_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cep_actions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "cep_closures",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("support_kinds", sa.JSON(), nullable=False),
        sa.Column("path_type", sa.String(length=30), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_closures_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_cep_closures")),
    )
    op.create_table(
        "cep_follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("months_after_exit", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("situation", sa.String(length=30), nullable=True),
        sa.Column("effects", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_follow_ups_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cep_follow_ups")),
    )
    with op.batch_alter_table("cep_follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cep_follow_ups_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cep_follow_ups_due"), ["due"], unique=False)

    op.create_table(
        "cep_stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column("exited_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_stays_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cep_stays")),
    )
    with op.batch_alter_table("cep_stays", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cep_stays_case_id"), ["case_id"], unique=False)

    op.create_table(
        "cep_steps_done",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_steps_done_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "step", name=op.f("pk_cep_steps_done")),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("counsellor", sa.String(length=100), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_meetings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index("ix_meetings_case_day", ["case_id", "day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_case_day")

    op.drop_table("meetings")
    op.drop_table("cep_steps_done")
    with op.batch_alter_table("cep_stays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cep_stays_case_id"))

    op.drop_table("cep_stays")
    with op.batch_alter_table("cep_follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cep_follow_ups_due"))
        batch_op.drop_index(batch_op.f("ix_cep_follow_ups_case_id"))

    op.drop_table("cep_follow_ups")
    op.drop_table("cep_closures")
    with op.batch_alter_table("cep_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cep_actions_case_id"))

    op.drop_table("cep_actions")
