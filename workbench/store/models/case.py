"""The ``cases`` table: one beneficiary case file.

Other tables (experiences, funding scenarios, meetings, …) point here with
``ForeignKey("cases.id", ondelete="CASCADE")``: erasing a case removes everything linked to it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, utc_now


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    # Accent- and case-folded "last first" for search as you type.
    search_key: Mapped[str] = mapped_column(String(210), default="")
    birth_date: Mapped[date | None]
    sex: Mapped[str | None] = mapped_column(String(1))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    highest_qualification_level: Mapped[str | None] = mapped_column(String(20))
    csp: Mapped[str | None] = mapped_column(String(40))
    employment_status: Mapped[str | None] = mapped_column(String(40))
    contract_type: Mapped[str | None] = mapped_column(String(40))
    job_seeker_registered: Mapped[bool | None]
    indemnified_are: Mapped[bool | None]
    has_rqth: Mapped[bool | None]
    current_job_title: Mapped[str] = mapped_column(String(200), default="")
    current_rome_code: Mapped[str] = mapped_column(String(5), default="")
    months_salaried_total: Mapped[float | None]
    months_in_current_company: Mapped[float | None]
    company_name: Mapped[str] = mapped_column(String(200), default="")
    company_siret: Mapped[str] = mapped_column(String(14), default="")
    company_headcount: Mapped[int | None]
    company_naf: Mapped[str] = mapped_column(String(6), default="")
    opco: Mapped[str | None] = mapped_column(String(40))
    consent_given: Mapped[bool] = mapped_column(default=False)
    consent_date: Mapped[date | None]
    consent_scope: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    counsellor: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="ouvert")
    cep_level: Mapped[str | None] = mapped_column(String(10))
    # Funding attributes of the spec (§8) without a column of their own, by their spec names.
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    archived_at: Mapped[datetime | None]
    # Optimistic concurrency: a save carrying a stale version is refused, never silently merged.
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a class attribute)
    __table_args__ = (
        Index("ix_cases_search_key", "search_key"),
        Index("ix_cases_counsellor", "counsellor"),
        Index("ix_cases_status", "status"),
        # An erased case's number is never given again (on SQLite too): a transfer file carrying
        # it can then never be merged into another person's file.
        {"sqlite_autoincrement": True},
    )
