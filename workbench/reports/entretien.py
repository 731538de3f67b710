"""Compte rendu d'entretien: what the beneficiary takes home after a CEP meeting.

Written to the person (« vous »), in plain French: what was discussed, the information given and
where to find it again, what was decided, the next steps with their dates, and whom to contact.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from workbench.reports import layout
from workbench.reports import styles as st
from workbench.reports.inputs import MeetingReport
from workbench.reports.typography import TO_COMPLETE, french_date, markup, or_blank, plural, short_date

TITLE = "Compte rendu d'entretien"

_LEVELS = {
    "UO1": "premier niveau de conseil personnalisé (UO1)",
    "UO2.1": "accompagnement à la formalisation du projet (UO2.1)",
    "UO2.2": "accompagnement à la mise en œuvre du projet (UO2.2)",
}


def build(report: MeetingReport) -> bytes:
    s = st.styles()
    person = report.beneficiary
    story: list[Flowable] = []
    when = french_date(report.meeting_date) if report.meeting_date else None
    subtitle = "Conseil en évolution professionnelle"
    if report.cep_level:
        subtitle += " — " + _LEVELS.get(report.cep_level, report.cep_level)
    story += layout.title_block(TITLE, subtitle)

    duration = plural(report.duration_minutes, "minute") if report.duration_minutes else ""
    story.append(
        layout.fields_table(
            [
                ("Bénéficiaire", " ".join(p for p in (person.civility, person.full_name) if p)),
                ("Dossier n°", str(person.case_number) if person.case_number else ""),
                ("Date de l'entretien", when),
                ("Modalité et lieu", " — ".join(p for p in (report.mode, report.place) if p)),
                ("Durée", duration),
                ("Entretien n°", str(report.meeting_number) if report.meeting_number else ""),
                ("Conseiller·ère", report.counsellor.name),
            ]
        )
    )
    story.append(Spacer(1, 4))

    if report.request.strip():
        story += layout.section("Votre demande", layout.para(report.request))

    discussed: list[Flowable] = []
    if report.topics:
        discussed.append(
            layout.para("Thèmes abordés : " + ", ".join(t.lower() for t in report.topics) + ".", s.small)
        )
    if report.summary.strip():
        discussed.append(layout.para(report.summary))
    story += layout.section(
        "Ce dont nous avons parlé", *(discussed or [layout.rich(layout.blank(TO_COMPLETE))])
    )

    info_rows = [
        [item.subject, item.detail, item.where_to_find or "—"]
        for item in report.information
        if item.subject.strip()
    ]
    story += layout.section(
        "Les informations que nous vous avons données",
        layout.grid(
            ["Sujet", "Ce qu'il faut retenir", "Pour en savoir plus"],
            info_rows,
            widths=[26, 46, 28],
            empty="Aucune information particulière n'a été notée pour cet entretien.",
        ),
    )

    story += layout.section(
        "Ce que nous avons décidé ensemble",
        *layout.bullets(report.decisions, empty="Aucune décision n'a été notée pour cet entretien."),
    )

    step_rows = [
        [
            step.action,
            or_blank(step.owner, TO_COMPLETE),
            short_date(step.due),
            "fait" if step.done else "à faire",
        ]
        for step in report.next_steps
        if step.action.strip()
    ]
    next_steps: list[Flowable] = [
        layout.grid(
            ["Étape", "Qui", "Pour le", "État"],
            step_rows,
            widths=[56, 20, 14, 10],
            empty="Aucune étape n'a été fixée : à définir au prochain contact.",
        )
    ]
    if report.next_meeting is not None:
        mode = f" {report.next_meeting_mode}" if report.next_meeting_mode else ""
        next_steps.append(Spacer(1, 6))
        next_steps.append(
            layout.rich(
                layout.lead(
                    "Prochain rendez-vous", markup(french_date(report.next_meeting, weekday=True) + mode)
                )
            )
        )
    else:
        next_steps.append(Spacer(1, 6))
        next_steps.append(layout.rich(layout.lead("Prochain rendez-vous", layout.blank(TO_COMPLETE))))
    story += layout.section("Les prochaines étapes", *next_steps)

    counsellor = report.counsellor
    structure = report.structure
    role = counsellor.role or structure.signature_line or "Conseiller·ère en évolution professionnelle"
    phone = counsellor.phone or structure.phone
    email = counsellor.email or structure.email
    contact = [
        f"<b>{layout.value(counsellor.name)}</b> — {markup(role)}",
        f"{layout.lead('Téléphone', layout.value(phone))} · {layout.lead('Courriel', layout.value(email))}",
        layout.value(structure.name),
    ]
    story += layout.section(
        "Pour nous joindre",
        layout.rich("<br/>".join(contact)),
        Spacer(1, 4),
        layout.para(
            "Le conseil en évolution professionnelle est gratuit et confidentiel. Vous pouvez revenir vers "
            "nous à tout moment, y compris si votre projet évolue ou rencontre une difficulté. Ce compte rendu "
            "vous appartient : signalez-nous toute erreur ou tout oubli.",
            s.muted,
        ),
    )
    info = layout.DocumentInfo(
        title=f"{TITLE} du {when}" if when else TITLE,
        subject=f"Compte rendu d'entretien CEP — {person.full_name}",
        author=counsellor.name,
        issued_on=report.issued_on,
        person=person.full_name,
        keywords=("CEP", "compte rendu", report.cep_level),
    )
    return layout.render(info, report.structure, story)
