"""foundation: case files

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 14:54:41.893526
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("search_key", sa.String(length=210), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("highest_qualification_level", sa.String(length=20), nullable=True),
        sa.Column("csp", sa.String(length=40), nullable=True),
        sa.Column("employment_status", sa.String(length=40), nullable=True),
        sa.Column("contract_type", sa.String(length=40), nullable=True),
        sa.Column("job_seeker_registered", sa.Boolean(), nullable=True),
        sa.Column("indemnified_are", sa.Boolean(), nullable=True),
        sa.Column("has_rqth", sa.Boolean(), nullable=True),
        sa.Column("current_job_title", sa.String(length=200), nullable=False),
        sa.Column("current_rome_code", sa.String(length=5), nullable=False),
        sa.Column("months_salaried_total", sa.Float(), nullable=True),
        sa.Column("months_in_current_company", sa.Float(), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("company_siret", sa.String(length=14), nullable=False),
        sa.Column("company_headcount", sa.Integer(), nullable=True),
        sa.Column("company_naf", sa.String(length=6), nullable=False),
        sa.Column("opco", sa.String(length=40), nullable=True),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("counsellor", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cep_level", sa.String(length=10), nullable=True),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_counsellor", ["counsellor"], unique=False)
        batch_op.create_index("ix_cases_search_key", ["search_key"], unique=False)
        batch_op.create_index("ix_cases_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status")
        batch_op.drop_index("ix_cases_search_key")
        batch_op.drop_index("ix_cases_counsellor")

    op.drop_table("cases")
