"""Every document read back: content, metadata, embedded fonts, pages, blanks, identical bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pdfcheck import read

from tests import stored_demo as rich_case
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.reports import (
    accord_prp,
    assemble,
    attestation,
    demo_case,
    entretien,
    financement,
    notice_rgpd,
    synthese,
)
from workbench.reports.inputs import ExploredJob, StructureSettings
from workbench.reports.kinds import KINDS
from workbench.reports.typography import euros

TODAY = date(2026, 11, 24)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _all_samples() -> dict[str, bytes]:
    return {
        "entretien": entretien.build(rich_case.meeting_uo1(TODAY)),
        "synthese": synthese.build(rich_case.synthesis(TODAY)),
        "financement": financement.build(rich_case.funding_summary(TODAY)),
        "accord-interne": accord_prp.build(rich_case.prp_agreement(TODAY, mode="interne")),
        "accord-externe": accord_prp.build(rich_case.prp_agreement(TODAY, mode="externe")),
        "notice-rgpd": notice_rgpd.build(rich_case.privacy_notice(TODAY)),
        "attestation": attestation.build(rich_case.attestation(TODAY)),
    }


NAMES = (
    "entretien",
    "synthese",
    "financement",
    "accord-interne",
    "accord-externe",
    "notice-rgpd",
    "attestation",
)


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return _all_samples()


# ---- What every document shares


@pytest.mark.parametrize("name", NAMES)
def test_a4_numbered_pages_and_metadata(documents: dict[str, bytes], name: str) -> None:
    pdf = read(documents[name])
    assert pdf.pages >= 1
    for index, page in enumerate(pdf.reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        assert f"Page {index + 1} / {pdf.pages}" in pdf.page_text(index)
    meta = pdf.metadata
    assert meta.title and meta.subject and meta.author
    assert "Léa MARTIN" in meta.subject
    assert pdf.reader.trailer["/Root"]["/Lang"] == "fr-FR"


@pytest.mark.parametrize("name", NAMES)
def test_fonts_are_embedded_truetype_subsets_of_one_family(documents: dict[str, bytes], name: str) -> None:
    fonts = read(documents[name]).fonts()
    assert fonts, "no font found"
    for base_name, font in fonts.items():
        # No standard-14 font (Helvetica…) sneaks in: they are not embedded.
        assert "DejaVuSans" in base_name, base_name
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{base_name} is not embedded"


@pytest.mark.parametrize("name", NAMES)
def test_same_input_gives_the_same_bytes(documents: dict[str, bytes], name: str) -> None:
    assert _all_samples()[name] == documents[name]


def test_creation_date_is_the_document_date() -> None:
    report = rich_case.meeting_uo1(TODAY)
    pdf = read(entretien.build(report))
    assert pdf.metadata["/CreationDate"].startswith(f"D:{report.issued_on:%Y%m%d}")
    other = read(entretien.build(replace(report, issued_on=date(2027, 1, 2))))
    assert other.metadata["/CreationDate"].startswith("D:20270102")


@pytest.mark.parametrize("name", NAMES)
def test_no_line_starts_with_high_punctuation(documents: dict[str, bytes], name: str) -> None:
    """The no-break spaces hold « : ; ! ? » to the word before, and guillemets to their words."""
    for line in read(documents[name]).raw_text.splitlines():
        assert not re.match(r"\s*[:;!?»]", line), line
        assert not re.search(r"«\s*$", line), line


def test_french_text_survives_with_accents() -> None:
    text = read(entretien.build(rich_case.meeting_uo1(TODAY))).text
    assert "Compte rendu d’entretien" in text
    assert "Ce que nous avons décidé ensemble" in text
    assert "Conseiller·ère" in text
    assert "œuvre" in read(synthese.build(rich_case.synthesis(TODAY))).text


# ---- Each document's content


def test_meeting_report_content(documents: dict[str, bytes]) -> None:
    text = read(documents["entretien"]).text
    for expected in (
        "Madame Léa MARTIN",
        "27 juillet 2026",  # the first meeting's date, in French
        "premier niveau de conseil personnalisé (UO1)",
        "Votre demande Quitter la vente en boutique",
        "Ce dont nous avons parlé",
        "Vous souhaitez un métier plus sédentaire",
        "Votre compte personnel de formation",
        "Explorer les métiers de l’assistanat commercial",
        "Relever vos droits CPF",
        "Prochain rendez-vous : mardi 18 août 2026 à 14 h 00 — permanence de Vénissieux",
        "Claire Roussel",
    ):
        assert expected in text, expected
    assert "station debout" not in text  # the counsellor's private notes are never printed


def test_any_meeting_can_be_reported() -> None:
    first, *_rest, last = rich_case.meetings()
    assert (
        "Entretien n° 1" in read(KINDS["entretien"].render_inputs(rich_case.inputs("entretien", first))).text
    )
    text = read(KINDS["entretien"].render_inputs(rich_case.inputs("entretien", last))).text
    assert "Entretien n° 4" in text and "Monter le dossier de période de reconversion" in text


def test_synthesis_content_and_chart(documents: dict[str, bytes]) -> None:
    pdf = read(documents["synthese"])
    text = pdf.text
    for expected in (
        "1. Situation de départ",
        "Famille : Deux enfants scolarisés",
        "2. Compétences issues des expériences",
        "Trésorière de l’association de parents d’élèves",
        "autres",  # « et N autres »: the rest of an experience's competences, counted
        "3. Métiers explorés",
        "Nombre de compétences du métier",  # the chart's title
        "Assistant commercial / Assistante commerciale — ROME D1401",
        "Secrétaire — ROME M1607",  # « Ça m'intéresse », no snapshot needed
        "4. Projet retenu et faisabilité",
        "Devenir assistante commerciale au siège",
        "Formation visée",
        "réalisable sous conditions",
        "Le montant du forfait de branche reste à confirmer.",  # a reservation on a point
        "5. Plan de financement",
        "Reste à charge estimé",
        "6. Plan d’action",
        "Engagements et signatures",
    ):
        assert expected in text, expected
    assert "Directeur" not in text  # « Pas pour moi » is not an explored job


def test_synthesis_competences_are_labels_of_the_rome_release() -> None:
    """Every competence the synthèse lists is a label of the imported ROME release."""
    from workbench.rome.matching_data import engine_for

    labels = set(engine_for(rich_case.rome()).data.item_labels)
    doc = rich_case.synthesis()
    listed = [c for e in doc.experiences for c in e.competences]
    listed += [c for j in doc.explored_jobs for c in (*j.acquired, *j.to_acquire)]
    assert len(listed) > 20
    assert set(listed) <= labels
    assert all(len(j.acquired) <= 8 and len(j.to_acquire) <= 8 for j in doc.explored_jobs)
    assert any(e.more_competences for e in doc.experiences)


def test_synthesis_and_funding_summary_agree() -> None:
    """The same plan and the same remaining cost, by construction (one funding view)."""
    synthesis, summary = rich_case.synthesis(), rich_case.funding_summary()
    assert synthesis.funding == summary.plan and synthesis.funding
    assert synthesis.remaining_cost == summary.remaining_cost is not None
    assert synthesis.total_cost == summary.total_cost
    synthesis_text = read(synthese.build(synthesis)).text
    summary_text = read(financement.build(summary)).text
    remaining = f"Reste à charge estimé {euros(summary.remaining_cost)}".replace("\u202f", " ").replace(
        "\xa0", " "
    )
    assert remaining in synthesis_text and remaining in summary_text


def test_synthesis_of_ten_pages_holds_every_job() -> None:
    base = rich_case.synthesis(TODAY)
    jobs = tuple(
        ExploredJob(f"Métier exploré n° {i}", "D1401", acquired=("a",) * 6, to_acquire=("b",) * 6)
        for i in range(40)
    )
    pdf = read(synthese.build(replace(base, explored_jobs=jobs)))
    assert pdf.pages >= 10
    assert "Métier exploré n° 39" in pdf.text
    assert "Le graphique montre les 8 premières pistes sur 40." in pdf.text


def test_funding_summary_content(documents: dict[str, bytes]) -> None:
    pdf = read(documents["financement"])
    first, text = pdf.page_text(0), pdf.text
    for expected in ("En résumé", "Dispositif Verdict Montant Prochaine étape Date limite", "PRP — Période"):
        assert expected in first, expected  # the table on the first page
    for expected in (
        "Titre professionnel Assistant commercial",
        "Plan de financement proposé",
        "OPCO (forfait horaire) (PRP)",
        "Reste à charge estimé",
        "Non mobilisables dans votre situation",
        "Pièces à réunir",
        "Convention de formation",
    ):
        assert expected in text, expected
    for internal in ("sources", "INTERP", "[E]", "000:L", "003:L"):
        assert internal not in text, internal
    assert "Agefiph" not in text and "RQTH" not in text  # no consent to print health matters
    summary = rich_case.funding_summary()
    plan_schemes = {line.scheme.rsplit("(", 1)[1].rstrip(")") for line in summary.plan}
    assert {d.scheme for d in summary.documents} <= plan_schemes  # documents of the plan's schemes only
    questions = summary.questions
    assert len(questions) == len(set(questions))


def test_funding_summary_remaining_cost_is_never_negative() -> None:
    doc = replace(rich_case.funding_summary(TODAY), total=None, remaining=None)
    assert doc.remaining_cost == doc.total_cost - doc.funded
    generous = replace(doc, plan=doc.plan * 3)
    assert generous.remaining_cost == 0


# Every field of funding_rules.md §10.1, by the label the draft prints.
CERFA_FIELDS = (
    "Type de période de reconversion",
    "Cadre 1 — L’employeur",
    "Dénomination ou raison sociale",
    "SIRET",
    "Adresse",
    "Téléphone, courriel",
    "Code NAF / APE",
    "Effectif salarié",
    "Code IDCC",
    "OPCO compétent",
    "Cadre 2 — Le salarié",
    "Nom de naissance",
    "Nom d’usage",
    "Prénom(s)",
    "Sexe",
    "Date de naissance",
    "N° de sécurité sociale (NIR)",
    "Contrat de travail en cours",
    "Date d’embauche",
    "Dernier emploi occupé",
    "Ancienneté sur le dernier emploi occupé",
    "RQTH ou droits assimilés",
    "Plus haut diplôme ou niveau de qualification",
    "Rémunération mensuelle brute actuelle",
    "Cadre 3 — La période de reconversion",
    "Date de début",
    "Date de fin",
    "Emploi ou qualification visé",
    "Modalités d’organisation",
    "Mise en situation en milieu professionnel préalable",
    "Recours au CEP sur le temps de travail",
    "Validation des acquis de l’expérience",
    "Acquisition d’un savoir-faire en entreprise",
    "Cadre de mise en œuvre",
    "Mobilisation du compte personnel de formation",
    "Cadre 4 — La formation",
    "Organisme de formation",
    "SIRET de l’organisme",
    "N° de déclaration d’activité",
    "Certification visée (type)",
    "Code RNCP / blocs de compétences",
    "Durée totale de la formation",
    "Dates de début et de fin des actions de formation",
    "Coût pédagogique",
    "Montant de prise en charge demandé",
    "Convention de formation",
    "Signatures",
    "Le salarié",
    "Cadre 5 — Cadre réservé à l’OPCO",
    "Date de réception",
    "N° de dépôt",
    "Décision",
    "Montant pris en charge",
)
EXTERNAL_ONLY = (
    "Entreprise d’origine (signataire de l’accord)",
    "Modalités de suspension du contrat de travail",
    "Modalités de retour dans l’entreprise d’origine",
    "Contrat avec l’entreprise d’accueil",
    "Durée de la période d’essai",
    "Prise en charge de l’écart de rémunération",
)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("mode", ["interne", "externe"])
def test_agreement_prints_every_cerfa_field(documents: dict[str, bytes], mode: str) -> None:
    text = _squash(read(documents[f"accord-{mode}"]).text)
    for label in CERFA_FIELDS:
        assert label in text, label
    for label in EXTERNAL_ONLY:
        assert (label in text) is (mode == "externe"), label
    assert "CERFA n° 17613*01" in text
    assert "Seul le formulaire officiel" in text
    ticked = "☒ externe" if mode == "externe" else "☒ interne"
    assert ticked in text


def test_agreement_prefills_from_the_case(documents: dict[str, bytes]) -> None:
    text = _squash(read(documents["accord-interne"]).text)
    for expected in (
        "Mode & Co",
        "12345678900012",
        "L’Opcommerce",
        "Vendeuse en prêt-à-porter (ROME D1214)",
        "3 ans et 4 mois",
        "1 900,00 €",
        "Assistante commerciale (ROME D1401)",
        "Décision unilatérale de l’employeur",
        "montant : 700,00 €",
        "420 heures",
        "Fait à __________, le ____ / ____ / ________",  # room for the place and the date
    ):
        assert expected in text, expected


def test_agreement_external_variant_names_the_host_company_in_cadre_1() -> None:
    doc = rich_case.prp_agreement(TODAY, mode="externe")
    host = replace(doc.host_company, name="Textiles du Rhône", siret="98765432100011")
    text = _squash(read(accord_prp.build(replace(doc, host_company=host))).text)
    cadre_1 = text[text.index("Cadre 1") : text.index("Cadre 2")]
    assert "entreprise d’accueil" in cadre_1
    assert cadre_1.index("Textiles du Rhône") < cadre_1.index("Mode & Co")  # host first, origin after


def test_rqth_is_printed_only_with_consent() -> None:
    doc = rich_case.prp_agreement(TODAY)
    employee = replace(doc.employee, rqth=True)
    without = _squash(read(accord_prp.build(replace(doc, employee=employee))).text)
    assert "À renseigner par le salarié" in without
    assert "☒ oui" not in without.split("RQTH ou droits assimilés")[1][:40]
    consented = replace(employee, rqth_consent=True)
    with_consent = _squash(read(accord_prp.build(replace(doc, employee=consented))).text)
    assert with_consent.split("RQTH ou droits assimilés")[1].strip().startswith("☒ oui")


def test_privacy_notice_content(documents: dict[str, bytes]) -> None:
    text = _squash(read(documents["notice-rgpd"]).text)
    for expected in (
        "Vos données personnelles",
        "Ce que nous enregistrons",
        "Pourquoi",
        "Qui y a accès",
        "Combien de temps",
        "conservé 2 ans après notre dernier contact",
        "Vos droits",
        "portabilité",
        "dpo@mef-lyonsud.example.fr",
        "CNIL",
        "Accord enregistré dans votre dossier le 27 juillet 2026",
        "☒ J’ai reçu cette notice",  # the consent box
    ):
        assert expected in text, expected


# ---- Missing information is printed as a blank, never omitted


def _bare_case() -> CaseRecord:
    return CaseRecord(last_name="Durand", id=7)


@pytest.mark.parametrize("code", list(KINDS))
def test_a_bare_case_prints_explicit_blanks(code: str) -> None:
    data = KINDS[code].build(_bare_case(), StructureSettings(), TODAY)
    pdf = read(data)
    text = pdf.text
    assert "__________" in text or "À compléter" in text
    assert "Structure d’accompagnement" in text  # a line for the structure's name, never a menu path
    assert "Outils" not in text
    assert "DURAND" in text


def test_bare_meeting_report_lists_what_is_missing() -> None:
    text = _squash(read(KINDS["entretien"].build(_bare_case(), StructureSettings(), TODAY)).text)
    assert "Date de l’entretien __________" in text
    assert "Ce dont nous avons parlé À compléter" in text
    assert "Aucune décision n’a été notée" in text
    assert "Aucune étape n’a été fixée" in text
    assert "Prochain rendez-vous : À compléter" in text


def test_bare_agreement_blanks_every_unknown_field() -> None:
    text = _squash(read(KINDS["accord-prp"].build(_bare_case(), StructureSettings(), TODAY)).text)
    assert "variante à choisir" in text
    assert "☐ interne ☐ externe À compléter" in text
    assert "○ Dénomination ou raison sociale ______" in text
    assert "○ SIRET ☐☐☐ ☐☐☐ ☐☐☐ ☐☐☐☐☐" in text  # 14 boxes for 14 digits
    assert "◐ Date de début ____ / ____ / ________" in text  # room for a date
    assert "● Dernier emploi occupé" in text  # known on the official form
    assert "○ Organisme de formation ______" in text
    assert text.count("____") >= 25


def test_bare_privacy_notice_asks_for_the_contact() -> None:
    text = _squash(read(KINDS["notice-rgpd"].build(_bare_case(), StructureSettings(), TODAY)).text)
    assert "Pour exercer vos droits, contactez : À compléter" in text
    assert "Votre accord n’est pas encore enregistré" in text


def test_adapter_reads_funding_attributes_of_the_case() -> None:
    case = CaseRecord(
        last_name="Durand",
        id=7,
        attributes={
            "prp_mode": "externe",
            "prp_start_date": "2027-02-01",
            "path_includes": ["vae"],
            "training_title": "CQP Vendeur conseil",
            "training_hours": 300,
            "training_cost_pedagogical_ht": "2745.5",
            "host_company_name": "Textiles du Rhône",
            "employee_consents_cpf": True,
            "prp_cpf_amount_eur": 600,
        },
    )
    doc = assemble.prp_agreement(case, StructureSettings(), TODAY)
    assert doc.mode == "externe"
    assert doc.start == date(2027, 2, 1)
    assert doc.vae is True and doc.immersion is False
    assert doc.training.hours == 300
    assert str(doc.training.cost_pedagogical) == "2745.5"
    assert doc.host_company.name == "Textiles du Rhône"
    assert doc.cpf_mobilised is True and doc.cpf_consent is True
    bad = replace(case, attributes={"prp_start_date": "bientôt", "training_hours": "beaucoup"})
    loose = assemble.prp_agreement(bad, StructureSettings(), TODAY)
    assert loose.start is None and loose.training.hours is None  # bad values print as blanks


def test_a_broken_logo_never_blocks_a_document(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not a picture")
    report = rich_case.meeting_uo1(TODAY)
    structure = replace(report.structure, logo_path=str(logo))
    assert read(entretien.build(replace(report, structure=structure))).pages >= 1


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) absent")
def test_pages_render_with_poppler(documents: dict[str, bytes], tmp_path: Path) -> None:
    """Poppler draws every page without complaint; the PNGs land in screenshots/ to be looked at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, data in documents.items():
        source = tmp_path / f"{name}.pdf"
        source.write_bytes(data)
        done = subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(source), str(SCREENSHOTS / f"doc-{name}")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == "", done.stderr
        assert list(SCREENSHOTS.glob(f"doc-{name}-*.png"))


def test_headings_form_the_outline(documents: dict[str, bytes]) -> None:
    outline = read(documents["synthese"]).reader.outline
    top = [entry.title for entry in outline if not isinstance(entry, list)]
    assert top[:3] == [
        "1. Situation de départ",
        "2. Compétences issues des expériences",
        "3. Métiers explorés",
    ]
    assert "6. Plan d’action" in top
    nested = next(entry for entry in outline if isinstance(entry, list))
    assert nested[0].title.startswith("Assistant commercial / Assistante commerciale")


def test_bytes_do_not_depend_on_the_process(tmp_path: Path) -> None:
    """Built in another Python process, the same document has the same bytes."""
    import pickle
    import sys

    inputs = rich_case.synthesis(TODAY)
    script = (
        "import pickle, sys; from workbench.reports import synthese; "
        "sys.stdout.buffer.write(synthese.build(pickle.loads(sys.stdin.buffer.read())))"
    )
    other = subprocess.run(
        [sys.executable, "-c", script], input=pickle.dumps(inputs), capture_output=True, check=True
    ).stdout
    assert other == synthese.build(inputs)


def test_synthesis_adapter_fills_the_situation_from_the_case() -> None:
    case = replace(demo_case.record(demo_case.Days(date(2026, 11, 24))), id=3)
    doc = assemble.project_synthesis(case, demo_case.STRUCTURE, TODAY)
    assert doc.situation.employment_status == "Salarié du secteur privé"
    assert doc.situation.contract == "CDI"
    assert doc.situation.seniority_months == 40
    assert doc.situation.resources == "1\u202f450,00\u00a0€ de droits CPF"
    assert doc.beneficiary.case_number == 3
    assert doc.counsellor.name == "Claire Roussel"


def test_synthesis_says_what_is_left_to_learn_for_the_target_job() -> None:
    """« Pour aller vers … » lists matching's learn_next for the target, labels of the release."""
    from workbench.app.matching import Matching
    from workbench.reports.case_file import TO_LEARN_SHOWN
    from workbench.rome.matching_data import engine_for

    case_file = rich_case.case_file()
    assert case_file.target
    project = rich_case.synthesis().project
    matching = Matching(rich_case.context())
    every = matching.learn_next(rich_case.case_id(), TODAY, target=case_file.target, count=1000)
    assert len(every) > TO_LEARN_SHOWN
    assert [(t.label, t.core) for t in project.to_learn] == [
        (i.label, i.core) for i in every[:TO_LEARN_SHOWN]
    ]
    assert project.to_learn_more == len(every) - TO_LEARN_SHOWN
    assert {t.label for t in project.to_learn} <= set(engine_for(rich_case.rome()).data.item_labels)
    assert project.target_title == rich_case.rome().fiche(case_file.target).title
    text = read(synthese.build(rich_case.synthesis())).text.replace("’", "'")
    assert f"Pour aller vers {project.target_title} : ce qui reste à acquérir" in text
    for item in project.to_learn:
        assert item.label.replace("’", "'") in text
    assert f"et {project.to_learn_more} autres savoir-faire à acquérir" in text
    # Without a target job, no such section.
    untargeted = KINDS["synthese"].make_inputs(
        replace(case_file, target=""), rich_case.STRUCTURE, TODAY, rich_case.rome()
    )
    assert untargeted.project.to_learn == () and not untargeted.project.target_title
    assert "Pour aller vers" not in read(synthese.build(untargeted)).text


def test_the_comparison_asks_about_health_only_with_consent(ctx: Context) -> None:
    """As the funding summary: without the person's consent to print it, no question or condition
    about disability (OETH, RQTH) on the comparison of routes."""
    from workbench.app.cases import Cases
    from workbench.app.documents import Documents

    cases = Cases(ctx)
    case_id = cases.add(CaseRecord(last_name="Durand", first_name="Léa", employment_status="salarie_prive"))
    text = read(Documents(ctx).build("comparaison", case_id, TODAY)).text
    assert "Parcours par parcours" in text
    assert "OETH" not in text and "handicap" not in text
    record = cases.get(case_id)
    cases.update(
        record.with_changes(
            consent_given=True,
            consent_date=TODAY,
            attributes={**record.attributes, "rqth_print_consent": True},
        )
    )
    assert "OETH" in read(Documents(ctx).build("comparaison", case_id, TODAY)).text
