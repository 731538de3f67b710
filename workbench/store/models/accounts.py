"""Counsellor accounts of a shared server, and cases shared between counsellors."""

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
    password_hash: Mapped[str] = mapped_column(String(200))  # scrypt; the password itself never
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class CaseShareRow(Base):
    __tablename__ = "case_shares"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    username: Mapped[str] = mapped_column(String(60), primary_key=True)
