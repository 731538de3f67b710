"""Cases carried away and brought back: offline work on a laptop, or an encrypted transfer file.

``checkouts`` lives in the carrying database (the laptop's, or the transfer file): for each case it
holds, the state it had when it left (``base``), so that the way back can tell who changed what.
``case_checkouts`` lives in the database the case left: who took it, when, where.
``database_info`` names each database (a UUID), so that a case comes back only to where it left.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, utc_now


class DatabaseInfo(Base):
    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class CheckoutRow(Base):
    __tablename__ = "checkouts"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    origin: Mapped[str] = mapped_column(String(40))  # database_info uuid of where it came from
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    by: Mapped[str] = mapped_column(String(100))


class CaseCheckoutRow(Base):
    __tablename__ = "case_checkouts"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    by: Mapped[str] = mapped_column(String(100))
    destination: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utc_now)
