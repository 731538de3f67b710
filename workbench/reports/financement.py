"""Funding summary for one target training: which schemes, how much, what is left, by when, with what.

Schemes are grouped as the funding screen shows them (éligible, à compléter, à vérifier, non
éligible, remplacés). Deadlines show their date and how many days are left on the day the document
is issued; a past deadline says so. The remaining cost is the total cost minus the financing plan.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbench.reports import layout
from workbench.reports import styles as st
from workbench.reports.inputs import Deadline, FundingSummary, SchemeOutcome
from workbench.reports.typography import (
    BLANK_LINE,
    TO_COMPLETE,
    euros,
    french_date,
    markup,
    number,
    short_date,
)

TITLE = "Synthèse des financements possibles"

VERDICTS = {
    "eligible": "Éligible",
    "needs_info": "À compléter",
    "manual_check": "À vérifier",
    "not_eligible": "Non éligible",
    "superseded": "Dispositif remplacé",
}
_ORDER = tuple(VERDICTS)
_VERDICT_COLOURS = {
    "eligible": st.GOOD,
    "needs_info": st.WARN,
    "manual_check": st.WARN,
    "not_eligible": st.BLANK,
}


def build(doc: FundingSummary) -> bytes:
    s = st.styles()
    person = doc.beneficiary
    t = doc.training
    story: list[Flowable] = []
    story += layout.title_block(TITLE, f"Situation au {french_date(doc.issued_on)}")
    dates = f"du {short_date(t.start)} au {short_date(t.end)}" if t.start or t.end else ""
    story.append(
        layout.fields_table(
            [
                ("Bénéficiaire", " ".join(p for p in (person.civility, person.full_name) if p)),
                ("Métier visé", doc.target_job),
                ("Formation", t.title),
                (
                    "Certification",
                    " — ".join(p for p in (t.certification_kind, t.rncp_code, t.bloc_codes) if p),
                ),
                ("Organisme de formation", " — ".join(p for p in (t.provider_name, t.provider_city) if p)),
                ("Durée", number(t.hours, "heures") if t.hours else ""),
                ("Dates prévues", dates),
                ("Coût pédagogique", euros(t.cost_pedagogical)),
                ("Frais annexes", euros(t.other_costs) if t.other_costs is not None else "aucun indiqué"),
            ]
        )
    )

    # Plan and remaining cost first: it is the answer the person came for.
    plan_rows: list[list[str | Flowable]] = [
        [line.scheme, euros(line.amount), line.status or TO_COMPLETE, line.note or "—"] for line in doc.plan
    ]
    remaining = doc.remaining_cost
    summary = [
        ("Coût total de la formation", euros(doc.total_cost)),
        ("Total des financements du plan", euros(doc.funded) if doc.plan else euros(None)),
        ("Reste à charge estimé", euros(remaining)),
    ]
    story += layout.section(
        "Plan de financement",
        layout.grid(
            ["Financement", "Montant", "État", "Remarque"],
            plan_rows,
            widths=[30, 16, 16, 38],
            empty="Aucun plan de financement n'a encore été construit.",
            right_columns=(1,),
        ),
        Spacer(1, 4),
        layout.fields_table(summary, label_width=60 * mm),
    )
    if remaining is not None and remaining > 0:
        story.append(
            layout.notice(
                f"Un reste à charge de {euros(remaining)} demeure : il peut être réduit par d'autres financements "
                "(abondement de l'employeur, aide de la Région, de France Travail ou de l'Agefiph selon la situation)."
            )
        )

    story += _outcomes(doc.outcomes)
    story += _deadlines(doc)
    story += _documents(doc)
    story.append(Spacer(1, 8))
    note = (
        "Cette synthèse est indicative : elle applique les règles de financement connues à la date du document "
        "et ne vaut pas accord. Chaque financeur décide au vu du dossier complet."
    )
    if doc.rules_version:
        note += f" Règles appliquées : {doc.rules_version}."
    story.append(layout.para(note, s.muted))
    info = layout.DocumentInfo(
        title=TITLE,
        subject=f"Financements possibles pour « {t.title or 'la formation visée'} » — {person.full_name}",
        author=doc.counsellor.name,
        issued_on=doc.issued_on,
        person=person.full_name,
        keywords=("CEP", "financement", t.title),
    )
    return layout.render(info, doc.structure, story)


def _outcomes(outcomes: tuple[SchemeOutcome, ...]) -> list[Flowable]:
    s = st.styles()
    if not outcomes:
        return layout.section(
            "Dispositifs examinés",
            layout.rich(
                layout.blank("Aucun dispositif n'a été examiné : lancez la vérification des financements.")
            ),
        )
    content: list[Flowable] = []
    ranked = sorted(outcomes, key=lambda o: _ORDER.index(o.verdict) if o.verdict in _ORDER else len(_ORDER))
    for outcome in ranked:
        colour = _VERDICT_COLOURS.get(outcome.verdict, st.MUTED).hexval().replace("0x", "#")
        label = VERDICTS.get(outcome.verdict, outcome.verdict)
        amount = ""
        if outcome.amount is not None:
            amount = f" — {euros(outcome.amount)}" + (
                f" ({outcome.amount_note})" if outcome.amount_note else ""
            )
        elif outcome.amount_note:
            amount = f" — {outcome.amount_note}"
        block: list[Flowable] = [
            layout.rich(
                f'<b>{markup(outcome.name)}</b> &nbsp;<font color="{colour}"><b>{markup(label)}</b></font>'
                f"{markup(amount)}",
                s.body,
            )
        ]
        for title, items in (
            ("Conditions remplies", outcome.reasons),
            ("Conditions non remplies", outcome.missing),
            ("Informations à apporter", outcome.questions),
            ("Décisions attendues", outcome.pending),
            ("Points de vigilance", outcome.warnings),
        ):
            if items:
                text = "<br/>".join("• " + markup(i) for i in items)
                block.append(layout.rich(f"<i>{markup(title)}</i><br/>{text}", s.small))
        if outcome.remuneration:
            block.append(
                layout.rich(
                    layout.lead("Rémunération pendant la formation", markup(outcome.remuneration)), s.small
                )
            )
        block.append(Spacer(1, 5))
        content.append(KeepTogether(block))
    return layout.section("Dispositifs examinés", *content)


def _countdown(deadline: Deadline, today: date) -> str:
    if deadline.due is None:
        return TO_COMPLETE
    days = (deadline.due - today).days
    if days < 0:
        return f"dépassée de {-days} j"
    if days == 0:
        return "aujourd'hui"
    return f"J-{days}"


def _deadlines(doc: FundingSummary) -> list[Flowable]:
    rows: list[list[str | Flowable]] = []
    for deadline in sorted(doc.deadlines, key=lambda d: (d.due is None, d.due or doc.issued_on)):
        if deadline.window_start is not None:
            when = f"entre le {short_date(deadline.window_start)} et le {short_date(deadline.due)}"
        else:
            when = f"au plus tard le {short_date(deadline.due)}" if deadline.due else BLANK_LINE
        step = deadline.step + (f" — {deadline.note}" if deadline.note else "")
        rows.append([deadline.scheme or "—", step, when, _countdown(deadline, doc.issued_on)])
    content: list[Flowable] = [
        layout.grid(
            ["Dispositif", "Démarche", "Quand", "Délai"],
            rows,
            widths=[19, 44, 25, 12],
            empty=(
                "Aucune échéance calculée : indiquez la date de début de la formation."
                if doc.training.start is None
                else "Aucune échéance pour les dispositifs retenus."
            ),
        )
    ]
    if doc.training.start is None and rows:
        content.append(
            layout.para(
                "La date de début de la formation n'est pas connue : échéances à recalculer.",
                st.styles().muted,
            )
        )
    return layout.section("Échéances à respecter", *content)


def _documents(doc: FundingSummary) -> list[Flowable]:
    rows: list[list[str | Flowable]] = [
        [
            layout.rich(layout.checkbox(d.provided, d.label), st.styles().cell),
            d.scheme or "—",
            d.who or TO_COMPLETE,
        ]
        for d in doc.documents
    ]
    return [
        *layout.section(
            "Pièces à réunir",
            layout.grid(
                ["Pièce", "Pour", "Fournie par"],
                rows,
                widths=[56, 20, 24],
                empty="Aucune pièce listée.",
            ),
        ),
        Spacer(1, 2 * mm),
    ]
