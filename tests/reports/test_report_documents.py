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

from workbench.core.cases import CaseRecord
from workbench.reports import accord_prp, assemble, entretien, financement, notice_rgpd, samples, synthese
from workbench.reports.inputs import ExploredJob, StructureSettings
from workbench.reports.kinds import KINDS
from workbench.reports.layout import NO_STRUCTURE

TODAY = date(2026, 11, 24)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _all_samples() -> dict[str, bytes]:
    return {
        "entretien": entretien.build(samples.meeting_uo1(TODAY)),
        "synthese": synthese.build(samples.synthesis(TODAY)),
        "financement": financement.build(samples.funding_summary(TODAY)),
        "accord-interne": accord_prp.build(samples.prp_agreement(TODAY, mode="interne")),
        "accord-externe": accord_prp.build(samples.prp_agreement(TODAY, mode="externe")),
        "notice-rgpd": notice_rgpd.build(samples.privacy_notice(TODAY)),
    }


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return _all_samples()


# ---- What every document shares


@pytest.mark.parametrize("name", list(_all_samples()))
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


@pytest.mark.parametrize("name", list(_all_samples()))
def test_fonts_are_embedded_truetype_subsets_of_one_family(documents: dict[str, bytes], name: str) -> None:
    fonts = read(documents[name]).fonts()
    assert fonts, "no font found"
    for base_name, font in fonts.items():
        # No standard-14 font (Helvetica…) sneaks in: they are not embedded.
        assert "DejaVuSans" in base_name, base_name
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{base_name} is not embedded"


@pytest.mark.parametrize("name", list(_all_samples()))
def test_same_input_gives_the_same_bytes(documents: dict[str, bytes], name: str) -> None:
    assert _all_samples()[name] == documents[name]


def test_creation_date_is_the_document_date() -> None:
    report = samples.meeting_uo1(TODAY)
    pdf = read(entretien.build(report))
    assert pdf.metadata["/CreationDate"].startswith(f"D:{report.issued_on:%Y%m%d}")
    other = read(entretien.build(replace(report, issued_on=date(2027, 1, 2))))
    assert other.metadata["/CreationDate"].startswith("D:20270102")


@pytest.mark.parametrize("name", list(_all_samples()))
def test_no_line_starts_with_high_punctuation(documents: dict[str, bytes], name: str) -> None:
    """The no-break spaces hold « : ; ! ? » to the word before, and guillemets to their words."""
    for line in read(documents[name]).raw_text.splitlines():
        assert not re.match(r"\s*[:;!?»]", line), line
        assert not re.search(r"«\s*$", line), line


def test_french_text_survives_with_accents() -> None:
    text = read(entretien.build(samples.meeting_uo1(TODAY))).text
    assert "Compte rendu d’entretien" in text
    assert "Ce que nous avons décidé ensemble" in text
    assert "Conseiller·ère" in text
    assert "œuvre" in read(synthese.build(samples.synthesis(TODAY))).text


# ---- Each document's content


def test_meeting_report_content(documents: dict[str, bytes]) -> None:
    text = read(documents["entretien"]).text
    for expected in (
        "Madame Léa MARTIN",
        "15 septembre 2026",  # the meeting date, in French
        "premier niveau de conseil personnalisé (UO1)",
        "Votre demande",
        "Ce dont nous avons parlé",
        "Compte personnel de formation",
        "Poursuivre en accompagnement personnalisé",
        "Lire les fiches métiers",
        "06/10/2026",  # a next step's due date
        "Prochain rendez-vous",
        "mardi 6 octobre 2026",
        "Claire Roussel",
        "c.roussel@mef-lyonsud.example.fr",
    ):
        assert expected in text, expected


def test_synthesis_content_and_chart(documents: dict[str, bytes]) -> None:
    pdf = read(documents["synthese"])
    text = pdf.text
    for expected in (
        "1. Situation de départ",
        "2. Compétences issues des expériences",
        "Trésorière d’association",
        "3. Métiers explorés",
        "Nombre de compétences du métier",  # the chart's title
        "compétences acquises",
        "compétences à acquérir",
        "Assistant / Assistante commercial(e) — ROME D1401",
        "62 % des compétences repérées sont déjà acquises",
        "4. Projet retenu et faisabilité",
        "Réalisable sous conditions",
        "à surveiller",
        "5. Plan de financement",
        "3 843,00 €",
        "Reste à charge estimé",
        "6. Plan d’action",
        "Si refus : projet de transition professionnelle",
        "Engagements et signatures",
    ):
        assert expected in text, expected


def test_synthesis_of_ten_pages_holds_every_job() -> None:
    base = samples.synthesis(TODAY)
    jobs = tuple(
        ExploredJob(f"Métier exploré n° {i}", "D1401", acquired=("a",) * 6, to_acquire=("b",) * 6)
        for i in range(40)
    )
    pdf = read(synthese.build(replace(base, explored_jobs=jobs)))
    assert pdf.pages >= 10
    assert "Métier exploré n° 39" in pdf.text
    assert "Le graphique montre les 8 premières pistes sur 40." in pdf.text


def test_funding_summary_content(documents: dict[str, bytes]) -> None:
    text = read(documents["financement"]).text
    for expected in (
        "Titre professionnel Assistant commercial",
        "Coût total de la formation 5 920,00 €",
        "Total des financements du plan 4 568,00 €",
        "Reste à charge estimé 1 352,00 €",
        "Période de reconversion (interne) Éligible",
        "Non éligible",
        "À compléter",
        "Dispositif remplacé",
        "Échéances à respecter",
        "entre le 12/12/2026 et le 10/01/2027",  # 30 days before the start, computed by the caller
        "J-54",  # the summary is issued 54 days before the last filing day
        "dépassée de 65 j",
        "Pièces à réunir",
        "☒ Devis et programme de la formation",
        "☐ Convention de formation",
    ):
        assert expected in text, expected


def test_funding_summary_remaining_cost_is_never_negative() -> None:
    doc = samples.funding_summary(TODAY)
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
        "montant : 725,00 €",
        "420 heures",
        "3 843,00 €",
        "Fait à Lyon",
    ):
        assert expected in text, expected


def test_agreement_external_variant_names_the_host_company_in_cadre_1() -> None:
    doc = samples.prp_agreement(TODAY, mode="externe")
    host = replace(doc.host_company, name="Textiles du Rhône", siret="98765432100011")
    text = _squash(read(accord_prp.build(replace(doc, host_company=host))).text)
    cadre_1 = text[text.index("Cadre 1") : text.index("Cadre 2")]
    assert "entreprise d’accueil" in cadre_1
    assert cadre_1.index("Textiles du Rhône") < cadre_1.index("Mode & Co")  # host first, origin after


def test_rqth_is_printed_only_with_consent() -> None:
    doc = samples.prp_agreement(TODAY)
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
        "Accord donné le 15 septembre 2026",
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
    assert NO_STRUCTURE.split(" :")[0] in text  # the letterhead asks for the structure's name
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
    assert "Dénomination ou raison sociale __________" in text
    assert "Date de début __________" in text
    assert "Organisme de formation __________" in text
    assert text.count("__________") >= 25


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
    report = samples.meeting_uo1(TODAY)
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
    assert nested[0].title.startswith("Assistant / Assistante commercial(e)")


def test_bytes_do_not_depend_on_the_process(tmp_path: Path) -> None:
    """Built in another Python process, the same document has the same bytes."""
    import sys

    script = (
        "import sys; from datetime import date; from workbench.reports import samples, synthese; "
        "sys.stdout.buffer.write(synthese.build(samples.synthesis(date(2026, 11, 24))))"
    )
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True).stdout
    assert other == synthese.build(samples.synthesis(TODAY))


def test_synthesis_adapter_fills_the_situation_from_the_case() -> None:
    case = replace(samples.demo_case(), id=3)
    doc = assemble.project_synthesis(case, samples.STRUCTURE, TODAY)
    assert doc.situation.employment_status == "Salarié du secteur privé"
    assert doc.situation.contract == "CDI"
    assert doc.situation.seniority_months == 40
    assert doc.situation.resources == "1\u202f450,00\u00a0€ de droits CPF"
    assert doc.beneficiary.case_number == 3
    assert doc.counsellor.name == "Claire Roussel"
