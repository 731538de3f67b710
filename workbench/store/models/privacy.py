"""The audit log: who opened, changed, exported or erased which case file.

No foreign key to ``cases``: the trail of an erased case stays, reduced to its number and the
actions, with no personal data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, utc_now


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    case_id: Mapped[int]

    __table_args__ = (Index("ix_audit_log_case", "case_id"),)
