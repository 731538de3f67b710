"""The administrative calendar of funding in « À relancer », and the Transitions Pro commissions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from tests.funding.people import TRAINING, employee
from workbench.app import settings
from workbench.app.funding import Funding
from workbench.context import Context
from workbench.core.funding.scenarios import Scenario
from workbench.errors import ValidationError
from workbench.store.cases import CaseRepository
from workbench.store.funding import FundingRepository


def test_every_deadline_of_every_scenario_with_days_left(ctx: Context) -> None:
    today = date.today()
    case_id = employee(ctx)
    start = today + timedelta(days=200)
    repo = FundingRepository(ctx.db)
    repo.save(case_id, Scenario("Secrétaire", {**TRAINING, "training_start_date": start.isoformat()}))
    repo.save(
        case_id,
        Scenario("Comptable", {**TRAINING, "training_start_date": (start + timedelta(days=30)).isoformat()}),
    )
    entries = Funding(ctx).calendar(today)
    congé = [e for e in entries if e.scheme == "PTP" and "congé" in e.label]
    assert {e.scenario for e in congé} == {"Secrétaire", "Comptable"}
    first = next(e for e in congé if e.scenario == "Secrétaire")
    assert first.due == start - timedelta(days=120) and first.days_left == 80
    assert [e.due for e in entries] == sorted(e.due for e in entries)  # soonest first


def test_a_resignation_plan_without_training_is_in_the_calendar(ctx: Context) -> None:
    today = date.today()
    case_id = employee(ctx)
    record = CaseRepository(ctx.db).get(case_id)
    resign = today + timedelta(days=40)
    CaseRepository(ctx.db).update(record.with_funding_attributes({"resignation_date": resign.isoformat()}))
    entries = Funding(ctx).calendar(today)
    cep = next(e for e in entries if "CEP" in e.label)
    assert cep.due == resign - timedelta(days=1) and cep.days_left == 39


def test_the_next_commission_is_shown_to_a_possible_transition_project(ctx: Context) -> None:
    today = date.today()
    case_id = employee(ctx)
    FundingRepository(ctx.db).save(case_id, Scenario("Secrétaire", TRAINING))
    past, next_one, later = today - timedelta(days=3), today + timedelta(days=12), today + timedelta(days=60)
    structure = settings.structure(ctx)
    text = "\n".join(d.strftime("%d/%m/%Y") for d in (later, past, next_one))
    from dataclasses import replace

    settings.save_structure(ctx, replace(structure, transitions_pro_commissions=text))
    assert settings.commission_dates(ctx) == [past, next_one, later]
    commission = next(e for e in Funding(ctx).calendar(today) if "commission" in e.label)
    assert commission.due == next_one and commission.days_left == 12
    with pytest.raises(ValidationError) as error:
        settings.save_structure(ctx, replace(structure, transitions_pro_commissions="14/09/2026\n31/02/2026"))
    assert "ligne 2" in error.value.problems["transitions_pro_commissions"]


def test_the_calendar_tab_of_the_follow_up_area(qtbot: QtBot, ctx: Context) -> None:
    from PySide6.QtWidgets import QDialog

    from tests.cep.test_cep_window import wait_for_tasks
    from workbench.ui.follow_up_area import FollowUpArea

    case_id = employee(ctx)
    start = date.today() + timedelta(days=200)
    FundingRepository(ctx.db).save(
        case_id, Scenario("Secrétaire", {**TRAINING, "training_start_date": start.isoformat()})
    )
    area = FollowUpArea(ctx, QDialog())
    qtbot.addWidget(area)
    area.activated()
    wait_for_tasks()
    qtbot.waitUntil(lambda: area.calendar.table.rowCount() > 0)
    texts = [area.calendar.table.item(r, 1).text() for r in range(area.calendar.table.rowCount())]
    assert "J-80" in texts
    assert "échéance" in area.calendar.summary.text()
