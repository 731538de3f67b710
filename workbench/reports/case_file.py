"""What every document prints, read from the stored case file in one place.

:func:`load` reads the case, its CEP path (meetings, actions, project, closure), its competence
profile (experiences, « Ça m'intéresse », target job) and its retained funding scenario (the first; ``Funding.retain`` chooses it).
:func:`funding_view` runs the funding engine once on it: the synthèse and the funding summary both
print that view's plan and remaining cost, so they agree by construction. The ``*_inputs`` functions
turn the case file into each document's inputs; nothing is typed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from workbench.core import cep, funding
from workbench.core.cases import CaseRecord
from workbench.core.cep import Action, CepPath, Meeting, Project
from workbench.core.funding import explain
from workbench.core.funding.engine import Evaluation, SchemeResult
from workbench.core.funding.plan import FinancingPlan, printed_plan
from workbench.core.funding.scenarios import Scenario
from workbench.core.matching import Engine, Experience, Preferences
from workbench.errors import UserError, ValidationError
from workbench.reports import assemble
from workbench.reports.inputs import (
    ActionStep,
    Attestation,
    ChosenProject,
    Deadline,
    DocumentToGather,
    ExploredJob,
    FeasibilityPoint,
    FundingLine,
    FundingSummary,
    InformationGiven,
    LevelPeriod,
    MeetingReport,
    NextStep,
    PrivacyNotice,
    ProjectSynthesis,
    PrpAgreement,
    SchemeOutcome,
    StructureSettings,
    ToLearn,
)
from workbench.reports.inputs import Experience as PrintedExperience
from workbench.rome.funding_data import check
from workbench.rome.reference import RomeReference
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.funding import FundingRepository
from workbench.store.matching import MatchingRepository

#: How many competences a document lists for one experience, and per side for one explored job.
COMPETENCES_PER_EXPERIENCE = 6
COMPETENCES_PER_SIDE = 8
#: How many savoir-faire « Pour aller vers … » lists for the target job (the others are counted).
TO_LEARN_SHOWN = 5
_EVERY = 100_000  # learn_next's count for all of them

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
POINT_STATUS = {"favorable": "favorable", "a_surveiller": "à surveiller", "bloquant": "bloquant"}


@dataclass(frozen=True)
class CaseFile:
    """The stored case file, as the documents read it."""

    case: CaseRecord
    path: CepPath
    meetings: tuple[Meeting, ...]  # oldest first
    actions: tuple[Action, ...]
    project: Project
    experiences: tuple[Experience, ...]
    preferences: Preferences
    reasons: dict[str, str]  # fiche → the reason given with « Ça m'intéresse » / « Pas pour moi »
    target: str  # target fiche code
    scenario: Scenario | None

    @property
    def attributes(self) -> dict[str, Any]:
        """The funding attributes: the person's, then the chosen scenario's (the training)."""
        attrs = self.case.funding_attributes()
        if self.scenario is not None:
            attrs = {**attrs, **self.scenario.attributes}
        return attrs

    @property
    def record(self) -> CaseRecord:
        """The case record with the scenario's attributes: what ``assemble`` reads."""
        if self.scenario is None:
            return self.case
        return self.case.with_changes(attributes={**self.case.attributes, **self.scenario.attributes})

    @property
    def sensitive_consent(self) -> bool:
        """Health and disability are printed only with the person's recorded consent."""
        return self.case.consent_given and self.case.attributes.get("rqth_print_consent") is True


def load(db: Database, case_id: int, scenario_id: int | None = None) -> CaseFile:
    """The stored case file, with its retained funding scenario (or scenario ``scenario_id``)."""
    case = CaseRepository(db).get(case_id)
    scenarios = FundingRepository(db).scenarios(case_id)
    scenario = next((s for s in scenarios if s.id == scenario_id), None)
    if scenario_id is not None and scenario is None:
        raise UserError(f"Le dossier n° {case_id} n'a pas de scénario de financement n° {scenario_id}.")
    if scenario is None and scenarios:
        scenario = scenarios[0]
    cep_repo = CepRepository(db)
    matching = MatchingRepository(db)
    preferences, reasons, target = matching.preferences(case_id)
    return CaseFile(
        case=case,
        path=cep_repo.path(case_id),
        meetings=tuple(reversed(cep_repo.meetings(case_id))),
        actions=tuple(cep_repo.actions(case_id)),
        project=cep_repo.project(case_id),
        experiences=tuple(matching.experiences(case_id)),
        preferences=preferences,
        reasons=reasons,
        target=target,
        scenario=scenario,
    )


def record_only(case: CaseRecord) -> CaseFile:
    """A case file that holds only the record (a case not stored yet, or a test)."""
    return CaseFile(case, CepPath(), (), (), Project(), (), Preferences(), {}, "", None)


# ---- Funding: one view for every document


@dataclass(frozen=True)
class FundingView:
    evaluation: Evaluation
    plan: FinancingPlan | None  # the most certain plan, the one every document prints

    @property
    def lines(self) -> tuple[FundingLine, ...]:
        if self.plan is None:
            return ()
        return tuple(
            FundingLine(
                f"{line.payer} ({line.scheme})",
                line.amount,
                explain.VERDICT_LABELS[line.verdict].lower(),
                _clean(line.note),
            )
            for line in self.plan.lines
        )


def funding_view(case_file: CaseFile, rome: RomeReference | None, on: date) -> FundingView | None:
    """The engine's answer for the chosen scenario, or None when the case has no scenario."""
    if case_file.scenario is None:
        return None
    attrs = case_file.attributes
    evaluation, plans = check(rome, attrs, on)
    return FundingView(evaluation, printed_plan(plans, attrs))


# ---- Competences


def _core_rank(engine: Engine, fiche: str, item: str) -> int:
    flag = engine.data.links.get(fiche, {}).get(item, "")
    return 0 if flag == "principale" else 1 if flag == "emergente" else 2


def _label(engine: Engine, item: str) -> str:
    return engine.data.item_labels[engine.item_index[item]]


def _savoir_etre(engine: Engine, item: str) -> bool:
    # The item's kind, not ``item_is_savoir_etre``: that builds an array of every item at each call.
    return engine.data.item_kinds[engine.item_index[item]] == "savoir_etre"


def experience_competences(engine: Engine, experience: Experience) -> tuple[tuple[str, ...], int]:
    """The experience's competences, core ones first, at most :data:`COMPETENCES_PER_EXPERIENCE`,
    and how many more there are."""
    items = [
        i
        for i in set(engine.data.links.get(experience.fiche, {})) - experience.removed | experience.added
        if i in engine.item_index
    ]
    items.sort(
        key=lambda i: (_core_rank(engine, experience.fiche, i), _savoir_etre(engine, i), _label(engine, i))
    )
    shown = tuple(_label(engine, i) for i in items[:COMPETENCES_PER_EXPERIENCE])
    return shown, max(0, len(items) - COMPETENCES_PER_EXPERIENCE)


def explored_jobs(case_file: CaseFile, engine: Engine) -> tuple[ExploredJob, ...]:
    """The target job, then the jobs marked « Ça m'intéresse », each with its most telling
    competences per side (core ones first) and the count of the others."""
    codes = [case_file.target] if case_file.target else []
    codes += sorted(
        code for code, up in case_file.preferences.thumbs.items() if up and code != case_file.target
    )
    jobs = []
    for code in codes:
        if code not in engine.index:
            continue
        detail = engine.detail(code, case_file.experiences, case_file.preferences)
        acquired = sorted(
            detail.acquired, key=lambda r: (_core_rank(engine, code, r[0]), r[2] == "savoir_etre", r[1])
        )
        missing = list(detail.missing)  # core ones first already
        total = len(acquired) + len(missing)
        jobs.append(
            ExploredJob(
                detail.title,
                code,
                tuple(r[1] for r in acquired[:COMPETENCES_PER_SIDE]),
                tuple(r[1] for r in missing[:COMPETENCES_PER_SIDE]),
                None,
                "métier visé" if code == case_file.target else "« Ça m'intéresse » parmi les pistes",
                case_file.reasons.get(code, ""),
                acquired_count=len(acquired),
                to_acquire_count=len(missing),
                coverage_value=len(acquired) / total if total else None,
            )
        )
    return tuple(jobs)


def to_learn(case_file: CaseFile, engine: Engine, today: date) -> tuple[tuple[ToLearn, ...], int]:
    """The target job's missing savoir-faire that close its gap fastest (the window's and
    ``Matching.learn_next``'s answer for the case), at most :data:`TO_LEARN_SHOWN`, and how many more."""
    if not case_file.target or case_file.target not in engine.index:
        return (), 0
    items = engine.learn_next(
        case_file.experiences, today, case_file.preferences, target=case_file.target, count=_EVERY
    )
    shown = tuple(ToLearn(i.label, i.core, max(0, i.opens - 1)) for i in items[:TO_LEARN_SHOWN])
    return shown, max(0, len(items) - TO_LEARN_SHOWN)


# ---- Documents


def _owner(code: str) -> str:
    return {"beneficiaire": "Vous", "conseiller": "Votre conseiller·ère"}.get(code, code)


def meeting_inputs(
    case_file: CaseFile, structure: StructureSettings, today: date, meeting_id: int | None = None
) -> MeetingReport:
    """The report of meeting ``meeting_id`` (the latest when None). The private notes are not in it."""
    report = assemble.meeting_report(case_file.record, structure, today)
    meetings = case_file.meetings
    if not meetings:
        return report
    chosen = next((m for m in meetings if m.id == meeting_id), None) if meeting_id else meetings[-1]
    if chosen is None:
        from workbench.errors import UserError

        raise UserError(f"L'entretien n° {meeting_id} n'appartient pas à ce dossier.")
    linked = [a for a in case_file.actions if a.meeting_id == chosen.id]
    if not linked and chosen is meetings[-1]:  # the latest meeting: the open actions are its next steps
        linked = [a for a in case_file.actions if a.status in {"a_faire", "en_cours"}]
    place = chosen.next_meeting_place
    when = f"à {chosen.next_meeting_time.replace(':', ' h ')}" if chosen.next_meeting_time else ""
    return replace(
        report,
        meeting_date=chosen.day,
        mode=MODES.get(chosen.mode, ""),
        place=chosen.place,
        duration_minutes=chosen.duration_min,
        cep_level=chosen.level,
        meeting_number=meetings.index(chosen) + 1,
        request=chosen.request,
        topics=tuple(cep.TOPICS[t] for t in chosen.topics),
        summary=chosen.summary,
        information=tuple(InformationGiven(i.subject, i.detail, i.where) for i in chosen.information),
        decisions=chosen.decisions,
        next_steps=tuple(
            NextStep(a.title, _owner(a.owner), a.due, a.status == "fait")
            for a in linked
            if a.status != "abandonne"
        ),
        next_meeting=chosen.next_meeting_on,
        next_meeting_mode=" — ".join(p for p in (when, place) if p),
    )


def synthesis_inputs(
    case_file: CaseFile,
    structure: StructureSettings,
    today: date,
    rome: RomeReference | None,
    view: FundingView | None,
) -> ProjectSynthesis:
    base = assemble.project_synthesis(case_file.record, structure, today)
    project = case_file.project
    engine = _engine(rome)
    experiences: tuple[PrintedExperience, ...] = ()
    jobs: tuple[ExploredJob, ...] = ()
    learn: tuple[ToLearn, ...] = ()
    learn_more = 0
    if engine is not None:
        learn, learn_more = to_learn(case_file, engine, today)
        printed = []
        for e in case_file.experiences:
            shown, more = experience_competences(engine, e)
            printed.append(
                PrintedExperience(
                    e.label,
                    e.employer,
                    e.start,
                    e.end,
                    e.start is not None and e.end is None,
                    "professionnelle" if e.kind == "pro" else "extra-professionnelle",
                    shown,
                    more,
                )
            )
        experiences = tuple(printed)
        jobs = explored_jobs(case_file, engine)
    target_title = next((j.title for j in jobs if j.rome_code == case_file.target), "")
    constraints = [
        ("Position de l'employeur", project.employer_stance),
        ("Famille", project.family),
        ("Mobilité", project.mobility),
    ]
    if project.health_consent and case_file.case.consent_given:
        constraints.append(("Santé", project.health))
    requests = [m.request for m in case_file.meetings if m.request.strip()]
    training = assemble.training(case_file.record) if case_file.scenario is not None else None
    plan_b = project.plan_b or "; ".join(a.plan_b for a in case_file.actions if a.plan_b)
    chosen = ChosenProject(
        job_title=project.target_jobs or target_title,
        rome_code=case_file.target,
        summary=project.summary,
        motivations=project.motivations,
        strategy=project.strategy,
        feasibility_verdict=FEASIBILITY.get(project.feasibility or "", ""),
        feasibility=tuple(
            FeasibilityPoint(p.aspect, p.assessment, POINT_STATUS.get(p.status or "", ""), p.reservation)
            for p in project.points
        ),
        reservations=project.feasibility_note,
        training=training,
        plan_b=plan_b,
        target_title=target_title,
        to_learn=learn,
        to_learn_more=learn_more,
    )
    situation = replace(
        base.situation,
        request=requests[0] if requests else "",
        constraints="\n".join(f"{label} : {text}" for label, text in constraints if text.strip()),
    )
    plan = view.plan if view is not None else None
    return replace(
        base,
        meetings_count=len(case_file.meetings) or None,
        first_meeting=case_file.meetings[0].day if case_file.meetings else None,
        situation=situation,
        experiences=experiences,
        explored_jobs=jobs,
        project=chosen,
        funding=view.lines if view is not None else (),
        total_cost=plan.total_cost if plan is not None else None,
        remaining_cost=plan.remaining if plan is not None else None,
        action_plan=tuple(
            ActionStep(a.title, _owner(a.owner), a.due, cep.ACTION_STATUSES[a.status].lower(), a.plan_b)
            for a in case_file.actions
        ),
    )


_INTERNAL = ("source", "[E]", "INTERP", "interprétation", "register", "000:L", "003:L")
_SENSITIVE = ("RQTH", "handicap", "OETH", "invalidité", "incapacité", "AAH", "Agefiph", "santé", "maladie")
#: Schemes whose mere mention says something about the person's health.
SENSITIVE_SCHEMES = frozenset({"Agefiph"})


def _clean(text: str) -> str:
    """Engine wording meant for the counsellor (sources, interpretations) is not for the person."""
    return "" if any(word in text for word in _INTERNAL) else text


def _shown(text: str, consent: bool) -> bool:
    return bool(_clean(text)) and (consent or not any(word in text for word in _SENSITIVE))


def _outcome(result: SchemeResult, consent: bool, retained: bool) -> SchemeOutcome:
    scheme = result.scheme
    open_ = result.verdict not in ("not_eligible", "superseded")
    money = [a for a in result.amounts if a.value is not None and a.unit == "€"] if open_ else []
    pay = [a for a in result.amounts if a.value is not None and a.unit == "€/mois"] if open_ else []
    deadlines = [d for d in result.deadlines if d.due is not None] if open_ else []
    if result.verdict == "needs_info":
        step = "répondre aux questions ci-dessous"
    elif result.verdict == "manual_check":
        step = f"faire vérifier votre situation par {scheme.funder}" if scheme.funder else "à vérifier"
    elif result.verdict == "eligible":
        step = deadlines[0].label if deadlines else (result.documents[0] if result.documents else "")
    else:
        step = ""
    return SchemeOutcome(
        name=f"{scheme.acronym} — {scheme.name}",
        verdict=result.verdict,
        amount=money[0].value if money else None,
        amount_note=_clean(money[0].label) if money else "",
        reasons=tuple(f.text for f in result.met if _shown(f.text, consent)) if open_ else (),
        missing=tuple(f.text for f in (*result.missing, *result.manual) if _shown(f.text, consent)),
        questions=(),
        pending=tuple(f.text for f in result.pending if _shown(f.text, consent)) if open_ else (),
        warnings=tuple(f.text for f in result.warnings if _shown(f.text, consent)) if open_ else (),
        remuneration="; ".join(f"{a.label} : {explain.amount_text(a)}" for a in pay),
        acronym=scheme.acronym,
        retained=retained,
        next_step=_clean(step),
        deadline=deadlines[0].due if deadlines else None,
    )


def funding_inputs(
    case_file: CaseFile,
    structure: StructureSettings,
    today: date,
    rome: RomeReference | None,
    view: FundingView | None,
) -> FundingSummary:
    summary = assemble.funding_summary(case_file.record, structure, today)
    fiche = rome.fiche(case_file.target) if rome is not None and case_file.target else None
    if fiche is not None and not case_file.attributes.get("prp_target_job_title"):
        summary = replace(summary, target_job=f"{fiche.title} — ROME {fiche.code}")
    if view is None:
        return summary
    consent = case_file.sensitive_consent
    book = funding.rulebook()
    results = [
        r
        for r in explain.ordered(view.evaluation)
        if r.verdict != "superseded" and (consent or r.scheme.acronym not in SENSITIVE_SCHEMES)
    ]
    # Retained: the schemes of the plan printed (without a plan, those that are open).
    plan_schemes = {line.scheme for line in view.plan.lines} if view.plan is not None else set()
    retained = [
        r
        for r in results
        if r.scheme.acronym in plan_schemes or not plan_schemes and r.verdict in ("eligible", "manual_check")
    ]
    retained_names = {r.scheme.acronym for r in retained}
    questions: dict[str, None] = {}
    for question in view.evaluation.questions:
        attribute = book.attributes.get(question.attribute)
        if attribute is None or attribute.scope == "context" or attribute.group == "appreciation":
            continue  # the counsellor's own settings and appraisals are not asked of the person
        if attribute.sensitive and not consent:
            continue
        if not any(s in retained_names for s in question.schemes):
            continue
        questions.setdefault(to_vous(question.question), None)
    documents: dict[str, str] = {}
    for r in retained:
        for text in r.documents:
            if _shown(text, consent):
                documents.setdefault(text, r.scheme.acronym)
    plan = view.plan
    return replace(
        summary,
        outcomes=tuple(_outcome(r, consent, r.scheme.acronym in retained_names) for r in results),
        plan=view.lines,
        total=plan.total_cost if plan is not None else None,
        remaining=plan.remaining if plan is not None else None,
        questions=tuple(questions),
        deadlines=tuple(
            Deadline(d.label, r.scheme.acronym, d.due, d.window_start, _clean(d.text))
            for r in retained
            for d in r.deadlines
            if d.due is not None
        ),
        documents=tuple(DocumentToGather(text, scheme) for text, scheme in documents.items()),
        rules_version=f"{view.evaluation.rules_version}" + (f", plan « {plan.label} »" if plan else ""),
    )


_VOUS = (
    ("La personne relève-t-elle", "Relevez-vous"),
    ("La personne a-t-elle", "Avez-vous"),
    ("la personne totalise-t-elle", "totalisez-vous"),
    ("la personne relève-t-elle", "relevez-vous"),
    ("actuelle de la personne", "actuelle"),
    ("actuel de la personne", "actuel"),
    ("de la personne", "vous concernant"),
)


def to_vous(question: str) -> str:
    """The catalogue's question addressed to the person (« vous »), not about them."""
    for third, second in _VOUS:
        question = question.replace(third, second)
    return question


def prp_inputs(case_file: CaseFile, structure: StructureSettings, today: date) -> PrpAgreement:
    return assemble.prp_agreement(case_file.record, structure, today)


def privacy_inputs(case_file: CaseFile, structure: StructureSettings, today: date) -> PrivacyNotice:
    return assemble.privacy_notice(case_file.record, structure, today)


def attestation_inputs(case_file: CaseFile, structure: StructureSettings, today: date) -> Attestation:
    """Dates, levels and the project worked on: nothing private, nothing about health."""
    record = case_file.record
    project = case_file.project
    return Attestation(
        structure=structure,
        beneficiary=assemble.person(record),
        counsellor=assemble.counsellor(record, structure),
        issued_on=today,
        levels=tuple(
            LevelPeriod(s.level, cep.LEVEL_TITLES[s.level], s.entered_on, s.exited_on)
            for s in case_file.path.stays
        ),
        meeting_days=tuple(m.day for m in case_file.meetings),
        closed_on=case_file.path.closure.day if case_file.path.closure else None,
        project=project.target_jobs,
        project_summary=project.summary,
        training=assemble.training(record).title if case_file.scenario is not None else "",
    )


def _engine(rome: RomeReference | None) -> Engine | None:
    if rome is None:
        return None
    from workbench.rome.matching_data import engine_for

    return engine_for(rome)


def comparison_inputs(
    case_file: CaseFile, structure: StructureSettings, today: date, rome: RomeReference | None
) -> Any:
    """The routes side by side for the case's funding answers (the chosen scenario's training merged)."""
    from workbench.core.funding.compare import compare
    from workbench.core.funding.scenarios import case_answers
    from workbench.reports import comparaison  # brings reportlab: only when this document is made
    from workbench.rome.funding_data import hints_for

    inputs = comparaison.inputs(case_file.record, structure, today)
    attrs = case_answers(case_file.record)
    try:
        comparison = compare(attrs, today, hints_for(rome, attrs))
    except ValidationError:
        return inputs  # a stored value the rules no longer read: the document says what to do
    if not case_file.sensitive_consent:  # as in the funding summary: health only with consent
        comparison = replace(comparison, routes=tuple(_without_sensitive(r) for r in comparison.routes))
    return replace(inputs, comparison=comparison)


def _not_sensitive(text: str) -> bool:
    return not any(word in text for word in _SENSITIVE)


def _without_sensitive(route: Any) -> Any:
    """A route of the comparison without its questions, conditions and findings about health."""
    return replace(
        route,
        why=tuple(f for f in route.why if _not_sensitive(f.text)),
        missing_information=tuple(q for q in route.missing_information if _not_sensitive(q)),
        conditions=tuple(c for c in route.conditions if _not_sensitive(c)),
        warnings=tuple(f for f in route.warnings if _not_sensitive(f.text)),
    )
