"""What the stored CEP path adds to a document: the latest meeting, the action plan, the project.

The inputs built from the case record alone (``assemble``) are completed here with the records of
``workbench.store.cep``; a case without meetings or plan keeps its explicit blanks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workbench.core import cep, funding
from workbench.core.cases import CaseRecord
from workbench.core.funding import explain
from workbench.core.funding.engine import Evaluation, SchemeResult
from workbench.core.funding.plan import FinancingPlan
from workbench.reports.inputs import (
    ActionStep,
    ChosenProject,
    Deadline,
    DocumentToGather,
    Experience,
    ExploredJob,
    FundingLine,
    FundingSummary,
    MeetingReport,
    NextStep,
    ProjectSynthesis,
    SchemeOutcome,
)
from workbench.rome.funding_data import check
from workbench.rome.reference import RomeReference
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.funding import FundingRepository
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


def with_funding_scenario(case: CaseRecord, db: Database) -> CaseRecord:
    """The case with its first funding scenario's attributes (the training the documents print)."""
    scenario = FundingRepository(db).primary(case.id) if case.id is not None else None
    if scenario is None:
        return case
    return case.with_changes(attributes={**case.attributes, **scenario.attributes})


def enrich(inputs: Any, db: Database, case: CaseRecord, rome: RomeReference | None = None) -> Any:
    assert case.id is not None
    repo = CepRepository(db)
    if isinstance(inputs, MeetingReport):
        return _meeting_report(inputs, repo, case.id)
    if isinstance(inputs, ProjectSynthesis):
        return _with_matching(_synthesis(inputs, repo, case.id), MatchingRepository(db), case.id)
    if isinstance(inputs, FundingSummary):
        attrs = case.funding_attributes()
        evaluation, plans = check(rome, attrs, inputs.issued_on)
        fiche = rome.fiche(str(attrs.get("target_rome_code", ""))) if rome is not None else None
        if fiche is not None and not attrs.get("prp_target_job_title"):  # the ROME names the job
            inputs = replace(inputs, target_job=f"{fiche.title} — ROME {fiche.code}")
        return _funding(inputs, evaluation, plans)
    if type(inputs).__name__ == "RouteComparison":  # not imported here: it brings reportlab
        from workbench.core.funding.compare import compare
        from workbench.core.funding.scenarios import case_answers
        from workbench.rome.funding_data import hints_for

        attrs = case_answers(case)
        return replace(inputs, comparison=compare(attrs, inputs.issued_on, hints_for(rome, attrs)))
    return inputs


def _outcome(result: SchemeResult, questions: dict[str, str]) -> SchemeOutcome:
    scheme = result.scheme
    open_ = result.verdict not in ("not_eligible", "superseded")
    money = [a for a in result.amounts if a.value is not None and a.unit == "€"] if open_ else []
    pay = [a for a in result.amounts if a.value is not None and a.unit == "€/mois"] if open_ else []
    pay_notes = [n.text for n in result.notes if "pay" in n.rule_id]
    return SchemeOutcome(
        name=f"{scheme.acronym} — {scheme.name}",
        verdict=result.verdict,
        amount=money[0].value if money else None,
        amount_note=money[0].label if money else "",
        reasons=tuple(f.text for f in result.met) if open_ else (),
        missing=tuple(f.text for f in (*result.missing, *result.manual)),
        questions=tuple(questions.get(n, n) for n in result.unknown)
        if result.verdict == "needs_info"
        else (),
        pending=tuple(f.text for f in result.pending) if open_ else (),
        warnings=tuple(f.text for f in result.warnings) if open_ else (),
        remuneration="; ".join(
            [f"{a.label} : {explain.amount_text(a)}" for a in pay] + (pay_notes if open_ else [])
        ),
    )


def _funding(
    summary: FundingSummary, evaluation: Evaluation, plans: tuple[FinancingPlan, ...]
) -> FundingSummary:
    """The engine's answer in the document's words: outcomes, the best plan, deadlines, documents."""
    questions = {name: a.question for name, a in funding.rulebook().attributes.items()}
    results = explain.ordered(evaluation)
    kept = [r for r in results if r.verdict in ("eligible", "manual_check", "needs_info")]
    best = plans[0] if plans else None
    return replace(
        summary,
        outcomes=tuple(_outcome(r, questions) for r in results),
        plan=tuple(
            FundingLine(
                f"{line.payer} ({line.scheme})",
                line.amount,
                explain.VERDICT_LABELS[line.verdict].lower(),
                line.note,
            )
            for line in (best.lines if best else ())
        ),
        deadlines=tuple(
            Deadline(d.label, r.scheme.acronym, d.due, d.window_start, d.text)
            for r in kept
            for d in r.deadlines
            if d.due is not None
        ),
        documents=tuple(DocumentToGather(text, r.scheme.acronym) for r in kept for text in r.documents),
        rules_version=f"{evaluation.rules_version}" + (f", plan « {best.label} »" if best else ""),
    )


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
