"""A realistic demonstration case, told through every document.

Léa Martin, saleswoman in a 35-employee clothing company in Lyon, comes to the CEP wanting to leave the
shop floor. UO1: first meeting; UO2.1: three jobs explored, one chosen (sales assistant at the
company's head office); UO2.2: an internal période de reconversion with a 420-hour titre professionnel,
part-funded by her CPF. ``workbench demo`` stores the case and prints every document from it; the
parts of the story that other modules do not store yet (meetings, experiences, explored jobs, funding
scenario) come from here. Tests and the benchmark use the same story. Dates are relative to ``today``
so the demonstration always looks current.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from workbench.core.cases import CaseRecord
from workbench.reports.inputs import (
    ActionStep,
    ChosenProject,
    Company,
    Counsellor,
    Deadline,
    DocumentToGather,
    Experience,
    ExploredJob,
    FeasibilityPoint,
    FundingLine,
    FundingSummary,
    InformationGiven,
    MeetingReport,
    NextStep,
    Person,
    PrivacyNotice,
    ProjectSynthesis,
    PrpAgreement,
    PrpEmployee,
    SchemeOutcome,
    Situation,
    StructureSettings,
    Training,
)
from workbench.reports.typography import french_date

STRUCTURE = StructureSettings(
    name="Maison de l'emploi et de la formation — Lyon Sud",
    address="12 rue de la République\n69002 Lyon",
    phone="04 72 00 00 00",
    email="cep@mef-lyonsud.example.fr",
    signature_line="Conseillère en évolution professionnelle",
    footer_text="Conseil en évolution professionnelle — service gratuit et confidentiel",
    privacy_contact="Référent données personnelles, 12 rue de la République, 69002 Lyon — dpo@mef-lyonsud.example.fr",
    retention_years=2,
)

COUNSELLOR = Counsellor(
    name="Claire Roussel",
    role="Conseillère en évolution professionnelle",
    phone="04 72 00 00 12",
    email="c.roussel@mef-lyonsud.example.fr",
)


def demo_case() -> CaseRecord:
    """The case record as the case editor would hold it."""
    return CaseRecord(
        last_name="Martin",
        first_name="Léa",
        birth_date=date(1988, 4, 12),
        sex="F",
        email="lea.martin@example.fr",
        phone="06 12 34 56 78",
        address="8 rue Paul Bert",
        postal_code="69003",
        city="Lyon",
        highest_qualification_level="4",
        csp="employe",
        employment_status="salarie_prive",
        contract_type="cdi",
        job_seeker_registered=False,
        indemnified_are=False,
        has_rqth=None,
        current_job_title="Vendeuse en prêt-à-porter",
        current_rome_code="D1214",
        months_salaried_total=150,
        months_in_current_company=40,
        company_name="Mode & Co",
        company_siret="12345678900012",
        company_headcount=35,
        company_naf="47.71Z",
        opco="opcommerce",
        consent_given=True,
        consent_date=date(2026, 9, 15),
        consent_scope="suivi CEP et préparation des dossiers de financement",
        counsellor="Claire Roussel",
        status="ouvert",
        notes="Souhaite quitter la vente en boutique (station debout, horaires du samedi).",
        attributes={
            "cpf_balance_eur": 1450,
            "reference_salary_monthly_gross": 1900,
            "current_monthly_gross_pay": 1900,
            "months_in_current_job": 40,
            "company_address": "45 cours Lafayette, 69003 Lyon",
            "company_idcc": "1483",
        },
    )


def person(case: CaseRecord, case_number: int | None = None) -> Person:
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
        case_number=case_number if case_number is not None else case.id,
    )


def _dates(today: date) -> dict[str, date]:
    start = today + timedelta(days=48)
    return {
        "uo1": today - timedelta(days=70),
        "uo21_a": today - timedelta(days=49),
        "uo21_b": today - timedelta(days=28),
        "uo22": today - timedelta(days=7),
        "start": start,
        "end": start + timedelta(days=180),
    }


def training(today: date) -> Training:
    d = _dates(today)
    return Training(
        title="Titre professionnel Assistant commercial",
        certification_kind="Titre professionnel inscrit au RNCP (niveau 5)",
        rncp_code="",  # deliberately unknown in the demonstration: prints as a blank to fill in
        provider_name="AFPA Lyon Vénissieux",
        provider_siret="",
        provider_nda="",
        provider_city="Vénissieux",
        hours=420,
        start=d["start"],
        end=d["end"],
        cost_pedagogical=Decimal("5800.00"),
        other_costs=Decimal("120.00"),
    )


def meeting_uo1(today: date, case: CaseRecord | None = None) -> MeetingReport:
    case = case or demo_case()
    d = _dates(today)
    return MeetingReport(
        structure=STRUCTURE,
        beneficiary=person(case),
        counsellor=COUNSELLOR,
        meeting_date=d["uo1"],
        issued_on=d["uo1"],
        mode="en présentiel",
        place="permanence de Vénissieux",
        duration_minutes=75,
        cep_level="UO1",
        meeting_number=1,
        request=(
            "Vendeuse depuis plus de douze ans, je ne veux plus travailler debout toute la journée ni tous les "
            "samedis. J'aimerais un métier plus administratif, si possible sans quitter mon entreprise."
        ),
        topics=(
            "Votre parcours : vente en boutique depuis 2014, dont trois ans chez Mode & Co",
            "Ce qui vous plaît (le contact client, les chiffres, l'organisation) et ce qui vous pèse",
            "Les métiers administratifs proches de la vente : assistanat commercial, administration des ventes",
            "Les dispositifs pour se former en restant salariée",
        ),
        information=(
            InformationGiven(
                "Compte personnel de formation",
                "Vos droits (1 450 €) peuvent financer une partie d'une formation certifiante.",
                "moncompteformation.gouv.fr",
            ),
            InformationGiven(
                "Période de reconversion",
                "Formation de 150 à 450 h sur 12 mois au plus, en gardant votre contrat et votre salaire ; "
                "à la main de l'employeur, qui signe un accord écrit avec vous.",
                "Votre service RH ; L'Opcommerce",
            ),
            InformationGiven(
                "Projet de transition professionnelle",
                "Congé rémunéré pour une formation longue ; dossier à Transitions Pro.",
                "transitionspro-ara.fr",
            ),
        ),
        decisions=(
            "Poursuivre en accompagnement personnalisé (UO2.1) pour construire le projet",
            "Explorer trois pistes de métiers avant le prochain rendez-vous",
        ),
        next_steps=(
            NextStep("Lire les fiches métiers Assistant commercial et Assistant RH", "Vous", d["uo21_a"]),
            NextStep("Demander votre relevé de droits CPF", "Vous", d["uo21_a"]),
            NextStep(
                "Envoyer la liste des organismes de formation de la métropole",
                "Claire Roussel",
                d["uo1"] + timedelta(days=3),
                True,
            ),
        ),
        next_meeting=d["uo21_a"],
        next_meeting_mode="en présentiel",
    )


def meeting_uo22(today: date, case: CaseRecord | None = None) -> MeetingReport:
    case = case or demo_case()
    d = _dates(today)
    return replace(
        meeting_uo1(today, case),
        meeting_date=d["uo22"],
        issued_on=d["uo22"],
        mode="en visioconférence",
        place="",
        duration_minutes=50,
        cep_level="UO2.2",
        meeting_number=4,
        request="",
        topics=(
            "Votre entretien avec la responsable des ressources humaines : accord de principe pour une période "
            "de reconversion interne",
            "Le calendrier : entrée en formation le " + french_date(d["start"]),
            "Les pièces du dossier pour L'Opcommerce",
        ),
        information=(
            InformationGiven(
                "Dépôt du dossier",
                "L'employeur transmet l'accord écrit (CERFA n° 17613*01) et la convention de formation à "
                "l'OPCO dans les 30 jours qui précèdent le début de la formation.",
                "L'Opcommerce",
            ),
        ),
        decisions=(
            "Mobiliser 725 € de votre CPF (la moitié de vos droits), avec votre accord",
            "Préparer le projet d'accord écrit à relire avec la responsable RH",
        ),
        next_steps=(
            NextStep(
                "Transmettre le projet d'accord à la responsable RH", "Vous", d["uo22"] + timedelta(days=7)
            ),
            NextStep("Obtenir le devis et le programme de l'AFPA", "Vous", d["uo22"] + timedelta(days=10)),
            NextStep(
                "Vérifier le dépôt du dossier auprès de L'Opcommerce",
                "Claire Roussel",
                d["start"] - timedelta(days=10),
            ),
        ),
        next_meeting=d["start"] - timedelta(days=14),
        next_meeting_mode="par téléphone",
    )


EXPERIENCES = (
    Experience(
        "Vendeuse en prêt-à-porter",
        "Mode & Co, Lyon",
        date(2023, 7, 1),
        None,
        current=True,
        competences=(
            "Accueillir et conseiller la clientèle",
            "Réaliser des ventes et des encaissements",
            "Suivre les stocks et passer les commandes de réassort",
            "Former les nouveaux vendeurs",
        ),
    ),
    Experience(
        "Vendeuse puis seconde de magasin",
        "Chaussures Bellecour, Lyon",
        date(2014, 3, 1),
        date(2023, 6, 30),
        competences=(
            "Établir les plannings de l'équipe",
            "Suivre le chiffre d'affaires et les indicateurs de vente",
            "Traiter les réclamations des clients",
        ),
    ),
    Experience(
        "Trésorière d'association",
        "Club de handball de Villeurbanne",
        date(2019, 9, 1),
        None,
        current=True,
        kind="extra-professionnelle",
        competences=("Tenir une comptabilité simple", "Établir des devis et relancer les impayés"),
    ),
)

EXPLORED_JOBS = (
    ExploredJob(
        "Assistant / Assistante commercial(e)",
        "D1401",
        acquired=(
            "Accueillir et renseigner les clients",
            "Traiter les réclamations",
            "Suivre les stocks",
            "Établir des devis",
            "Suivre des indicateurs de vente",
        ),
        to_acquire=(
            "Administrer les ventes dans un progiciel (ERP)",
            "Rédiger la correspondance commerciale",
            "Tableur avancé",
        ),
        score=0.74,
        how_explored="fiche ROME, enquête métier auprès de l'assistante commerciale du siège",
        conclusion="piste retenue",
    ),
    ExploredJob(
        "Assistant / Assistante Ressources Humaines (RH)",
        "M1501",
        acquired=("Établir des plannings", "Accueillir les nouveaux salariés"),
        to_acquire=(
            "Préparer les éléments de paie",
            "Appliquer le droit du travail",
            "Gérer les dossiers du personnel",
            "Organiser le recrutement",
        ),
        score=0.48,
        how_explored="fiche ROME, échange avec la responsable RH",
        conclusion="plan B, à plus long terme",
    ),
    ExploredJob(
        "Secrétaire",
        "M1607",
        acquired=("Accueillir le public", "Tenir un agenda"),
        to_acquire=("Mettre en forme des documents", "Gérer le courrier", "Classer et archiver"),
        score=0.52,
        how_explored="fiche ROME",
        conclusion="écartée : moins de contact client",
    ),
)


def synthesis(today: date, case: CaseRecord | None = None) -> ProjectSynthesis:
    case = case or demo_case()
    d = _dates(today)
    t = training(today)
    return ProjectSynthesis(
        structure=STRUCTURE,
        beneficiary=person(case),
        counsellor=COUNSELLOR,
        issued_on=d["uo21_b"],
        cep_level="UO2.1",
        meetings_count=3,
        first_meeting=d["uo1"],
        situation=Situation(
            employment_status="Salariée du secteur privé",
            contract="CDI à temps plein",
            current_job=case.current_job_title,
            current_rome=case.current_rome_code,
            employer=f"{case.company_name} (35 salariés, commerce de détail d'habillement)",
            seniority_months=case.months_in_current_company,
            qualification="Niveau 4 (baccalauréat professionnel commerce)",
            request="Quitter la vente en boutique pour un métier plus administratif, si possible dans l'entreprise.",
            constraints="Station debout difficile ; souhaite des horaires de bureau ; pas de mobilité hors métropole.",
            resources="1 450 € sur le CPF ; soutien de la responsable de magasin ; poste d'assistante commerciale prévu au siège.",
        ),
        experiences=EXPERIENCES,
        explored_jobs=EXPLORED_JOBS,
        project=ChosenProject(
            job_title="Assistante commerciale",
            rome_code="D1401",
            summary=(
                "Devenir assistante commerciale au siège de Mode & Co, au service de l'administration des "
                "ventes, en s'appuyant sur sa connaissance des produits et des clients."
            ),
            motivations="Garder le contact client et le commerce, travailler assise et en horaires de bureau.",
            strategy=(
                "Mobilité interne préparée par une période de reconversion : titre professionnel en 420 h, "
                "en alternance avec une prise de poste progressive au siège."
            ),
            feasibility_verdict="Réalisable sous conditions : accord de l'employeur et financement de l'OPCO",
            feasibility=(
                FeasibilityPoint(
                    "Marché du travail",
                    "Un poste se libère au siège au printemps ; métier recherché dans la métropole.",
                    "favorable",
                ),
                FeasibilityPoint(
                    "Compétences",
                    "Cinq compétences sur huit déjà acquises ; reste l'outil de gestion et l'écrit professionnel.",
                    "favorable",
                ),
                FeasibilityPoint(
                    "Formation", "Titre professionnel de 420 h, sessions à Vénissieux.", "favorable"
                ),
                FeasibilityPoint(
                    "Financement",
                    "Période de reconversion : accord écrit de l'employeur et décision de L'Opcommerce attendus.",
                    "à surveiller",
                ),
                FeasibilityPoint(
                    "Contraintes personnelles",
                    "Garde des enfants le mercredi à organiser pendant la formation.",
                    "à surveiller",
                ),
            ),
            training=t,
            plan_b="Formation au même titre par le CPF et un projet de transition professionnelle, puis candidature externe.",
        ),
        funding=(
            FundingLine(
                "Période de reconversion — L'Opcommerce", Decimal("3843.00"), "à demander", "9,15 €/h × 420 h"
            ),
            FundingLine(
                "CPF (50 % des droits)", Decimal("725.00"), "accord de la salariée", "1 450 € disponibles"
            ),
            FundingLine(
                "Mode & Co (complément employeur)",
                Decimal("1352.00"),
                "à confirmer",
                "coût restant et frais d'examen",
            ),
        ),
        total_cost=(t.cost_pedagogical or Decimal(0)) + (t.other_costs or Decimal(0)),
        action_plan=(
            ActionStep(
                "Présenter le projet à la responsable RH",
                "Léa Martin",
                d["uo21_b"] + timedelta(days=10),
                "fait",
            ),
            ActionStep(
                "Passer les tests de positionnement de l'AFPA",
                "Léa Martin",
                d["uo21_b"] + timedelta(days=20),
                "en cours",
            ),
            ActionStep(
                "Rédiger le projet d'accord de période de reconversion",
                "Claire Roussel",
                d["uo22"],
                "fait",
            ),
            ActionStep(
                "Déposer le dossier auprès de L'Opcommerce",
                "Mode & Co",
                d["start"] - timedelta(days=1),
                "à faire",
                plan_b="Si refus : projet de transition professionnelle",
            ),
            ActionStep("Entrer en formation", "Léa Martin", d["start"], "à faire"),
        ),
    )


def funding_summary(today: date, case: CaseRecord | None = None) -> FundingSummary:
    case = case or demo_case()
    d = _dates(today)
    t = training(today)
    start = d["start"]
    return FundingSummary(
        structure=STRUCTURE,
        beneficiary=person(case),
        counsellor=COUNSELLOR,
        issued_on=d["uo22"],
        training=t,
        target_job="Assistante commerciale (ROME D1401)",
        outcomes=(
            SchemeOutcome(
                "Période de reconversion (interne)",
                "eligible",
                Decimal("3843.00"),
                "forfait de 9,15 €/h × 420 h",
                reasons=(
                    "Salariée en CDI d'une entreprise privée",
                    "Titre professionnel inscrit au RNCP",
                    "420 h, entre 150 et 450 h, sur moins de 12 mois",
                ),
                pending=("Accord écrit de l'employeur", "Décision de L'Opcommerce (sous 20 jours)"),
                remuneration="Contrat de travail et rémunération maintenus.",
            ),
            SchemeOutcome(
                "Compte personnel de formation (CPF)",
                "eligible",
                Decimal("725.00"),
                "jusqu'à 50 % des droits en période de reconversion interne",
                reasons=("Formation certifiante éligible au CPF", "1 450 € de droits disponibles"),
            ),
            SchemeOutcome(
                "Projet de transition professionnelle (PTP)",
                "eligible",
                None,
                "prise en charge décidée par la commission de Transitions Pro",
                reasons=("Ancienneté suffisante : 150 mois salariés dont 40 dans l'entreprise",),
                pending=("Avis de la commission paritaire de Transitions Pro",),
                warnings=("Solution de repli si l'employeur ne signe pas la période de reconversion",),
            ),
            SchemeOutcome(
                "Plan de développement des compétences",
                "needs_info",
                questions=(
                    "L'employeur inscrit-il cette formation à son plan de développement des compétences ?",
                ),
            ),
            SchemeOutcome(
                "Aide individuelle à la formation (AIF)",
                "not_eligible",
                missing=("Réservée aux demandeurs d'emploi inscrits à France Travail",),
            ),
            SchemeOutcome("Pro-A", "superseded", warnings=("Remplacée par la période de reconversion",)),
        ),
        plan=(
            FundingLine("Période de reconversion — L'Opcommerce", Decimal("3843.00"), "à demander"),
            FundingLine("CPF (50 % des droits)", Decimal("725.00"), "accord de la salariée"),
        ),
        deadlines=(
            Deadline(
                "L'employeur transmet l'accord écrit et la convention de formation à L'Opcommerce",
                "Période de reconversion",
                due=start - timedelta(days=1),
                window_start=start - timedelta(days=30),
            ),
            Deadline(
                "Décision de L'Opcommerce",
                "Période de reconversion",
                due=start - timedelta(days=1),
                note="20 jours après réception du dossier",
            ),
            Deadline(
                "Demande d'autorisation d'absence à l'employeur (si le PTP est retenu)",
                "PTP",
                due=start - timedelta(days=120),
                note="120 jours avant pour une formation de 6 mois ou plus",
            ),
        ),
        documents=(
            DocumentToGather(
                "Accord écrit de période de reconversion (CERFA n° 17613*01) signé",
                "PRP",
                "Mode & Co et vous",
            ),
            DocumentToGather("Convention de formation", "PRP", "AFPA et Mode & Co"),
            DocumentToGather("Devis et programme de la formation", "PRP, CPF", "AFPA", provided=True),
            DocumentToGather(
                "Relevé des droits CPF", "CPF", "Vous (moncompteformation.gouv.fr)", provided=True
            ),
            DocumentToGather(
                "Décision unilatérale de l'employeur ou accord d'entreprise", "PRP", "Mode & Co"
            ),
        ),
        rules_version="règles de financement du 28 janvier 2026 (forfait PRP 9,15 €/h)",
    )


def prp_agreement(today: date, case: CaseRecord | None = None, mode: str | None = "interne") -> PrpAgreement:
    case = case or demo_case()
    d = _dates(today)
    t = training(today)
    company = Company(
        name=case.company_name,
        siret=case.company_siret,
        address="45 cours Lafayette",
        postal_code="69003",
        city="Lyon",
        naf=case.company_naf,
        headcount=case.company_headcount,
        idcc="1483",
        opco="L'Opcommerce",
    )
    return PrpAgreement(
        structure=STRUCTURE,
        issued_on=d["uo22"],
        mode=mode,
        employee=PrpEmployee(
            person=person(case),
            contract_type="CDI",
            hire_date=date(2023, 7, 1),
            last_job=case.current_job_title,
            last_job_rome=case.current_rome_code,
            months_in_last_job=case.months_in_current_company,
            rqth=case.has_rqth,
            rqth_consent=False,
            qualification="Niveau 4 (baccalauréat)",
            monthly_gross_pay=Decimal("1900.00"),
        ),
        origin_company=company,
        start=d["start"],
        end=d["end"],
        target_job="Assistante commerciale",
        target_rome="D1401",
        organisation="Trois jours de formation et deux jours au siège par semaine, sur le temps de travail.",
        immersion=False,
        cep_on_working_time=True,
        vae=False,
        company_know_how=True,
        framework="Décision unilatérale de l'employeur (entreprise de moins de 50 salariés)",
        cpf_mobilised=True,
        cpf_amount=Decimal("725.00"),
        cpf_consent=True,
        training=t,
        amount_requested=Decimal("3843.00"),
        signature_place="Lyon",
    )


def privacy_notice(today: date, case: CaseRecord | None = None) -> PrivacyNotice:
    case = case or demo_case()
    d = _dates(today)
    return PrivacyNotice(
        structure=STRUCTURE,
        beneficiary=person(case),
        counsellor=COUNSELLOR,
        issued_on=d["uo1"],
        consent_given=case.consent_given,
        consent_date=case.consent_date,
        consent_scope=case.consent_scope,
    )


def with_structure(inputs: Any, structure: StructureSettings) -> Any:
    """The same document input, issued by ``structure``."""
    return replace(inputs, structure=structure)
