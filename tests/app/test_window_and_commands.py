"""For each area, the window and the headless command store the same result; views refresh on
changes made elsewhere; a document saved after a change contains it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.dialogs import accept_with
from workbench.app.cases import Cases
from workbench.app.cep import Cep
from workbench.app.funding import Funding
from workbench.app.matching import Matching
from workbench.cli import main
from workbench.context import Context
from workbench.core.cases import CaseRecord
from workbench.core.cep import Meeting
from workbench.ui.tasks import wait_for_tasks


def run(ctx: Context, *argv: str) -> str:
    """A command on the same data folder, as a script would run it; its standard output."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--data-dir", str(ctx.paths.data_dir), *argv]) == 0
    return out.getvalue()


def json_file(tmp_path: Path, name: str, value: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


def two_cases(ctx: Context) -> tuple[int, int]:
    cases = Cases(ctx)
    return cases.add(CaseRecord(last_name="Fenêtre")), cases.add(CaseRecord(last_name="Commande"))


def test_cep_quick_capture_and_action_plan_match_the_commands(
    qtbot: QtBot, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.ui import cep_section
    from workbench.ui.cep_section import CepSection
    from workbench.ui.follow_up_area import QuickCaptureDialog

    window_case, command_case = two_cases(ctx)
    dialog = QuickCaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(window_case))
    dialog.topics["demande"].setChecked(True)
    dialog.duration.setValue(45)
    dialog.notes.setPlainText("Souhaite quitter la vente.")
    dialog.accept()
    run(
        ctx,
        "cep",
        "meeting",
        str(command_case),
        "--minutes",
        "45",
        "--mode",
        "face_a_face",
        "--topic",
        "demande",
        "--notes",
        "Souhaite quitter la vente.",
    )
    cep = Cep(ctx)

    def meeting(case_id: int) -> Meeting:
        (only,) = cep.meetings(case_id)
        return replace(only, id=None)

    assert meeting(window_case) == meeting(command_case)
    assert cep.path(window_case).stays == cep.path(command_case).stays

    section = CepSection(ctx, window_case)
    qtbot.addWidget(section)

    def fill(action_dialog: cep_section.ActionDialog) -> None:
        action_dialog.title_edit.setText("Appeler l'OPCO")
        action_dialog.due.setText("20/12/2026")

    monkeypatch.setattr(cep_section.ActionDialog, "exec", accept_with(fill))
    section.add_action.click()
    run(
        ctx,
        "cep",
        "action-add",
        str(command_case),
        json_file(tmp_path, "action.json", {"title": "Appeler l'OPCO", "due": "2026-12-20"}),
    )
    assert [replace(a, id=None) for a in cep.actions(window_case)] == [
        replace(a, id=None) for a in cep.actions(command_case)
    ]

    # A mistaken action and meeting are deleted, in the window as with the command, and audited.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.actions_table.selectRow(0)
    section.remove_action()
    section.meetings.setCurrentRow(0)
    section.remove_meeting()
    run(ctx, "cep", "action-delete", str(command_case), str(cep.actions(command_case)[0].id))
    run(ctx, "cep", "meeting-delete", str(command_case), str(cep.meetings(command_case)[0].id))
    for case_id in (window_case, command_case):
        assert cep.actions(case_id) == [] and cep.meetings(case_id) == []
        trail = [line.action for line in Cases(ctx).trail(case_id)]
        assert "retrait_action" in trail and "retrait_entretien" in trail


def test_funding_answers_are_routed_the_same_way(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    from workbench.ui.funding_section import FundingSection

    window_case, command_case = two_cases(ctx)
    section = FundingSection(ctx, window_case)
    qtbot.addWidget(section)
    section.set_attribute("employment_status", "salarie_prive")
    section.set_attribute("training_hours", 420)
    run(
        ctx,
        "funding",
        "answer",
        str(command_case),
        json_file(tmp_path, "answers.json", {"employment_status": "salarie_prive", "training_hours": 420}),
    )
    cases, funding = Cases(ctx), Funding(ctx)
    assert cases.get(window_case).funding_attributes() == cases.get(command_case).funding_attributes()
    assert cases.get(command_case).employment_status == "salarie_prive"  # the person's answer
    (window_scenario,) = funding.scenarios(window_case)
    (command_scenario,) = funding.scenarios(command_case)
    assert window_scenario.attributes == command_scenario.attributes == {"training_hours": 420}


def test_settings_from_the_dialog_and_the_command_are_one(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    from workbench.app import settings
    from workbench.ui.structure_settings import StructureSettingsDialog

    dialog = StructureSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Cité des métiers")
    dialog.retention_years.setValue(3)
    dialog.accept()
    from_window = settings.load(ctx)
    (tmp_path / "settings.json").unlink(missing_ok=True)
    run(
        ctx,
        "settings",
        "set",
        json_file(tmp_path, "s.json", {"structure": {"name": "Cité des métiers", "retention_years": 3}}),
    )
    assert settings.load(ctx) == from_window
    assert json.loads(run(ctx, "settings", "show"))["structure"]["retention_years"] == 3


def test_parcours_refreshes_after_a_quick_capture(qtbot: QtBot, ctx: Context) -> None:
    from workbench.ui.case_view import CaseView
    from workbench.ui.cep_section import CepSection
    from workbench.ui.follow_up_area import QuickCaptureDialog

    case_id = Cases(ctx).add(CaseRecord(last_name="Martin", first_name="Léa"))
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    section = view.show_section("Parcours CEP")  # a tab is built when first shown
    assert isinstance(section, CepSection)
    assert "non commencé" in section.path_label.text()
    dialog = QuickCaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(case_id))
    dialog.accept()  # recorded from the Fichier menu, outside the open case file
    qtbot.waitUntil(lambda: "UO1" in section.path_label.text())
    assert section.next_button.text().startswith("Entrer en UO2.1")
    assert section.meetings.count() == 1
    assert "UO1" in view.header.text()


def test_a_document_saved_after_a_change_contains_it(qtbot: QtBot, ctx: Context, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from workbench.ui.documents import DocumentsSection

    case_id = Cases(ctx).add(CaseRecord(last_name="Martin", first_name="Léa"))
    section = DocumentsSection(ctx, case_id)
    qtbot.addWidget(section)

    def text_of(code: str) -> str:
        section.kinds.setCurrentRow(
            list(section.kinds.findItems("", Qt.MatchFlag.MatchContains)).index(
                next(
                    i
                    for i in section.kinds.findItems("", Qt.MatchFlag.MatchContains)
                    if i.data(Qt.ItemDataRole.UserRole) == code
                )
            )
        )
        target = tmp_path / f"{code}.pdf"
        target.write_bytes(section.build())  # what « Enregistrer sous… » writes
        return " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\u2019", "'")

    assert "reconversion vers le droit" not in text_of("entretien")
    Cep(ctx).record_meeting(
        case_id,
        Meeting(
            date.today(),
            "UO1",
            notes="Note privée du conseiller.",
            summary="Envisage une reconversion vers le droit.",
        ),
    )
    report = text_of("entretien")
    assert "reconversion vers le droit" in report
    assert "Note privée" not in report  # the counsellor's notes are never printed
    assert "Bachelor assistant juridique" not in text_of("financement")
    Funding(ctx).answer(case_id, {"training_title": "Bachelor assistant juridique"})
    assert "Bachelor assistant juridique" in text_of("financement")


@pytest.mark.rome
def test_experiences_and_snapshots_match_the_commands(
    qtbot: QtBot, rome_ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.ui import matching_section
    from workbench.ui.matching_section import MatchingSection

    ctx = rome_ctx
    window_case, command_case = two_cases(ctx)
    section = MatchingSection(ctx, window_case)
    qtbot.addWidget(section)
    wait_for_tasks()
    qtbot.waitUntil(lambda: section.engine is not None)
    unticked: list[str] = []

    def clerc(dialog: matching_section.ProExperienceDialog) -> None:
        qtbot.keyClicks(dialog.search, "clerc d avocat")
        dialog.hits.setCurrentRow(0)
        first = dialog.competences.topLevelItem(0).child(0)
        first.setCheckState(0, Qt.CheckState.Unchecked)
        unticked.append(first.data(0, Qt.ItemDataRole.UserRole))
        dialog.start.setText("01/2015")
        dialog.end.setText("06/2023")
        dialog.employer.setText("Cabinet Durand")

    monkeypatch.setattr(matching_section.ProExperienceDialog, "exec", accept_with(clerc))
    section.add_pro()
    run(
        ctx,
        "experience",
        "add",
        str(command_case),
        json_file(
            tmp_path,
            "e.json",
            {
                "appellation": "12659",
                "start": "2015-01",
                "end": "2023-06",
                "employer": "Cabinet Durand",
                "unticked": unticked,
            },
        ),
    )
    matching = Matching(ctx)
    assert [replace(e, id=None) for e in matching.experiences(window_case)] == [
        replace(e, id=None) for e in matching.experiences(command_case)
    ]
    section.save_snapshot()
    run(ctx, "pistes", "snapshot", str(command_case))
    assert matching.snapshots(window_case)[0].payload == matching.snapshots(command_case)[0].payload

    # The synthèse saved after a new experience has it.
    from pypdf import PdfReader

    from workbench.ui.documents import DocumentsSection

    documents = DocumentsSection(ctx, window_case)
    qtbot.addWidget(documents)
    documents.kinds.setCurrentRow(1)
    assert documents.current_code == "synthese"

    def synthese() -> str:
        target = tmp_path / "synthese.pdf"
        target.write_bytes(documents.build())
        return " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\u2019", "'")

    assert "boulangerie" not in synthese()  # built once before the change (a cache would keep it)
    matching.save_experience(
        window_case, matching.pro_experience("20560", date(2010, 9, 1), date(2014, 12, 1))
    )
    assert "boulangerie" in synthese()  # the new experience is in the saved document


@pytest.mark.rome
def test_the_suggestion_detail_follows_a_change_made_elsewhere(qtbot: QtBot, rome_ctx: Context) -> None:
    from workbench.ui.case_view import CaseView
    from workbench.ui.matching_section import MatchingSection

    ctx = rome_ctx
    case_id = Cases(ctx).add(CaseRecord(last_name="Martin"))
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    section = view.show_section("Expériences et pistes")  # a tab is built when first shown
    assert isinstance(section, MatchingSection)
    wait_for_tasks()
    qtbot.waitUntil(lambda: section.engine is not None)
    matching = Matching(ctx)
    matching.save_experience(case_id, matching.pro_experience("12659", date(2015, 1, 1), date(2023, 6, 1)))
    qtbot.waitUntil(lambda: len(section.experiences) == 1)
    first = section.suggestions[0]
    assert first.title in section.detail.toPlainText()
    # A command-like change: an opinion that sinks the first suggestion; the pane must not keep it.
    matching.set_feedback(case_id, first.code, False, "pas pour moi")
    qtbot.waitUntil(lambda: section.suggestions and section.suggestions[0].code != first.code)
    assert section.suggestions[0].title in section.detail.toPlainText()
    assert f"({first.code})" not in section.detail.toPlainText()


@pytest.mark.rome
def test_the_metiers_tab_follows_an_import(qtbot: QtBot, ctx: Context, rome_release: Path) -> None:
    import shutil

    from PySide6.QtWidgets import QWidget

    from workbench.app import rome
    from workbench.rome.importer import active_database
    from workbench.ui.rome_browser import RomeArea

    area = RomeArea(ctx, QWidget())
    qtbot.addWidget(area)
    assert "pas encore importé" in area.page.browser.toPlainText()
    database = active_database(rome_release)
    assert database is not None
    target = ctx.paths.rome_dir / "releases" / database.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(database, target)
    rome.activate(ctx, database.name)  # as `workbench rome activate` or an import would
    qtbot.waitUntil(lambda: "4.60" in area.status.text() or "fiches" in area.status.text())
    assert "pas encore importé" not in area.page.browser.toPlainText()
    assert area.reference is not None and area.tree.topLevelItemCount() > 0


def test_the_document_saved_in_the_window_is_the_one_the_command_writes(
    qtbot: QtBot, ctx: Context, tmp_path: Path
) -> None:
    from workbench.ui.documents import DocumentsSection

    case_id = Cases(ctx).add(CaseRecord(last_name="Martin", first_name="Léa"))
    Cep(ctx).record_meeting(case_id, Meeting(date(2026, 11, 2), "UO1", notes="Premier entretien."))
    section = DocumentsSection(ctx, case_id)
    qtbot.addWidget(section)
    section.day.setDate(section.day.date().fromString("2026-11-24", "yyyy-MM-dd"))
    assert section.current_code == "entretien" and section.current_date == date(2026, 11, 24)
    out = tmp_path / "commande.pdf"
    run(ctx, "report", "entretien", str(case_id), "--out", str(out), "--on", "2026-11-24")
    assert section.build() == out.read_bytes()  # the same bytes: one way to build a document


def test_the_conservation_view_and_the_command_erase_the_same_cases(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QWidget
    from sqlalchemy import update

    from workbench.store.models import Case
    from workbench.ui.retention_area import RetentionArea

    cases = Cases(ctx)
    ids = [cases.add(CaseRecord(last_name=name)) for name in ("Ancien", "Récent", "Oublié", "Actif")]
    with ctx.db.session() as session:
        for case_id, days in zip(ids, (1200, 400, 2000, 10), strict=True):
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(updated_at=datetime.now(UTC) - timedelta(days=days))
            )
    due_by_command = run(ctx, "case", "retention")
    area = RetentionArea(ctx, QWidget())
    qtbot.addWidget(area)
    area.reload()
    qtbot.waitUntil(lambda: area.due_months == 24)
    assert sorted(d.case_id for d in area.due) == [ids[0], ids[2]]
    assert all(f"{i:>6}" in due_by_command for i in (ids[0], ids[2])) and f"{ids[1]:>6}" not in due_by_command
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    area.purge()
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.due_months == 24 and not area.due)
    assert sorted(s.id for s in cases.summaries()) == [ids[1], ids[3]]
    assert "0 dossier(s)" in run(ctx, "case", "retention")


def test_the_retained_scenario_is_the_one_every_document_prints(
    qtbot: QtBot, ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retained in the window or by the command: same order; the comparison printed from the
    window is of the scenario shown, the synthèse and the funding summary of the retained one."""
    from pypdf import PdfReader

    from workbench.app.documents import Documents
    from workbench.core.funding.scenarios import Scenario
    from workbench.ui.funding_section import FundingSection

    def text(path: Path) -> str:
        return " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)

    funding = Funding(ctx)
    window_case, command_case = two_cases(ctx)
    for case_id in (window_case, command_case):
        for title, hours in (("Titre pro comptable", 300), ("BTS gestion de la PME", 900)):
            funding.save_scenario(
                case_id, Scenario(title, {"training_title": title, "training_hours": hours})
            )
    section = FundingSection(ctx, window_case)
    qtbot.addWidget(section)
    assert section.retained.isChecked() and not section.retained.isEnabled()  # the first one
    section.scenario_combo.setCurrentIndex(1)
    assert not section.retained.isChecked() and section.retained.isEnabled()
    printed = tmp_path / "comparaison.pdf"
    monkeypatch.setattr(
        "workbench.ui.funding_section.QFileDialog.getSaveFileName", lambda *a, **k: (str(printed), "")
    )
    section.print_comparison()
    assert "BTS gestion de la PME" in text(printed)  # the scenario shown, not the first
    section.retained.setChecked(True)
    assert section.retained.isChecked() and not section.retained.isEnabled()
    assert section.scenario_combo.currentText() == "BTS gestion de la PME"
    second = funding.scenarios(command_case)[1]
    run(ctx, "funding", "scenario-retain", str(command_case), str(second.id))
    titles = [[s.title for s in funding.scenarios(c)] for c in (window_case, command_case)]
    assert titles[0] == titles[1] == ["BTS gestion de la PME", "Titre pro comptable"]
    documents = Documents(ctx)
    for code in ("synthese", "financement"):
        path = documents.write(code, window_case, date(2026, 5, 4), tmp_path / f"{code}.pdf")
        assert "BTS gestion de la PME" in text(path)
    first = funding.scenarios(command_case)[1]  # « Titre pro comptable », now second
    run(
        ctx,
        "report",
        "comparaison",
        str(command_case),
        "--scenario",
        str(first.id),
        "--out",
        str(tmp_path / "c2.pdf"),
        "--on",
        "2026-05-04",
    )
    assert "Titre pro comptable" in text(tmp_path / "c2.pdf")


def test_a_scenario_of_another_case_is_refused(ctx: Context, tmp_path: Path) -> None:
    from workbench.app.documents import Documents
    from workbench.core.funding.scenarios import Scenario
    from workbench.errors import UserError

    funding = Funding(ctx)
    mine, other = two_cases(ctx)
    theirs = funding.save_scenario(other, Scenario("BTS gestion de la PME"))
    assert theirs.id is not None
    with pytest.raises(UserError, match="n'a pas de scénario"):
        funding.retain(mine, theirs.id)
    with pytest.raises(UserError, match="n'a pas de scénario"):
        Documents(ctx).write("comparaison", mine, date(2026, 5, 4), tmp_path / "c.pdf", scenario=theirs.id)
    assert not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize(
    ("name", "record", "change"),
    [
        ("action", {"title": "Appeler l'OPCO"}, {"status": "fait"}),
        (
            "decision",
            {"kind": "financement", "subject": "Dossier PTP", "body": "Transitions Pro"},
            {"reason": "complet"},
        ),
        ("referral", {"kind": "vae", "provider": "DAVA Lyon"}, {"outcome": "recevable"}),
    ],
)
def test_path_records_are_added_listed_and_edited_by_command(
    ctx: Context, tmp_path: Path, name: str, record: dict[str, str], change: dict[str, str]
) -> None:
    """« cep NAME-add », « cep NAMEs », « cep NAME-edit » (only the fields given change); an id of
    another case is refused in French."""
    mine, other = two_cases(ctx)
    added = json.loads(run(ctx, "cep", f"{name}-add", str(mine), json_file(tmp_path, "r.json", record)))
    (listed,) = json.loads(run(ctx, "cep", f"{name}s", str(mine)))
    assert listed == added and all(listed[k] == v for k, v in record.items())
    edited = json.loads(
        run(ctx, "cep", f"{name}-edit", str(mine), str(added["id"]), json_file(tmp_path, "c.json", change))
    )
    assert edited == {**added, **change}
    assert (
        main(
            [
                "--data-dir",
                str(ctx.paths.data_dir),
                "cep",
                f"{name}-edit",
                str(other),
                str(added["id"]),
                str(tmp_path / "c.json"),
            ]
        )
        == 2
    )
    assert json.loads(run(ctx, "cep", f"{name}s", str(other))) == []
