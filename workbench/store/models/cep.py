"""Tables of the CEP path: levels, guidance steps done, meetings, action plan, closure, follow-ups."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, utc_now

CASE_FK = "cases.id"


class CepStay(Base):
    __tablename__ = "cep_stays"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), index=True)
    position: Mapped[int]
    level: Mapped[str] = mapped_column(String(10))
    entered_on: Mapped[date]
    exited_on: Mapped[date | None]
    reason: Mapped[str] = mapped_column(Text, default="")


class CepClosure(Base):
    __tablename__ = "cep_closures"

    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), primary_key=True)
    day: Mapped[date]
    support_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    path_type: Mapped[str] = mapped_column(String(30))
    outcome: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")


class CepStepDone(Base):
    __tablename__ = "cep_steps_done"

    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), primary_key=True)
    step: Mapped[str] = mapped_column(String(40), primary_key=True)  # "UO2.1:pistes"


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"))
    day: Mapped[date]
    level: Mapped[str] = mapped_column(String(10))
    mode: Mapped[str] = mapped_column(String(20))
    duration_min: Mapped[int]
    place: Mapped[str] = mapped_column(String(200), default="")
    counsellor: Mapped[str] = mapped_column(String(100), default="")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")  # the counsellor's private notes: never printed
    request: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    # [[subject, detail, where to find it], …] and [decision, …]
    information: Mapped[list[Any]] = mapped_column(JSON, default=list)
    decisions: Mapped[list[str]] = mapped_column(JSON, default=list)
    next_meeting_on: Mapped[date | None]
    next_meeting_time: Mapped[str] = mapped_column(String(5), default="")
    next_meeting_place: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    __table_args__ = (Index("ix_meetings_case_day", "case_id", "day"),)


class ActionRow(Base):
    __tablename__ = "cep_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(20))
    due: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20))
    depends_on_decision: Mapped[bool] = mapped_column(default=False)
    plan_b: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))


class FollowUpRow(Base):
    __tablename__ = "cep_follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), index=True)
    due: Mapped[date] = mapped_column(index=True)
    months_after_exit: Mapped[int]
    done_on: Mapped[date | None]
    situation: Mapped[str | None] = mapped_column(String(30))
    effects: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class ProjectRow(Base):
    __tablename__ = "cep_projects"

    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), primary_key=True)
    target_jobs: Mapped[str] = mapped_column(Text, default="")
    strategy: Mapped[str] = mapped_column(Text, default="")
    feasibility: Mapped[str | None] = mapped_column(String(20))
    feasibility_note: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    motivations: Mapped[str] = mapped_column(Text, default="")
    employer_stance: Mapped[str] = mapped_column(Text, default="")
    family: Mapped[str] = mapped_column(Text, default="")
    mobility: Mapped[str] = mapped_column(Text, default="")
    health: Mapped[str] = mapped_column(Text, default="")  # only with health_consent
    health_consent: Mapped[bool] = mapped_column(default=False)
    # [{aspect, assessment, status, reservation}, …]
    points: Mapped[list[Any]] = mapped_column(JSON, default=list)
    plan_b: Mapped[str] = mapped_column(Text, default="")


class DecisionRow(Base):
    __tablename__ = "cep_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    lodged_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    reason: Mapped[str] = mapped_column(Text, default="")


class ReferralRow(Base):
    __tablename__ = "cep_referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(200))
    start: Mapped[date | None]
    end: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(Text, default="")


class HandedDocumentRow(Base):
    """A document as it was handed over (printed, saved, given): its exact bytes and their hash."""

    __tablename__ = "handed_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey(CASE_FK, ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[date]
    handed_at: Mapped[datetime] = mapped_column(default=utc_now)
    recipient: Mapped[str] = mapped_column(String(200), default="")
    counsellor: Mapped[str] = mapped_column(String(100), default="")
    reworded: Mapped[bool] = mapped_column(default=False)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
