"""The CEP path of a case: levels, steps, meetings, action plan, project, decisions, referrals,
closure and follow-ups; and across cases: what is due, hand-over, activity figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from workbench.app import changes
from workbench.app._base import Service
from workbench.core import cep
from workbench.core.cep import Action, CepPath, Closure, FollowUp, Meeting
from workbench.core.cep_stats import Beneficiary, MeetingFact, Stay
from workbench.store.cep import CepRepository, DueItem

if TYPE_CHECKING:
    from workbench.context import Context

__all__ = ["Cep", "DueItem"]


class Cep(Service):
    def __init__(self, ctx: Context, today: Callable[[], date] = date.today) -> None:
        super().__init__(ctx)
        self._today = today

    @property
    def _repo(self) -> CepRepository:
        return CepRepository(self.db, self._today)

    # ---- Path

    def path(self, case_id: int) -> CepPath:
        return self._repo.path(case_id)

    def enter_level(self, case_id: int, level: str, day: date, reason: str = "") -> CepPath:
        path = self._repo.enter_level(case_id, level, day, reason)
        self.announce(case_id, changes.PATH)
        return path

    def close(self, case_id: int, closure: Closure, months: Sequence[int] = cep.FOLLOW_UP_MONTHS) -> CepPath:
        path = self._repo.close(case_id, closure, months)
        self.announce(case_id, changes.PATH)
        return path

    def reopen(self, case_id: int) -> CepPath:
        path = self._repo.reopen(case_id)
        self.announce(case_id, changes.PATH)
        return path

    def set_step_done(self, case_id: int, step: str, done: bool) -> None:
        self._repo.set_step_done(case_id, step, done)
        self.announce(case_id, changes.PATH)

    # ---- Meetings

    def meetings(self, case_id: int) -> list[Meeting]:
        return self._repo.meetings(case_id)

    def save_meeting(self, case_id: int, meeting: Meeting) -> Meeting:
        saved = self._repo.save_meeting(case_id, meeting)
        self.announce(case_id, changes.MEETINGS)
        return saved

    def record_meeting(self, case_id: int, meeting: Meeting) -> Meeting:
        """A new meeting, as the quick capture and ``workbench cep meeting`` record it: a path not
        yet started enters UO1 on the meeting's day, and the meeting is at the path's last level."""
        repo = self._repo
        path = repo.path(case_id)
        if not path.stays:
            path = repo.enter_level(case_id, "UO1", meeting.day)
            self.announce(case_id, changes.PATH)
        return self.save_meeting(case_id, replace(meeting, level=path.last_level or "UO1"))

    def save_notes(self, case_id: int, meeting_id: int, notes: str, expected: str | None = None) -> str:
        """The autosave of notes being typed; returns the notes as stored (merged with a colleague's)."""
        stored = self._repo.save_notes(meeting_id, notes, expected)
        self.announce(case_id, changes.NOTES)
        return stored

    def delete_meeting(self, case_id: int, meeting_id: int) -> None:
        """Remove a meeting recorded by mistake (the audit trail keeps that it was removed)."""
        self._repo.delete_meeting(meeting_id, case_id)
        self.announce(case_id, changes.MEETINGS)

    # ---- Action plan

    def actions(self, case_id: int) -> list[Action]:
        return self._repo.actions(case_id)

    def save_action(self, case_id: int, action: Action) -> Action:
        saved = self._repo.save_action(case_id, action)
        self.announce(case_id, changes.ACTIONS)
        return saved

    def delete_action(self, case_id: int, action_id: int) -> None:
        """Remove an action added by mistake (audited)."""
        self._repo.delete_action(action_id, case_id)
        self.announce(case_id, changes.ACTIONS)

    # ---- Follow-ups

    def follow_ups(self, case_id: int) -> list[FollowUp]:
        return self._repo.follow_ups(case_id)

    def record_follow_up(self, case_id: int, follow_up: FollowUp) -> FollowUp:
        saved = self._repo.record_follow_up(follow_up, case_id)
        self.announce(case_id, changes.FOLLOW_UPS)
        return saved

    # ---- Formalised project, decisions, referrals

    def project(self, case_id: int) -> cep.Project:
        return self._repo.project(case_id)

    def save_project(self, case_id: int, project: cep.Project) -> None:
        self._repo.save_project(case_id, project)
        self.announce(case_id, changes.PROJECT)

    def decisions(self, case_id: int) -> list[cep.Decision]:
        return self._repo.decisions(case_id)

    def save_decision(self, case_id: int, decision: cep.Decision) -> cep.Decision:
        saved = self._repo.save_decision(case_id, decision)
        self.announce(case_id, changes.DECISIONS)
        return saved

    def referrals(self, case_id: int) -> list[cep.Referral]:
        return self._repo.referrals(case_id)

    def save_referral(self, case_id: int, referral: cep.Referral) -> cep.Referral:
        saved = self._repo.save_referral(case_id, referral)
        self.announce(case_id, changes.REFERRALS)
        return saved

    # ---- Across cases

    def hand_over(self, from_counsellor: str, to_counsellor: str) -> list[int]:
        moved = self._repo.hand_over(from_counsellor, to_counsellor)
        for case_id in moved:
            self.announce(case_id, changes.CASE)
        return moved

    def due_items(self, today: date, no_contact_days: int = 60, horizon_days: int = 7) -> list[DueItem]:
        return self._repo.due_items(today, no_contact_days, horizon_days)

    def activity_facts(self) -> tuple[list[Beneficiary], list[Stay], list[MeetingFact]]:
        return self._repo.activity_facts()
