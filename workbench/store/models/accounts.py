"""Counsellor accounts of a shared server, and cases shared between counsellors.

Each account is a PostgreSQL login role of the same name (the server keeps its SCRAM password);
this table gives its display name and role to the application and to the row-level policies.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, utc_now


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))  # as cases name their counsellor
    role: Mapped[str] = mapped_column(String(20))  # conseiller, responsable
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class CaseShareRow(Base):
    __tablename__ = "case_shares"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    username: Mapped[str] = mapped_column(String(60), primary_key=True)


class SignInFailureRow(Base):
    """Failed sign-ins reported by a computer once its account signs in (see workbench.store.accounts)."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(63))
    failures: Mapped[int]
    first_at: Mapped[datetime]
    last_at: Mapped[datetime]
    reported_at: Mapped[datetime] = mapped_column(default=utc_now)
