"""The CEP path of a case: levels (UO1, UO2.1, UO2.2), meetings, action plan, closure, follow-ups.

Pure rules, no storage: functions take the current state and return the new one, or raise a
:class:`~workbench.errors.ValidationError` that says in French why a step is impossible.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

from workbench.errors import ValidationError

LEVELS = ("UO1", "UO2.1", "UO2.2")
LEVEL_TITLES = {
    "UO1": "Premier niveau de conseil personnalisé",
    "UO2.1": "Accompagnement à la formalisation du projet",
    "UO2.2": "Accompagnement à la mise en œuvre du projet",
}

MEETING_MODES = {
    "face_a_face": "Face à face",
    "telephone": "Téléphone",
    "visio": "Visioconférence",
    "courriel": "Courriel",
}

TOPICS = {
    "demande": "Demande et besoin",
    "situation": "Situation professionnelle",
    "metiers": "Métiers et marché du travail",
    "formations": "Formations et certifications",
    "dispositifs": "Dispositifs et droits (CPF, PTP, VAE…)",
    "financement": "Financement",
    "strategie": "Stratégie et plan d'action",
    "dossier": "Dossier administratif",
    "confiance": "Confiance et motivation",
    "suivi": "Point d'étape",
}

ACTION_OWNERS = {"beneficiaire": "Bénéficiaire", "conseiller": "Conseiller"}
ACTION_STATUSES = {"a_faire": "À faire", "en_cours": "En cours", "fait": "Fait", "abandonne": "Abandonné"}

# Natures d'appui of the CEP study (§3.2) and its five types of path (§3.4).
SUPPORT_KINDS = {
    "information": "Appui informationnel",
    "reflexion": "Aide à la réflexion et méthode",
    "aiguillage": "Orientation vers des ressources complémentaires",
    "confiance": "Légitimation et confiance en soi",
}
PATH_TYPES = {
    "pragmatique": "Parcours pragmatique : les effets attendus sont obtenus",
    "dense": "Parcours dense : capacitation convertie en évolution professionnelle",
    "capacite": "Capacité d'agir développée, pas encore de changement",
    "non_converti": "Relation non convertie en réalisations",
    "arret": "Échec à une épreuve décisive, coup d'arrêt",
}
OUTCOMES = {
    "projet_realise": "Projet réalisé (nouvel emploi, création, formation suivie)",
    "projet_en_cours": "Projet en cours de mise en œuvre",
    "renegociation": "Renégociation de l'emploi actuel",
    "reorientation": "Projet réorienté",
    "abandon": "Projet abandonné",
    "sans_suite": "Sans suite (la personne ne revient pas)",
}

# Situations and effects recorded at follow-ups (study §3.3, conclusion L5505-5509).
FOLLOW_UP_SITUATIONS = {
    "meme_emploi": "Même emploi",
    "emploi_renegocie": "Même employeur, emploi renégocié",
    "nouvel_emploi": "Nouvel emploi",
    "formation": "Formation commencée",
    "creation": "Création ou reprise d'entreprise",
    "projet_en_cours": "Projet en cours",
    "recherche": "En recherche d'emploi",
    "abandon": "Projet abandonné",
}
EFFECTS = {
    "champ_possibles": "Ouverture du champ des possibles",
    "orientation": "Capacité à s'orienter",
    "mise_en_action": "Mise en action du projet",
    "demarches": "Avancement dans les démarches",
    "acces_droits": "Accès aux droits",
    "capacites_admin": "Capacités administratives et rédactionnelles",
    "decision": "Aide à la prise de décision",
    "autonomie": "Autonomisation",
    "securisation": "Sécurisation du changement",
    "reassurance": "Réassurance",
    "concretisation": "Concrétisation du projet",
}

FOLLOW_UP_MONTHS = (1, 6, 18)


@dataclass(frozen=True)
class GuidanceStep:
    level: str
    id: str
    title: str
    prompt: str
    tool: str


@dataclass(frozen=True)
class LevelStay:
    level: str
    entered_on: date
    reason: str = ""
    exited_on: date | None = None


@dataclass(frozen=True)
class InformationGiven:
    """A piece of information given during a meeting, and where the person finds it again."""

    subject: str
    detail: str = ""
    where: str = ""  # a site, a place, a contact


@dataclass(frozen=True)
class Meeting:
    """One meeting. ``notes`` are the counsellor's private notes (autosaved, never printed);
    everything else is what the meeting report gives the person."""

    day: date
    level: str
    mode: str = "face_a_face"
    duration_min: int = 60
    place: str = ""
    counsellor: str = ""
    topics: tuple[str, ...] = ()
    notes: str = ""
    id: int | None = None
    request: str = ""  # the person's request or objective, in their words
    summary: str = ""  # what was discussed
    information: tuple[InformationGiven, ...] = ()
    decisions: tuple[str, ...] = ()  # taken together
    next_meeting_on: date | None = None
    next_meeting_time: str = ""  # « 14:30 »
    next_meeting_place: str = ""  # a place, or « par téléphone »


@dataclass(frozen=True)
class Action:
    title: str
    owner: str = "beneficiaire"
    due: date | None = None
    status: str = "a_faire"
    depends_on_decision: bool = False
    plan_b: str = ""
    id: int | None = None
    meeting_id: int | None = None  # the meeting where it was agreed (its report's next steps)

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today and self.status in {"a_faire", "en_cours"}


@dataclass(frozen=True)
class Closure:
    day: date
    support_kinds: tuple[str, ...]
    path_type: str
    outcome: str
    note: str = ""


@dataclass(frozen=True)
class FollowUp:
    due: date
    months_after_exit: int
    done_on: date | None = None
    situation: str | None = None
    effects: tuple[str, ...] = ()
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class CepPath:
    """The levels a case went through, in order; the last one without exit date is current."""

    stays: tuple[LevelStay, ...] = ()
    closure: Closure | None = None
    done_steps: frozenset[str] = field(default_factory=frozenset)  # "UO1:demande", …

    @property
    def current_level(self) -> str | None:
        if self.closure is not None or not self.stays:
            return None
        return self.stays[-1].level

    @property
    def last_level(self) -> str | None:
        return self.stays[-1].level if self.stays else None

    @property
    def closed(self) -> bool:
        return self.closure is not None


# ---- Guidance


@cache
def guidance(source: Path | None = None) -> dict[str, tuple[GuidanceStep, ...]]:
    """The steps of each level, from ``data/cep_guidance.toml``."""
    if source is None:
        from workbench.resources import data_path

        source = data_path("cep_guidance.toml")
    raw = tomllib.loads(source.read_text(encoding="utf-8"))
    return {
        level: tuple(
            GuidanceStep(level, s["id"], s["title"], s["prompt"], s.get("tool", ""))
            for s in raw[level.replace(".", "_")]
        )
        for level in LEVELS
    }


# ---- Path rules


def enter_level(path: CepPath, level: str, day: date, reason: str, today: date) -> CepPath:
    """Start ``level`` on ``day``; the previous level ends the same day."""
    if level not in LEVELS:
        raise ValidationError({"level": f"niveau inconnu « {level} »."})
    if day > today:
        raise ValidationError({"day": "la date d'entrée est dans le futur."})
    if path.closed:
        raise ValidationError({"level": "l'accompagnement est clos : rouvrez-le avant de changer de niveau."})
    current = path.current_level
    if current is None:
        if level != "UO1":
            raise ValidationError(
                {"level": "un parcours CEP commence par l'UO1 (premier niveau de conseil)."}
            )
        return replace(path, stays=(LevelStay(level, day, reason.strip()),))
    if LEVELS.index(level) <= LEVELS.index(current):
        raise ValidationError({"level": f"la personne est déjà en {current} : on ne revient pas à {level}."})
    if level == "UO2.2" and current == "UO1":
        raise ValidationError({"level": "l'UO2.2 (mise en œuvre) suit la formalisation du projet (UO2.1)."})
    if not reason.strip():
        raise ValidationError({"reason": f"indiquez pourquoi la personne entre en {level}."})
    previous = path.stays[-1]
    if day < previous.entered_on:
        raise ValidationError(
            {"day": f"la date d'entrée précède l'entrée en {current} ({previous.entered_on:%d/%m/%Y})."}
        )
    stays = (*path.stays[:-1], replace(previous, exited_on=day), LevelStay(level, day, reason.strip()))
    return replace(path, stays=stays)


def close(path: CepPath, closure: Closure, today: date) -> CepPath:
    problems = {}
    if not path.stays:
        problems["day"] = "le parcours n'a pas commencé."
    elif closure.day < path.stays[-1].entered_on:
        problems["day"] = "la date de fin précède l'entrée dans le niveau en cours."
    if closure.day > today:
        problems["day"] = "la date de fin est dans le futur."
    if path.closed:
        problems["day"] = "l'accompagnement est déjà clos."
    if not closure.support_kinds:
        problems["support_kinds"] = "indiquez au moins une nature d'appui."
    if unknown := [k for k in closure.support_kinds if k not in SUPPORT_KINDS]:
        problems["support_kinds"] = f"nature d'appui inconnue : {', '.join(unknown)}."
    if closure.path_type not in PATH_TYPES:
        problems["path_type"] = "choisissez le type de parcours."
    if closure.outcome not in OUTCOMES:
        problems["outcome"] = "choisissez l'issue de l'accompagnement."
    if problems:
        raise ValidationError(problems)
    stays = (*path.stays[:-1], replace(path.stays[-1], exited_on=closure.day))
    return replace(path, stays=stays, closure=closure)


def reopen(path: CepPath) -> CepPath:
    """Undo a closure (the person came back): the last level continues."""
    if not path.closed:
        return path
    stays = (*path.stays[:-1], replace(path.stays[-1], exited_on=None))
    return replace(path, stays=stays, closure=None)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_ups_for(exit_day: date, months: Sequence[int] = FOLLOW_UP_MONTHS) -> list[FollowUp]:
    """Follow-up contacts after the end of the support, by default at 1, 6 and 18 months."""
    return [FollowUp(due=add_months(exit_day, m), months_after_exit=m) for m in sorted(set(months)) if m > 0]


# ---- Checks of single records


_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def check_meeting(meeting: Meeting, today: date) -> None:
    problems = {}
    if meeting.day > today:
        problems["day"] = "un entretien ne peut pas être daté dans le futur."
    if meeting.level not in LEVELS:
        problems["level"] = "niveau inconnu."
    if meeting.mode not in MEETING_MODES:
        problems["mode"] = "modalité inconnue."
    if not 1 <= meeting.duration_min <= 8 * 60:
        problems["duration_min"] = "la durée doit être comprise entre 1 minute et 8 heures."
    if unknown := [t for t in meeting.topics if t not in TOPICS]:
        problems["topics"] = f"thème inconnu : {', '.join(unknown)}."
    if meeting.next_meeting_on is not None and meeting.next_meeting_on < meeting.day:
        problems["next_meeting_on"] = "le prochain rendez-vous précède cet entretien."
    if meeting.next_meeting_time and not _TIME.fullmatch(meeting.next_meeting_time):
        problems["next_meeting_time"] = "l'heure s'écrit HH:MM, par exemple 14:30."
    if meeting.next_meeting_time and meeting.next_meeting_on is None:
        problems["next_meeting_on"] = "indiquez la date du prochain rendez-vous."
    if any(not item.subject.strip() for item in meeting.information):
        problems["information"] = "chaque information donnée a un sujet."
    if problems:
        raise ValidationError(problems)


def check_action(action: Action) -> None:
    problems = {}
    if not action.title.strip():
        problems["title"] = "décrivez l'action."
    if action.owner not in ACTION_OWNERS:
        problems["owner"] = "qui fait l'action : le bénéficiaire ou le conseiller."
    if action.status not in ACTION_STATUSES:
        problems["status"] = "statut inconnu."
    if action.depends_on_decision and not action.plan_b.strip():
        problems["plan_b"] = (
            "cette action dépend de la décision d'un financeur ou d'un jury : "
            "prévoyez une solution de repli (plan B)."
        )
    if problems:
        raise ValidationError(problems)


def check_follow_up(follow_up: FollowUp, today: date) -> None:
    problems = {}
    if follow_up.done_on is not None and follow_up.done_on > today:
        problems["done_on"] = "la date du suivi est dans le futur."
    if follow_up.done_on is not None and follow_up.situation not in FOLLOW_UP_SITUATIONS:
        problems["situation"] = "indiquez la situation de la personne."
    if unknown := [e for e in follow_up.effects if e not in EFFECTS]:
        problems["effects"] = f"effet inconnu : {', '.join(unknown)}."
    if problems:
        raise ValidationError(problems)


# ---- Formalised project, decisions of third parties, referrals (what beneficiaries missed, study §4.3)

FEASIBILITY = {
    "favorable": "Faisable",
    "sous_conditions": "Faisable sous conditions",
    "defavorable": "Non faisable en l'état",
}
DECISION_KINDS = {
    "financement": "Financement",
    "selection": "Sélection (formation, concours)",
    "employeur": "Accord de l'employeur",
    "commission": "Commission (démission-reconversion…)",
}
DECISION_STATUSES = {
    "brouillon": "En préparation",
    "depose": "Déposé",
    "accepte": "Accepté",
    "refuse": "Refusé",
    "recours": "Recours en cours",
}
REFERRAL_KINDS = {
    "bilan": "Bilan de compétences",
    "vae": "VAE",
    "pmsmp": "Immersion (PMSMP)",
    "formation": "Formation",
    "creation": "Appui à la création d'entreprise",
    "autre": "Autre",
}
REFERRAL_STATUSES = {
    "propose": "Proposé",
    "en_cours": "En cours",
    "termine": "Terminé",
    "abandonne": "Abandonné",
}


FEASIBILITY_STATUSES = {
    "favorable": "Favorable",
    "a_surveiller": "À surveiller",
    "bloquant": "Bloquant",
}
FEASIBILITY_ASPECTS = (
    "Marché du travail",
    "Formation",
    "Financement",
    "Contraintes personnelles",
    "Compétences à acquérir",
)


@dataclass(frozen=True)
class FeasibilityPoint:
    aspect: str  # « Marché du travail », « Formation »…
    assessment: str  # what was found
    status: str | None = None  # FEASIBILITY_STATUSES; None: not assessed yet
    reservation: str = ""  # the counsellor's reservation, printed as such


@dataclass(frozen=True)
class Project:
    """The formalised project (end of UO2.1). Health constraints are kept and printed only with
    the person's recorded consent (``health_consent``)."""

    target_jobs: str = ""
    strategy: str = ""
    feasibility: str | None = None
    feasibility_note: str = ""  # the counsellor's overall reservations
    summary: str = ""  # the project in the person's words
    motivations: str = ""
    employer_stance: str = ""
    family: str = ""
    mobility: str = ""
    health: str = ""
    health_consent: bool = False
    points: tuple[FeasibilityPoint, ...] = ()
    plan_b: str = ""


@dataclass(frozen=True)
class Decision:
    kind: str
    subject: str
    body: str  # who decides: Transitions Pro Occitanie, the employer, the training body…
    status: str = "brouillon"
    lodged_on: date | None = None
    decided_on: date | None = None
    reason: str = ""
    id: int | None = None

    @property
    def refused(self) -> bool:
        return self.status == "refuse"

    def cloned(self, body: str) -> Decision:
        """The same file, to lodge with another body: back to draft, dates cleared."""
        return Decision(self.kind, self.subject, body, "brouillon")


@dataclass(frozen=True)
class Referral:
    kind: str
    provider: str
    start: date | None = None
    end: date | None = None
    status: str = "propose"
    outcome: str = ""
    id: int | None = None


def check_project(project: Project) -> None:
    problems = {}
    if project.feasibility is not None and project.feasibility not in FEASIBILITY:
        problems["feasibility"] = "verdict de faisabilité inconnu."
    if project.health.strip() and not project.health_consent:
        problems["health"] = (
            "une contrainte de santé ne s'enregistre qu'avec l'accord exprès de la personne : "
            "cochez son accord ou effacez le texte."
        )
    for point in project.points:
        if not point.aspect.strip():
            problems["points"] = "chaque point de faisabilité a un intitulé."
        elif point.status is not None and point.status not in FEASIBILITY_STATUSES:
            problems["points"] = f"appréciation inconnue pour « {point.aspect} »."
    if problems:
        raise ValidationError(problems)


def check_decision(decision: Decision, today: date) -> None:
    problems = {}
    if decision.kind not in DECISION_KINDS:
        problems["kind"] = "type de décision inconnu."
    if decision.status not in DECISION_STATUSES:
        problems["status"] = "statut inconnu."
    if not decision.subject.strip():
        problems["subject"] = "indiquez l'objet du dossier (ex. financement PTP du titre professionnel)."
    if not decision.body.strip():
        problems["body"] = "indiquez qui décide (financeur, employeur, organisme)."
    if decision.status != "brouillon" and decision.lodged_on is None:
        problems["lodged_on"] = "indiquez la date de dépôt."
    if decision.status in {"accepte", "refuse", "recours"} and decision.decided_on is None:
        problems["decided_on"] = "indiquez la date de la décision."
    for name in ("lodged_on", "decided_on"):
        value = getattr(decision, name)
        if value is not None and value > today:
            problems[name] = "cette date est dans le futur."
    if decision.lodged_on and decision.decided_on and decision.decided_on < decision.lodged_on:
        problems["decided_on"] = "la décision précède le dépôt."
    if decision.status == "refuse" and not decision.reason.strip():
        problems["reason"] = "notez le motif du refus : il guide le recours ou la solution de repli."
    if problems:
        raise ValidationError(problems)


def check_referral(referral: Referral) -> None:
    problems = {}
    if referral.kind not in REFERRAL_KINDS:
        problems["kind"] = "type d'orientation inconnu."
    if referral.status not in REFERRAL_STATUSES:
        problems["status"] = "statut inconnu."
    if not referral.provider.strip():
        problems["provider"] = "indiquez le prestataire."
    if referral.start and referral.end and referral.end < referral.start:
        problems["end"] = "la fin précède le début."
    if problems:
        raise ValidationError(problems)


CONCURRENT_NOTES = "— Saisi en même temps sur un autre poste —"


def merge_notes(base: str, mine: str, theirs: str) -> str:
    """Notes typed in two places from the same text: keep both, never drop a line.

    When both only added text after ``base`` (the usual case), the additions follow each other;
    otherwise the other text is kept whole, then this one under a visible marker.
    """
    if mine in (theirs, base):
        return theirs
    if theirs == base:
        return mine
    if mine.startswith(base) and theirs.startswith(base):
        return theirs + mine[len(base) :]
    return f"{theirs}\n\n{CONCURRENT_NOTES}\n{mine}"
