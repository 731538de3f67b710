"""what the documents print: meeting record, formalised project, handed-over documents

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_TEXT = sa.text("''")


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request", sa.Text(), nullable=False, server_default=_TEXT))
        batch_op.add_column(sa.Column("summary", sa.Text(), nullable=False, server_default=_TEXT))
        batch_op.add_column(sa.Column("information", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("decisions", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("next_meeting_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("next_meeting_time", sa.String(length=5), nullable=False, server_default=_TEXT)
        )
        batch_op.add_column(
            sa.Column("next_meeting_place", sa.String(length=200), nullable=False, server_default=_TEXT)
        )
    with op.batch_alter_table("cep_actions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_cep_actions_meeting_id_meetings"),
            "meetings",
            ["meeting_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("cep_projects", schema=None) as batch_op:
        for name in ("summary", "motivations", "employer_stance", "family", "mobility", "health", "plan_b"):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=_TEXT))
        batch_op.add_column(
            sa.Column("health_consent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("points", sa.JSON(), nullable=False, server_default="[]"))
    op.create_table(
        "handed_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("handed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("counsellor", sa.String(length=100), nullable=False),
        sa.Column("reworded", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_handed_documents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handed_documents")),
    )
    with op.batch_alter_table("handed_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handed_documents_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("handed_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handed_documents_case_id"))
    op.drop_table("handed_documents")
    with op.batch_alter_table("cep_projects", schema=None) as batch_op:
        for name in (
            "points",
            "health_consent",
            "plan_b",
            "health",
            "mobility",
            "family",
            "employer_stance",
            "motivations",
            "summary",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("cep_actions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cep_actions_meeting_id_meetings"), type_="foreignkey")
        batch_op.drop_column("meeting_id")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        for name in (
            "next_meeting_place",
            "next_meeting_time",
            "next_meeting_on",
            "decisions",
            "information",
            "summary",
            "request",
        ):
            batch_op.drop_column(name)
