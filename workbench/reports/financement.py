"""Funding summary for one target training: which schemes, how much, what is left, by when, with what.

Written to the person: a first-page table (each scheme, its verdict, amount, next step and first
date), the plan proposed and what is left to pay (the funding engine's figures, the same as the
synthèse's), one list of the questions still open (in « vous », each once), then what to know,
the deadlines and the documents of the schemes of that plan only. The engine's wording meant for
the counsellor (sources, interpretations) is left out, and sensitive conditions are printed only
with the person's consent (``case_file.funding_inputs``).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from workbench.reports import assemble, layout
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
    certification = " — ".join(p for p in (t.certification_kind, t.rncp_code, t.bloc_codes) if p)
    story.append(
        layout.fields_table(
            [
                ("Bénéficiaire", " ".join(p for p in (person.civility, person.full_name) if p)),
                ("Métier visé", doc.target_job),
                ("Formation", " — ".join(p for p in (t.title, certification) if p)),
                (
                    "Organisme, durée, dates",
                    " — ".join(
                        p
                        for p in (
                            " ".join(x for x in (t.provider_name, t.provider_city) if x),
                            number(t.hours, "heures") if t.hours else "",
                            dates,
                        )
                        if p
                    ),
                ),
                (
                    "Coût",
                    f"{euros(t.cost_pedagogical)} de coût pédagogique"
                    + (f", {euros(t.other_costs)} de frais annexes" if t.other_costs else ""),
                ),
            ]
        )
    )
    story += _overview(doc)

    # The plan and what is left to pay: the answer the person came for.
    plan_rows: list[list[str | Flowable]] = [
        [line.scheme, euros(line.amount), line.status or TO_COMPLETE, line.note or "—"] for line in doc.plan
    ]
    remaining = doc.remaining_cost
    summary = [
        ("Coût total de la formation", euros(doc.total_cost)),
        ("Total des financements du plan", euros(doc.funded) if doc.plan else euros(None)),
        ("Reste à charge estimé", euros(remaining)),
    ]
    story.append(CondPageBreak(70 * mm))  # the plan and its total stay with their heading
    story += layout.section(
        "Plan de financement proposé",
        KeepTogether(
            [
                layout.grid(
                    ["Financement", "Montant", "État", "Remarque"],
                    plan_rows,
                    widths=[30, 16, 16, 38],
                    empty="Aucun plan de financement n'a encore été construit.",
                    right_columns=(1,),
                ),
                Spacer(1, 4),
                layout.fields_table(summary, label_width=60 * mm),
            ]
        ),
    )
    if remaining is not None and remaining > 0:
        advice = doc.remaining_advice or assemble.REMAINING_ADVICE
        story.append(layout.notice(f"Il vous resterait {euros(remaining)} à payer : {advice}"))
    story += _questions(doc)
    story += _retained(doc.outcomes)
    story += _deadlines(doc)
    story += _documents(doc)
    story.append(Spacer(1, 8))
    note = (
        "Cette synthèse est indicative : elle applique les règles de financement connues à la date du document "
        "et ne vaut pas accord. Chaque financeur décide au vu du dossier complet."
    )
    story.append(layout.para(note, s.muted))
    info = layout.DocumentInfo(
        title=TITLE,
        subject=f"Financements possibles pour « {t.title or 'la formation visée'} » — {person.full_name}",
        author=doc.counsellor.name,
        issued_on=doc.issued_on,
        person=person.full_name,
        keywords=("CEP", "financement", t.title, doc.rules_version),
    )
    return layout.render(info, doc.structure, story)


def _ranked(outcomes: tuple[SchemeOutcome, ...]) -> list[SchemeOutcome]:
    return sorted(outcomes, key=lambda o: _ORDER.index(o.verdict) if o.verdict in _ORDER else len(_ORDER))


def _verdict_cell(outcome: SchemeOutcome) -> Flowable:
    colour = _VERDICT_COLOURS.get(outcome.verdict, st.MUTED).hexval().replace("0x", "#")
    label = VERDICTS.get(outcome.verdict, outcome.verdict)
    return layout.rich(f'<font color="{colour}"><b>{markup(label)}</b></font>', st.styles().cell)


def _overview(doc: FundingSummary) -> list[Flowable]:
    """The first-page table: each scheme, its verdict, its amount, the next step and its date."""
    shown = [o for o in _ranked(doc.outcomes) if o.verdict != "superseded"]
    if not shown:
        return layout.section(
            "En résumé",
            layout.rich(layout.blank("Aucun scénario de financement n'a encore été étudié pour ce dossier.")),
        )
    open_ = [o for o in shown if o.verdict != "not_eligible"]
    closed = [o for o in shown if o.verdict == "not_eligible"]
    rows: list[list[str | Flowable]] = [
        [
            o.name,
            _verdict_cell(o),
            euros(o.amount) if o.amount is not None else "—",
            o.next_step or "—",
            short_date(o.deadline) if o.deadline else "—",
        ]
        for o in open_
    ]
    content: list[Flowable] = [
        layout.grid(
            ["Dispositif", "Verdict", "Montant", "Prochaine étape", "Date limite"],
            rows,
            widths=[30, 13, 14, 30, 13],
            empty="Aucun dispositif ne s'ouvre pour l'instant : les questions ci-dessous peuvent changer cela.",
            right_columns=(2,),
        )
    ]
    if closed:
        content.append(Spacer(1, 3))
        content.append(
            layout.para(
                "Non mobilisables dans votre situation : "
                + ", ".join(o.acronym or o.name for o in closed)
                + ".",
                st.styles().small,
            )
        )
    return layout.section("En résumé", *content)


def _questions(doc: FundingSummary) -> list[Flowable]:
    if not doc.questions:
        return []
    return layout.section(
        "Les questions à éclaircir",
        layout.para(
            "Vos réponses permettront de confirmer les dispositifs encore à compléter.", st.styles().small
        ),
        *layout.bullets(doc.questions),
    )


def _retained(outcomes: tuple[SchemeOutcome, ...]) -> list[Flowable]:
    """What to know about each scheme still open: decisions awaited, points to watch, pay."""
    s = st.styles()
    content: list[Flowable] = []
    for outcome in _ranked(outcomes):
        if not outcome.retained or outcome.verdict in ("not_eligible", "superseded"):
            continue
        parts = [
            (title, items)
            for title, items in (
                ("Décisions attendues", outcome.pending),
                ("Points de vigilance", outcome.warnings),
            )
            if items
        ]
        if not parts and not outcome.remuneration:
            continue
        block: list[Flowable] = [layout.rich(f"<b>{markup(outcome.name)}</b>", s.body)]
        for title, items in parts:
            text = "<br/>".join("• " + markup(i) for i in items)
            block.append(layout.rich(f"<i>{markup(title)}</i><br/>{text}", s.small))
        if outcome.remuneration:
            block.append(
                layout.rich(
                    layout.lead("Rémunération pendant la formation", markup(outcome.remuneration)), s.small
                )
            )
        block.append(Spacer(1, 4))
        content.append(KeepTogether(block))
    return layout.section("À savoir sur les dispositifs retenus", *content) if content else []


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
                "Aucune échéance calculée : la date de début de la formation n'est pas encore connue."
                if doc.training.start is None
                else "Aucune échéance pour les dispositifs retenus."
            ),
        )
    ]
    if doc.training.start is None and rows:
        content.append(
            layout.para(
                "La date de début de la formation n'est pas encore connue : ces échéances seront recalculées.",
                st.styles().muted,
            )
        )
    return layout.section("Échéances à respecter", *content)


def _documents(doc: FundingSummary) -> list[Flowable]:
    rows: list[list[str | Flowable]] = [
        [layout.rich(layout.checkbox(d.provided, d.label), st.styles().cell), d.scheme or "—"]
        for d in doc.documents
    ]
    return [
        *layout.section(
            "Pièces à réunir",
            layout.grid(
                ["Pièce", "Pour"],
                rows,
                widths=[80, 20],
                empty="Aucune pièce listée.",
            ),
        ),
        Spacer(1, 2 * mm),
    ]
