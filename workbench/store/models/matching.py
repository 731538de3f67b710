"""Tables of the competence profile and job matching: experiences, preferences, feedback, snapshots."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, utc_now


class ExperienceRow(Base):
    __tablename__ = "experiences"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # pro, extra
    appellation: Mapped[str] = mapped_column(String(20), default="")
    fiche: Mapped[str] = mapped_column(String(5), default="")
    label: Mapped[str] = mapped_column(String(300))
    employer: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[date | None]
    end: Mapped[date | None]
    removed: Mapped[list[Any]] = mapped_column(JSON, default=list)
    added: Mapped[list[Any]] = mapped_column(JSON, default=list)
    activities: Mapped[list[Any]] = mapped_column(JSON, default=list)


class MatchPreferencesRow(Base):
    __tablename__ = "match_preferences"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    liked: Mapped[list[Any]] = mapped_column(JSON, default=list)
    excluded: Mapped[list[Any]] = mapped_column(JSON, default=list)
    target: Mapped[str] = mapped_column(String(5), default="")


class MatchFeedbackRow(Base):
    __tablename__ = "match_feedback"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    fiche: Mapped[str] = mapped_column(String(5), primary_key=True)
    up: Mapped[bool]
    reason: Mapped[str] = mapped_column(Text, default="")


class MatchSnapshotRow(Base):
    __tablename__ = "match_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    rome_version: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
