"""cep project, decisions, referrals

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-24 15:50:58.224830
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cep_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("lodged_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_decisions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cep_decisions")),
    )
    with op.batch_alter_table("cep_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cep_decisions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "cep_projects",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("target_jobs", sa.Text(), nullable=False),
        sa.Column("strategy", sa.Text(), nullable=False),
        sa.Column("feasibility", sa.String(length=20), nullable=True),
        sa.Column("feasibility_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_projects_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_cep_projects")),
    )
    op.create_table(
        "cep_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_cep_referrals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cep_referrals")),
    )
    with op.batch_alter_table("cep_referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cep_referrals_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cep_referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cep_referrals_case_id"))

    op.drop_table("cep_referrals")
    op.drop_table("cep_projects")
    with op.batch_alter_table("cep_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cep_decisions_case_id"))

    op.drop_table("cep_decisions")
