"""Evaluate every scheme of the rulebook for one person and one target training (§0.1).

The verdict of a scheme follows from its rules: a ``blocking`` or ``decision`` rule that is FALSE
makes it *not eligible* (the rule is a missing condition); a rule whose ``special`` condition holds
asks for a *manual check*; a ``blocking`` rule that is UNKNOWN makes it *needs information* (the
unknown attributes become questions); otherwise it is *eligible*, with the third-party decisions
still awaited listed as pending. Review rules never change the verdict. Precedence:
not_eligible > manual_check > needs_info > eligible.

Amounts, notes and deadlines are named computations shared by all schemes (PTP-FIPU shows the
PTP's pedagogical cover), evaluated lazily and once per evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from workbench.core.funding import pay
from workbench.core.funding.el import ExpressionError, Unknown, money, unknowns
from workbench.core.funding.rules import Computed, Rule, Rulebook, Scheme, Source

VERDICTS = ("eligible", "needs_info", "manual_check", "not_eligible", "superseded")
_SEVERITY = {"eligible": 0, "needs_info": 1, "manual_check": 2, "not_eligible": 3}


@dataclass(frozen=True)
class Hint:
    """A value suggested from elsewhere (the target job's ROME fiche) for an attribute left unknown."""

    value: Any
    explanation: str


@dataclass(frozen=True)
class Finding:
    """A rule's outcome shown to the counsellor: the text, and where the rule comes from."""

    rule_id: str
    text: str
    source: Source = Source()


@dataclass(frozen=True)
class AmountValue:
    name: str
    label: str
    value: Any  # Decimal, date, str; None when it cannot be computed yet
    unit: str
    missing: tuple[str, ...] = ()  # attributes that would let it be computed
    note: str = ""
    warning: str = ""  # « montants 2019 à actualiser »
    source: Source = Source()


@dataclass(frozen=True)
class DeadlineValue:
    id: str
    scheme: str
    label: str
    due: date | None
    window_start: date | None
    days_left: int | None  # from the evaluation date; negative when past
    missing: tuple[str, ...] = ()
    text: str = ""
    source: Source = Source()

    @property
    def past(self) -> bool:
        return self.days_left is not None and self.days_left < 0


@dataclass(frozen=True)
class SchemeResult:
    scheme: Scheme
    verdict: str
    met: tuple[Finding, ...] = ()
    missing: tuple[Finding, ...] = ()
    unknown: tuple[str, ...] = ()  # attribute names, catalogue order
    manual: tuple[Finding, ...] = ()
    pending: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()
    notes: tuple[Finding, ...] = ()
    amounts: tuple[AmountValue, ...] = ()
    deadlines: tuple[DeadlineValue, ...] = ()
    documents: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.scheme.id

    def amount(self, name: str) -> Any:
        for item in self.amounts:
            if item.name == name:
                return item.value
        raise KeyError(name)


@dataclass(frozen=True)
class Question:
    attribute: str
    label: str
    question: str
    schemes: tuple[str, ...]  # acronyms of the schemes waiting for the answer


@dataclass
class Evaluation:
    """The answer for one case and one training on one day; ``value`` reads any named quantity."""

    on: date
    results: tuple[SchemeResult, ...]
    questions: tuple[Question, ...]
    hints_used: dict[str, str]  # attribute → explanation (ROME contexts that triggered it)
    rules_version: str
    _env: _Env = field(repr=False)

    def result(self, scheme_id: str) -> SchemeResult:
        for result in self.results:
            if result.id == scheme_id:
                return result
        raise KeyError(scheme_id)

    def value(self, name: str) -> Any:
        """A computed amount or attribute; None when unknown or not applicable."""
        value = self._env.value(name)
        return None if isinstance(value, Unknown) else value


class _Env:
    """Resolves names for the expressions: inputs, hints, derived attributes, parameters, amounts."""

    def __init__(self, book: Rulebook, attrs: Mapping[str, Any], on: date, hints: Mapping[str, Hint]):
        self.book = book
        self.attrs = {k: v for k, v in attrs.items() if v is not None}
        self.attrs.setdefault("evaluation_date", on)
        self.on = on
        self.hints = hints
        self.hints_used: dict[str, str] = {}
        self.computed = book.computed
        self._cache: dict[str, tuple[Any, frozenset[str]]] = {}
        self._params_read: list[set[str]] = [set()]
        self._verdicts: dict[str, SchemeResult] = {}
        self._evaluating: list[str] = []
        self._deriving: set[str] = set()
        self.evaluator: _SchemeEvaluator | None = None

    # ---- Env protocol

    def value(self, name: str) -> Any:
        if name in self.attrs:
            return self.attrs[name]
        if name in self.hints:
            self.hints_used[name] = self.hints[name].explanation
            return self.hints[name].value
        if name in self._deriving:
            # A derived attribute that falls back on its typed value (the span of a training is
            # computed from its dates, else asked): while computing it, its own name is unknown.
            return Unknown(frozenset({name}))
        if name in self._cache:
            value, params = self._cache[name]
            self._params_read[-1].update(params)
            return value
        if name in self.book.derived or name in self.computed:
            self._params_read.append(set())
            try:
                value = self._compute(name)
            finally:
                params = frozenset(self._params_read.pop())
            self._cache[name] = (value, params)
            self._params_read[-1].update(params)
            return value
        if name in self.book.parameters:
            self._params_read[-1].add(name)
            current = self.book.parameters[name].on(self.on)
            return current.value if current else Unknown(frozenset({name}))
        return Unknown(frozenset({name}))

    def _compute(self, name: str) -> Any:
        if name in self.book.derived:
            self._deriving.add(name)
            try:
                return self.book.derived[name](self)
            finally:
                self._deriving.discard(name)
        item = self.computed[name]
        if item.when is not None:
            condition = item.when(self)
            if condition is False:
                return None
            if isinstance(condition, Unknown):
                return condition
        assert item.expr is not None
        value = item.expr(self)
        if isinstance(value, Decimal) and item.unit.startswith("€"):
            return money(value)
        return value

    def is_known(self, name: str) -> bool:
        return not isinstance(self.value(name), Unknown)

    def verdict(self, scheme_id: str) -> Any:
        result = self.scheme_result(scheme_id)
        if result.verdict == "needs_info":
            return Unknown(frozenset(result.unknown))
        return result.verdict

    def native(self, name: str, args: list[Any]) -> Any:
        if name == "label":
            (attribute,) = args
            value = self.value(attribute)
            if isinstance(value, Unknown):
                return value
            return self.book.attributes[attribute].values.get(str(value), str(value))
        salary = self.value("reference_salary_monthly_gross")
        smic = self.value("smic_monthly_gross")
        continuous = self.value("training_continuous_full_time")
        span = self.value("training_span_months")
        hours = self.value("training_hours")
        if name == "ptp_pay":
            (phase,) = args
            if (
                missing := unknowns(salary, smic, continuous, span if continuous is True else hours)
            ) is not None:
                return missing
            long = pay.is_long(continuous, span, hours)
            if phase == 2 and not long:
                return None
            return pay.monthly_pay(salary, smic, second_phase=phase == 2)
        if name == "ptp_pay_total":
            if continuous is False:
                return None  # hours-based phases: the total depends on the calendar
            if (missing := unknowns(salary, smic, continuous, span)) is not None:
                return missing
            return pay.total_pay(salary, smic, span)
        raise ExpressionError(f"fonction inconnue {name}")

    # ---- Schemes

    def scheme_result(self, scheme_id: str) -> SchemeResult:
        if scheme_id in self._verdicts:
            return self._verdicts[scheme_id]
        if scheme_id in self._evaluating:
            raise ExpressionError(f"verdicts circulaires : {' → '.join([*self._evaluating, scheme_id])}")
        self._evaluating.append(scheme_id)
        try:
            assert self.evaluator is not None
            result = self.evaluator.evaluate(self.book.scheme(scheme_id))
        finally:
            self._evaluating.pop()
        self._verdicts[scheme_id] = result
        return result

    def params_of(self, name: str) -> frozenset[str]:
        self.value(name)
        return self._cache.get(name, (None, frozenset()))[1]


class _SchemeEvaluator:
    def __init__(self, env: _Env) -> None:
        self.env = env
        self.book = env.book

    def evaluate(self, scheme: Scheme) -> SchemeResult:
        env = self.env
        if scheme.status == "superseded":
            return self._superseded(scheme)
        met: list[Finding] = []
        missing: list[Finding] = []
        manual: list[Finding] = []
        pending: list[Finding] = []
        warnings: list[Finding] = []
        notes: list[Finding] = []
        unknown: set[str] = set()
        for rule in scheme.rules:
            if rule.kind == "info":
                if rule.note and self._applies(rule) is True:
                    notes.append(Finding(rule.id, rule.note, rule.source))
                continue
            applies = self._applies(rule)
            if applies is False:
                continue
            if rule.special is not None and rule.special(env) is True:
                manual.append(Finding(rule.id, rule.why, rule.source))
                continue
            value = applies if isinstance(applies, Unknown) else (rule.expr(env) if rule.expr else True)
            if rule.kind in ("blocking", "decision"):
                if value is True:
                    met.append(Finding(rule.id, rule.label, rule.source))
                elif value is False:
                    missing.append(Finding(rule.id, rule.fail, rule.source))
                elif rule.kind == "blocking":  # unknown: information to ask for
                    unknown |= value.names
                else:  # unknown: a third party's decision still awaited
                    pending.append(Finding(rule.id, rule.pending or rule.label, rule.source))
            else:  # review: never changes the verdict
                if value is False:
                    warnings.append(Finding(rule.id, rule.warn or rule.pending, rule.source))
                elif rule.pending:
                    pending.append(Finding(rule.id, rule.pending, rule.source))
        if scheme.inherits:
            parent = env.scheme_result(scheme.inherits.scheme)
            if parent.verdict == "eligible":
                skip = set(scheme.inherits.except_pending)
                pending = [p for p in parent.pending if p.rule_id not in skip] + pending
                warnings = list(parent.warnings) + warnings
        if missing:
            verdict = "not_eligible"
        elif manual:
            verdict = "manual_check"
        elif unknown:
            verdict = "needs_info"
        else:
            verdict = "eligible"
        amounts = self._amounts(scheme)
        for amount in amounts:
            if amount.warning and verdict != "not_eligible":
                warnings.append(Finding(f"{scheme.id}.{amount.name}", amount.warning))
        deadlines = self._deadlines(scheme)
        return SchemeResult(
            scheme=scheme,
            verdict=verdict,
            met=tuple(met),
            missing=tuple(missing),
            unknown=self._ordered(unknown),
            manual=tuple(manual),
            pending=tuple(pending),
            warnings=tuple(warnings),
            notes=tuple(notes) + self._notes(scheme),
            amounts=amounts,
            deadlines=deadlines,
            documents=tuple(d.text for d in scheme.documents if d.when is None or d.when(env) is True),
        )

    def _applies(self, rule: Rule) -> bool | Unknown:
        if rule.when is None:
            return True
        value = rule.when(self.env)
        if not isinstance(value, (bool, Unknown)):
            raise ExpressionError(f"{rule.id} : when n'est pas une condition")
        return value

    def _superseded(self, scheme: Scheme) -> SchemeResult:
        replacement = self.book.scheme(scheme.replaced_by)
        start = self.env.value("measure_start_date")
        day = start if isinstance(start, date) else self.env.on  # judged when the measure starts
        if scheme.superseded_from and day < scheme.superseded_from:
            why = (
                f"Le dispositif {scheme.acronym} existait encore à cette date ; ses anciennes règles "
                f"ne sont pas évaluées ici : {scheme.legacy}"
            )
            return SchemeResult(
                scheme, "manual_check", manual=(Finding(f"{scheme.id}.legacy", why, scheme.source),)
            )
        text = f"Remplacé par la {replacement.name} ({replacement.acronym})."
        return SchemeResult(
            scheme, "superseded", notes=(Finding(f"{scheme.id}.replaced", text, scheme.source),)
        )

    def _value(self, item: Computed) -> AmountValue:
        value = self.env.value(item.name)
        warning = ""
        for param in sorted(self.env.params_of(item.name)):
            current = self.book.parameters[param].on(self.env.on)
            if current and current.warning:
                warning = current.warning
        if isinstance(value, Unknown):
            return AmountValue(
                item.name, item.label, None, item.unit, self._ordered(value.names), item.note, "", item.source
            )
        return AmountValue(
            item.name,
            item.label,
            value,
            item.unit,
            (),
            item.note,
            warning if value is not None else "",
            item.source,
        )

    def _amounts(self, scheme: Scheme) -> tuple[AmountValue, ...]:
        shown = []
        for item in scheme.amounts:
            definition = self.env.computed.get(item.name, item)
            value = self._value(definition)
            if value.value is None and not value.missing:
                continue  # not applicable (e.g. no second pay phase)
            shown.append(
                AmountValue(
                    value.name,
                    item.label or definition.label,
                    value.value,
                    definition.unit,
                    value.missing,
                    item.note or definition.note,
                    value.warning,
                    definition.source,
                )
            )
        return tuple(shown)

    def _notes(self, scheme: Scheme) -> tuple[Finding, ...]:
        out = []
        for item in scheme.notes:
            value = self.env.value(item.name)
            if isinstance(value, str) and value:
                out.append(Finding(f"{scheme.id}.{item.name}", value, item.source))
        return tuple(out)

    def _deadlines(self, scheme: Scheme) -> tuple[DeadlineValue, ...]:
        env = self.env
        out = []
        for deadline in scheme.deadlines:
            if deadline.when is not None and deadline.when(env) is not True:
                continue  # a step that may not apply is not announced
            due = deadline.due(env) if deadline.due else None
            start = deadline.window_start(env) if deadline.window_start else None
            missing = frozenset().union(*(v.names for v in (due, start) if isinstance(v, Unknown)))
            due_date = due if isinstance(due, date) else None
            out.append(
                DeadlineValue(
                    deadline.id,
                    scheme.acronym,
                    deadline.label,
                    due_date,
                    start if isinstance(start, date) else None,
                    (due_date - env.on).days if due_date else None,
                    self._ordered(missing),
                    deadline.text,
                    deadline.source,
                )
            )
        return tuple(out)

    def _ordered(self, names: set[str] | frozenset[str]) -> tuple[str, ...]:
        order = {name: i for i, name in enumerate(self.book.attributes)}
        return tuple(sorted(names, key=lambda n: (order.get(n, len(order)), n)))


def evaluate(
    book: Rulebook,
    attrs: Mapping[str, Any],
    on: date,
    hints: Mapping[str, Hint] | None = None,
) -> Evaluation:
    """Every scheme's verdict for ``attrs`` (typed values, see :mod:`.inputs`) on the day ``on``."""
    env = _Env(book, attrs, on, hints or {})
    env.evaluator = _SchemeEvaluator(env)
    results = tuple(env.scheme_result(scheme.id) for scheme in book.schemes)
    asked: dict[str, list[str]] = {}
    for_funding: set[str] = set()  # asked by a funding scheme, not only by a route (parcours)
    for result in results:
        if result.verdict != "needs_info":
            continue  # a scheme already ruled out or settled needs no answer
        for name in result.unknown:
            asked.setdefault(name, []).append(result.scheme.acronym)
            if result.scheme.family != "parcours":
                for_funding.add(name)
    order = list(book.attributes)
    questions = tuple(
        Question(
            name,
            book.attributes[name].label if name in book.attributes else name,
            book.attributes[name].question if name in book.attributes else name,
            tuple(schemes),
        )
        for name, schemes in sorted(
            asked.items(),
            key=lambda item: (
                item[0] not in for_funding,  # the questions about leaving the job come last
                -len(item[1]),
                order.index(item[0]) if item[0] in order else len(order),
            ),
        )
    )
    return Evaluation(on, results, questions, dict(env.hints_used), book.version, env)


def severity(verdict: str) -> int:
    return _SEVERITY.get(verdict, 4)
