"""CEP path rules, follow-up scheduling and their storage."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.context import Context
from workbench.core import cep
from workbench.core.cases import CaseRecord
from workbench.core.cep import Action, CepPath, Closure, FollowUp, Meeting
from workbench.errors import UserError, ValidationError
from workbench.store.cases import CaseRepository
from workbench.store.cep import CepRepository

TODAY = date(2026, 11, 24)


def test_a_path_starts_with_uo1_and_moves_forward_with_a_reason() -> None:
    path = cep.enter_level(CepPath(), "UO1", date(2026, 3, 2), "", TODAY)
    assert path.current_level == "UO1"
    with pytest.raises(ValidationError, match="pourquoi"):
        cep.enter_level(path, "UO2.1", date(2026, 4, 1), " ", TODAY)
    path = cep.enter_level(path, "UO2.1", date(2026, 4, 1), "projet de reconversion à formaliser", TODAY)
    assert [(s.level, s.exited_on) for s in path.stays] == [("UO1", date(2026, 4, 1)), ("UO2.1", None)]


@pytest.mark.parametrize(
    ("steps", "level", "day", "fragment"),
    [
        ((), "UO2.1", date(2026, 3, 2), "commence par l'UO1"),
        ((("UO1", date(2026, 3, 2)),), "UO2.2", date(2026, 4, 2), "suit la formalisation"),
        ((("UO1", date(2026, 3, 2)),), "UO1", date(2026, 4, 2), "déjà en UO1"),
        ((("UO1", date(2026, 3, 2)),), "UO2.1", date(2026, 2, 1), "précède l'entrée en UO1"),
        ((("UO1", date(2026, 3, 2)),), "UO2.1", date(2027, 1, 1), "futur"),
        ((), "UO3", date(2026, 3, 2), "inconnu"),
    ],
)
def test_impossible_steps_are_refused(
    steps: tuple[tuple[str, date], ...], level: str, day: date, fragment: str
) -> None:
    path = CepPath()
    for step_level, step_day in steps:
        path = cep.enter_level(path, step_level, step_day, "raison", TODAY)
    with pytest.raises(ValidationError, match=fragment):
        cep.enter_level(path, level, day, "raison", TODAY)


def test_closure_needs_kinds_type_and_outcome() -> None:
    path = cep.enter_level(CepPath(), "UO1", date(2026, 3, 2), "", TODAY)
    with pytest.raises(ValidationError) as refused:
        cep.close(path, Closure(date(2026, 3, 1), (), "?", "?"), TODAY)
    assert set(refused.value.problems) == {"day", "support_kinds", "path_type", "outcome"}
    closed = cep.close(
        path, Closure(date(2026, 3, 2), ("information",), "pragmatique", "renegociation"), TODAY
    )
    assert closed.closed and closed.current_level is None and closed.stays[-1].exited_on == date(2026, 3, 2)
    assert cep.reopen(closed).current_level == "UO1"


def test_follow_ups_at_1_6_18_months_end_of_month_safe() -> None:
    dues = [f.due for f in cep.follow_ups_for(date(2026, 1, 31))]
    assert dues == [date(2026, 2, 28), date(2026, 7, 31), date(2027, 7, 31)]
    assert [f.months_after_exit for f in cep.follow_ups_for(date(2026, 1, 1), (3, 12))] == [3, 12]


def test_an_action_depending_on_a_decision_needs_a_plan_b() -> None:
    with pytest.raises(ValidationError, match="plan B"):
        cep.check_action(Action("Déposer le dossier PTP", depends_on_decision=True))
    cep.check_action(
        Action("Déposer le dossier PTP", depends_on_decision=True, plan_b="CPF + financement personnel")
    )


def test_guidance_covers_every_level() -> None:
    steps = cep.guidance()
    assert set(steps) == set(cep.LEVELS)
    assert all(len(steps[level]) >= 4 for level in cep.LEVELS)
    assert {s.tool for level in cep.LEVELS for s in steps[level]} >= {
        "matching",
        "funding",
        "rome",
        "documents",
    }


def test_stored_journey_keeps_case_level_in_sync(ctx: Context) -> None:
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", first_name="Léa"))
    repo = CepRepository(ctx.db, today=lambda: TODAY)
    repo.enter_level(case_id, "UO1", date(2026, 3, 2))
    assert CaseRepository(ctx.db).get(case_id).cep_level == "UO1"
    repo.enter_level(case_id, "UO2.1", date(2026, 4, 1), "projet à formaliser")
    repo.enter_level(case_id, "UO2.2", date(2026, 6, 1), "dossier PTP à monter")
    assert CaseRepository(ctx.db).get(case_id).cep_level == "UO2.2"
    repo.set_step_done(case_id, "UO2.2:dossiers", True)
    assert repo.path(case_id).done_steps == {"UO2.2:dossiers"}

    repo.close(case_id, Closure(date(2026, 10, 1), ("reflexion", "aiguillage"), "dense", "projet_en_cours"))
    case = CaseRepository(ctx.db).get(case_id)
    assert (case.cep_level, case.status) == ("UO2.2", "clos")  # the last level reached stays shown
    assert [(f.due, f.months_after_exit) for f in repo.follow_ups(case_id)] == [
        (date(2026, 11, 1), 1),
        (date(2027, 4, 1), 6),
        (date(2028, 4, 1), 18),
    ]

    items = repo.due_items(TODAY)
    assert [(i.kind, i.case_id) for i in items] == [("suivi", case_id)]
    first = repo.follow_ups(case_id)[0]
    repo.record_follow_up(
        FollowUp(first.due, 1, TODAY, "formation", ("mise_en_action",), "a commencé", first.id)
    )
    assert repo.due_items(TODAY) == []


def test_meetings_actions_and_silent_cases(ctx: Context) -> None:
    case_id = CaseRepository(ctx.db).add(
        CaseRecord(last_name="Nguyen", first_name="Thi", counsellor="Claire")
    )
    repo = CepRepository(ctx.db, today=lambda: TODAY)
    repo.enter_level(case_id, "UO1", date(2026, 6, 2))
    meeting = repo.save_meeting(case_id, Meeting(date(2026, 6, 2), "UO1", topics=("demande", "financement")))
    repo.save_notes(meeting.id or 0, "Souhaite devenir aide-soignante.")
    assert repo.meetings(case_id)[0].notes == "Souhaite devenir aide-soignante."
    with pytest.raises(ValidationError, match="futur"):
        repo.save_meeting(case_id, Meeting(date(2027, 1, 1), "UO1"))
    repo.save_action(case_id, Action("Se renseigner sur l'IFAS", due=date(2026, 7, 1)))
    kinds = sorted(i.kind for i in repo.due_items(TODAY, no_contact_days=60))
    assert kinds == ["action", "sans_contact"]


def test_a_row_of_another_case_is_never_saved_through_this_one(ctx: Context) -> None:
    cases, store = CaseRepository(ctx.db), CepRepository(ctx.db)
    mine, theirs = (cases.add(CaseRecord(last_name=name)) for name in ("Martin", "Durand"))
    action = store.save_action(theirs, Action("Appeler l'OPCO", due=date(2026, 3, 1)))
    meeting = store.save_meeting(theirs, Meeting(date(2026, 1, 5), "UO1", notes="leurs notes"))
    with pytest.raises(UserError, match="n'a pas d'action"):
        store.save_action(mine, Action("Écrasée", due=date(2026, 3, 1), id=action.id))
    with pytest.raises(UserError, match="n'a pas d'entretien"):
        store.save_meeting(mine, Meeting(date(2026, 1, 6), "UO1", notes="autres", id=meeting.id))
    assert [a.title for a in store.actions(theirs)] == ["Appeler l'OPCO"]
    assert [m.notes for m in store.meetings(theirs)] == ["leurs notes"]
    assert store.actions(mine) == [] and store.meetings(mine) == []


def test_project_decisions_referrals_and_handover(ctx: Context) -> None:
    from workbench.core.cep import Decision, Project, Referral

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", counsellor="Claire"))
    repo = CepRepository(ctx.db, today=lambda: TODAY)
    repo.save_project(
        case_id, Project("Assistante commerciale (D1401)", "PTP puis CDI au siège", "sous_conditions")
    )
    assert repo.project(case_id).feasibility == "sous_conditions"

    lodged = Decision(
        "financement", "PTP titre professionnel", "Transitions Pro ARA", "depose", date(2026, 9, 1)
    )
    with pytest.raises(ValidationError) as refused:
        repo.save_decision(
            case_id, Decision("financement", "PTP", "Transitions Pro", "refuse", date(2026, 9, 1))
        )
    assert set(refused.value.problems) == {"decided_on", "reason"}
    saved = repo.save_decision(case_id, lodged)
    repo.save_decision(
        case_id,
        Decision(
            **{
                **saved.__dict__,
                "status": "refuse",
                "decided_on": date(2026, 10, 1),
                "reason": "projet jugé insuffisamment étayé",
            }
        ),
    )
    clone = repo.save_decision(case_id, repo.decisions(case_id)[0].cloned("OPCO Commerce"))
    assert [(d.body, d.status) for d in repo.decisions(case_id)] == [
        ("Transitions Pro ARA", "refuse"),
        ("OPCO Commerce", "brouillon"),
    ]
    assert clone.lodged_on is None

    with pytest.raises(ValidationError, match="prestataire"):
        repo.save_referral(case_id, Referral("bilan", " "))
    repo.save_referral(case_id, Referral("pmsmp", "Boutique Mode & Co", date(2026, 5, 4), date(2026, 5, 8)))
    assert repo.referrals(case_id)[0].kind == "pmsmp"

    assert repo.hand_over("Claire", "Marc") == [case_id]
    assert CaseRepository(ctx.db).get(case_id).counsellor == "Marc"
    with pytest.raises(ValidationError):
        repo.hand_over("Marc", "Marc")


def test_cep_commands(ctx: Context, capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workbench.cli import main

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", sex="F"))
    data = ["--data-dir", str(ctx.paths.data_dir)]
    assert main([*data, "cep", "meeting", str(case_id), "--on", "02/03/2026", "--topic", "financement"]) == 0
    assert (
        main([*data, "cep", "level", str(case_id), "UO2.1", "--on", "01/04/2026", "--reason", "projet"]) == 0
    )
    assert "UO1 → UO2.1" in capsys.readouterr().out
    assert main([*data, "cep", "level", str(case_id), "UO1"]) == 2
    assert "déjà en UO2.1" in capsys.readouterr().err
    target = tmp_path / "stats.csv"
    assert (
        main([*data, "cep", "stats", "--from", "01/01/2026", "--to", "30/06/2026", "--csv", str(target)]) == 0
    )
    assert "sexe;Femme;UO2.1;< 5;" in target.read_text(encoding="utf-8")  # one person: not shown


def test_meeting_report_and_synthesis_use_the_stored_path(ctx: Context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from workbench.core.cep import Project
    from workbench.reports.kinds import build_for_case

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", first_name="Léa"))
    repo = CepRepository(ctx.db, today=lambda: TODAY)
    repo.save_meeting(
        case_id,
        Meeting(
            date(2026, 11, 2),
            "UO1",
            "telephone",
            40,
            topics=("financement",),
            notes="Souhaite financer un titre professionnel.",
        ),
    )
    repo.save_action(case_id, Action("Demander un devis à l'AFPA", "beneficiaire", date(2026, 12, 1)))
    repo.save_project(case_id, Project("Assistante commerciale", "PTP puis CDI", "favorable"))

    def text(code: str) -> str:
        target = tmp_path / f"{code}.pdf"
        target.write_bytes(build_for_case(ctx.db, ctx.paths, code, case_id, TODAY))
        return " ".join(page.extract_text() for page in PdfReader(target).pages)

    report = text("entretien")
    assert (
        "Thèmes abordés : financement" in report and "Demander un devis" in report and "téléphone" in report
    )
    synthesis = text("synthese")
    assert "Assistante commerciale" in synthesis and "Demander un devis" in synthesis


def test_merge_notes_never_drops_a_line() -> None:
    from workbench.core.cep import CONCURRENT_NOTES, merge_notes

    assert merge_notes("a", "a\nb", "a\nc") == "a\nc\nb"
    assert merge_notes("a", "a", "a\nc") == "a\nc"
    assert merge_notes("a", "a\nb", "a") == "a\nb"
    rewritten = merge_notes("a", "tout autre", "a\nc")
    assert rewritten == f"a\nc\n\n{CONCURRENT_NOTES}\ntout autre"
