"""Attestation de suivi CEP: what a third party may know (Transitions Pro commission, training body,
employer): the person followed, the dates, the levels of the CEP, the project worked on.

Nothing private: no meeting notes, no health, no personal constraint, no funding detail. The person
chooses to hand it over.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from workbench.reports import layout
from workbench.reports import styles as st
from workbench.reports.inputs import Attestation
from workbench.reports.typography import BLANK_TEXT, french_date, plural, short_date

TITLE = "Attestation de suivi en conseil en évolution professionnelle"


def build(doc: Attestation) -> bytes:
    s = st.styles()
    person = doc.beneficiary
    structure = doc.structure
    story: list[Flowable] = []
    story += layout.title_block(
        TITLE, "Conseil en évolution professionnelle (article L. 6111-6 du Code du travail)"
    )
    who = " ".join(p for p in (person.civility, person.full_name) if p)
    birth = f", né·e le {french_date(person.birth_date)}" if person.birth_date else ""
    counsellor = doc.counsellor.name or BLANK_TEXT
    issuer = structure.name or "la structure soussignée"
    story.append(
        layout.para(
            f"Je soussigné·e {counsellor}, {doc.counsellor.role or structure.signature_line or 'conseiller·ère en évolution professionnelle'} "
            f"de {issuer}, atteste que {who}{birth} "
            + (
                f"a été accompagné·e dans le cadre du conseil en évolution professionnelle du "
                f"{french_date(doc.meeting_days[0])} au {french_date(doc.closed_on)}"
                if doc.closed_on and doc.meeting_days
                else "est accompagné·e dans le cadre du conseil en évolution professionnelle"
                + (f" depuis le {french_date(doc.meeting_days[0])}" if doc.meeting_days else "")
            )
            + "."
        )
    )
    story.append(Spacer(1, 4))
    rows: list[list[str | Flowable]] = [
        [
            f"{level.level} — {level.title}",
            short_date(level.start),
            short_date(level.end) if level.end else "en cours",
        ]
        for level in doc.levels
    ]
    story += layout.section(
        "Niveaux d'accompagnement",
        layout.grid(
            ["Niveau du CEP", "Du", "Au"],
            rows,
            widths=[64, 18, 18],
            empty="Le parcours n'a pas encore commencé.",
        ),
    )
    if doc.meeting_days:
        days = ", ".join(short_date(d) for d in doc.meeting_days)
        story.append(Spacer(1, 4))
        story.append(layout.para(f"{plural(len(doc.meeting_days), 'entretien')} : {days}.", s.small))
    project_rows = [("Projet travaillé", doc.project)]
    if doc.project_summary:
        project_rows.append(("En quelques mots", doc.project_summary))
    if doc.training:
        project_rows.append(("Formation visée", doc.training))
    story += layout.section("Le projet", layout.fields_table(project_rows, label_width=44 * mm))
    story.append(Spacer(1, 6))
    story.append(
        layout.para(
            "Cette attestation est remise à la personne, à sa demande, pour être transmise"
            + (f" à {doc.recipient}" if doc.recipient else " à l'organisme de son choix")
            + ". Elle ne contient aucune information sur le contenu des entretiens, qui restent confidentiels.",
            s.muted,
        )
    )
    story.append(
        layout.signature_blocks(
            [("Le conseiller ou la conseillère", ", ".join(p for p in (doc.counsellor.name, issuer) if p))],
            place_date=f"Fait le {french_date(doc.issued_on)}",
        )
    )
    info = layout.DocumentInfo(
        title=TITLE,
        subject=f"Attestation de suivi CEP — {person.full_name}",
        author=doc.counsellor.name or structure.name,
        issued_on=doc.issued_on,
        person=person.full_name,
        keywords=("CEP", "attestation"),
    )
    return layout.render(info, structure, story)
