"""Document inputs built from a stored case file.

Everything a document can learn from the case record is used: identity, employment situation,
employer, consent, and the funding attributes of ``funding_rules.md`` §8 kept in
``CaseRecord.attributes`` under their spec names (PRP scenario §8.5, target training §8.9). What the
case file does not hold yet stays empty in the inputs, so the documents print it as a blank to fill
in by hand.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from workbench.core import funding
from workbench.core.cases import (
    CONTRACT_TYPES,
    EMPLOYMENT_STATUSES,
    OPCOS,
    QUALIFICATION_LEVELS,
    CaseRecord,
)
from workbench.reports.inputs import (
    Company,
    Counsellor,
    FundingSummary,
    MeetingReport,
    Person,
    PrivacyNotice,
    ProjectSynthesis,
    PrpAgreement,
    PrpEmployee,
    Situation,
    StructureSettings,
    Training,
)
from workbench.reports.typography import euros


def _label(attribute: str, code: str) -> str:
    """The French label of an attribute's code, from the funding rules' catalogue (one place)."""
    return funding.rulebook().attributes[attribute].values.get(code, code) if code else ""


# ---- Reading the attributes map (values come from JSON: strings, numbers, booleans)


def _text(attrs: dict[str, Any], key: str) -> str:
    value = attrs.get(key)
    return str(value).strip() if value not in (None, "") else ""


def _date(attrs: dict[str, Any], key: str) -> date | None:
    value = attrs.get(key)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _number(attrs: dict[str, Any], key: str) -> float | None:
    value = attrs.get(key)
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _money(attrs: dict[str, Any], key: str) -> Decimal | None:
    value = attrs.get(key)
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _flag(attrs: dict[str, Any], key: str) -> bool | None:
    value = attrs.get(key)
    return value if isinstance(value, bool) else None


# ---- Common parts


def person(case: CaseRecord) -> Person:
    return Person(
        last_name=case.last_name,
        first_name=case.first_name,
        sex=case.sex,
        birth_date=case.birth_date,
        address=case.address,
        postal_code=case.postal_code,
        city=case.city,
        phone=case.phone,
        email=case.email,
        case_number=case.id,
    )


def counsellor(case: CaseRecord, structure: StructureSettings) -> Counsellor:
    return Counsellor(name=case.counsellor, role=structure.signature_line)


def company(case: CaseRecord) -> Company:
    attrs = case.attributes
    return Company(
        name=case.company_name,
        siret=case.company_siret,
        address=_text(attrs, "company_address"),
        naf=case.company_naf,
        headcount=case.company_headcount,
        idcc=_text(attrs, "company_idcc"),
        opco=OPCOS.get(case.opco or "", ""),
    )


def host_company(case: CaseRecord) -> Company:
    attrs = case.attributes
    headcount = _number(attrs, "host_company_headcount")
    return Company(
        name=_text(attrs, "host_company_name"),
        siret=_text(attrs, "host_company_siret"),
        headcount=int(headcount) if headcount is not None else None,
        opco=OPCOS.get(_text(attrs, "host_company_opco"), _text(attrs, "host_company_opco")),
    )


def training(case: CaseRecord) -> Training:
    attrs = case.attributes
    kind = _text(attrs, "certification_kind")
    other = [
        _money(attrs, k) for k in ("training_fees_registration_eur", "equipment_cost_eur", "exam_fees_eur")
    ]
    known_other = [v for v in other if v is not None]
    return Training(
        title=_text(attrs, "training_title"),
        certification_kind=_label("certification_kind", kind),
        rncp_code=_text(attrs, "rncp_code") or _text(attrs, "rs_code"),
        bloc_codes=_text(attrs, "bloc_codes"),
        provider_name=_text(attrs, "training_provider_name"),
        provider_siret=_text(attrs, "training_provider_siret"),
        provider_nda=_text(attrs, "training_provider_nda"),
        hours=_number(attrs, "training_hours"),
        start=_date(attrs, "training_start_date"),
        end=_date(attrs, "training_end_date"),
        cost_pedagogical=_money(attrs, "training_cost_pedagogical_ht"),
        other_costs=sum(known_other, Decimal(0)) if known_other else None,
    )


def situation(case: CaseRecord) -> Situation:
    contract = CONTRACT_TYPES.get(case.contract_type or "", "")
    return Situation(
        employment_status=EMPLOYMENT_STATUSES.get(case.employment_status or "", ""),
        contract=contract,
        current_job=case.current_job_title,
        current_rome=case.current_rome_code,
        employer=case.company_name,
        seniority_months=case.months_in_current_company,
        qualification=QUALIFICATION_LEVELS.get(case.highest_qualification_level or "", ""),
        resources=f"{euros(cpf)} de droits CPF"
        if (cpf := _money(case.attributes, "cpf_balance_eur"))
        else "",
    )


# ---- One input per document kind


def meeting_report(case: CaseRecord, structure: StructureSettings, today: date) -> MeetingReport:
    return MeetingReport(
        structure=structure,
        beneficiary=person(case),
        counsellor=counsellor(case, structure),
        meeting_date=None,
        issued_on=today,
        cep_level=case.cep_level or "",
    )


def project_synthesis(case: CaseRecord, structure: StructureSettings, today: date) -> ProjectSynthesis:
    return ProjectSynthesis(
        structure=structure,
        beneficiary=person(case),
        counsellor=counsellor(case, structure),
        issued_on=today,
        cep_level=case.cep_level or "UO2.1",
        situation=situation(case),
    )


def funding_summary(case: CaseRecord, structure: StructureSettings, today: date) -> FundingSummary:
    target = _text(case.attributes, "prp_target_job_title")
    rome = _text(case.attributes, "target_rome_code") or _text(case.attributes, "prp_target_rome_code")
    return FundingSummary(
        structure=structure,
        beneficiary=person(case),
        counsellor=counsellor(case, structure),
        issued_on=today,
        training=training(case),
        target_job=" — ROME ".join(x for x in (target, rome) if x),
        remaining_advice=REMAINING_ADVICE,
    )


#: Printed after « Il vous resterait N € à payer : » (the counsellor may reword it before printing).
REMAINING_ADVICE = (
    "ce montant peut être réduit par d'autres financements (abondement de votre employeur, aide de la "
    "Région ou de France Travail selon votre situation). Parlons-en au prochain rendez-vous."
)


def prp_agreement(case: CaseRecord, structure: StructureSettings, today: date) -> PrpAgreement:
    attrs = case.attributes
    mode = _text(attrs, "prp_mode")
    path = attrs.get("path_includes")
    steps = set(path) if isinstance(path, list) else None

    def includes(step: str) -> bool | None:
        return None if steps is None else step in steps

    framework = _text(attrs, "prp_framework")
    cpf_amount = _money(attrs, "prp_cpf_amount_eur")
    return PrpAgreement(
        structure=structure,
        issued_on=today,
        mode=mode if mode in ("interne", "externe") else None,
        employee=PrpEmployee(
            person=person(case),
            contract_type=CONTRACT_TYPES.get(case.contract_type or "", ""),
            hire_date=_date(attrs, "hire_date"),
            last_job=case.current_job_title,
            last_job_rome=case.current_rome_code,
            months_in_last_job=_number(attrs, "months_in_current_job"),
            rqth=case.has_rqth,
            rqth_consent=case.consent_given and _flag(attrs, "rqth_print_consent") is True,
            qualification=QUALIFICATION_LEVELS.get(case.highest_qualification_level or "", ""),
            monthly_gross_pay=_money(attrs, "current_monthly_gross_pay"),
        ),
        origin_company=company(case),
        host_company=host_company(case),
        start=_date(attrs, "prp_start_date"),
        end=_date(attrs, "prp_end_date"),
        target_job=_text(attrs, "prp_target_job_title"),
        target_rome=_text(attrs, "prp_target_rome_code"),
        organisation=_text(attrs, "prp_organisation"),
        immersion=includes("mise_en_situation"),
        cep_on_working_time=includes("cep_temps_de_travail"),
        vae=includes("vae"),
        company_know_how=includes("savoir_faire_entreprise"),
        framework=_label("prp_framework", framework),
        suspension_terms=_text(attrs, "prp_suspension_terms"),
        return_terms=_text(attrs, "prp_return_terms"),
        host_contract_type=_text(attrs, "host_contract_type").upper(),
        host_contract_months=_number(attrs, "host_contract_months"),
        host_trial_period_months=_number(attrs, "host_trial_period_months"),
        pay_gap_coverage=_text(attrs, "prp_pay_gap_coverage"),
        cpf_mobilised=(cpf_amount > 0) if cpf_amount is not None else None,
        cpf_amount=cpf_amount,
        cpf_consent=_flag(attrs, "employee_consents_cpf"),
        training=training(case),
    )


def privacy_notice(case: CaseRecord, structure: StructureSettings, today: date) -> PrivacyNotice:
    sensitive = []
    if case.has_rqth is not None:
        sensitive.append("reconnaissance de la qualité de travailleur handicapé")
    if any(case.attributes.get(k) for k in ("c2p_points", "ergonomic_exposure_current_post")):
        sensitive.append("exposition à des risques professionnels")
    return PrivacyNotice(
        structure=structure,
        beneficiary=person(case),
        counsellor=counsellor(case, structure),
        issued_on=today,
        consent_given=case.consent_given,
        consent_date=case.consent_date,
        consent_scope=case.consent_scope,
        sensitive_recorded=tuple(sensitive),
        sensitive_print_consent=case.consent_given and _flag(case.attributes, "rqth_print_consent") is True,
        introduction=privacy_introduction(structure),
        access=privacy_access(structure),
    )


def _controller(structure: StructureSettings) -> str:
    return structure.name or "la structure qui vous accompagne"


def privacy_introduction(structure: StructureSettings) -> str:
    """The notice's opening paragraph after « Madame Léa MARTIN, », as printed unless the counsellor
    rewords it (the name always comes from the case file)."""
    return (
        f"pour vous accompagner, {_controller(structure)} enregistre des "
        "informations vous concernant dans un dossier tenu par votre conseiller ou votre conseillère. Cette "
        "notice vous dit lesquelles, pourquoi, pour combien de temps, et comment exercer vos droits."
    )


def privacy_access(structure: StructureSettings) -> str:
    """« Qui y a accès », as printed unless the counsellor rewords it (a team, a partner's premises…)."""
    return (
        "Votre conseiller ou votre conseillère et, en cas d'absence ou de changement, un autre conseiller de "
        f"{_controller(structure)}. Les données sont conservées par la structure ; elles ne sont ni vendues "
        "ni cédées. Aucune information n'est transmise à votre employeur, à France Travail ou à un financeur "
        "sans votre accord : c'est vous qui remettez les documents que vous choisissez."
    )
