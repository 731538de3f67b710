"""Comparison of the routes open to the person, for one target training (issue 19).

Side by side first — is the route open, what funds the course, what the person lives on, what is left
to pay (and what would be if an awaited decision were no), the risk — then, route by route, why it
is open or not, what it still waits on, and its deadlines; last, the administrative calendar of
every route, soonest first. Amounts appear only on routes that are open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbench.core.cases import CaseRecord
from workbench.core.funding.compare import Comparison, Route, compare, deadlines
from workbench.core.funding.scenarios import case_answers
from workbench.errors import ValidationError
from workbench.reports import layout
from workbench.reports import styles as st
from workbench.reports.assemble import counsellor, person, training
from workbench.reports.inputs import Counsellor, Person, StructureSettings, Training
from workbench.reports.typography import BLANK_LINE, euros, french_date, markup, short_date

TITLE = "Comparaison des parcours possibles"


@dataclass(frozen=True)
class RouteComparison:
    structure: StructureSettings
    beneficiary: Person
    counsellor: Counsellor
    issued_on: date
    training: Training
    comparison: Comparison | None = None  # filled from the case's funding answers


def inputs(case: CaseRecord, structure: StructureSettings, today: date) -> RouteComparison:
    """The comparison of the case's funding answers (with the scenario's training when merged in)."""
    try:
        comparison = compare(case_answers(case), today)
    except ValidationError:
        comparison = None  # a stored value the rules no longer read: the document says what to do
    return RouteComparison(
        structure, person(case), counsellor(case, structure), today, training(case), comparison
    )


def _money(route: Route, value: object) -> str:
    if not route.open:
        return "—"
    return euros(value) if value is not None else "à calculer"  # type: ignore[arg-type]


def _side_by_side(comparison: Comparison) -> Flowable:
    routes = comparison.routes
    header = ["", *[r.short_title for r in routes]]
    rows: list[list[str | Flowable]] = [
        ["Ouvert ?", *[r.verdict_label for r in routes]],
        ["Formation financée", *[_money(r, r.funded) for r in routes]],
        ["Revenu pendant le projet", *[r.income_short or r.income for r in routes]],
        ["Reste à charge", *[_money(r, r.remaining) for r in routes]],
        [
            "Si la décision attendue est non",
            *[
                _money(r, r.remaining_if_refused) if r.remaining_if_refused is not None else "—"
                for r in routes
            ],
        ],
        ["Risque", *[r.risk_level for r in routes]],
    ]
    width = 84 / max(len(routes), 1)
    return layout.grid(header, rows, widths=[16, *[width] * len(routes)])


def _route_block(route: Route, today: date) -> list[Flowable]:
    s = st.styles()
    colour = (st.GOOD if route.verdict == "eligible" else st.WARN if route.open else st.MUTED).hexval()
    block: list[Flowable] = [
        layout.rich(
            f'<b>{markup(route.title)}</b> &nbsp;<font color="{colour.replace("0x", "#")}">'
            f"<b>{markup(route.verdict_label)}</b></font>",
            s.body,
        )
    ]
    parts: list[tuple[str, list[str]]] = [
        ("Pourquoi" if not route.open else "À vérifier", [f.text for f in route.why]),
        ("Informations à apporter", list(route.missing_information)),
        ("Sous réserve de", [c.removeprefix("sous réserve : ") for c in route.conditions]),
        ("Points de vigilance", [f.text for f in route.warnings]),
    ]
    for title, items in parts:
        if items:
            text = "<br/>".join("• " + markup(i[:1].upper() + i[1:]) for i in items)
            block.append(layout.rich(f"<i>{markup(title)}</i><br/>{text}", s.small))
    block.append(
        layout.rich(layout.lead("Financement de la formation", markup(route.course_funding)), s.small)
    )
    block.append(layout.rich(layout.lead("Revenu pendant le projet", markup(route.income)), s.small))
    block.append(layout.rich(layout.lead("Risque", markup(route.risk)), s.small))
    block.append(Spacer(1, 5))
    return [KeepTogether(block)]


def _calendar(comparison: Comparison) -> list[Flowable]:
    rows: list[list[str | Flowable]] = []
    for route, deadline in deadlines(comparison):
        if deadline.due is None:
            continue
        days = deadline.days_left
        left = BLANK_LINE if days is None else (f"dépassée de {-days} j" if days < 0 else f"J-{days}")
        when = short_date(deadline.due)
        if deadline.window_start is not None:
            when = f"du {short_date(deadline.window_start)} au {when}"
        rows.append([route.short_title, deadline.label, when, left])
    return layout.section(
        "Calendrier administratif",
        layout.grid(
            ["Parcours", "Démarche", "Quand", "Délai"],
            rows,
            widths=[22, 46, 20, 12],
            empty="Aucune échéance datée : indiquez les dates de la formation et des démarches.",
        ),
    )


def build(doc: RouteComparison) -> bytes:
    s = st.styles()
    t = doc.training
    story: list[Flowable] = []
    story += layout.title_block(TITLE, f"Situation au {french_date(doc.issued_on)}")
    story.append(
        layout.fields_table(
            [
                (
                    "Bénéficiaire",
                    " ".join(p for p in (doc.beneficiary.civility, doc.beneficiary.full_name) if p),
                ),
                ("Formation visée", t.title),
                ("Coût pédagogique", euros(t.cost_pedagogical)),
            ]
        )
    )
    comparison = doc.comparison
    if comparison is None or not comparison.routes:
        story += layout.section(
            "Parcours", layout.rich(layout.blank("Renseignez la situation et la formation pour comparer."))
        )
    else:
        story += layout.section("Côte à côte", _side_by_side(comparison))
        story.append(
            layout.para(
                "Ordre habituel des conseillers : garder son contrat (projet de transition professionnelle, "
                "période de reconversion, CPF) avant de le quitter (démission-reconversion, rupture "
                "conventionnelle).",
                s.muted,
            )
        )
        details: list[Flowable] = []
        for route in comparison.routes:
            details += _route_block(route, doc.issued_on)
        story += layout.section("Parcours par parcours", *details)
        story += _calendar(comparison)
    note = (
        "Comparaison indicative : elle applique les règles connues à la date du document et ne vaut pas "
        "accord. Chaque financeur, France Travail et Transitions Pro décident au vu du dossier complet."
    )
    if comparison is not None:
        note += f" Règles appliquées : {comparison.rules_version}."
    story.append(Spacer(1, 6))
    story.append(layout.para(note, s.muted))
    info = layout.DocumentInfo(
        title=TITLE,
        subject=f"Parcours possibles pour « {t.title or 'la formation visée'} » — {doc.beneficiary.full_name}",
        author=doc.counsellor.name,
        issued_on=doc.issued_on,
        person=doc.beneficiary.full_name,
        keywords=("CEP", "financement", "parcours", t.title),
    )
    return layout.render(info, doc.structure, story)
