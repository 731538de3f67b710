"""The Financement section: answers saved at once, verdicts updated, plan and scenarios."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.funding.people import TRAINING, employee
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.funding.scenarios import Scenario
from workbench.store.cases import CaseRepository
from workbench.store.funding import FundingRepository
from workbench.ui.funding_section import FundingSection

SHOTS = Path(os.environ.get("WORKBENCH_SCREENSHOTS", "")) if os.environ.get("WORKBENCH_SCREENSHOTS") else None


def verdict_of(section: FundingSection, scheme: str) -> str:
    assert section.evaluation is not None
    return section.evaluation.result(scheme).verdict


def answer(section: FundingSection, qtbot: QtBot, name: str, value: object) -> None:
    section.set_attribute(name, value)
    qtbot.waitUntil(lambda: section.values().get(name) == value)
    qtbot.wait(10)  # the deferred re-evaluation


def question_field(section: FundingSection, name: str):  # type: ignore[no-untyped-def]
    return section.question_fields.get(name)


@pytest.fixture
def job_seeker(qtbot: QtBot, ctx: Context) -> FundingSection:
    record = CaseRecord(
        last_name="Nguyen",
        first_name="Sarah",
        employment_status="demandeur_emploi",
        job_seeker_registered=True,
        indemnified_are=False,
    )
    case_id = CaseRepository(ctx.db).add(record)
    section = FundingSection(ctx, case_id)
    section.on_edit.setText("04/05/2026")
    qtbot.addWidget(section)
    section.resize(1280, 760)
    return section


def test_answering_a_question_saves_it_and_updates_the_verdicts(
    job_seeker: FundingSection, qtbot: QtBot, ctx: Context
) -> None:
    section = job_seeker
    section.reevaluate()
    # Typing the training in the left form creates the scenario.
    hours = section.fields["training_hours"].editor
    assert isinstance(hours, QLineEdit)
    qtbot.keyClicks(hours, "350")
    hours.editingFinished.emit()
    qtbot.waitUntil(lambda: FundingRepository(ctx.db).scenarios(section.case_id) != [])
    (scenario,) = FundingRepository(ctx.db).scenarios(section.case_id)
    assert scenario.attributes["training_hours"] == 350

    # The POEI needs a job offer: the question is listed; answering it in place moves the verdict.
    qtbot.waitUntil(lambda: question_field(section, "job_offer_contract_type") is not None)
    field = question_field(section, "job_offer_contract_type")
    combo = field.editor
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("cdi"))
    qtbot.waitUntil(lambda: section.values().get("job_offer_contract_type") == "cdi")
    for name, value in (
        ("job_offer_employer_sector", "prive"),
        ("job_offer_filed_with_france_travail", True),
        ("employer_commits_to_hire", True),
        ("training_provider_internal", False),
    ):
        answer(section, qtbot, name, value)
    qtbot.waitUntil(lambda: verdict_of(section, "poei") == "eligible")
    assert section.evaluation is not None
    assert section.evaluation.result("poei").amount("poe_aid") == 2800

    # A person-level answer goes to the case record (seen by the identity section).
    answer(section, qtbot, "ppae_training_validated", True)
    assert CaseRepository(ctx.db).get(section.case_id).attributes["ppae_training_validated"] is True
    qtbot.waitUntil(lambda: verdict_of(section, "rfpe") == "eligible")


def test_plan_shows_the_remaining_cost(job_seeker: FundingSection, qtbot: QtBot) -> None:
    section = job_seeker
    for name, value in (
        ("training_cost_pedagogical_ht", 4000),
        ("certification_kind", "rncp_diplome_titre"),
        ("cpf_balance_eur", 1200),
        ("cpf_used_eur", 1200),
        ("other_funding_eur", 0),
        ("training_purchased_by", "aucun"),
        ("aif_is_complement", True),
        ("csp_beneficiary", False),
        ("job_offer_contract_type", "aucune"),
        ("training_fees_registration_eur", 150),
    ):
        answer(section, qtbot, name, value)
    qtbot.waitUntil(lambda: verdict_of(section, "aif") == "eligible")
    ids = [section.plan_combo.itemData(i) for i in range(section.plan_combo.count())]
    section.plan_combo.setCurrentIndex(ids.index("cpf_aif"))
    assert "150,00" in section.plan_total.text()  # the registration fee stays for the person
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        section.grab().save(str(SHOTS / "financement-demandeur-emploi.png"))


def test_invalid_value_is_explained_and_nothing_is_saved(
    job_seeker: FundingSection, qtbot: QtBot, ctx: Context
) -> None:
    section = job_seeker
    hours = section.fields["training_hours"].editor
    assert isinstance(hours, QLineEdit)
    qtbot.keyClicks(hours, "beaucoup")
    hours.editingFinished.emit()
    assert section.error.isVisibleTo(section)
    assert "nombre" in section.error.text()
    assert FundingRepository(ctx.db).scenarios(section.case_id) == []


def test_scenarios_compare_two_trainings(
    job_seeker: FundingSection, qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = job_seeker
    answer(section, qtbot, "training_hours", 300)
    monkeypatch.setattr(
        "workbench.ui.forms.AskDialog.exec",
        lambda d: (d.editor.setText("Titre pro comptable"), d.accept(), d.result())[-1],
    )
    section.new_scenario()
    answer(section, qtbot, "training_hours", 900)
    repo = FundingRepository(ctx.db)
    assert sorted(s.attributes.get("training_hours") for s in repo.scenarios(section.case_id)) == [300, 900]
    section.scenario_combo.setCurrentIndex(0)
    assert section.values()["training_hours"] == 300


def test_employee_panel(qtbot: QtBot, ctx: Context, rome_ctx: Context) -> None:
    case_id = employee(rome_ctx)  # the target job's exposure is left to the ROME fiche
    FundingRepository(rome_ctx.db).save(case_id, Scenario("Titre pro secrétaire assistant", TRAINING))
    section = FundingSection(rome_ctx, case_id)
    qtbot.addWidget(section)
    section.on_edit.setText("04/05/2026")
    section.reevaluate()
    section.resize(1280, 760)
    assert verdict_of(section, "ptp") == "eligible"
    assert verdict_of(section, "ptp_fipu") == "eligible"  # the target fiche exposes to no factor
    assert section.hints_box.isVisibleTo(section)
    assert section.plans[0].id == "ptp_fipu"
    # Confirming the ROME's reading writes it into the scenario.
    section.confirm_rome_hints()
    qtbot.waitUntil(
        lambda: (
            FundingRepository(rome_ctx.db).primary(case_id).attributes.get("target_job_exposed_professional")
            == []
        )
    )
    if SHOTS:
        section.tree.topLevelItem(0).child(0).setExpanded(True)  # PTP-FIPU's explanation
        section.grab().save(str(SHOTS / "financement-salarie.png"))
    assert date.today()  # the date field defaults to today when emptied


def test_typing_in_a_field_while_the_previous_answer_is_saved_loses_nothing(
    job_seeker: FundingSection, qtbot: QtBot, ctx: Context
) -> None:
    """Issue 17: saving one field rewrote every field a moment later ("400" became "0")."""
    section = job_seeker
    section.show()
    qtbot.waitExposed(section)
    hours = section.fields["training_hours"].editor
    cost = section.fields["training_cost_pedagogical_ht"].editor
    assert isinstance(hours, QLineEdit) and isinstance(cost, QLineEdit)
    hours.setFocus()
    qtbot.keyClicks(hours, "400")
    cost.setFocus()
    hours.editingFinished.emit()  # leaving the field commits it: saved, re-evaluation scheduled
    qtbot.waitUntil(lambda: section.values().get("training_hours") == 400)
    qtbot.keyClicks(cost, "90")  # typed before the re-evaluation runs
    qtbot.wait(30)  # the deferred re-evaluation runs now
    qtbot.keyClicks(cost, "00")
    assert cost.text() == "9000"
    assert hours.text() == "400"
    cost.editingFinished.emit()
    qtbot.waitUntil(lambda: section.values().get("training_cost_pedagogical_ht") == 9000)
    qtbot.wait(30)
    assert hours.text() == "400" and cost.text() == "9000"


def test_an_invalid_rome_code_is_refused_and_nothing_is_saved(
    job_seeker: FundingSection, qtbot: QtBot, ctx: Context
) -> None:
    section = job_seeker
    editor = section.fields["target_rome_code"].editor
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "ZZ12")
    editor.editingFinished.emit()
    assert "code ROME" in section.error.text()
    assert section.values().get("target_rome_code") is None


def test_the_routes_compared_side_by_side(qtbot: QtBot, ctx: Context) -> None:
    case_id = employee(ctx)
    FundingRepository(ctx.db).save(case_id, Scenario("Titre pro secrétaire assistant", TRAINING))
    section = FundingSection(ctx, case_id)
    qtbot.addWidget(section)
    section.on_edit.setText("04/05/2026")
    section.reevaluate()
    section.resize(1366, 720)
    section.middle_tabs.setCurrentIndex(1)
    table = section.comparison_view.table
    titles = [table.horizontalHeaderItem(c).toolTip() for c in range(table.columnCount())]
    assert titles[0].startswith("Projet de transition professionnelle")
    assert "Démission-reconversion" in titles and "Rupture conventionnelle" in titles
    ptp = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert ptp[0] == "Éligible" and "100,00" in ptp[3]  # the PTP pay (2 100,00 €)
    closed = [c for c in range(table.columnCount()) if table.item(0, c).text() == "Non éligible"]
    for column in closed:
        assert table.item(4, column).text() == "—"  # no amount on a route that is not open
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        section.grab().save(str(SHOTS / "financement-comparaison.png"))


def test_the_tree_and_the_questions_stay_in_place_after_an_answer(
    job_seeker: FundingSection, qtbot: QtBot
) -> None:
    """Issue 17: the tree folded up after each answer and the question list was rebuilt."""
    section = job_seeker
    section.reevaluate()
    tree = section.tree

    def scheme_item(acronym: str):  # type: ignore[no-untyped-def]
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).text(0).startswith(f"{acronym} —"):
                    return group.child(j)
        return None

    item = scheme_item("AIF")
    assert item is not None
    item.setExpanded(True)
    asked = list(section.question_fields)
    assert len(asked) >= 2
    kept_name = asked[-1]
    kept = section.question_fields[kept_name]
    attribute = section.book.attributes[asked[0]]
    value = {"bool": True, "enum": next(iter(attribute.values), None), "set": [], "date": "2026-09-01"}.get(
        attribute.type, 1
    )
    answer(section, qtbot, asked[0], value)
    item = scheme_item("AIF")
    assert item is not None and item.isExpanded()  # still unfolded
    if kept_name in section.question_fields:
        assert section.question_fields[kept_name] is kept  # the same editor, not a new one


def test_the_window_shows_first_the_plan_the_documents_print(qtbot: QtBot) -> None:
    """The demo's scenario sets up an internal période de reconversion: Financement shows the PRP plan
    first, marked as printed, with the remaining cost the synthèse prints; a plan chosen by the
    counsellor stays shown after an answer."""
    from tests import stored_demo
    from workbench.core.funding import explain
    from workbench.reports.case_file import funding_view

    ctx, case_id = stored_demo.context(), stored_demo.case_id()
    view = funding_view(stored_demo.case_file(), stored_demo.rome(), stored_demo.TODAY)
    assert view is not None and view.plan is not None and view.plan.id == "prp"
    section = FundingSection(ctx, case_id)
    qtbot.addWidget(section)
    section.on_edit.setText(format(stored_demo.TODAY, "%d/%m/%Y"))
    section.reevaluate()
    assert section.plan_combo.currentData() == "prp"
    assert section.plan_combo.currentText().endswith("(imprimé dans les documents)")
    assert view.plan.remaining is not None
    assert explain.euros(view.plan.remaining) in section.plan_total.text()
    other = next(i for i in range(section.plan_combo.count()) if section.plan_combo.itemData(i) != "prp")
    section.plan_combo.setCurrentIndex(other)
    chosen = section.plan_combo.currentData()
    section.reevaluate()  # what an answer does
    assert section.plan_combo.currentData() == chosen
