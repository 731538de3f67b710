"""The funding scenarios of a case file, in the database."""

from __future__ import annotations

from sqlalchemy import func, select

from workbench.core import funding
from workbench.core.funding import inputs
from workbench.core.funding.scenarios import Scenario
from workbench.errors import ValidationError
from workbench.store.db import Database
from workbench.store.models import FundingScenarioRow


def _scenario(row: FundingScenarioRow) -> Scenario:
    return Scenario(row.title, dict(row.attributes), row.id, row.position)


class FundingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def scenarios(self, case_id: int) -> list[Scenario]:
        with self._db.session() as session:
            rows = session.scalars(
                select(FundingScenarioRow)
                .where(FundingScenarioRow.case_id == case_id)
                .order_by(FundingScenarioRow.position, FundingScenarioRow.id)
            )
            return [_scenario(row) for row in rows]

    def all_scenarios(self) -> dict[int, list[Scenario]]:
        """Every case's scenarios, in one query (for the calendar of every case)."""
        found: dict[int, list[Scenario]] = {}
        with self._db.session() as session:
            rows = session.scalars(
                select(FundingScenarioRow).order_by(
                    FundingScenarioRow.case_id, FundingScenarioRow.position, FundingScenarioRow.id
                )
            )
            for row in rows:
                found.setdefault(row.case_id, []).append(_scenario(row))
        return found

    def save(self, case_id: int, scenario: Scenario) -> Scenario:
        """Insert or update; the attributes are checked against the rules' catalogue first."""
        title = scenario.title.strip()
        if not title:
            raise ValidationError({"title": "donnez un nom au scénario (la formation visée)."})
        values = {k: v for k, v in scenario.attributes.items() if v is not None}
        inputs.read(funding.rulebook(), values)  # ValidationError naming each bad attribute
        with self._db.session() as session:
            row = session.get(FundingScenarioRow, scenario.id) if scenario.id is not None else None
            if row is None or row.case_id != case_id:
                last = session.scalar(
                    select(func.max(FundingScenarioRow.position)).where(FundingScenarioRow.case_id == case_id)
                )
                row = FundingScenarioRow(case_id=case_id, position=(last or 0) + 1)
                session.add(row)
            row.title = title
            row.attributes = values
            session.flush()
            return _scenario(row)

    def delete(self, scenario_id: int) -> None:
        with self._db.session() as session:
            row = session.get(FundingScenarioRow, scenario_id)
            if row is not None:
                session.delete(row)

    def primary(self, case_id: int) -> Scenario | None:
        """The first scenario: the one retained, that the documents print."""
        found = self.scenarios(case_id)
        return found[0] if found else None

    def retain(self, case_id: int, scenario_id: int) -> None:
        """Put the scenario first (before every other of the case): the documents print it."""
        with self._db.session() as session:
            first = session.scalars(
                select(FundingScenarioRow)
                .where(FundingScenarioRow.case_id == case_id)
                .order_by(FundingScenarioRow.position, FundingScenarioRow.id)
                .limit(1)
            ).first()
            row = session.get(FundingScenarioRow, scenario_id)
            if first is not None and row is not None and row.case_id == case_id and row is not first:
                row.position = first.position - 1
