"""Whatever a counsellor types, every document is produced: no crash, no lost text."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfcheck import read

from tests import stored_demo as rich_case
from workbench.app.cases import Cases
from workbench.app.cep import Cep
from workbench.app.documents import KINDS, Documents
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.reports import accord_prp, entretien, financement, notice_rgpd, synthese
from workbench.reports.inputs import InformationGiven, NextStep

TODAY = date(2026, 11, 24)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

# Markup-like characters, French punctuation, no-break spaces, line ends, emoji outside the font.
free_text = st.lists(
    st.sampled_from([*"abcé ÉœŒ«»:;!?&<>\"'/\n\t\u00a0\u202f€%*#", "😀", "x" * 60, "<b>", "&amp;"]),
    max_size=120,
).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=free_text)
def test_any_text_in_any_field_gives_a_pdf(text: str) -> None:
    meeting = rich_case.meeting_uo1(TODAY)
    synthesis = rich_case.synthesis(TODAY)
    agreement = rich_case.prp_agreement(TODAY, mode="externe")
    funding = rich_case.funding_summary(TODAY)
    person = replace(meeting.beneficiary, last_name=text or "X", first_name=text)
    outputs = [
        entretien.build(
            replace(
                meeting,
                beneficiary=person,
                request=text,
                topics=(text,),
                information=(InformationGiven(text, text, text),),
                decisions=(text,),
                next_steps=(NextStep(text, text),),
                remarks=text,
            )
        ),
        synthese.build(replace(synthesis, project=replace(synthesis.project, summary=text, plan_b=text))),
        accord_prp.build(replace(agreement, organisation=text, suspension_terms=text, return_terms=text)),
        financement.build(replace(funding, target_job=text)),
        notice_rgpd.build(replace(rich_case.privacy_notice(TODAY), consent_scope=text)),
    ]
    for data in outputs:
        assert read(data).pages >= 1


def test_a_page_long_text_in_a_table_cell_splits_across_pages() -> None:
    long = "Le projet a été travaillé en plusieurs étapes ; " * 400
    base = rich_case.synthesis(TODAY)
    pdf = read(synthese.build(replace(base, project=replace(base.project, summary=long))))
    assert pdf.pages > 5
    assert pdf.text.count("travaillé") == 400  # a word is never lost, even where the cell breaks


# Long composed first and last names: « Prénoms NOM » is exactly 80 characters.
LONG_FIRST = "Marie-Christine Éléonore Anne-Sophie"
LONG_LAST = "de La Rochefoucauld-Montmorency Saint-Aubin"


def test_an_80_character_name_is_printed_whole_on_every_document(ctx: Context) -> None:
    case_id = Cases(ctx).add(CaseRecord(last_name=LONG_LAST, first_name=LONG_FIRST, sex="F"))
    Cep(ctx).save_meeting(case_id, Meeting(date(2026, 11, 2), "UO1", request="Changer de métier"))
    full = f"{LONG_FIRST} {LONG_LAST.upper()}"
    assert len(full) == 80
    documents = Documents(ctx)
    for code in KINDS:
        pdf = read(documents.build(code, case_id, TODAY))
        assert full in pdf.text, code
        for page in range(1, pdf.pages):  # the running header wraps the name, never cuts it
            assert full in pdf.page_text(page), (code, page + 1)


NOTES = ("Nous avons parlé de votre parcours dans la logistique et de vos contraintes familiales. " * 60)[
    :5000
]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) absent")
def test_the_must_show_cases_render_whole(ctx: Context, tmp_path: Path) -> None:
    """An 80-character name, a Cyrillic name, an empty case and 5,000 characters of notes: every
    document renders with poppler (the PNGs land in screenshots/ to be looked at) and keeps every word."""
    cases, cep = Cases(ctx), Cep(ctx)
    long_id = cases.add(CaseRecord(last_name=LONG_LAST, first_name=LONG_FIRST, sex="F"))
    cyrillic_id = cases.add(CaseRecord(last_name="Иванова", first_name="Анастасия", sex="F"))
    cep.save_meeting(cyrillic_id, Meeting(date(2026, 11, 2), "UO1", request="Хочу сменить профессию"))
    empty_id = cases.add(CaseRecord(last_name="Vide"))
    notes_id = cases.add(CaseRecord(last_name="Durand", first_name="Paul", sex="M"))
    cep.save_meeting(
        notes_id,
        Meeting(date(2026, 11, 2), "UO1", notes="Note privée. " + NOTES, summary=NOTES, request=NOTES[:600]),
    )
    documents = Documents(ctx)
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, case_id in (
        ("nom-80", long_id),
        ("cyrillique", cyrillic_id),
        ("vide", empty_id),
        ("notes", notes_id),
    ):
        for code in KINDS:
            data = documents.build(code, case_id, TODAY)
            source = tmp_path / f"{name}-{code}.pdf"
            source.write_bytes(data)
            done = subprocess.run(
                ["pdftoppm", "-r", "60", "-png", str(source), str(SCREENSHOTS / f"cas-{name}-{code}")],
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0 and done.stderr == "", done.stderr
            text = read(data).text
            assert "Note privée" not in text  # the counsellor's notes are never printed
            if name == "cyrillique":
                assert "Анастасия ИВАНОВА" in text, code
    report = read(documents.build("entretien", notes_id, TODAY)).text
    assert report.count("logistique") == NOTES.count("logistique") + NOTES[:600].count("logistique")
