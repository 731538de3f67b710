"""The glossary of acronyms, printed for the person: each acronym, its full name, what it means."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbench.core.glossary import Term
from workbench.reports import layout
from workbench.reports import styles as st
from workbench.reports.inputs import StructureSettings
from workbench.reports.typography import markup

TITLE = "Les sigles de votre accompagnement"


def build(terms: Sequence[Term], structure: StructureSettings, today: date) -> bytes:
    s = st.styles()
    story: list[Flowable] = []
    story += layout.title_block(TITLE, "Conseil en évolution professionnelle — glossaire")
    story.append(
        layout.para(
            "Les dispositifs de formation et d'emploi ont beaucoup de sigles. Voici ce que veulent dire ceux "
            "que vous entendrez pendant votre accompagnement. N'hésitez pas à demander à votre conseiller ou "
            "votre conseillère de vous les réexpliquer."
        )
    )
    story.append(Spacer(1, 6))
    for term in terms:
        story.append(
            KeepTogether(
                [
                    layout.rich(f"<b>{markup(term.term)}</b> — {markup(term.name)}", s.body),
                    layout.para(term.text, s.body),
                    Spacer(1, 4),
                ]
            )
        )
    info = layout.DocumentInfo(
        title=TITLE,
        subject="Glossaire des sigles du conseil en évolution professionnelle",
        author=structure.name,
        issued_on=today,
        keywords=("CEP", "glossaire"),
    )
    return layout.render(info, structure, story)
