"""The routes a counsellor compares with the person, side by side (issue 19).

A route is a way through the project: keep the contract (PTP and its PUR / PTP-FIPU variants, the
période de reconversion, the CPF alone), leave it (démission-reconversion, rupture conventionnelle)
or, for a job seeker, the France Travail schemes. For each: whether it is open and why, how the
course is funded, what the person lives on meanwhile, what is left to pay (and what would be if an
awaited decision were no), the risk taken, and every deadline. The routes that leave the job are
funded as the person would be once registered as a job seeker: a second check with that situation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from workbench.core import funding
from workbench.core.funding import explain, plan
from workbench.core.funding.engine import DeadlineValue, Evaluation, Finding, Hint, SchemeResult
from workbench.core.funding.plan import FinancingPlan
from workbench.core.funding.rules import Rulebook

# What becomes of a person who leaves a CDI: a job seeker, indemnified if the route opens the ARE.
AFTER_LEAVING: dict[str, Any] = {
    "employment_status": "demandeur_emploi",
    "job_seeker_registered": True,
    "indemnified_are": True,
    "contract_type": "aucun",
}


@dataclass(frozen=True)
class Route:
    id: str
    title: str
    short_title: str  # the column of the side-by-side table
    verdict: str  # the engine's verdicts; « not_eligible » = the route is not open
    why: tuple[Finding, ...]  # missing conditions, or what is to verify
    missing_information: tuple[str, ...]  # questions still to answer for this route
    course_funding: str
    funded: Decimal | None
    income: str
    income_monthly: Decimal | None
    remaining: Decimal | None
    remaining_if_refused: Decimal | None
    conditions: tuple[str, ...]
    risk: str
    deadlines: tuple[DeadlineValue, ...]
    warnings: tuple[Finding, ...] = ()
    income_short: str = ""  # a few words for the side-by-side table

    @property
    def risk_level(self) -> str:
        """« Faible », « Moyen », « Élevé » (the risk sentence starts with it)."""
        return self.risk.split(" : ", 1)[0]

    @property
    def risk_detail(self) -> str:
        return self.risk.split(" : ", 1)[-1]

    @property
    def verdict_label(self) -> str:
        return explain.VERDICT_LABELS[self.verdict]

    @property
    def open(self) -> bool:
        return self.verdict not in ("not_eligible", "superseded")


@dataclass(frozen=True)
class Comparison:
    on: date
    routes: tuple[Route, ...]
    rules_version: str
    training_cost: Decimal | None


def _first_open(evaluation: Evaluation, scheme_ids: tuple[str, ...]) -> SchemeResult:
    """The first eligible scheme (PUR, then PTP-FIPU, then PTP); else the plain one (the last) if it
    is not ruled out, else the first still possible, else the last one."""
    results = [evaluation.result(s) for s in scheme_ids]
    for result in results:
        if result.verdict == "eligible":
            return result
    for result in (results[-1], *results):
        if result.verdict in ("needs_info", "manual_check"):
            return result
    return results[-1]


def _plan(plans: tuple[FinancingPlan, ...], plan_id: str) -> FinancingPlan | None:
    return next((p for p in plans if p.id == plan_id), None)


def _best(
    plans: tuple[FinancingPlan, ...], eligible: tuple[str, ...], possible: tuple[str, ...]
) -> FinancingPlan | None:
    """The first plan of ``eligible`` whose lead is eligible, else the first of ``possible`` still open."""
    by_id = {p.id: p for p in plans}
    for plan_id in eligible:
        if plan_id in by_id and by_id[plan_id].lead_verdict == "eligible":
            return by_id[plan_id]
    return next((by_id[i] for i in possible if i in by_id), None)


def _funding_text(found: FinancingPlan | None, default: str) -> str:
    if found is None:
        return default
    payers = [
        f"{line.payer} {explain.euros(line.amount)}" if line.amount is not None else line.payer
        for line in found.lines
        if line.verdict not in ("not_eligible", "superseded") and line.amount != 0
    ]
    return f"{found.label} : " + ", ".join(payers) if payers else default


def _note(result: SchemeResult, name: str) -> str:
    return next((n.text for n in result.notes if n.rule_id.endswith(f".{name}")), "")


def _questions(book: Rulebook, result: SchemeResult) -> tuple[str, ...]:
    if result.verdict != "needs_info":
        return ()
    return tuple(book.attributes[n].question if n in book.attributes else n for n in result.unknown)


SHORT_TITLES = {
    "ptp": "Transition pro- fessionnelle",
    "prp": "Période de reconversion",
    "cpf": "CPF seul",
    "demission_reconversion": "Démission- reconversion",
    "rupture_conventionnelle": "Rupture conven- tionnelle",
    "demandeur_emploi": "Demandeur d'emploi",
}


def _route(
    book: Rulebook,
    route_id: str,
    title: str,
    lead: SchemeResult,
    found: FinancingPlan | None,
    default_funding: str,
    income: str,
    income_monthly: Decimal | None,
    risk: str,
    income_short: str,
    extra_deadlines: tuple[DeadlineValue, ...] = (),
) -> Route:
    why = lead.missing if lead.verdict == "not_eligible" else lead.manual
    usable = found is not None and lead.verdict not in ("not_eligible", "superseded")
    conditions = tuple(explain_pending(lead))
    if usable and found is not None:
        conditions = tuple(dict.fromkeys((*conditions, *found.conditions)))
    return Route(
        id=route_id,
        title=title,
        short_title=SHORT_TITLES[route_id],
        verdict=lead.verdict,
        why=tuple(why),
        missing_information=_questions(book, lead),
        course_funding=_funding_text(found, default_funding) if usable else default_funding,
        funded=found.funded if usable and found is not None and found.remaining is not None else None,
        income=income,
        income_monthly=income_monthly if lead.verdict not in ("not_eligible", "superseded") else None,
        remaining=found.remaining if usable and found is not None else None,
        remaining_if_refused=found.remaining_if_refused if usable and found is not None else None,
        conditions=conditions if lead.verdict != "not_eligible" else (),
        risk=risk,
        deadlines=tuple(d for d in (*lead.deadlines, *extra_deadlines) if d.due is not None or d.text),
        warnings=lead.warnings if lead.verdict != "not_eligible" else (),
        income_short=income_short,
    )


def explain_pending(result: SchemeResult) -> list[str]:
    """« sous réserve : … » for each decision the route still waits on."""
    return [plan.condition(f.text) for f in result.pending]


def compare(
    raw: Mapping[str, Any],
    on: date,
    hints: Mapping[str, Hint] | None = None,
    book: Rulebook | None = None,
) -> Comparison:
    """Every route for the attributes of ``raw`` (JSON values, person and training together)."""
    book = book or funding.rulebook()
    now = funding.check(raw, on, hints, book)
    plans = plan.plans(book, now)
    job_seeker_now = (
        bool(raw.get("job_seeker_registered")) or raw.get("employment_status") == "demandeur_emploi"
    )
    if job_seeker_now:
        later, later_plans = now, plans
    else:
        leaving = {**raw, **AFTER_LEAVING}
        later = funding.check(leaving, on, hints, book)
        later_plans = plan.plans(book, later)
    # A settled scheme first (an action conventionnée, an employer who hires); else the CPF and the AIF.
    job_seeker_funding = _best(
        later_plans, ("afc", "poei", "afpr", "cpf_aif", "cpf"), ("cpf_aif", "cpf", "afc", "poei", "afpr")
    )
    job_seeker_income = _note(later.result("aif"), "job_seeker_pay") or (
        "AREF si vous êtes indemnisé(e) au titre de l'ARE, sinon RFPE pour une formation agréée par France Travail."
    )
    routes: list[Route] = []

    ptp = _first_open(now, ("pur", "ptp_fipu", "ptp"))
    ptp_plan = _plan(plans, ptp.id)
    pay = now.value("ptp_monthly_pay")
    routes.append(
        _route(
            book,
            "ptp",
            f"Projet de transition professionnelle ({ptp.scheme.acronym})",
            ptp,
            ptp_plan,
            "Transitions Pro finance les coûts pédagogiques dans ses plafonds, la rémunération et les frais annexes.",
            "Rémunération maintenue pendant le congé et remboursée à l'employeur par Transitions Pro"
            + (f" : {explain.euros(pay)} par mois la première année." if isinstance(pay, Decimal) else "."),
            pay if isinstance(pay, Decimal) else None,
            "Faible : vous gardez votre contrat et votre salaire ; la commission de Transitions Pro peut refuser "
            "ou reporter (critères et priorités budgétaires), l'employeur peut reporter le congé de 9 mois au plus.",
            "Salaire maintenu" + (f" ({explain.euros(pay)} / mois)" if isinstance(pay, Decimal) else ""),
        )
    )
    prp = now.result("prp")
    routes.append(
        _route(
            book,
            "prp",
            "Période de reconversion",
            prp,
            _plan(plans, "prp"),
            "L'OPCO prend en charge un forfait horaire ; le reste peut venir du CPF, avec votre accord.",
            _note(prp, "prp_pay_note") or "Contrat et rémunération maintenus (période interne).",
            None,
            "Faible si interne : contrat et salaire maintenus ; le dispositif est à la main de l'employeur "
            "(accord écrit). En externe, retour dans l'entreprise d'origine prévu si le contrat d'accueil est "
            "rompu pendant l'essai.",
            "Salaire maintenu (interne) ; contrat d'accueil (externe)",
        )
    )
    cpf = now.result("cpf")
    cpf_plan = _plan(plans, "cpf")
    participation = now.value("cpf_participation")
    cpf_route = _route(
        book,
        "cpf",
        "CPF seul (en gardant son emploi)" if not job_seeker_now else "CPF seul",
        cpf,
        cpf_plan,
        "Vos droits CPF, sur moncompteformation.gouv.fr.",
        "Votre salaire, si la formation est hors temps de travail (ou sur le temps de travail avec l'accord de "
        "l'employeur)."
        if not job_seeker_now
        else job_seeker_income,
        None,
        ("Faible : vous gardez votre emploi ; " if not job_seeker_now else "Faible : ")
        + "le reste du coût est à votre charge"
        + (
            f", plus la participation forfaitaire de {explain.euros(participation)}."
            if participation
            else "."
        ),
        "Salaire (hors temps de travail)" if not job_seeker_now else "AREF ou RFPE",
    )
    if cpf_route.remaining is not None and isinstance(participation, Decimal):
        cpf_route = _with_remaining(cpf_route, cpf_route.remaining + participation)
    routes.append(cpf_route)

    if not job_seeker_now:
        dr = now.result("demission_reconversion")
        routes.append(
            _route(
                book,
                "demission_reconversion",
                "Démission-reconversion",
                dr,
                job_seeker_funding,
                _note(dr, "dr_course_funding"),
                _note(dr, "dr_income"),
                None,
                "Élevé : vous quittez votre emploi ; sans attestation favorable de Transitions Pro avant la "
                "démission, ou si la demande d'allocation arrive plus de 6 mois après la notification, pas "
                "d'allocation. Le PTP n'est plus possible ensuite.",
                "ARE, versée comme AREF en formation",
            )
        )
        rc = now.result("rupture_conventionnelle")
        routes.append(
            _route(
                book,
                "rupture_conventionnelle",
                "Rupture conventionnelle",
                rc,
                job_seeker_funding,
                _note(rc, "rc_course_funding"),
                _note(rc, "rc_income"),
                None,
                "Moyen : l'employeur doit accepter ; vous quittez votre emploi, l'allocation arrive après un "
                "délai d'attente et un différé, et la formation reste à financer.",
                "ARE après délai d'attente et différé",
            )
        )
    else:
        lead = _first_open(now, ("afc", "poei", "afpr", "aif"))
        routes.append(
            _route(
                book,
                "demandeur_emploi",
                "Dispositifs des demandeurs d'emploi (France Travail)",
                lead,
                job_seeker_funding,
                "Action conventionnée, POEI ou AFPR avec un employeur qui recrute, ou AIF en complément du CPF.",
                job_seeker_income,
                None,
                "Faible : la validation du conseiller France Travail (et, pour une POEI ou une AFPR, l'engagement "
                "de l'employeur) est attendue.",
                "AREF ou RFPE",
            )
        )
    # Counsellors' order (PTP → PRP → CPF → leaving the job), the routes not open at the end.
    ranked = sorted(routes, key=lambda r: not r.open)
    return Comparison(on, tuple(ranked), now.rules_version, now.value("training_cost_pedagogical_ht"))


def _with_remaining(route: Route, remaining: Decimal) -> Route:
    from dataclasses import replace

    extra = remaining - (route.remaining or Decimal(0))
    refused = None if route.remaining_if_refused is None else route.remaining_if_refused + extra
    return replace(route, remaining=remaining, remaining_if_refused=refused)


def deadlines(comparison: Comparison) -> list[tuple[Route, DeadlineValue]]:
    """Every dated deadline of every route, soonest first."""
    found = [(r, d) for r in comparison.routes for d in r.deadlines if d.due is not None]
    return sorted(found, key=lambda pair: pair[1].due or date.max)


def as_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison with plain JSON types, for ``workbench funding compare --json``."""
    from workbench.core.funding.inputs import to_json
    from workbench.core.funding.sources import source_text

    def finding(f: Finding) -> dict[str, Any]:
        return {"rule": f.rule_id, "text": f.text, "source": source_text(f.source)}

    return {
        "evaluation_date": comparison.on.isoformat(),
        "rules_version": comparison.rules_version,
        "training_cost": to_json(comparison.training_cost),
        "routes": [
            {
                "id": r.id,
                "title": r.title,
                "verdict": r.verdict,
                "verdict_label": r.verdict_label,
                "open": r.open,
                "why": [finding(f) for f in r.why],
                "missing_information": list(r.missing_information),
                "course_funding": r.course_funding,
                "funded": to_json(r.funded),
                "income": r.income,
                "income_monthly": to_json(r.income_monthly),
                "remaining_for_person": to_json(r.remaining),
                "remaining_if_refused": to_json(r.remaining_if_refused),
                "conditions": list(r.conditions),
                "risk": r.risk,
                "risk_level": r.risk_level,
                "income_short": r.income_short,
                "warnings": [finding(f) for f in r.warnings],
                "deadlines": [
                    {
                        "id": d.id,
                        "label": d.label,
                        "due": to_json(d.due),
                        "days_left": d.days_left,
                        "past": d.past,
                        "text": d.text,
                    }
                    for d in r.deadlines
                ],
            }
            for r in comparison.routes
        ],
    }


def text_lines(comparison: Comparison) -> list[str]:
    """The comparison as French text for a terminal, one block per route."""
    out = [
        f"Comparaison des parcours au {comparison.on.strftime('%d/%m/%Y')} (règles {comparison.rules_version})"
    ]
    for route in comparison.routes:
        out += ["", f"== {route.title} — {route.verdict_label}"]
        out += [f"    ✗ {f.text}" for f in route.why]
        out += [f"    … {q}" for q in route.missing_information]
        out.append(f"    Financement de la formation : {route.course_funding}")
        out.append(f"    Revenu pendant le projet : {route.income}")
        if route.remaining is not None:
            out.append(f"    Reste à charge : {explain.euros(route.remaining)}")
        if route.remaining_if_refused is not None:
            out.append(
                f"    Reste à charge si la réponse est non : {explain.euros(route.remaining_if_refused)}"
            )
        out += [f"    {c[:1].upper()}{c[1:]}" for c in route.conditions]
        out.append(f"    Risque : {route.risk}")
        out += [f"    {d.label} : {explain.deadline_text(d)}" for d in route.deadlines if d.due is not None]
    return out
