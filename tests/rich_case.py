"""A rich case file, as a counsellor's window would hold it after a few months of work: the demonstration
case (Léa Martin) through UO1 → UO2.1 → UO2.2 with meetings, actions, experiences and a funding
scenario. Used by the fit tests and the window screenshots (``python -m tests.rich_case DATA_DIR``)."""

from __future__ import annotations

import sys
from datetime import date, timedelta

from workbench.context import Context
from workbench.core.cep import Action, Meeting, Project
from workbench.core.funding.scenarios import Scenario
from workbench.core.matching import Experience
from workbench.reports import demo_case as demo
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository
from workbench.store.funding import FundingRepository
from workbench.store.matching import MatchingRepository

TRAINING = {
    "training_title": "Titre professionnel Assistant commercial",
    "certification_kind": "rncp_diplome_titre",
    "target_rome_code": "D1401",
    "training_hours": 420,
    "training_span_months": 6,
    "training_on_working_time": "total",
    "training_cost_pedagogical_ht": 6300,
    "training_cpf_eligible": True,
}


def add_rich_case(ctx: Context, today: date | None = None) -> int:
    today = today or date.today()
    case_id = CaseRepository(ctx.db).add(demo.record(demo.Days(date.today())))
    cep = CepRepository(ctx.db, lambda: today)
    start = today - timedelta(days=90)
    cep.enter_level(case_id, "UO1", start)
    cep.save_meeting(
        case_id,
        Meeting(
            start,
            "UO1",
            counsellor="Claire Roussel",
            topics=("demande",),
            notes="Souhaite quitter la vente en boutique.\nPiste : assistante commerciale au siège.",
        ),
    )
    cep.enter_level(case_id, "UO2.1", start + timedelta(days=14), "projet à formaliser")
    for week in (3, 5, 7):
        cep.save_meeting(
            case_id,
            Meeting(
                start + timedelta(weeks=week), "UO2.1", counsellor="Claire Roussel", notes="Exploration."
            ),
        )
    cep.save_project(
        case_id,
        Project(
            target_jobs="Assistante commerciale (D1401)",
            strategy="Période de reconversion interne avec un titre professionnel de 420 heures.",
            feasibility="favorable",
            feasibility_note="Poste ouvert au siège ; l'employeur soutient le projet.",
        ),
    )
    cep.enter_level(case_id, "UO2.2", start + timedelta(weeks=9), "projet formalisé")
    for title, days in (
        ("Demander le devis de l'organisme", 10),
        ("Rencontrer la responsable RH", 20),
        ("Constituer le dossier PRP", 35),
        ("Faire une PMSMP au siège", 45),
    ):
        cep.save_action(case_id, Action(title, due=today + timedelta(days=days)))
    matching = MatchingRepository(ctx.db)
    matching.save_experience(
        case_id,
        Experience("D1214", date(2019, 9, 1), None, "Vendeuse en prêt-à-porter", employer="Mode & Co"),
        today,
    )
    matching.save_experience(
        case_id,
        Experience("D1505", date(2015, 1, 1), date(2019, 6, 30), "Caissière", employer="Hyper Sud"),
        today,
    )
    FundingRepository(ctx.db).save(case_id, Scenario("Titre pro Assistant commercial", TRAINING))
    return case_id


if __name__ == "__main__":
    context = Context.create(sys.argv[1])
    print(add_rich_case(context))
    context.close()
