"""What the stored CEP path adds to a document: the latest meeting, the action plan, the project.

The inputs built from the case record alone (``assemble``) are completed here with the records of
``workbench.store.cep``; a case without meetings or plan keeps its explicit blanks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workbench.core import cep
from workbench.reports.inputs import (
    ActionStep,
    ChosenProject,
    Experience,
    ExploredJob,
    MeetingReport,
    NextStep,
    ProjectSynthesis,
)
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.matching import MatchingRepository

MODES = {
    "face_a_face": "en présentiel",
    "telephone": "par téléphone",
    "visio": "en visioconférence",
    "courriel": "par courriel",
}
FEASIBILITY = {
    "favorable": "réalisable",
    "sous_conditions": "réalisable sous conditions",
    "defavorable": "à retravailler",
}


def enrich(inputs: Any, db: Database, case_id: int) -> Any:
    repo = CepRepository(db)
    if isinstance(inputs, MeetingReport):
        return _meeting_report(inputs, repo, case_id)
    if isinstance(inputs, ProjectSynthesis):
        return _with_matching(_synthesis(inputs, repo, case_id), MatchingRepository(db), case_id)
    return inputs


def _owner(code: str) -> str:
    return {"beneficiaire": "Vous", "conseiller": "Votre conseiller"}.get(code, code)


def _meeting_report(report: MeetingReport, repo: CepRepository, case_id: int) -> MeetingReport:
    meetings = repo.meetings(case_id)
    if not meetings:
        return report
    latest = meetings[0]
    open_actions = [a for a in repo.actions(case_id) if a.status in {"a_faire", "en_cours"}]
    return replace(
        report,
        meeting_date=latest.day,
        mode=MODES.get(latest.mode, ""),
        place=latest.place,
        duration_minutes=latest.duration_min,
        cep_level=latest.level,
        meeting_number=len(meetings),
        topics=tuple(cep.TOPICS[t] for t in latest.topics),
        remarks=latest.notes,
        next_steps=tuple(NextStep(a.title, _owner(a.owner), a.due) for a in open_actions),
    )


def _synthesis(synthesis: ProjectSynthesis, repo: CepRepository, case_id: int) -> ProjectSynthesis:
    meetings = repo.meetings(case_id)
    project = repo.project(case_id)
    actions = repo.actions(case_id)
    chosen = synthesis.project
    if project.target_jobs or project.strategy:
        chosen = replace(
            chosen if isinstance(chosen, ChosenProject) else ChosenProject(),
            job_title=project.target_jobs,
            strategy=project.strategy,
            feasibility_verdict=FEASIBILITY.get(project.feasibility or "", ""),
            plan_b="; ".join(a.plan_b for a in actions if a.plan_b),
        )
    return replace(
        synthesis,
        meetings_count=len(meetings) or synthesis.meetings_count,
        first_meeting=meetings[-1].day if meetings else synthesis.first_meeting,
        project=chosen,
        action_plan=tuple(
            ActionStep(a.title, _owner(a.owner), a.due, cep.ACTION_STATUSES[a.status].lower(), a.plan_b)
            for a in actions
        )
        or synthesis.action_plan,
    )


def _with_matching(
    synthesis: ProjectSynthesis, matching: MatchingRepository, case_id: int
) -> ProjectSynthesis:
    """Experiences from the profile, explored jobs from the latest snapshot of the suggestions."""
    experiences = tuple(
        Experience(
            e.label,
            e.employer,
            e.start,
            e.end,
            e.start is not None and e.end is None,
            "professionnelle" if e.kind == "pro" else "extra-professionnelle",
        )
        for e in matching.experiences(case_id)
    )
    snapshots = matching.snapshots(case_id)
    explored = tuple(
        ExploredJob(
            job["title"],
            job["code"],
            tuple(job["acquired"]),
            tuple(job["to_acquire"]),
            job["coverage"],
            "pistes de l'appariement ROME",
            job.get("conclusion", ""),
        )
        for job in (snapshots[0].payload.get("explored", []) if snapshots else [])
    )
    return replace(
        synthesis,
        experiences=experiences or synthesis.experiences,
        explored_jobs=explored or synthesis.explored_jobs,
    )
