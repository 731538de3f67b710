"""Document de synthèse: the formalised project at the end of UO2.1.

Situation, competences drawn from experiences, the jobs explored with the competences acquired and
to acquire (a bar chart, then the detail), the chosen project and its feasibility, the funding
plan, the action plan and the signatures of the beneficiary and the counsellor.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from workbench.reports import layout
from workbench.reports import styles as st
from workbench.reports.inputs import ChosenProject, Experience, ExploredJob, ProjectSynthesis
from workbench.reports.typography import (
    BLANK_LINE,
    TO_COMPLETE,
    euros,
    french_date,
    french_spacing,
    markup,
    months_text,
    or_blank,
    short_date,
)

TITLE = "Document de synthèse du projet professionnel"

_STATUS_COLOURS = {"favorable": st.GOOD, "à surveiller": st.WARN, "bloquant": st.BLANK}


def build(doc: ProjectSynthesis) -> bytes:
    s = st.styles()
    person = doc.beneficiary
    story: list[Flowable] = []
    story += layout.title_block(
        TITLE, "Conseil en évolution professionnelle — formalisation du projet (UO2.1)"
    )
    story.append(
        layout.fields_table(
            [
                ("Bénéficiaire", " ".join(p for p in (person.civility, person.full_name) if p)),
                ("Dossier n°", str(person.case_number) if person.case_number else ""),
                ("Conseiller·ère", doc.counsellor.name),
                (
                    "Accompagnement",
                    _accompaniment(doc),
                ),
            ]
        )
    )

    story += _situation(doc)
    story += _experiences(doc.experiences)
    story += _explored(doc.explored_jobs)
    story += _project(doc)
    story += _funding(doc)
    story += _action_plan(doc)

    story += layout.section(
        "Engagements et signatures",
        layout.para(
            "Ce document résume le projet construit ensemble au cours de l'accompagnement. Il appartient au "
            "bénéficiaire, qui peut le transmettre aux organismes de son choix (financeur, employeur, organisme "
            "de formation). Le conseiller s'engage à accompagner la mise en œuvre du plan d'action ; le "
            "bénéficiaire reste libre de ses choix.",
            s.small,
        ),
        layout.signature_blocks(
            [
                ("Le ou la bénéficiaire", person.full_name),
                (
                    "Le conseiller ou la conseillère",
                    ", ".join(p for p in (doc.counsellor.name, doc.structure.signature_line) if p),
                ),
            ],
            place_date=f"Le {french_date(doc.issued_on)}",
        ),
    )
    info = layout.DocumentInfo(
        title=TITLE,
        subject=f"Projet professionnel formalisé — {person.full_name}",
        author=doc.counsellor.name,
        issued_on=doc.issued_on,
        person=person.full_name,
        keywords=("CEP", "UO2.1", "synthèse", doc.project.rome_code),
    )
    return layout.render(info, doc.structure, story)


def _accompaniment(doc: ProjectSynthesis) -> str:
    parts = [doc.cep_level] if doc.cep_level else []
    if doc.first_meeting:
        parts.append(f"depuis le {french_date(doc.first_meeting)}")
    if doc.meetings_count:
        parts.append(f"{doc.meetings_count} entretien" + ("s" if doc.meetings_count > 1 else ""))
    return ", ".join(parts)


def _situation(doc: ProjectSynthesis) -> list[Flowable]:
    sit = doc.situation
    job = sit.current_job + (f" (ROME {sit.current_rome})" if sit.current_job and sit.current_rome else "")
    rows = [
        ("Situation", sit.employment_status),
        ("Contrat", sit.contract),
        ("Emploi actuel ou dernier emploi", job),
        ("Employeur", sit.employer),
        ("Ancienneté", months_text(sit.seniority_months)),
        ("Plus haut niveau de qualification", sit.qualification),
        ("Demande de départ", sit.request),
        ("Contraintes à prendre en compte", sit.constraints),
        ("Ressources mobilisables", sit.resources),
    ]
    return layout.section("1. Situation de départ", layout.fields_table(rows, label_width=58 * mm))


def _period(exp: Experience) -> str:
    if exp.start is None and exp.end is None and not exp.current:
        return BLANK_LINE
    start = f"{exp.start:%m/%Y}" if exp.start else "?"
    if exp.current:
        return f"depuis {start}"
    return f"{start} – {exp.end:%m/%Y}" if exp.end else f"{start} – ?"


def _experiences(experiences: tuple[Experience, ...]) -> list[Flowable]:
    s = st.styles()
    rows: list[list[str | Flowable]] = []
    for exp in experiences:
        title = exp.title + (f" — {exp.organisation}" if exp.organisation else "")
        if exp.kind != "professionnelle":
            title += f" ({exp.kind})"
        lines = ["• " + markup(c) for c in exp.competences]
        if exp.more_competences:
            lines.append(
                markup(f"et {exp.more_competences} autre" + ("s" if exp.more_competences > 1 else ""))
            )
        competences = layout.rich("<br/>".join(lines) if lines else layout.blank(TO_COMPLETE), s.cell)
        rows.append([title, _period(exp), competences])
    return layout.section(
        "2. Compétences issues des expériences",
        layout.grid(
            ["Expérience", "Période", "Compétences mobilisées"],
            rows,
            widths=[34, 14, 52],
            empty="Aucune expérience n'a été décrite : à compléter avec le ou la bénéficiaire.",
        ),
    )


def _chart(jobs: tuple[ExploredJob, ...]) -> Drawing:
    """Stacked horizontal bars: competences acquired and to acquire, one bar per explored job."""
    shown = jobs[:8]
    bar_height = 9 * mm
    height = len(shown) * bar_height + 24 * mm
    width = layout.CONTENT_WIDTH
    drawing = Drawing(width, height)
    # The drawing's initial state would otherwise select Times-Roman, which is not embedded.
    drawing.initialFontName = st.REGULAR
    drawing.initialFontSize = 8
    chart = HorizontalBarChart()
    chart.x = 62 * mm
    chart.y = 14 * mm
    chart.width = width - chart.x - 6 * mm
    chart.height = len(shown) * bar_height
    # Reportlab draws the first category at the bottom: reverse to read top-down.
    ordered = list(reversed(shown))
    chart.data = [[j.acquired_total for j in ordered], [j.to_acquire_total for j in ordered]]
    chart.categoryAxis.categoryNames = [_short(french_spacing(j.title), 38) for j in ordered]
    chart.categoryAxis.labels.fontName = st.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = st.RULE
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    most = max((j.acquired_total + j.to_acquire_total for j in shown), default=1)
    step = max(1, (most + 5) // 6)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, ((most + step - 1) // step) * step)
    chart.valueAxis.labels.fontName = st.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = st.RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = st.SHADE
    chart.bars[0].fillColor = st.ACCENT
    chart.bars[1].fillColor = st.ACCENT_LIGHT
    chart.bars.strokeColor = st.ACCENT
    chart.bars.strokeWidth = 0.4
    chart.barSpacing = 1
    chart.groupSpacing = 6
    drawing.add(chart)
    legend = Legend()
    legend.x = chart.x
    legend.y = 5 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = st.REGULAR
    legend.fontSize = 7.5
    legend.dx = legend.dy = 7
    legend.deltax = 60 * mm
    legend.colorNamePairs = [(st.ACCENT, "compétences acquises"), (st.ACCENT_LIGHT, "compétences à acquérir")]
    legend.strokeColor = st.ACCENT
    legend.strokeWidth = 0.4
    drawing.add(legend)
    drawing.add(
        String(
            0,
            height - 5 * mm,
            "Nombre de compétences du métier",
            fontName=st.BOLD,
            fontSize=8,
            fillColor=st.INK,
        )
    )
    return drawing


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _explored(jobs: tuple[ExploredJob, ...]) -> list[Flowable]:
    s = st.styles()
    content: list[Flowable] = []
    if not jobs:
        content.append(layout.rich(layout.blank("Aucune piste métier n'a été explorée : à compléter.")))
        return layout.section("3. Métiers explorés", *content)
    if any(j.acquired or j.to_acquire for j in jobs):
        content.append(_chart(jobs))
        if len(jobs) > 8:
            content.append(
                layout.para(f"Le graphique montre les 8 premières pistes sur {len(jobs)}.", s.muted)
            )
    for job in jobs:
        heading = job.title + (f" — ROME {job.rome_code}" if job.rome_code else "")
        facts = []
        if job.coverage is not None:
            facts.append(f"{round(job.coverage * 100)} % des compétences repérées sont déjà acquises")
        if job.score is not None:
            facts.append(f"proximité avec le profil : {round(job.score * 100)} %")
        if job.how_explored:
            facts.append(f"exploré par : {job.how_explored}")
        block: list[Flowable] = [layout.heading(heading, level=2)]
        if facts:
            block.append(layout.para(" ; ".join(facts) + ".", s.small))
        block.append(
            layout.grid(
                [
                    f"Compétences acquises ({job.acquired_total})",
                    f"Compétences à acquérir ({job.to_acquire_total})",
                ],
                [
                    [
                        _lines(job.acquired, job.acquired_total - len(job.acquired)),
                        _lines(job.to_acquire, job.to_acquire_total - len(job.to_acquire)),
                    ]
                ],
                widths=[50, 50],
            )
        )
        if job.conclusion:
            block.append(layout.rich(layout.lead("Conclusion", markup(job.conclusion)), s.small))
        content.append(KeepTogether(block))
    return layout.section("3. Métiers explorés", *content)


def _lines(items: tuple[str, ...], more: int = 0) -> Flowable:
    s = st.styles()
    if not items:
        return layout.rich(markup("Aucune"), s.cell)
    lines = ["• " + markup(i) for i in items]
    if more > 0:
        lines.append(f"<i>{markup(f'et {more} autre' + ('s' if more > 1 else ''))}</i>")
    return layout.rich("<br/>".join(lines), s.cell)


def _project(doc: ProjectSynthesis) -> list[Flowable]:
    s = st.styles()
    project = doc.project
    job = project.job_title + (
        f" (ROME {project.rome_code})" if project.job_title and project.rome_code else ""
    )
    content: list[Flowable] = [
        layout.fields_table(
            [
                ("Métier visé", job),
                ("Le projet", project.summary),
                ("Motivations", project.motivations),
                ("Stratégie retenue", project.strategy),
                ("Solution de repli (plan B)", project.plan_b),
            ],
            label_width=48 * mm,
        )
    ]
    content += _to_learn(project)
    training = project.training
    if training is not None:
        content.append(layout.heading("Formation visée", level=2))
        dates = (
            f"du {short_date(training.start)} au {short_date(training.end)}"
            if training.start or training.end
            else ""
        )
        content.append(
            layout.fields_table(
                [
                    ("Intitulé", training.title),
                    (
                        "Certification",
                        " — ".join(p for p in (training.certification_kind, training.rncp_code) if p),
                    ),
                    (
                        "Organisme",
                        " — ".join(p for p in (training.provider_name, training.provider_city) if p),
                    ),
                    ("Durée", f"{training.hours:g} heures" if training.hours else ""),
                    ("Dates", dates),
                    ("Coût pédagogique", euros(training.cost_pedagogical)),
                ],
                label_width=48 * mm,
            )
        )
    content.append(layout.heading("Faisabilité", level=2))
    verdict = project.feasibility_verdict
    content.append(
        layout.rich(layout.lead("Avis sur la faisabilité", layout.value(verdict, TO_COMPLETE)), s.body)
    )
    rows: list[list[str | Flowable]] = []
    for point in project.feasibility:
        colour = _STATUS_COLOURS.get(point.status)
        status = point.status or "à évaluer"
        status_cell = layout.rich(
            f'<font color="{colour.hexval().replace("0x", "#")}"><b>{markup(status)}</b></font>'
            if colour is not None
            else markup(status),
            s.cell,
        )
        rows.append([point.aspect, point.assessment, status_cell, point.reservation or "—"])
    content.append(
        layout.grid(
            ["Point examiné", "Constat", "Appréciation", "Réserves du conseiller"],
            rows,
            widths=[17, 38, 16, 29],
            empty="La faisabilité n'a pas encore été examinée point par point.",
        )
    )
    if project.reservations.strip():
        content.append(Spacer(1, 4))
        content.append(layout.rich(layout.lead("Réserves", markup(project.reservations)), s.body))
    return layout.section("4. Projet retenu et faisabilité", *content)


def _to_learn(project: ChosenProject) -> list[Flowable]:
    """« Pour aller vers … : ce qui reste à acquérir » — nothing without a target job."""
    if not project.target_title:
        return []
    s = st.styles()
    content: list[Flowable] = [
        layout.heading(f"Pour aller vers {project.target_title} : ce qui reste à acquérir", level=2)
    ]
    if not project.to_learn:
        content.append(
            layout.para("Les savoir-faire de ce métier dans le ROME sont tous repérés dans vos expériences.")
        )
        return content
    every_core = all(item.core for item in project.to_learn)  # then said once, not on every line
    content.append(
        layout.para(
            f"Les savoir-faire {'du cœur de métier' if every_core else 'du métier'} qui rapprocheraient le "
            "plus votre profil, d'après vos expériences et le référentiel ROME :",
            s.small,
        )
    )
    for item in project.to_learn:
        line = markup(item.label) + (" <i>(cœur de métier)</i>" if item.core and not every_core else "")
        if item.also_opens:
            others = "autre métier proche" if item.also_opens == 1 else "autres métiers proches"
            line += markup(f" — utile aussi pour {item.also_opens} {others}")
        content.append(Paragraph(line, s.bullet, bulletText="•"))
    more = project.to_learn_more
    if more:
        content.append(
            layout.rich(
                f"<i>{markup(f'et {more} autre' + ('s' if more > 1 else '') + ' savoir-faire à acquérir')}</i>",
                s.small,
            )
        )
    return [KeepTogether(content)]


def _funding(doc: ProjectSynthesis) -> list[Flowable]:
    rows: list[list[str | Flowable]] = [
        [line.scheme, euros(line.amount), line.status or TO_COMPLETE, line.note or "—"]
        for line in doc.funding
    ]
    content: list[Flowable] = [
        layout.grid(
            ["Financement", "Montant", "État", "Remarque"],
            rows,
            widths=[30, 16, 16, 38],
            empty="Aucun scénario de financement n'a encore été étudié.",
            right_columns=(1,),
        )
    ]
    funded = sum((line.amount for line in doc.funding if line.amount is not None), Decimal(0))
    total = doc.total_cost
    # The funding engine's remaining cost (the funding summary prints the same); else computed here.
    remaining = doc.remaining_cost
    if remaining is None and total is not None:
        remaining = max(total - funded, Decimal(0))
    content.append(Spacer(1, 4))
    content.append(
        layout.fields_table(
            [
                ("Coût total du parcours", euros(total)),
                ("Financements identifiés", euros(funded) if doc.funding else euros(None)),
                ("Reste à charge estimé", euros(remaining)),
            ],
            label_width=58 * mm,
        )
    )
    return layout.section("5. Plan de financement", *content)


def _action_plan(doc: ProjectSynthesis) -> list[Flowable]:
    rows: list[list[str | Flowable]] = [
        [
            step.action,
            or_blank(step.owner, TO_COMPLETE),
            short_date(step.due),
            step.status or "à faire",
            step.plan_b or "—",
        ]
        for step in doc.action_plan
    ]
    return layout.section(
        "6. Plan d'action",
        layout.grid(
            ["Action", "Qui", "Échéance", "État", "Si cela ne marche pas"],
            rows,
            widths=[32, 18, 13, 10, 27],
            empty="Le plan d'action reste à construire.",
        ),
    )
