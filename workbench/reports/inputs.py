"""What each document prints, as plain frozen dataclasses.

Documents depend only on these values, never on the window or the database: ``assemble.py`` builds
them from a case file, tests and the benchmark build them by hand. Text fields hold plain French
(the documents apply the typography); an empty string, ``None`` or an empty tuple means "unknown"
and prints as an explicit blank, never as nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# Declared with the other settings (workbench/settings.py); the documents print it.
from workbench.settings import StructureSettings as StructureSettings


@dataclass(frozen=True)
class Person:
    """The beneficiary as the documents name them."""

    last_name: str
    first_name: str = ""
    birth_name: str = ""
    sex: str | None = None  # F, M, X
    birth_date: date | None = None
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    case_number: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name.upper()}".strip()

    @property
    def civility(self) -> str:
        return {"F": "Madame", "M": "Monsieur"}.get(self.sex or "", "")


@dataclass(frozen=True)
class Counsellor:
    name: str = ""
    role: str = ""  # empty → the structure's signature line
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Company:
    name: str = ""
    siret: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    naf: str = ""
    headcount: int | None = None
    idcc: str = ""
    opco: str = ""  # label, e.g. « L'Opcommerce »


# ---- Compte rendu d'entretien


@dataclass(frozen=True)
class InformationGiven:
    subject: str
    detail: str = ""
    where_to_find: str = ""  # a site, a place, a contact


@dataclass(frozen=True)
class NextStep:
    action: str
    owner: str = ""  # « Vous », « Votre conseillère », an organisation
    due: date | None = None
    done: bool = False


@dataclass(frozen=True)
class MeetingReport:
    structure: StructureSettings
    beneficiary: Person
    counsellor: Counsellor
    meeting_date: date | None
    issued_on: date
    mode: str = ""  # « en présentiel », « par téléphone », « en visioconférence »
    place: str = ""
    duration_minutes: int | None = None
    cep_level: str = ""  # UO1, UO2.1, UO2.2
    meeting_number: int | None = None
    request: str = ""  # the person's request in their words
    topics: tuple[str, ...] = ()
    information: tuple[InformationGiven, ...] = ()
    decisions: tuple[str, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    next_meeting: date | None = None
    next_meeting_mode: str = ""  # « à 14 h 30 — permanence de Vénissieux »
    remarks: str = ""
    summary: str = ""  # what was discussed, in sentences


# ---- Document de synthèse


@dataclass(frozen=True)
class Situation:
    employment_status: str = ""
    contract: str = ""
    current_job: str = ""
    current_rome: str = ""
    employer: str = ""
    seniority_months: float | None = None
    qualification: str = ""
    request: str = ""
    constraints: str = ""  # mobility, health, family, schedule…
    resources: str = ""  # CPF balance, network, savings…


@dataclass(frozen=True)
class Experience:
    title: str
    organisation: str = ""
    start: date | None = None
    end: date | None = None  # None with ``current`` → « depuis »
    current: bool = False
    kind: str = "professionnelle"  # or « extra-professionnelle », « formation »
    competences: tuple[str, ...] = ()  # the most telling ones, core first
    more_competences: int = 0  # how many others: « et 12 autres »


@dataclass(frozen=True)
class ExploredJob:
    title: str
    rome_code: str = ""
    acquired: tuple[str, ...] = ()
    to_acquire: tuple[str, ...] = ()
    score: float | None = None  # matching proximity 0–1, when computed
    how_explored: str = ""  # fiche ROME, enquête métier, immersion (PMSMP)…
    conclusion: str = ""  # retenu, écarté, plan B…
    # When only the most telling competences are listed: the full counts and the coverage.
    acquired_count: int | None = None
    to_acquire_count: int | None = None
    coverage_value: float | None = None

    @property
    def acquired_total(self) -> int:
        return len(self.acquired) if self.acquired_count is None else self.acquired_count

    @property
    def to_acquire_total(self) -> int:
        return len(self.to_acquire) if self.to_acquire_count is None else self.to_acquire_count

    @property
    def coverage(self) -> float | None:
        if self.coverage_value is not None:
            return self.coverage_value
        total = self.acquired_total + self.to_acquire_total
        return self.acquired_total / total if total else None


@dataclass(frozen=True)
class FeasibilityPoint:
    aspect: str  # marché du travail, formation, financement, contraintes personnelles…
    assessment: str
    status: str = ""  # « favorable », « à surveiller », « bloquant »; empty → à évaluer
    reservation: str = ""  # the counsellor's reservation on this point


@dataclass(frozen=True)
class FundingLine:
    scheme: str  # « CPF », « PTP — Transitions Pro »
    amount: Decimal | None = None
    status: str = ""  # « éligible », « à confirmer », « demandé », « accordé »…
    note: str = ""


@dataclass(frozen=True)
class ActionStep:
    action: str
    owner: str = ""
    due: date | None = None
    status: str = ""  # « à faire », « en cours », « fait »
    plan_b: str = ""


@dataclass(frozen=True)
class Training:
    title: str = ""
    certification_kind: str = ""  # label: « Titre professionnel (RNCP) »…
    rncp_code: str = ""
    bloc_codes: str = ""
    provider_name: str = ""
    provider_siret: str = ""
    provider_nda: str = ""
    provider_city: str = ""
    hours: float | None = None
    start: date | None = None
    end: date | None = None
    cost_pedagogical: Decimal | None = None
    other_costs: Decimal | None = None  # registration, equipment, exam fees


@dataclass(frozen=True)
class ToLearn:
    """A savoir-faire of the target job the person does not have yet (matching's learn_next)."""

    label: str  # as the ROME release words it
    core: bool = False  # a core competence of the job
    also_opens: int = 0  # other close jobs that ask for it too


@dataclass(frozen=True)
class ChosenProject:
    job_title: str = ""
    rome_code: str = ""
    summary: str = ""  # the project in the person's words
    motivations: str = ""
    strategy: str = ""
    feasibility_verdict: str = ""  # « réalisable », « réalisable sous conditions », « à retravailler »
    feasibility: tuple[FeasibilityPoint, ...] = ()
    reservations: str = ""  # the counsellor's overall reservations
    training: Training | None = None
    plan_b: str = ""
    # What is left to acquire for the target job, those closing the gap fastest first; none without a target.
    target_title: str = ""  # the target fiche's title in the release
    to_learn: tuple[ToLearn, ...] = ()
    to_learn_more: int = 0  # how many others


@dataclass(frozen=True)
class ProjectSynthesis:
    structure: StructureSettings
    beneficiary: Person
    counsellor: Counsellor
    issued_on: date
    cep_level: str = "UO2.1"
    meetings_count: int | None = None
    first_meeting: date | None = None
    situation: Situation = field(default_factory=Situation)
    experiences: tuple[Experience, ...] = ()
    explored_jobs: tuple[ExploredJob, ...] = ()
    project: ChosenProject = field(default_factory=ChosenProject)
    funding: tuple[FundingLine, ...] = ()
    total_cost: Decimal | None = None
    remaining_cost: Decimal | None = None  # the funding engine's, as in the funding summary
    action_plan: tuple[ActionStep, ...] = ()


# ---- Funding summary


@dataclass(frozen=True)
class SchemeOutcome:
    """One scheme's verdict for the target training, as the funding engine explains it."""

    name: str
    verdict: str  # eligible, not_eligible, needs_info, manual_check, superseded
    amount: Decimal | None = None
    amount_note: str = ""  # « 9,15 €/h × 400 h », « plafond 18 000 € HT »
    reasons: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # conditions not met
    questions: tuple[str, ...] = ()  # information still needed, as questions to ask
    pending: tuple[str, ...] = ()  # third-party decisions awaited
    warnings: tuple[str, ...] = ()
    remuneration: str = ""  # pay during training
    acronym: str = ""
    next_step: str = ""  # what the person does next for this scheme
    deadline: date | None = None  # the first date to respect
    retained: bool = False  # part of the plan the document proposes


@dataclass(frozen=True)
class Deadline:
    step: str
    scheme: str = ""
    due: date | None = None  # the latest date (or the date itself)
    window_start: date | None = None  # when the step may not happen before a date (PRP: 30 days)
    note: str = ""


@dataclass(frozen=True)
class DocumentToGather:
    label: str
    scheme: str = ""
    who: str = ""  # who provides it
    provided: bool = False


@dataclass(frozen=True)
class FundingSummary:
    structure: StructureSettings
    beneficiary: Person
    counsellor: Counsellor
    issued_on: date
    training: Training
    target_job: str = ""
    outcomes: tuple[SchemeOutcome, ...] = ()
    plan: tuple[FundingLine, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    documents: tuple[DocumentToGather, ...] = ()
    rules_version: str = ""  # which rules table and parameters were applied
    questions: tuple[str, ...] = ()  # asked of the person (« vous »), each once
    total: Decimal | None = None  # the plan's total cost and remaining cost, from the funding engine
    remaining: Decimal | None = None
    remaining_advice: str = ""  # after « Il vous resterait N € à payer : »; empty → the standard advice

    @property
    def total_cost(self) -> Decimal | None:
        if self.total is not None:
            return self.total
        t = self.training
        if t.cost_pedagogical is None:
            return None
        return t.cost_pedagogical + (t.other_costs or Decimal(0))

    @property
    def funded(self) -> Decimal:
        return sum((line.amount for line in self.plan if line.amount is not None), Decimal(0))

    @property
    def remaining_cost(self) -> Decimal | None:
        if self.remaining is not None:
            return self.remaining
        total = self.total_cost
        return None if total is None else max(total - self.funded, Decimal(0))


# ---- Période de reconversion agreement (CERFA n° 17613*01)


@dataclass(frozen=True)
class PrpEmployee:
    person: Person
    usage_name: str = ""
    nir: str = ""  # never stored by the workbench: written by hand on the official form
    contract_type: str = ""  # label
    hire_date: date | None = None
    last_job: str = ""
    last_job_rome: str = ""
    months_in_last_job: float | None = None
    rqth: bool | None = None
    rqth_consent: bool = False  # sensitive: printed only with the person's recorded consent
    qualification: str = ""
    monthly_gross_pay: Decimal | None = None


@dataclass(frozen=True)
class PrpAgreement:
    structure: StructureSettings
    issued_on: date
    mode: str | None  # interne, externe, None when not decided yet
    employee: PrpEmployee
    origin_company: Company  # the employer who signs (entreprise d'origine)
    host_company: Company = field(default_factory=Company)  # externe: where the PRP takes place
    start: date | None = None
    end: date | None = None
    target_job: str = ""
    target_rome: str = ""
    organisation: str = ""  # alternance formation / activité, working time
    immersion: bool | None = None  # mise en situation en milieu professionnel
    immersion_dates: str = ""
    cep_on_working_time: bool | None = None
    vae: bool | None = None
    company_know_how: bool | None = None  # savoir-faire acquis en entreprise
    framework: str = ""  # accord de branche / d'entreprise / décision unilatérale (label)
    suspension_terms: str = ""
    return_terms: str = ""
    host_contract_type: str = ""  # CDI / CDD
    host_contract_months: float | None = None
    host_trial_period_months: float | None = None
    pay_gap_coverage: str = ""
    cpf_mobilised: bool | None = None
    cpf_amount: Decimal | None = None
    cpf_consent: bool | None = None
    training: Training = field(default_factory=Training)
    amount_requested: Decimal | None = None
    signature_place: str = ""


# ---- GDPR information notice


@dataclass(frozen=True)
class PrivacyNotice:
    structure: StructureSettings
    beneficiary: Person
    counsellor: Counsellor
    issued_on: date
    consent_given: bool = False
    consent_date: date | None = None
    consent_scope: str = ""
    sensitive_recorded: tuple[str, ...] = ()  # e.g. « reconnaissance de travailleur handicapé »
    sensitive_print_consent: bool = False  # they may appear on the documents the person hands over
    introduction: str = ""  # the opening after « Madame X, »; empty → assemble.privacy_introduction
    access: str = ""  # « Qui y a accès »; empty → the standard one (assemble.privacy_access)


# ---- Attestation de suivi (for a third party)


@dataclass(frozen=True)
class LevelPeriod:
    level: str  # UO1, UO2.1, UO2.2
    title: str
    start: date
    end: date | None = None


@dataclass(frozen=True)
class Attestation:
    structure: StructureSettings
    beneficiary: Person
    counsellor: Counsellor
    issued_on: date
    levels: tuple[LevelPeriod, ...] = ()
    meeting_days: tuple[date, ...] = ()
    closed_on: date | None = None
    project: str = ""
    project_summary: str = ""
    training: str = ""
    recipient: str = ""  # « Transitions Pro Auvergne-Rhône-Alpes », an employer, a training body
