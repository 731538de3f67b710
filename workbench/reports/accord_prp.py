"""Projet d'accord écrit de période de reconversion, in the spirit of CERFA n° 17613*01.

A preparatory document that mirrors the official form's five cadres (L'employeur, Le salarié, La
période de reconversion, La formation, Cadre réservé à l'OPCO) with every field of
``funding_rules.md`` §10.1, pre-filled from the case file. Missing information is printed as a line
to fill in. The internal and external variants differ in the employer cadre (for an external
period: the host company, plus the company of origin that signs) and in the external-only fields
(suspension and return terms, host contract, pay gap). The signed official CERFA is what the
employer files with the OPCO: the draft says so on its first page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from workbench.reports import layout
from workbench.reports import styles as st
from workbench.reports.inputs import Company, PrpAgreement
from workbench.reports.typography import (
    BLANK_DATE,
    BLANK_LINE,
    BLANK_SIRET,
    euros,
    french_date,
    markup,
    months_text,
    number,
    short_date,
    yes_no,
)

TITLE = "Projet d'accord écrit de période de reconversion"
CERFA = "CERFA n° 17613*01"

# What is known of the official form (funding_rules.md §10.1): « C » a field of the published
# description of the form, « S » content the agreement must hold according to the sources (its place on
# the form is inferred), « A » assumed by analogy with other OPCO forms. Printed beside each field.
MARKS = {"C": "●", "S": "◐", "A": "○"}
LEGEND = (
    "● champ du formulaire officiel ; ◐ mention exigée pour l'accord (place sur le formulaire à vérifier) ; "
    "○ champ supposé, par analogie avec les autres formulaires des OPCO."
)
_STATUS = {
    "Période de reconversion": "C",
    "Dénomination ou raison sociale": "A",
    "SIRET": "A",
    "Adresse": "A",
    "Téléphone, courriel": "A",
    "Code NAF / APE": "A",
    "Effectif salarié": "A",
    "Code IDCC (convention collective)": "A",
    "OPCO compétent": "S",
    "Dénomination": "S",
    "OPCO de l'entreprise d'origine": "S",
    "Nom de naissance": "A",
    "Nom d'usage": "A",
    "Prénom(s)": "A",
    "Sexe": "A",
    "Date de naissance": "A",
    "N° de sécurité sociale (NIR)": "A",
    "Téléphone": "A",
    "Courriel": "A",
    "Contrat de travail en cours": "S",
    "Date d'embauche": "S",
    "Dernier emploi occupé": "C",
    "Ancienneté sur le dernier emploi occupé": "C",
    "RQTH ou droits assimilés": "C",
    "Plus haut diplôme ou niveau de qualification": "A",
    "Rémunération mensuelle brute actuelle": "S",
    "Date de début": "S",
    "Date de fin": "S",
    "Emploi ou qualification visé": "A",
    "Organisme de formation": "A",
    "SIRET de l'organisme": "A",
    "N° de déclaration d'activité": "A",
    "Certification visée (type)": "S",
    "Intitulé": "S",
    "Code RNCP / blocs de compétences": "A",
    "Durée totale de la formation": "S",
    "Dates de début et de fin des actions de formation": "S",
    "Coût pédagogique": "A",
    "Montant de prise en charge demandé": "A",
    "Convention de formation": "S",
    "Date de réception": "A",
    "N° de dépôt": "A",
    "Décision": "A",
    "Montant pris en charge": "A",
}


def build(doc: PrpAgreement) -> bytes:
    s = st.styles()
    external = doc.mode == "externe"
    story: list[Flowable] = []
    subtitle = "Document préparatoire — " + (
        "période de reconversion externe"
        if external
        else "période de reconversion interne"
        if doc.mode
        else "variante à choisir"
    )
    story += layout.title_block(TITLE, subtitle)
    story.append(
        layout.notice(
            f"Ce projet reprend la structure du formulaire officiel {CERFA} (accord écrit prévu à l'article "
            "L. 6324-3 du Code du travail) pour préparer sa saisie. Seul le formulaire officiel, signé par le "
            "salarié et l'employeur, est transmis à l'OPCO, avec la convention de formation"
            + (" et le contrat de travail conclu avec l'entreprise d'accueil" if external else "")
            + ", dans les 30 jours qui précèdent le début de la période. Les zones « "
            + BLANK_LINE
            + " » sont à compléter."
        )
    )
    story.append(layout.para(LEGEND, s.muted))
    story.extend(
        _cadre(
            "Type de période de reconversion",
            [
                (
                    "Période de reconversion",
                    layout.choice([("interne", doc.mode == "interne"), ("externe", external)]),
                )
            ],
        )
    )

    # L'employeur: the company where the period takes place (the host company when external).
    where = doc.host_company if external else doc.origin_company
    employer_rows = _company_rows(where)
    if external:
        employer_rows.append(("", "<b>" + markup("Entreprise d'origine (signataire de l'accord)") + "</b>"))
        employer_rows += [
            ("Dénomination", layout.value(doc.origin_company.name)),
            ("SIRET", layout.value(doc.origin_company.siret, BLANK_SIRET)),
            ("OPCO de l'entreprise d'origine", layout.value(doc.origin_company.opco)),
        ]
    title = "Cadre 1 — L'employeur" + (
        " (entreprise d'accueil, où se déroule la période)" if external else ""
    )
    story.extend(_cadre(title, employer_rows))

    e = doc.employee
    p = e.person
    if e.rqth_consent:
        rqth = layout.choice([("oui", e.rqth is True), ("non", e.rqth is False)])
    else:
        rqth = layout.blank("À renseigner par le salarié")
    employee_rows = [
        ("Nom de naissance", layout.value(p.birth_name or p.last_name)),
        ("Nom d'usage", layout.value(e.usage_name, "—") if e.usage_name else markup("—")),
        ("Prénom(s)", layout.value(p.first_name)),
        ("Sexe", layout.choice([("féminin", p.sex == "F"), ("masculin", p.sex == "M")])),
        ("Date de naissance", layout.value(short_date(p.birth_date))),
        ("N° de sécurité sociale (NIR)", layout.value(e.nir, "À renseigner sur le formulaire officiel")),
        ("Adresse", layout.value(_address(p.address, p.postal_code, p.city))),
        ("Téléphone", layout.value(p.phone)),
        ("Courriel", layout.value(p.email)),
        ("Contrat de travail en cours", layout.value(e.contract_type)),
        ("Date d'embauche", layout.value(short_date(e.hire_date))),
        (
            "Dernier emploi occupé",
            layout.value(
                e.last_job + (f" (ROME {e.last_job_rome})" if e.last_job and e.last_job_rome else "")
            ),
        ),
        ("Ancienneté sur le dernier emploi occupé", layout.value(months_text(e.months_in_last_job))),
        ("RQTH ou droits assimilés", rqth),
        ("Plus haut diplôme ou niveau de qualification", layout.value(e.qualification)),
        ("Rémunération mensuelle brute actuelle", layout.value(euros(e.monthly_gross_pay))),
    ]
    story.extend(_cadre("Cadre 2 — Le salarié", employee_rows))

    target = doc.target_job + (f" (ROME {doc.target_rome})" if doc.target_job and doc.target_rome else "")
    duration = ""
    if doc.start and doc.end:
        duration = f" — {months_text((doc.end - doc.start).days / 30.4375)}"
    period_rows = [
        ("Date de début", layout.value(short_date(doc.start))),
        ("Date de fin", layout.value(short_date(doc.end)) + markup(duration)),
        ("Emploi ou qualification visé", layout.value(target)),
        (
            "Modalités d'organisation (alternance formation / activité, temps de travail)",
            layout.value(doc.organisation),
        ),
        (
            "Mise en situation en milieu professionnel préalable",
            layout.choice([("oui", doc.immersion is True), ("non", doc.immersion is False)])
            + (f" — {markup(doc.immersion_dates)}" if doc.immersion and doc.immersion_dates else ""),
        ),
        (
            "Recours au CEP sur le temps de travail",
            layout.choice(
                [("oui", doc.cep_on_working_time is True), ("non", doc.cep_on_working_time is False)]
            ),
        ),
        (
            "Validation des acquis de l'expérience (VAE)",
            layout.choice([("oui", doc.vae is True), ("non", doc.vae is False)]),
        ),
        (
            "Acquisition d'un savoir-faire en entreprise",
            layout.choice([("oui", doc.company_know_how is True), ("non", doc.company_know_how is False)]),
        ),
        (
            "Cadre de mise en œuvre (accord de branche, accord d'entreprise, décision unilatérale)",
            layout.value(doc.framework),
        ),
    ]
    if external:
        host_contract = doc.host_contract_type
        if host_contract and doc.host_contract_months:
            host_contract += f" de {months_text(doc.host_contract_months)}"
        period_rows += [
            ("", f"<b>{markup('Période de reconversion externe')}</b>"),
            ("Modalités de suspension du contrat de travail", layout.value(doc.suspension_terms)),
            (
                "Modalités de retour dans l'entreprise d'origine en cas de rupture pendant la période d'essai",
                layout.value(doc.return_terms)
                + "<br/>"
                + markup(
                    "(poste identique ou équivalent, rémunération au moins égale à la rémunération antérieure)"
                ),
            ),
            (
                "Contrat avec l'entreprise d'accueil (CDI, ou CDD d'au moins 6 mois)",
                layout.value(host_contract),
            ),
            ("Durée de la période d'essai", layout.value(months_text(doc.host_trial_period_months))),
            ("Prise en charge de l'écart de rémunération", layout.value(doc.pay_gap_coverage)),
        ]
    cpf = layout.choice([("oui", doc.cpf_mobilised is True), ("non", doc.cpf_mobilised is False)])
    if doc.cpf_mobilised:
        cpf += " — " + layout.lead("montant", layout.value(euros(doc.cpf_amount)))
        cpf += " — " + layout.lead("accord du salarié", layout.value(yes_no(doc.cpf_consent)))
    period_rows.append(
        (
            "Mobilisation du compte personnel de formation"
            + (" (jusqu'à 50 % des droits)" if doc.mode == "interne" else ""),
            cpf,
        )
    )
    story.extend(_cadre("Cadre 3 — La période de reconversion", period_rows))

    t = doc.training
    training_rows = [
        ("Organisme de formation", layout.value(t.provider_name)),
        ("SIRET de l'organisme", layout.value(t.provider_siret, BLANK_SIRET)),
        ("N° de déclaration d'activité", layout.value(t.provider_nda, "☐☐☐☐☐☐☐☐☐☐☐")),
        ("Certification visée (type)", layout.value(t.certification_kind)),
        ("Intitulé", layout.value(t.title)),
        (
            "Code RNCP / blocs de compétences",
            layout.value(" — ".join(x for x in (t.rncp_code, t.bloc_codes) if x)),
        ),
        ("Durée totale de la formation", layout.value(number(t.hours, "heures"))),
        (
            "Dates de début et de fin des actions de formation",
            f"du {layout.value(short_date(t.start))} au {layout.value(short_date(t.end))}",
        ),
        ("Coût pédagogique", layout.value(euros(t.cost_pedagogical))),
        ("Montant de prise en charge demandé", layout.value(euros(doc.amount_requested))),
        ("Convention de formation", markup("annexée au présent accord")),
    ]
    story.extend(_cadre("Cadre 4 — La formation", training_rows))

    story.append(
        layout.para(
            f"Projet préparé le {french_date(doc.issued_on)} avec l'appui du conseil en évolution professionnelle"
            + (f" ({doc.structure.name})" if doc.structure.name else "")
            + ". Les informations relatives à la santé (RQTH) ne figurent dans ce projet qu'avec l'accord du salarié.",
            s.muted,
        )
    )
    place = doc.signature_place or BLANK_LINE
    story.append(CondPageBreak(60 * mm))
    story.append(layout.heading("Signatures"))
    story.append(
        layout.signature_blocks(
            [
                ("Le salarié", p.full_name),
                (
                    "L'employeur" + (" (entreprise d'origine)" if external else ""),
                    _signatory(doc.origin_company),
                ),
            ],
            place_date=f"Fait à {place}, le {BLANK_DATE}",
        )
    )
    story.append(Spacer(1, 6))
    opco_rows = [
        ("Date de réception", markup(BLANK_LINE)),
        ("N° de dépôt", markup(BLANK_LINE)),
        (
            "Décision",
            f"{layout.checkbox(None, 'accord')}&nbsp;&nbsp;&nbsp;{layout.checkbox(None, 'refus')} — le {BLANK_LINE}",
        ),
        ("Montant pris en charge", markup(BLANK_LINE)),
    ]
    story.extend(_cadre("Cadre 5 — Cadre réservé à l'OPCO", opco_rows, shaded=True))
    person = p.full_name
    info = layout.DocumentInfo(
        title=TITLE,
        subject=f"Projet d'accord de période de reconversion {doc.mode or ''} ({CERFA}) — {person}".replace(
            "  ", " "
        ),
        author=doc.structure.name,
        issued_on=doc.issued_on,
        person=person,
        keywords=("période de reconversion", CERFA, doc.mode or ""),
    )
    return layout.render(info, doc.structure, story)


def _address(address: str, postal_code: str, city: str) -> str:
    town = " ".join(x for x in (postal_code, city) if x)
    return ", ".join(x for x in (address, town) if x)


def _signatory(company: Company) -> str:
    return f"pour {company.name}, nom et qualité du signataire : {BLANK_LINE}" if company.name else ""


def _company_rows(company: Company) -> list[tuple[str, str]]:
    contact = " · ".join(x for x in (company.phone, company.email) if x)
    return [
        ("Dénomination ou raison sociale", layout.value(company.name)),
        ("SIRET", layout.value(company.siret, BLANK_SIRET)),
        ("Adresse", layout.value(_address(company.address, company.postal_code, company.city))),
        ("Téléphone, courriel", layout.value(contact)),
        ("Code NAF / APE", layout.value(company.naf)),
        (
            "Effectif salarié",
            layout.value(number(company.headcount) if company.headcount is not None else ""),
        ),
        ("Code IDCC (convention collective)", layout.value(company.idcc)),
        ("OPCO compétent", layout.value(company.opco)),
    ]


def _cadre(title: str, rows: list[tuple[str, str]], shaded: bool = False) -> list[Flowable]:
    """One cadre of the form: a titled box of label / value rows (values are markup), each field
    marked with what is known of it on the official form."""
    s = st.styles()
    data = [[layout.rich(f"<b>{markup(title)}</b>", s.cell_head), "", ""]]
    for label, value in rows:
        if not label:  # a sub-heading inside the cadre
            data.append([layout.rich(value, s.cell), "", ""])
        else:
            mark = MARKS[_STATUS.get(label, "S")]
            data.append([layout.para(mark, s.label), layout.para(label, s.label), layout.rich(value, s.cell)])
    widths = [5 * mm, 66 * mm, layout.CONTENT_WIDTH - 71 * mm]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT_LIGHT),
        ("BOX", (0, 0), (-1, -1), 0.8, st.ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, st.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, (label, _value) in enumerate(rows, start=1):
        if not label:
            commands.append(("SPAN", (0, index), (-1, index)))
    commands.append(("RIGHTPADDING", (0, 0), (0, -1), 0))
    if shaded:
        commands.append(("BACKGROUND", (0, 1), (-1, -1), st.SHADE))
    table.setStyle(layout.table_style(commands))
    # Short cadres stay whole; a long one may split, its title row repeated on the next page.
    return [KeepTogether([table]) if len(rows) <= 12 else table, Spacer(1, 8)]
