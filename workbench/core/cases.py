"""The beneficiary case file as the domain sees it: fields, vocabularies and validation rules.

Field names that also appear in the funding rules (``../shared/research/funding_rules.md`` §8) use
the spec's names, so that :meth:`CaseRecord.funding_attributes` hands them over unchanged. Funding
attributes without a field of their own live in ``attributes`` (spec name → value); every one of
them is optional, because the funding engine distinguishes "unknown" from "false".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any

from workbench.core.text import invalid_character, too_long
from workbench.errors import ValidationError

# ---- Vocabularies (code → French label). Codes are stored; labels are shown.

SEXES = {"F": "Femme", "M": "Homme", "X": "Non précisé"}

QUALIFICATION_LEVELS = {
    "sans_diplome": "Sans diplôme",
    "1": "Niveau 1 (savoirs de base)",
    "2": "Niveau 2 (CléA)",
    "3": "Niveau 3 (CAP, BEP)",
    "4": "Niveau 4 (baccalauréat)",
    "5": "Niveau 5 (bac + 2 : BTS, DUT)",
    "6": "Niveau 6 (bac + 3 : licence, BUT)",
    "7": "Niveau 7 (bac + 5 : master)",
    "8": "Niveau 8 (doctorat)",
}

# Catégories socioprofessionnelles (INSEE PCS 2020, first level).
CSP = {
    "agriculteur": "Agriculteur exploitant",
    "artisan_commercant": "Artisan, commerçant, chef d'entreprise",
    "cadre": "Cadre, profession intellectuelle supérieure",
    "profession_intermediaire": "Profession intermédiaire, technicien, agent de maîtrise",
    "employe": "Employé",
    "ouvrier": "Ouvrier",
    "sans_activite": "Sans activité professionnelle",
}

EMPLOYMENT_STATUSES = {
    "salarie_prive": "Salarié du secteur privé",
    "agent_public": "Agent public",
    "demandeur_emploi": "Demandeur d'emploi",
    "independant": "Travailleur indépendant",
    "conjoint_collaborateur": "Conjoint collaborateur",
    "sans_activite": "Sans activité",
}

CONTRACT_TYPES = {
    "cdi": "CDI",
    "cdd": "CDD",
    "interim": "Intérim",
    "cdi_interimaire": "CDI intérimaire",
    "intermittent_spectacle": "Intermittent du spectacle",
    "apprentissage": "Contrat d'apprentissage",
    "professionnalisation": "Contrat de professionnalisation",
    "cui_cae": "CUI-CAE",
    "cui_cie": "CUI-CIE",
    "cdd_insertion": "CDD d'insertion",
    "cdd_sportif_pro": "CDD de sportif professionnel",
    "aucun": "Aucun contrat",
}

OPCOS = {
    "afdas": "AFDAS",
    "atlas": "ATLAS",
    "opco_ep": "OPCO EP",
    "akto": "AKTO",
    "ocapiat": "OCAPIAT",
    "opco_2i": "OPCO 2i",
    "opcommerce": "L'Opcommerce",
    "constructys": "Constructys",
    "opco_mobilites": "OPCO Mobilités",
    "opco_sante": "OPCO Santé",
    "uniformation": "Uniformation",
}

CASE_STATUSES = {"ouvert": "En cours", "clos": "Clos"}

CEP_LEVELS = {
    "UO1": "UO1 — information et conseil",
    "UO2.1": "UO2.1 — formaliser le projet",
    "UO2.2": "UO2.2 — mettre en œuvre le projet",
}

# Employment statuses for which a contract type makes sense.
_EMPLOYED = {"salarie_prive", "agent_public"}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$")
_POSTAL_CODE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
_SIRET = re.compile(r"^\d{14}$")
_NAF = re.compile(r"^\d{2}\.?\d{2}[A-Z]$")
_ROME = re.compile(r"^[A-N]\d{4}$")

MIN_AGE, MAX_AGE = 15, 100
ADULT_WORK_AGE = 14  # nobody has salaried months from before this age


# Funding attributes (funding_rules.md §8) that are fields of the case record.
FUNDING_FIELDS = (
    "birth_date",
    "highest_qualification_level",
    "employment_status",
    "contract_type",
    "job_seeker_registered",
    "indemnified_are",
    "has_rqth",
    "current_job_title",
    "current_rome_code",
    "months_salaried_total",
    "months_in_current_company",
    "company_name",
    "company_siret",
    "company_headcount",
    "company_naf",
    "opco",
)
_TEXT_FIELDS = {"current_job_title", "current_rome_code", "company_name", "company_siret", "company_naf"}


def _field_value(name: str, value: Any) -> Any:
    """A JSON value as the case record's field ``name`` holds it."""
    if value is None:
        return "" if name in _TEXT_FIELDS else None
    if name == "birth_date":
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if name == "company_headcount":
        return int(value)
    if name in ("months_salaried_total", "months_in_current_company"):
        return float(value)
    return value


@dataclass(frozen=True)
class CaseRecord:
    """A beneficiary case file, detached from storage."""

    last_name: str
    first_name: str = ""
    id: int | None = None
    birth_date: date | None = None
    sex: str | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    highest_qualification_level: str | None = None
    csp: str | None = None
    employment_status: str | None = None
    contract_type: str | None = None
    job_seeker_registered: bool | None = None
    indemnified_are: bool | None = None
    has_rqth: bool | None = None
    current_job_title: str = ""
    current_rome_code: str = ""
    months_salaried_total: float | None = None
    months_in_current_company: float | None = None
    company_name: str = ""
    company_siret: str = ""
    company_headcount: int | None = None
    company_naf: str = ""
    opco: str | None = None
    consent_given: bool = False
    consent_date: date | None = None
    consent_scope: str = ""
    notes: str = ""
    counsellor: str = ""
    status: str = "ouvert"
    cep_level: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None
    version: int = 0

    @property
    def display_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def funding_attributes(self) -> dict[str, Any]:
        """The attributes the funding rules read, by their spec names (§8), as JSON values."""
        known = {name: getattr(self, name) for name in FUNDING_FIELDS}
        known = {
            name: value.isoformat() if isinstance(value, date) else value
            for name, value in known.items()
            if value not in (None, "")
        }
        return {**self.attributes, **known}

    def with_funding_attributes(self, changes: dict[str, Any]) -> CaseRecord:
        """A copy with funding attributes set (JSON values; None = unknown), fields where they exist."""
        fields_changed: dict[str, Any] = {}
        attributes = dict(self.attributes)
        for name, value in changes.items():
            if name in FUNDING_FIELDS:
                fields_changed[name] = _field_value(name, value)
            elif value is None:
                attributes.pop(name, None)
            else:
                attributes[name] = value
        return replace(self, attributes=attributes, **fields_changed)

    def with_changes(self, **changes: Any) -> CaseRecord:
        return replace(self, **changes)


@dataclass(frozen=True)
class CaseSummary:
    """What the case list shows of a case."""

    id: int
    last_name: str
    first_name: str
    search_key: str
    birth_date: date | None
    counsellor: str
    status: str
    cep_level: str | None
    updated_at: datetime
    archived: bool

    @property
    def display_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()


EDITABLE_FIELDS = tuple(
    f.name
    for f in fields(CaseRecord)
    if f.name not in {"id", "created_at", "updated_at", "archived_at", "version", "cep_level"}
)


def validate(case: CaseRecord, today: date) -> dict[str, str]:
    """Every problem of ``case``, as field name → explanation in plain French. Empty when valid."""
    problems: dict[str, str] = {}

    def check(name: str, ok: bool, text: str) -> None:
        if not ok and name not in problems:
            problems[name] = text

    for item in fields(case):  # before anything else: such text cannot be stored nor printed
        value = getattr(case, item.name)
        texts = [value] if isinstance(value, str) else []
        if isinstance(value, dict):
            texts = [str(k) for k in value] + [v for v in value.values() if isinstance(v, str)]
        for text in texts:
            if (why := invalid_character(text) or too_long(text)) is not None:
                check(item.name, False, f"{why}.")
    check("last_name", bool(case.last_name.strip()), "le nom de famille est obligatoire.")
    check("last_name", len(case.last_name) <= 100, "le nom de famille dépasse 100 caractères.")
    check("first_name", len(case.first_name) <= 100, "le prénom dépasse 100 caractères.")

    if case.birth_date is not None:
        check("birth_date", case.birth_date <= today, "la date de naissance est dans le futur.")
        age = case.age_on(today)
        if age is not None and case.birth_date <= today:
            check(
                "birth_date",
                age >= MIN_AGE,
                f"la personne aurait {age} ans : le CEP s'adresse aux personnes d'au moins {MIN_AGE} ans.",
            )
            check(
                "birth_date", age <= MAX_AGE, f"la personne aurait {age} ans : vérifiez l'année de naissance."
            )

    for name, vocabulary in (
        ("sex", SEXES),
        ("highest_qualification_level", QUALIFICATION_LEVELS),
        ("csp", CSP),
        ("employment_status", EMPLOYMENT_STATUSES),
        ("contract_type", CONTRACT_TYPES),
        ("opco", OPCOS),
        ("status", CASE_STATUSES),
        ("cep_level", CEP_LEVELS),
    ):
        value = getattr(case, name)
        check(name, value is None or value in vocabulary, f"valeur inconnue « {value} ».")

    if case.contract_type not in (None, "aucun") and case.employment_status is not None:
        check(
            "contract_type",
            case.employment_status in _EMPLOYED,
            "un type de contrat n'a de sens que pour une personne salariée ou agent public.",
        )
    if case.indemnified_are:
        check(
            "indemnified_are",
            case.job_seeker_registered is not False,
            "l'ARE suppose une inscription comme demandeur d'emploi.",
        )

    check(
        "email",
        not case.email or bool(_EMAIL.match(case.email.strip())),
        "l'adresse électronique n'a pas la forme nom@domaine.fr.",
    )
    check(
        "phone",
        not case.phone or bool(_PHONE.match(case.phone.strip())),
        "le numéro de téléphone doit avoir 10 chiffres (ex. 06 12 34 56 78) ou commencer par +33.",
    )
    check(
        "postal_code",
        not case.postal_code or bool(_POSTAL_CODE.match(case.postal_code.strip())),
        "le code postal doit avoir 5 chiffres.",
    )
    check(
        "company_siret",
        not case.company_siret or bool(_SIRET.match(case.company_siret.replace(" ", ""))),
        "le SIRET doit avoir 14 chiffres.",
    )
    check(
        "company_naf",
        not case.company_naf or bool(_NAF.match(case.company_naf.strip().upper())),
        "le code NAF a la forme 47.11B.",
    )
    check(
        "current_rome_code",
        not case.current_rome_code or bool(_ROME.match(case.current_rome_code.strip())),
        "le code ROME a la forme d'une lettre et quatre chiffres (ex. M1805).",
    )
    check(
        "company_headcount",
        case.company_headcount is None or case.company_headcount >= 0,
        "l'effectif ne peut pas être négatif.",
    )

    for name in ("months_salaried_total", "months_in_current_company"):
        value = getattr(case, name)
        check(name, value is None or value >= 0, "une ancienneté ne peut pas être négative.")
    total, in_company = case.months_salaried_total, case.months_in_current_company
    if total is not None and in_company is not None and in_company > total:
        check(
            "months_in_current_company",
            False,
            "l'ancienneté dans l'entreprise dépasse l'ancienneté salariée totale.",
        )
    age = case.age_on(today)
    if age is not None and age >= MIN_AGE:
        possible = max(0, (age - ADULT_WORK_AGE) * 12)
        for name in ("months_salaried_total", "months_in_current_company"):
            value = getattr(case, name)
            check(
                name,
                value is None or value <= possible,
                f"{value:g} mois d'ancienneté est impossible à {age} ans." if value is not None else "",
            )

    if case.consent_given:
        check("consent_date", case.consent_date is not None, "indiquez la date du consentement.")
    if case.consent_date is not None:
        check("consent_date", case.consent_date <= today, "la date du consentement est dans le futur.")
    return problems


def require_valid(case: CaseRecord, today: date) -> None:
    """Raise :class:`ValidationError` naming every invalid field."""
    problems = validate(case, today)
    if problems:
        raise ValidationError(problems)


FIELD_LABELS = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "birth_date": "Date de naissance",
    "sex": "Sexe",
    "email": "Courriel",
    "phone": "Téléphone",
    "address": "Adresse",
    "postal_code": "Code postal",
    "city": "Commune",
    "highest_qualification_level": "Niveau de qualification",
    "csp": "Catégorie socioprofessionnelle",
    "employment_status": "Situation",
    "contract_type": "Type de contrat",
    "job_seeker_registered": "Inscrit à France Travail",
    "indemnified_are": "Indemnisé (ARE)",
    "has_rqth": "RQTH",
    "current_job_title": "Emploi actuel ou dernier emploi",
    "current_rome_code": "Code ROME de l'emploi",
    "months_salaried_total": "Ancienneté salariée totale (mois)",
    "months_in_current_company": "Ancienneté dans l'entreprise (mois)",
    "company_name": "Employeur",
    "company_siret": "SIRET",
    "company_headcount": "Effectif",
    "company_naf": "Code NAF",
    "opco": "OPCO",
    "consent_given": "Consentement au traitement des données",
    "consent_date": "Date du consentement",
    "consent_scope": "Portée du consentement",
    "notes": "Notes",
    "counsellor": "Conseiller",
    "status": "Statut",
    "cep_level": "Niveau CEP",
}
