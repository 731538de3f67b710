"""Notice d'information RGPD handed to the beneficiary when the case file is opened.

Says what the workbench records about the person, why, on which legal basis, who sees it, how long
it is kept, the person's rights and whom to contact (articles 13 and 14 of the GDPR). The structure's
name, contact for data protection and retention period come from its settings; a missing contact
is printed as a blank to fill in by hand, never left out.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from workbench.reports import assemble, layout
from workbench.reports import styles as st
from workbench.reports.inputs import PrivacyNotice
from workbench.reports.typography import TO_COMPLETE, french_date, markup, plural

TITLE = "Vos données personnelles"

RECORDED = (
    ("Identité et coordonnées", "nom, prénom, date de naissance, sexe, adresse, téléphone, courriel"),
    (
        "Situation professionnelle",
        "statut, contrat, emploi actuel, ancienneté, employeur, niveau de qualification, "
        "inscription à France Travail",
    ),
    (
        "Parcours et compétences",
        "expériences professionnelles et extra-professionnelles, compétences, formations",
    ),
    (
        "Accompagnement",
        "dates et comptes rendus des entretiens, pistes explorées, projet, plan d'action, suivi",
    ),
    (
        "Financement du projet",
        "éléments utiles aux dispositifs de financement (droits CPF, rémunération, dates)",
    ),
)

PURPOSES = (
    "vous accompagner dans le cadre du conseil en évolution professionnelle (CEP) et préparer avec vous les "
    "documents de votre projet ;",
    "vous recontacter pour le suivi de votre projet (à 1, 6 et 18 mois après la fin de l'accompagnement) ;",
    "établir des statistiques d'activité anonymes pour le pilotage du service et les comptes rendus aux "
    "financeurs du CEP (aucune donnée permettant de vous identifier n'est transmise).",
)

RIGHTS = (
    "accéder à vos données et en obtenir une copie ;",
    "les faire rectifier si elles sont inexactes ou incomplètes ;",
    "les faire effacer, ou en limiter l'utilisation ;",
    "vous opposer à leur utilisation, et retirer à tout moment votre accord pour les données qui en dépendent, "
    "sans que cela remette en cause l'accompagnement déjà réalisé ;",
    "recevoir les données que vous avez fournies dans un format lisible par une machine (portabilité).",
)


def build(doc: PrivacyNotice) -> bytes:
    s = st.styles()
    structure = doc.structure
    person = doc.beneficiary
    story: list[Flowable] = []
    story += layout.title_block(TITLE, "Notice d'information — conseil en évolution professionnelle")
    introduction = doc.introduction or assemble.privacy_introduction(structure)
    story.append(
        layout.para(f"{person.civility + ' ' if person.civility else ''}{person.full_name}, {introduction}")
    )

    story += layout.section(
        "Ce que nous enregistrons",
        layout.grid(["Catégorie", "Exemples"], [[c, e] for c, e in RECORDED], widths=[30, 70]),
        Spacer(1, 4),
        layout.para(
            "Certaines informations sont sensibles (par exemple une reconnaissance de travailleur handicapé, "
            "une exposition à des risques professionnels) : elles ne sont enregistrées qu'avec votre accord "
            "exprès et seulement si elles sont utiles à votre projet.",
            s.small,
        ),
    )
    if doc.sensitive_recorded:
        story.append(
            layout.para(
                "Informations sensibles enregistrées avec votre accord : "
                + ", ".join(doc.sensitive_recorded)
                + ".",
                s.small,
            )
        )

    story += layout.section("Pourquoi", *layout.bullets(PURPOSES))
    story.append(
        layout.para(
            "Base légale : l'exécution d'une mission d'intérêt public (le CEP, article L. 6111-6 du Code du "
            "travail) ; votre consentement pour les données sensibles.",
            s.small,
        )
    )

    story += layout.section("Qui y a accès", layout.para(doc.access or assemble.privacy_access(structure)))

    years = structure.retention_years
    story += layout.section(
        "Combien de temps",
        layout.para(
            f"Votre dossier est conservé {plural(years, 'an')} après notre dernier contact, puis supprimé "
            "définitivement. Vous pouvez demander sa suppression avant ce terme."
        ),
    )

    story += layout.section("Vos droits", *layout.bullets(RIGHTS))
    contact = structure.privacy_contact.strip()
    story.append(
        layout.rich(
            layout.lead("Pour exercer vos droits, contactez", layout.value(contact, TO_COMPLETE))
            + (
                f"<br/>{markup('ou votre conseiller·ère : ' + doc.counsellor.name)}"
                if doc.counsellor.name
                else ""
            ),
            s.body,
        )
    )
    story.append(
        layout.para(
            "Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez "
            "adresser une réclamation à la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris "
            "Cedex 07).",
            s.small,
        )
    )

    if doc.consent_given:
        consent = "Accord enregistré dans votre dossier" + (
            f" le {french_date(doc.consent_date)}" if doc.consent_date else ""
        )
        if doc.consent_scope:
            consent += f" pour : {doc.consent_scope}"
        consent += ". Vous pouvez le retirer à tout moment."
    else:
        consent = "Votre accord n'est pas encore enregistré dans le dossier : cochez les cases qui vous conviennent."
    boxes = layout.rich(
        "<br/>".join(
            layout.checkbox(ticked, text)
            for ticked, text in (
                (
                    doc.consent_given,
                    "J'ai reçu cette notice et j'accepte que les informations utiles à mon accompagnement soient "
                    "enregistrées dans mon dossier.",
                ),
                (
                    bool(doc.sensitive_recorded) and doc.consent_given,
                    "J'accepte que des informations sensibles utiles à mon projet (santé, handicap) y soient "
                    "enregistrées.",
                ),
                (
                    doc.sensitive_print_consent,
                    "J'accepte que ces informations sensibles figurent sur les documents que je choisis de "
                    "remettre (par exemple une demande de financement).",
                ),
            )
        ),
        s.body,
    )
    story += layout.section(
        "Votre accord",
        layout.para(consent),
        Spacer(1, 2),
        boxes,
        layout.signature_blocks(
            [
                ("Le ou la bénéficiaire", person.full_name),
                ("Le conseiller ou la conseillère", doc.counsellor.name),
            ],
            place_date=f"Remis le {french_date(doc.issued_on)}",
        ),
    )
    info = layout.DocumentInfo(
        title=f"{TITLE} — notice d'information",
        subject=f"Information sur le traitement des données personnelles — {person.full_name}",
        author=structure.name or doc.counsellor.name,
        issued_on=doc.issued_on,
        person=person.full_name,
        keywords=("RGPD", "données personnelles", "CEP"),
    )
    return layout.render(info, structure, story)
