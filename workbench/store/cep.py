"""The CEP path in the database: levels, steps, meetings (with autosaved notes), actions, follow-ups.

Rules live in :mod:`workbench.core.cep`; this module loads the state, lets the core decide, and
writes the result in one transaction. ``cases.cep_level`` follows the path so the case list can
filter on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from workbench.core import cep
from workbench.core.cep import Action, CepPath, Closure, FollowUp, LevelStay, Meeting
from workbench.core.cep_stats import Beneficiary, MeetingFact, Stay
from workbench.errors import UserError, ValidationError
from workbench.store.cases import CaseNotFound
from workbench.store.db import Database
from workbench.store.models import (
    ActionRow,
    Case,
    CepClosure,
    CepStay,
    CepStepDone,
    DecisionRow,
    FollowUpRow,
    MeetingRow,
    ProjectRow,
    ReferralRow,
)
from workbench.store.privacy import record as audit

# A row that belongs to one case (meeting, action, decision, referral).
_CaseRow = TypeVar("_CaseRow", MeetingRow, ActionRow, DecisionRow, ReferralRow)


@dataclass(frozen=True)
class DueItem:
    """A line of the "À relancer / À faire" view."""

    kind: str  # "suivi", "action", "sans_contact"
    case_id: int
    name: str
    counsellor: str
    day: date | None
    label: str


class CepRepository:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    # ---- Path

    def path(self, case_id: int) -> CepPath:
        with self._db.session() as session:
            return self._path(session, case_id)

    def enter_level(self, case_id: int, level: str, day: date, reason: str = "") -> CepPath:
        with self._db.session() as session:
            path = cep.enter_level(self._path(session, case_id), level, day, reason, self._today())
            self._write_stays(session, case_id, path.stays)
            self._case(session, case_id).cep_level = path.current_level
            return path

    def close(self, case_id: int, closure: Closure, months: Sequence[int] = cep.FOLLOW_UP_MONTHS) -> CepPath:
        """End the support and schedule the follow-up contacts."""
        with self._db.session() as session:
            path = cep.close(self._path(session, case_id), closure, self._today())
            self._write_stays(session, case_id, path.stays)
            session.add(
                CepClosure(
                    case_id=case_id,
                    day=closure.day,
                    support_kinds=list(closure.support_kinds),
                    path_type=closure.path_type,
                    outcome=closure.outcome,
                    note=closure.note,
                )
            )
            for follow_up in cep.follow_ups_for(closure.day, months):
                session.add(
                    FollowUpRow(
                        case_id=case_id,
                        due=follow_up.due,
                        months_after_exit=follow_up.months_after_exit,
                        effects=[],
                    )
                )
            case = self._case(session, case_id)
            case.status = "clos"
            return path

    def reopen(self, case_id: int) -> CepPath:
        """The person came back: the last level continues; follow-ups not yet done are dropped."""
        with self._db.session() as session:
            path = cep.reopen(self._path(session, case_id))
            self._write_stays(session, case_id, path.stays)
            session.execute(delete(CepClosure).where(CepClosure.case_id == case_id))
            session.execute(
                delete(FollowUpRow).where(FollowUpRow.case_id == case_id, FollowUpRow.done_on.is_(None))
            )
            case = self._case(session, case_id)
            case.status, case.cep_level = "ouvert", path.current_level
            return path

    def set_step_done(self, case_id: int, step: str, done: bool) -> None:
        with self._db.session() as session:
            existing = session.get(CepStepDone, (case_id, step))
            if done and existing is None:
                session.add(CepStepDone(case_id=case_id, step=step))
            elif not done and existing is not None:
                session.delete(existing)

    # ---- Meetings

    def meetings(self, case_id: int) -> list[Meeting]:
        with self._db.session() as session:
            rows = session.scalars(
                select(MeetingRow)
                .where(MeetingRow.case_id == case_id)
                .order_by(MeetingRow.day.desc(), MeetingRow.id.desc())
            )
            return [_meeting(row) for row in rows]

    def meeting(self, meeting_id: int) -> Meeting | None:
        with self._db.session() as session:
            row = session.get(MeetingRow, meeting_id)
            return _meeting(row) if row is not None else None

    def save_meeting(self, case_id: int, meeting: Meeting) -> Meeting:
        cep.check_meeting(meeting, self._today())
        with self._db.session() as session:
            self._case(session, case_id)
            row = _row_of_case(session, MeetingRow, meeting.id, case_id, "d'entretien")
            row.day, row.level, row.mode = meeting.day, meeting.level, meeting.mode
            row.duration_min, row.place, row.counsellor = (
                meeting.duration_min,
                meeting.place,
                meeting.counsellor,
            )
            row.topics, row.notes = list(meeting.topics), meeting.notes
            row.request, row.summary = meeting.request.strip(), meeting.summary.strip()
            row.information = [
                [i.subject.strip(), i.detail.strip(), i.where.strip()] for i in meeting.information
            ]
            row.decisions = [d.strip() for d in meeting.decisions if d.strip()]
            row.next_meeting_on, row.next_meeting_time = meeting.next_meeting_on, meeting.next_meeting_time
            row.next_meeting_place = meeting.next_meeting_place.strip()
            session.flush()
            return _meeting(row)

    def save_notes(self, meeting_id: int, notes: str, expected: str | None = None) -> str:
        """Autosave of the notes being typed: one tiny transaction, nothing else touched.

        ``expected`` is the text as this editor last read or saved it: when someone else saved
        other notes meanwhile (two counsellors on one server), both texts are kept, merged by
        :func:`workbench.core.cep.merge_notes`. Returns the notes as stored.
        """
        with self._db.session() as session:
            row = session.execute(
                select(MeetingRow).where(MeetingRow.id == meeting_id).with_for_update()
            ).scalar_one_or_none()
            if row is None:
                return notes
            if expected is not None and row.notes != expected:
                notes = cep.merge_notes(expected, notes, row.notes)
            row.notes = notes
            return notes

    def delete_meeting(self, meeting_id: int, case_id: int | None = None) -> None:
        """Remove a meeting (recorded by mistake); with ``case_id``, only one of that case, audited."""
        with self._db.session() as session:
            query = delete(MeetingRow).where(MeetingRow.id == meeting_id)
            if case_id is not None:
                self._case(session, case_id)
                if not _rowcount(session.execute(query.where(MeetingRow.case_id == case_id))):
                    raise UserError(f"Le dossier n° {case_id} n'a pas d'entretien n° {meeting_id}.")
                audit(session, "retrait_entretien", case_id)
                return
            session.execute(query)

    # ---- Action plan

    def actions(self, case_id: int) -> list[Action]:
        with self._db.session() as session:
            rows = session.scalars(
                select(ActionRow).where(ActionRow.case_id == case_id).order_by(ActionRow.id)
            )
            return [_action(r) for r in rows]

    def save_action(self, case_id: int, action: Action) -> Action:
        cep.check_action(action)
        with self._db.session() as session:
            self._case(session, case_id)
            row = _row_of_case(session, ActionRow, action.id, case_id, "d'action")
            row.title, row.owner, row.due, row.status = (
                action.title.strip(),
                action.owner,
                action.due,
                action.status,
            )
            row.depends_on_decision, row.plan_b = action.depends_on_decision, action.plan_b.strip()
            row.meeting_id = action.meeting_id
            session.flush()
            return _action(row)

    def delete_action(self, action_id: int, case_id: int | None = None) -> None:
        """Remove an action (added by mistake); with ``case_id``, only one of that case, audited."""
        with self._db.session() as session:
            query = delete(ActionRow).where(ActionRow.id == action_id)
            if case_id is not None:
                self._case(session, case_id)
                if not _rowcount(session.execute(query.where(ActionRow.case_id == case_id))):
                    raise UserError(f"Le dossier n° {case_id} n'a pas d'action n° {action_id}.")
                audit(session, "retrait_action", case_id)
                return
            session.execute(query)

    # ---- Follow-ups

    def follow_ups(self, case_id: int) -> list[FollowUp]:
        with self._db.session() as session:
            rows = session.scalars(
                select(FollowUpRow).where(FollowUpRow.case_id == case_id).order_by(FollowUpRow.due)
            )
            return [_follow_up(row) for row in rows]

    def record_follow_up(self, follow_up: FollowUp, case_id: int | None = None) -> FollowUp:
        cep.check_follow_up(follow_up, self._today())
        with self._db.session() as session:
            row = session.get(FollowUpRow, follow_up.id)
            if row is None or (case_id is not None and row.case_id != case_id):
                raise UserError(f"Aucun suivi n° {follow_up.id} dans ce dossier.")
            row.done_on, row.situation = follow_up.done_on, follow_up.situation
            row.effects, row.notes = list(follow_up.effects), follow_up.notes
            return _follow_up(row)

    # ---- Formalised project, decisions, referrals

    def project(self, case_id: int) -> cep.Project:
        with self._db.session() as session:
            row = session.get(ProjectRow, case_id)
            if row is None:
                return cep.Project()
            return cep.Project(
                row.target_jobs,
                row.strategy,
                row.feasibility,
                row.feasibility_note,
                row.summary,
                row.motivations,
                row.employer_stance,
                row.family,
                row.mobility,
                row.health if row.health_consent else "",
                row.health_consent,
                tuple(
                    cep.FeasibilityPoint(
                        p.get("aspect", ""),
                        p.get("assessment", ""),
                        p.get("status"),
                        p.get("reservation", ""),
                    )
                    for p in row.points or ()
                ),
                row.plan_b,
            )

    def save_project(self, case_id: int, project: cep.Project) -> None:
        cep.check_project(project)
        with self._db.session() as session:
            self._case(session, case_id)
            row = session.get(ProjectRow, case_id) or ProjectRow(case_id=case_id)
            row.target_jobs, row.strategy = project.target_jobs.strip(), project.strategy.strip()
            row.feasibility, row.feasibility_note = project.feasibility, project.feasibility_note.strip()
            row.summary, row.motivations = project.summary.strip(), project.motivations.strip()
            row.employer_stance, row.family = project.employer_stance.strip(), project.family.strip()
            row.mobility, row.plan_b = project.mobility.strip(), project.plan_b.strip()
            # Health is sensitive: without the person's consent nothing is kept (check_project refuses it).
            row.health_consent = project.health_consent
            row.health = project.health.strip() if project.health_consent else ""
            row.points = [
                {
                    "aspect": p.aspect.strip(),
                    "assessment": p.assessment.strip(),
                    "status": p.status,
                    "reservation": p.reservation.strip(),
                }
                for p in project.points
            ]
            session.add(row)

    def decisions(self, case_id: int) -> list[cep.Decision]:
        with self._db.session() as session:
            rows = session.scalars(
                select(DecisionRow).where(DecisionRow.case_id == case_id).order_by(DecisionRow.id)
            )
            return [
                cep.Decision(r.kind, r.subject, r.body, r.status, r.lodged_on, r.decided_on, r.reason, r.id)
                for r in rows
            ]

    def save_decision(self, case_id: int, decision: cep.Decision) -> cep.Decision:
        cep.check_decision(decision, self._today())
        with self._db.session() as session:
            self._case(session, case_id)
            row = _row_of_case(session, DecisionRow, decision.id, case_id, "de décision")
            row.kind, row.subject, row.body, row.status = (
                decision.kind,
                decision.subject,
                decision.body,
                decision.status,
            )
            row.lodged_on, row.decided_on, row.reason = (
                decision.lodged_on,
                decision.decided_on,
                decision.reason,
            )
            session.flush()
            return replace(decision, id=row.id)

    def referrals(self, case_id: int) -> list[cep.Referral]:
        with self._db.session() as session:
            rows = session.scalars(
                select(ReferralRow).where(ReferralRow.case_id == case_id).order_by(ReferralRow.id)
            )
            return [cep.Referral(r.kind, r.provider, r.start, r.end, r.status, r.outcome, r.id) for r in rows]

    def save_referral(self, case_id: int, referral: cep.Referral) -> cep.Referral:
        cep.check_referral(referral)
        with self._db.session() as session:
            self._case(session, case_id)
            row = _row_of_case(session, ReferralRow, referral.id, case_id, "d'orientation")
            row.kind, row.provider, row.start, row.end = (
                referral.kind,
                referral.provider,
                referral.start,
                referral.end,
            )
            row.status, row.outcome = referral.status, referral.outcome
            session.flush()
            return replace(referral, id=row.id)

    # ---- Across cases

    def hand_over(self, from_counsellor: str, to_counsellor: str) -> list[int]:
        """Give a counsellor's open cases to a colleague; history and open actions go with the case."""
        if not to_counsellor.strip() or to_counsellor == from_counsellor:
            raise ValidationError({"to_counsellor": "choisissez le conseiller qui reprend les dossiers."})
        with self._db.session() as session:
            cases = session.scalars(
                select(Case).where(
                    Case.counsellor == from_counsellor, Case.status == "ouvert", Case.archived_at.is_(None)
                )
            ).all()
            for case in cases:
                case.counsellor = to_counsellor.strip()
            return [case.id for case in cases]

    def due_items(self, today: date, no_contact_days: int = 60, horizon_days: int = 7) -> list[DueItem]:
        """Follow-ups due, overdue actions, and open cases without contact for ``no_contact_days``."""
        items: list[DueItem] = []
        with self._db.session() as session:
            due = session.execute(
                select(FollowUpRow, Case)
                .join(Case, Case.id == FollowUpRow.case_id)
                .where(
                    FollowUpRow.done_on.is_(None),
                    Case.archived_at.is_(None),
                    FollowUpRow.due <= date.fromordinal(today.toordinal() + horizon_days),
                )
                .order_by(FollowUpRow.due)
            )
            for follow_up, case in due:
                items.append(
                    DueItem(
                        "suivi",
                        case.id,
                        _name(case),
                        case.counsellor,
                        follow_up.due,
                        f"Suivi à {follow_up.months_after_exit} mois après la sortie",
                    )
                )
            late = session.execute(
                select(ActionRow, Case)
                .join(Case, Case.id == ActionRow.case_id)
                .where(
                    ActionRow.status.in_(("a_faire", "en_cours")),
                    ActionRow.due < today,
                    Case.archived_at.is_(None),
                )
                .order_by(ActionRow.due)
            )
            for action, case in late:
                owner = cep.ACTION_OWNERS.get(action.owner, action.owner).lower()
                items.append(
                    DueItem(
                        "action",
                        case.id,
                        _name(case),
                        case.counsellor,
                        action.due,
                        f"Action en retard ({owner}) : {action.title}",
                    )
                )
            last_contact = (
                select(MeetingRow.case_id, func.max(MeetingRow.day).label("last"))
                .group_by(MeetingRow.case_id)
                .subquery()
            )
            silent = session.execute(
                select(Case, last_contact.c.last)
                .join(last_contact, last_contact.c.case_id == Case.id)
                .where(
                    Case.status == "ouvert",
                    Case.archived_at.is_(None),
                    last_contact.c.last < date.fromordinal(today.toordinal() - no_contact_days),
                )
                .order_by(last_contact.c.last)
            )
            for case, last in silent:
                items.append(
                    DueItem(
                        "sans_contact",
                        case.id,
                        _name(case),
                        case.counsellor,
                        last,
                        f"Sans contact depuis {(today - last).days} jours",
                    )
                )
        return items

    def activity_facts(self) -> tuple[list[Beneficiary], list[Stay], list[MeetingFact]]:
        """The rows the activity statistics aggregate (workbench.core.cep_stats), archived cases included.

        On a shared server everyone's statistics cover the whole structure, read from the views of
        :mod:`workbench.store.security` (no personal data; ``case_id`` is then an opaque key).
        Locally, or on a server whose ``team init`` predates those views, a counsellor's cover the
        cases they see.
        """
        if not self._db.is_sqlite:
            structure = self._structure_facts()
            if structure is not None:
                return structure
        people, stays, meetings = self._all_activity_facts()
        user = self._db.user
        if user is None or user.is_manager:
            return people, stays, meetings
        from workbench.store.cases import CaseRepository

        visible = {s.id for s in CaseRepository(self._db).summaries()}
        return (
            [p for p in people if p.case_id in visible],
            [s for s in stays if s.case_id in visible],
            [m for m in meetings if m.case_id in visible],
        )

    def _structure_facts(self) -> tuple[list[Beneficiary], list[Stay], list[MeetingFact]] | None:
        from workbench.store.security import STATISTICS_VIEWS

        people_view, stays_view, meetings_view = STATISTICS_VIEWS
        with self._db.session() as session:
            if session.execute(text("SELECT to_regclass(:v)"), {"v": people_view}).scalar() is None:
                return None
            people = [
                Beneficiary(*row)
                for row in session.execute(
                    text(
                        "SELECT case_key, sex, birth_month, highest_qualification_level, csp, "
                        f"company_size_floor, counsellor FROM {people_view}"
                    )
                )
            ]
            stays = [
                Stay(*row)
                for row in session.execute(
                    text(f"SELECT case_key, level, entered_on, exited_on FROM {stays_view}")
                )
            ]
            meetings = [
                MeetingFact(*row)
                for row in session.execute(
                    text(f"SELECT case_key, day, level, counsellor FROM {meetings_view}")
                )
            ]
        return people, stays, meetings

    def _all_activity_facts(self) -> tuple[list[Beneficiary], list[Stay], list[MeetingFact]]:
        with self._db.session() as session:
            people = [
                Beneficiary(*row)
                for row in session.execute(
                    select(
                        Case.id,
                        Case.sex,
                        Case.birth_date,
                        Case.highest_qualification_level,
                        Case.csp,
                        Case.company_headcount,
                        Case.counsellor,
                    )
                )
            ]
            stays = [
                Stay(*row)
                for row in session.execute(
                    select(CepStay.case_id, CepStay.level, CepStay.entered_on, CepStay.exited_on)
                )
            ]
            meetings = [
                MeetingFact(*row)
                for row in session.execute(
                    select(MeetingRow.case_id, MeetingRow.day, MeetingRow.level, MeetingRow.counsellor)
                )
            ]
        return people, stays, meetings

    # ---- Helpers

    def _path(self, session: Session, case_id: int) -> CepPath:
        self._case(session, case_id)
        stays = session.scalars(select(CepStay).where(CepStay.case_id == case_id).order_by(CepStay.position))
        closure_row = session.get(CepClosure, case_id)
        closure = (
            Closure(
                closure_row.day,
                tuple(closure_row.support_kinds),
                closure_row.path_type,
                closure_row.outcome,
                closure_row.note,
            )
            if closure_row
            else None
        )
        done = session.scalars(select(CepStepDone.step).where(CepStepDone.case_id == case_id))
        return CepPath(
            stays=tuple(LevelStay(s.level, s.entered_on, s.reason, s.exited_on) for s in stays),
            closure=closure,
            done_steps=frozenset(done),
        )

    @staticmethod
    def _write_stays(session: Session, case_id: int, stays: Sequence[LevelStay]) -> None:
        session.execute(delete(CepStay).where(CepStay.case_id == case_id))
        for position, stay in enumerate(stays):
            session.add(
                CepStay(
                    case_id=case_id,
                    position=position,
                    level=stay.level,
                    entered_on=stay.entered_on,
                    exited_on=stay.exited_on,
                    reason=stay.reason,
                )
            )

    @staticmethod
    def _case(session: Session, case_id: int) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise CaseNotFound(case_id)
        return case


def _row_of_case(
    session: Session, model: type[_CaseRow], row_id: int | None, case_id: int, what: str
) -> _CaseRow:
    """The row ``row_id`` of this case to update, or a new one; never a row of another case."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is not None and row.case_id != case_id:
        raise UserError(f"Le dossier n° {case_id} n'a pas {what} n° {row_id}.")
    if row is None:
        row = model(case_id=case_id)
        session.add(row)
    return row


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _name(case: Case) -> str:
    return f"{case.last_name.upper()} {case.first_name}".strip()


def _meeting(row: MeetingRow) -> Meeting:
    return Meeting(
        row.day,
        row.level,
        row.mode,
        row.duration_min,
        row.place,
        row.counsellor,
        tuple(row.topics or ()),
        row.notes,
        row.id,
        request=row.request or "",
        summary=row.summary or "",
        information=tuple(cep.InformationGiven(*item) for item in row.information or ()),
        decisions=tuple(row.decisions or ()),
        next_meeting_on=row.next_meeting_on,
        next_meeting_time=row.next_meeting_time or "",
        next_meeting_place=row.next_meeting_place or "",
    )


def _action(row: ActionRow) -> Action:
    return Action(
        row.title, row.owner, row.due, row.status, row.depends_on_decision, row.plan_b, row.id, row.meeting_id
    )


def _follow_up(row: FollowUpRow) -> FollowUp:
    return FollowUp(
        row.due,
        row.months_after_exit,
        row.done_on,
        row.situation,
        tuple(row.effects or ()),
        row.notes,
        row.id,
    )
