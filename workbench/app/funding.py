"""Funding of a case: scenarios (one per training compared), the answers to the funding questions
(routed to the person or to the training), and the funding check itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from workbench.app import changes
from workbench.app._base import Service
from workbench.core import funding
from workbench.core.cases import CaseRecord
from workbench.core.funding import compare as routes
from workbench.core.funding.engine import Evaluation
from workbench.core.funding.plan import FinancingPlan
from workbench.core.funding.scenarios import Scenario, case_answers, merged, split
from workbench.errors import UserError, ValidationError
from workbench.rome.funding_data import check, hints_for
from workbench.store.cases import CaseRepository
from workbench.store.funding import FundingRepository

__all__ = ["Answered", "Funding", "Scenario", "check", "compare"]

DEFAULT_TITLE = "Formation visée"


# Person-level answers that carry dates of the routes out of a job: a case with one of them is in
# the calendar even without a training scenario.
ROUTE_DATES = ("resignation_date", "cpir_notification_date", "notice_end_date", "rc_signature_date")
PTP_FAMILY = ("ptp", "ptp_fipu", "pur")


@dataclass(frozen=True)
class CalendarEntry:
    """One deadline of one scenario of one case, for « À relancer »."""

    case_id: int
    name: str
    counsellor: str
    scenario: str
    scheme: str  # the scheme or route's acronym
    label: str
    due: date
    days_left: int
    text: str = ""


@dataclass(frozen=True)
class Answered:
    """After answers: the case (person-level answers) and the scenario (training-level answers)."""

    record: CaseRecord
    scenario: Scenario | None


class Funding(Service):
    @property
    def _repo(self) -> FundingRepository:
        return FundingRepository(self.db)

    # ---- Scenarios

    def scenarios(self, case_id: int) -> list[Scenario]:
        return self._repo.scenarios(case_id)

    def primary(self, case_id: int) -> Scenario | None:
        return self._repo.primary(case_id)

    def scenario(self, case_id: int, scenario_id: int) -> Scenario:
        found = next((s for s in self._repo.scenarios(case_id) if s.id == scenario_id), None)
        if found is None:
            raise UserError(f"Le dossier n° {case_id} n'a pas de scénario de financement n° {scenario_id}.")
        return found

    def save_scenario(self, case_id: int, scenario: Scenario) -> Scenario:
        if scenario.id is not None:
            self.scenario(case_id, scenario.id)  # one of this case's
        saved = self._repo.save(case_id, scenario)
        self.announce(case_id, changes.FUNDING)
        return saved

    def retain(self, case_id: int, scenario_id: int) -> Scenario:
        """The scenario the documents print (synthèse, funding summary, comparison, PRP draft)."""
        self.scenario(case_id, scenario_id)
        self._repo.retain(case_id, scenario_id)
        self.announce(case_id, changes.FUNDING)
        return self.scenario(case_id, scenario_id)

    def delete_scenario(self, case_id: int, scenario_id: int) -> None:
        self.scenario(case_id, scenario_id)
        self._repo.delete(scenario_id)
        self.announce(case_id, changes.FUNDING)

    # ---- Answers and the check

    def values(self, case_id: int, scenario_id: int | None = None) -> dict[str, Any]:
        """The engine's input: the person's answers, then the scenario's (the first one by default)."""
        record = CaseRepository(self.db).get(case_id)
        scenario = (
            self.scenario(case_id, scenario_id) if scenario_id is not None else self._repo.primary(case_id)
        )
        return merged(case_answers(record), scenario)

    def answer(self, case_id: int, answers: Mapping[str, Any], scenario_id: int | None = None) -> Answered:
        """Store answers (attribute name → JSON value, None = unknown again): what concerns the person
        goes to the case file, what concerns the training to the scenario (created when there is none)."""
        book = funding.rulebook()
        unknown = sorted(set(answers) - set(book.attributes))
        if unknown:
            raise UserError(f"Information de financement inconnue : {', '.join(unknown)}.")
        self._check_rome_codes(book, answers)
        person, training = split(book, answers)
        cases = CaseRepository(self.db)
        record = cases.get(case_id)
        if person:
            record = cases.update(record.with_funding_attributes(person))
            self.announce(case_id, changes.CASE)
        scenario = (
            self.scenario(case_id, scenario_id) if scenario_id is not None else self._repo.primary(case_id)
        )
        if training:
            base = scenario or Scenario(str(training.get("training_title") or DEFAULT_TITLE))
            scenario = self._repo.save(
                case_id, Scenario(base.title, {**base.attributes, **training}, base.id)
            )
            self.announce(case_id, changes.FUNDING)
        return Answered(record, scenario)

    def _check_rome_codes(self, book: funding.Rulebook, answers: Mapping[str, Any]) -> None:
        """A ROME code must name a fiche of the active release (when one is installed)."""
        reference = self.ctx.rome
        if reference is None:
            return
        problems = {
            name: f"le code {value} n'existe pas dans le référentiel ROME ; rien n'est enregistré"
            for name, value in answers.items()
            if value
            and name in book.attributes
            and book.attributes[name].format == "rome"
            and reference.fiche(str(value).strip().upper()) is None
        }
        if problems:
            raise ValidationError(problems)

    def compare_case(self, case_id: int, on: date, scenario_id: int | None = None) -> routes.Comparison:
        """The routes open to the person, side by side, for the training of a scenario."""
        return compare(self.ctx.rome, self.values(case_id, scenario_id), on)

    def calendar(self, on: date, past_days: int = 30) -> list[CalendarEntry]:
        """Every deadline of every scenario of every open case, soonest first: the schemes and routes
        not ruled out, and the next Transitions Pro commission when a transition project is possible.
        Deadlines passed more than ``past_days`` ago are left out."""
        from workbench.app.settings import commission_dates

        commissions = [d for d in commission_dates(self.ctx) if d >= on]
        cases = CaseRepository(self.db)
        scenarios = self._repo.all_scenarios()
        entries: list[CalendarEntry] = []
        for summary in cases.summaries(include_archived=False):
            record = cases.get(summary.id)
            attrs = case_answers(record)
            found: list[Scenario | None] = list(scenarios.get(summary.id, []))
            if not found and any(attrs.get(n) for n in ROUTE_DATES):
                found = [None]
            for scenario in found:
                try:
                    evaluation, _ = check(self.ctx.rome, merged(attrs, scenario), on)
                except UserError:
                    continue  # a stored value the rules no longer read: the section says which
                title = scenario.title if scenario is not None else ""
                ptp_open = False
                for result in evaluation.results:
                    if result.verdict in ("not_eligible", "superseded"):
                        continue
                    ptp_open = ptp_open or result.id in PTP_FAMILY
                    for deadline in result.deadlines:
                        if (
                            deadline.due is None
                            or deadline.days_left is None
                            or deadline.days_left < -past_days
                        ):
                            continue
                        entries.append(
                            CalendarEntry(
                                summary.id,
                                summary.display_name,
                                summary.counsellor,
                                title,
                                result.scheme.acronym,
                                deadline.label,
                                deadline.due,
                                deadline.days_left,
                                deadline.text,
                            )
                        )
                if ptp_open and commissions:
                    entries.append(
                        CalendarEntry(
                            summary.id,
                            summary.display_name,
                            summary.counsellor,
                            title,
                            "PTP",
                            "Prochaine commission de Transitions Pro",
                            commissions[0],
                            (commissions[0] - on).days,
                            "Date saisie dans les paramètres de la structure : déposez le dossier complet avant.",
                        )
                    )
        return sorted(entries, key=lambda e: (e.due, e.name))

    def check_case(
        self, case_id: int, on: date, scenario_id: int | None = None
    ) -> tuple[Evaluation, tuple[FinancingPlan, ...]]:
        return check(self.ctx.rome, self.values(case_id, scenario_id), on)


def compare(reference: Any, attrs: Mapping[str, Any], on: date) -> routes.Comparison:
    """The side-by-side comparison of routes for ``attrs`` (JSON values) on ``on``."""
    return routes.compare(attrs, on, hints_for(reference, attrs))
