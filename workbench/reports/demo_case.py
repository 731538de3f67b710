"""Léa Martin's case, built the way a counsellor builds one, and the documents of her path.

Léa is a saleswoman in a 35-employee clothing shop in Lyon who wants to leave the shop floor. The
case goes through the same operations as the window: the case record, the CEP levels (UO1, UO2.1,
UO2.2), meetings with what was said and decided, the action plan, experiences chosen among real ROME
appellations (and an extra-professional one from the activities catalogue), « Ça m'intéresse » on
two jobs, a target job, the formalised project, a funding scenario (an internal période de
reconversion toward a 420-hour titre professionnel) answered question by question, the closure and
the first follow-up. :func:`documents` then lists the documents of her path: ``workbench
demo`` prints each with ``report`` (so the files are what ``workbench report`` gives), tests and the
benchmark use the same case. Dates are relative to ``today`` so the demonstration always looks current.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from workbench.core.activities import competences_of
from workbench.core.cases import CaseRecord
from workbench.core.cep import (
    Action,
    Closure,
    FeasibilityPoint,
    FollowUp,
    InformationGiven,
    Meeting,
    Project,
    add_months,
)
from workbench.core.funding.scenarios import Scenario
from workbench.core.matching import Experience
from workbench.errors import UserError
from workbench.reports.inputs import StructureSettings
from workbench.rome.reference import RomeReference
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.db import Database
from workbench.store.funding import FundingRepository
from workbench.store.matching import MatchingRepository

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
COUNSELLOR = "Claire Roussel"


@dataclass(frozen=True)
class Days:
    """The days of the story, relative to ``today``."""

    today: date

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    @property
    def uo1(self) -> date:
        return self.ago(120)

    @property
    def uo21(self) -> date:
        return self.ago(98)

    @property
    def uo21_b(self) -> date:
        return self.ago(77)

    @property
    def uo22(self) -> date:
        return self.ago(56)

    @property
    def closure(self) -> date:
        return self.ago(40)

    @property
    def training_start(self) -> date:
        return self.today + timedelta(days=45)

    @property
    def training_end(self) -> date:
        return self.training_start + timedelta(days=182)


def record(days: Days) -> CaseRecord:
    """The case record as the case editor fills it."""
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
        consent_date=days.uo1,
        consent_scope="suivi CEP et préparation des dossiers de financement",
        counsellor=COUNSELLOR,
        attributes={
            "cpf_balance_eur": 1450,
            "reference_salary_monthly_gross": 1900,
            "current_monthly_gross_pay": 1900,
            "months_in_current_job": 40,
            "hire_date": days.ago(40 * 30).isoformat(),
            "company_address": "45 cours Lafayette, 69003 Lyon",
            "company_idcc": "1483",
        },
    )


def scenario(days: Days) -> Scenario:
    """The funding scenario, answered as in the funding section."""
    return Scenario(
        "Titre professionnel Assistant commercial — période de reconversion interne",
        {
            "training_title": "Titre professionnel Assistant commercial",
            "certification_kind": "rncp_diplome_titre",
            "target_rome_code": "D1401",
            "training_provider_name": "AFPA Lyon Vénissieux",
            "training_provider_city": "Vénissieux",
            "training_hours": 420,
            "training_start_date": days.training_start.isoformat(),
            "training_end_date": days.training_end.isoformat(),
            "training_cost_pedagogical_ht": 5800,
            "exam_fees_eur": 120,
            "training_cpf_eligible": True,
            "prp_mode": "interne",
            "prp_start_date": days.training_start.isoformat(),
            "prp_end_date": days.training_end.isoformat(),
            "prp_target_job_title": "Assistante commerciale",
            "prp_target_rome_code": "D1401",
            "prp_framework": "decision_unilaterale",
            "prp_extension_basis": "aucune",
            "prp_max_hours_by_agreement": 450,
            "prp_max_months_by_agreement": 12,
            "training_span_months": 6,
            "project_purpose": "changement_de_metier",
            "prp_organisation": "Trois jours de formation et deux jours en boutique par semaine, sur le temps de travail.",
            "path_includes": ["cep_temps_de_travail"],
            "prp_cpf_amount_eur": 700,
            "employee_consents_cpf": True,
        },
    )


def build(db: Database, rome: RomeReference, today: date) -> int:
    """Store Léa Martin's case through the counsellor's operations; returns the case number."""
    days = Days(today)
    if rome.appellation("20615") is None:
        raise UserError(
            "La démonstration a besoin du ROME 4.0 officiel : importez-le (workbench rome import)."
        )
    cases = CaseRepository(db)
    case_id = cases.add(record(days))
    cep = CepRepository(db, today=lambda: today)
    matching = MatchingRepository(db)

    # UO1: the first meeting, the request, the first information.
    cep.enter_level(case_id, "UO1", days.uo1)
    first = cep.save_meeting(
        case_id,
        Meeting(
            days.uo1,
            "UO1",
            "face_a_face",
            75,
            "permanence de Vénissieux",
            COUNSELLOR,
            ("demande", "situation", "dispositifs"),
            "Fatiguée par la station debout ; hésite à en parler à sa responsable. Revoir la question du samedi.",
            request="Quitter la vente en boutique pour un métier de bureau, sans perdre mon salaire.",
            summary=(
                "Vous travaillez depuis plus de trois ans chez Mode & Co comme vendeuse. Vous souhaitez un "
                "métier plus sédentaire, en lien avec le commerce, où vos qualités relationnelles restent utiles."
            ),
            information=(
                InformationGiven(
                    "Le conseil en évolution professionnelle",
                    "gratuit, confidentiel, en trois temps : premier conseil, projet, mise en œuvre",
                    "www.mon-cep.org",
                ),
                InformationGiven(
                    "Votre compte personnel de formation",
                    "consultez vos droits avant le prochain rendez-vous",
                    "www.moncompteformation.gouv.fr",
                ),
            ),
            decisions=("Explorer les métiers de l'assistanat commercial et du secrétariat.",),
            next_meeting_on=days.uo21,
            next_meeting_time="14:00",
            next_meeting_place="permanence de Vénissieux",
        ),
    )
    cep.save_action(
        case_id,
        Action(
            "Relever vos droits CPF sur moncompteformation.gouv.fr",
            "beneficiaire",
            days.uo21,
            "fait",
            meeting_id=first.id,
        ),
    )

    # Experiences: real ROME appellations, and a voluntary activity from the catalogue.
    matching.save_experience(
        case_id,
        Experience(
            "D1214",
            days.ago(40 * 30),
            None,
            "Vendeuse en prêt-à-porter féminin",
            kind="pro",
            appellation="20615",
            employer="Mode & Co",
        ),
        today,
    )
    matching.save_experience(
        case_id,
        Experience(
            "D1505",
            date(2013, 9, 1),
            date(2022, 6, 30),
            "Hôtesse de caisse",
            kind="pro",
            appellation="15487",
            employer="Hypermarché Lyon Confluence",
        ),
        today,
    )
    activities = ("vie-associative-tenir-la-tresorerie-d-une-association",)
    matching.save_experience(
        case_id,
        Experience(
            "",
            date(2019, 1, 1),
            None,
            "Trésorière de l'association de parents d'élèves",
            added=competences_of(activities),
            kind="extra",
            activities=activities,
        ),
        today,
    )

    # UO2.1: jobs explored, one target, the project formalised.
    cep.enter_level(
        case_id, "UO2.1", days.uo21, "Projet de reconversion vers un métier de bureau à construire."
    )
    second = cep.save_meeting(
        case_id,
        Meeting(
            days.uo21,
            "UO2.1",
            "face_a_face",
            90,
            "permanence de Vénissieux",
            COUNSELLOR,
            ("metiers", "formations"),
            "Très à l'aise avec les chiffres de la caisse. Voir si la responsable appuiera la demande.",
            request="Savoir quels métiers sont à ma portée avec mon expérience.",
            summary=(
                "Nous avons comparé vos compétences avec les métiers proches. L'assistanat commercial "
                "reprend une bonne part de ce que vous faites déjà (accueil, conseil, encaissement)."
            ),
            information=(
                InformationGiven(
                    "Les fiches métiers du ROME",
                    "activités, compétences et conditions de travail de chaque métier",
                    "www.francetravail.fr, rubrique « Découvrir un métier »",
                ),
            ),
            decisions=(
                "Retenir l'assistanat commercial comme piste principale.",
                "Faire une enquête métier auprès d'une assistante commerciale.",
            ),
            next_meeting_on=days.uo21_b,
            next_meeting_time="10:30",
            next_meeting_place="par téléphone",
        ),
    )
    cep.save_action(
        case_id,
        Action(
            "Rencontrer une assistante commerciale (enquête métier)",
            "beneficiaire",
            days.uo21_b,
            "fait",
            meeting_id=second.id,
        ),
    )
    matching.set_feedback(case_id, "D1401", True, "Reste dans le commerce, au bureau.")
    matching.set_feedback(case_id, "M1607", True, "Possible, mais moins de contact client.")
    matching.set_feedback(case_id, "D1406", False, "Trop loin de mon expérience.")
    matching.save_contexts(case_id, set(), set(), "D1401")
    third = cep.save_meeting(
        case_id,
        Meeting(
            days.uo21_b,
            "UO2.1",
            "telephone",
            45,
            "",
            COUNSELLOR,
            ("strategie", "financement"),
            "Enquête métier très positive. Parle d'en discuter avec sa responsable cette semaine.",
            summary=(
                "Votre enquête métier confirme votre choix. Une période de reconversion interne permettrait de "
                "vous former sans quitter Mode & Co, qui cherche une assistante commerciale pour son siège."
            ),
            decisions=("Préparer une période de reconversion interne avec Mode & Co.",),
            next_meeting_on=days.uo22,
            next_meeting_time="14:00",
            next_meeting_place="permanence de Vénissieux",
        ),
    )
    cep.save_action(
        case_id,
        Action(
            "Présenter le projet à votre responsable",
            "beneficiaire",
            days.uo22,
            "fait",
            meeting_id=third.id,
        ),
    )
    cep.save_project(
        case_id,
        Project(
            target_jobs="Assistante commerciale",
            strategy=(
                "Se former au titre professionnel Assistant commercial en période de reconversion interne, "
                "puis rejoindre le siège de Mode & Co."
            ),
            feasibility="sous_conditions",
            feasibility_note="L'accord de l'employeur et la prise en charge par l'OPCO restent à obtenir.",
            summary="Devenir assistante commerciale au siège de mon entreprise, en gardant le lien avec les clients.",
            motivations="Un métier de bureau, des horaires réguliers, et l'envie d'apprendre la gestion des commandes.",
            employer_stance="Sa responsable soutient le projet ; la direction doit donner son accord.",
            family="Deux enfants scolarisés : la formation doit rester à Lyon, en journée.",
            mobility="Pas de voiture ; la formation à Vénissieux est accessible en transports en commun.",
            points=(
                FeasibilityPoint(
                    "Marché du travail",
                    "Le siège recrute une assistante commerciale ; le métier recrute aussi dans la région.",
                    "favorable",
                ),
                FeasibilityPoint(
                    "Formation",
                    "Titre professionnel de 420 heures, compatible avec une période de reconversion.",
                    "favorable",
                ),
                FeasibilityPoint(
                    "Financement",
                    "L'OPCO prend en charge la période de reconversion ; le CPF complète.",
                    "a_surveiller",
                    "Le montant du forfait de branche reste à confirmer.",
                ),
                FeasibilityPoint(
                    "Compétences à acquérir",
                    "Outils de gestion commerciale, suivi administratif des commandes.",
                    "a_surveiller",
                    "Prévoir une remise à niveau sur le tableur avant l'entrée en formation.",
                ),
            ),
            plan_b="Si l'OPCO refuse : demander un projet de transition professionnelle auprès de Transitions Pro.",
        ),
    )

    # UO2.2: the funding scenario, the agreement, the last actions.
    funding = FundingRepository(db)
    funding.save(case_id, scenario(days))
    cep.enter_level(
        case_id, "UO2.2", days.uo22, "Projet validé : mise en œuvre de la période de reconversion."
    )
    fourth = cep.save_meeting(
        case_id,
        Meeting(
            days.uo22,
            "UO2.2",
            "face_a_face",
            60,
            "permanence de Vénissieux",
            COUNSELLOR,
            ("financement", "dossier"),
            "Direction d'accord sur le principe. Attention au délai de dépôt OPCO.",
            request="Monter le dossier de période de reconversion.",
            summary=(
                "Votre employeur accepte le principe d'une période de reconversion interne. Nous avons vérifié "
                "les financements possibles et préparé le projet d'accord à compléter avec lui."
            ),
            information=(
                InformationGiven(
                    "Le dépôt auprès de l'OPCO",
                    "l'accord signé et la convention de formation sont envoyés dans les 30 jours avant le début",
                    "L'Opcommerce, www.lopcommerce.com",
                ),
            ),
            decisions=(
                "Mobiliser 700 € de votre CPF en complément.",
                "Votre employeur dépose le dossier auprès de l'OPCO.",
            ),
            # The support ends after this meeting: the next contact is the follow-up at one month.
            next_meeting_on=_weekday(add_months(days.closure, 1)),
            next_meeting_time="10:00",
            next_meeting_place="par téléphone (suivi à un mois)",
        ),
    )
    for title, owner, due, status, depends, plan_b in (
        ("Faire signer l'accord de période de reconversion", "beneficiaire", days.ago(30), "fait", False, ""),
        (
            "Envoyer le dossier à l'OPCO",
            "beneficiaire",
            days.training_start - timedelta(days=20),
            "a_faire",
            True,
            "Si l'OPCO refuse : projet de transition professionnelle (Transitions Pro).",
        ),
        (
            "Préparer l'entrée en formation (remise à niveau tableur)",
            "beneficiaire",
            days.training_start,
            "en_cours",
            False,
            "",
        ),
        (
            "Faire le point au premier mois de formation",
            "conseiller",
            days.training_start + timedelta(days=30),
            "a_faire",
            False,
            "",
        ),
    ):
        cep.save_action(case_id, Action(title, owner, due, status, depends, plan_b, meeting_id=fourth.id))

    # The support ends with the project under way; the first follow-up is done.
    cep.close(
        case_id,
        Closure(days.closure, ("information", "reflexion", "confiance"), "dense", "projet_en_cours", ""),
    )
    first_follow_up = cep.follow_ups(case_id)[0]
    cep.record_follow_up(
        FollowUp(
            first_follow_up.due,
            first_follow_up.months_after_exit,
            min(today, first_follow_up.due + timedelta(days=2)),
            "projet_en_cours",
            ("mise_en_action", "securisation"),
            "Dossier déposé auprès de l'OPCO, réponse attendue.",
            first_follow_up.id,
        )
    )
    return case_id


def _weekday(day: date) -> date:
    """``day``, or the Monday after when it falls on a weekend (an appointment is on a working day)."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def documents(db: Database, case_id: int) -> list[tuple[str, str, int | None]]:
    """(file stem, document kind, meeting) for each document of the story; all are printed on the
    same day from the case file as it stands (a document never shows a later state than its date)."""
    meetings = [m.id for m in reversed(CepRepository(db).meetings(case_id))]
    return [
        ("01-notice-rgpd", "notice-rgpd", None),
        ("02-entretien-uo1", "entretien", meetings[0]),
        ("03-entretien-uo2.1", "entretien", meetings[1]),
        ("04-entretien-uo2.1-suite", "entretien", meetings[2]),
        ("05-synthese", "synthese", None),
        ("06-financement", "financement", None),
        ("07-accord-prp-interne", "accord-prp", None),
        ("08-entretien-uo2.2", "entretien", meetings[3]),
        ("09-attestation", "attestation", None),
    ]
