"""The funding rules as data: schemes, attributes, dated parameters, derived attributes, register.

Everything lives under ``data/funding/`` (one TOML file per scheme in ``schemes/``) and is checked
when loaded: every expression parses, reads only names the catalogue, the derived attributes, the
parameters or the computed amounts define, and every rule cites its source. A mistake in the tables
is a :class:`RulesError` naming the file and the rule, raised before any case is evaluated.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from workbench.core.funding.el import Expression, ExpressionError, compile_expression
from workbench.resources import data_path

KINDS = ("blocking", "decision", "review", "info")
TYPES = ("bool", "int", "decimal", "number", "date", "enum", "set", "map", "str")
NATIVES = ("ptp_pay", "ptp_pay_total")
# Names every evaluation defines without a table entry.
BUILTINS = frozenset({"evaluation_date"})


class RulesError(ValueError):
    """The rules tables are inconsistent; the message names the file and the entry."""


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: line references, "interprétation"/"source externe" tags, register ids."""

    refs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # INTERP, E
    register: tuple[str, ...] = ()

    @property
    def interpretation(self) -> bool:
        return "INTERP" in self.tags

    @property
    def external(self) -> bool:
        return "E" in self.tags


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    label: str  # the condition, stated positively (shown ✓ when met)
    expr: Expression | None = None
    when: Expression | None = None
    special: Expression | None = None  # TRUE → manual_check, whatever expr gives
    fail: str = ""  # shown when the condition is not met
    pending: str = ""  # review/decision awaited from a third party
    warn: str = ""  # review: shown when expr is FALSE
    why: str = ""  # why a manual check is needed (with ``special``)
    note: str = ""  # info rules
    source: Source = Source()


@dataclass(frozen=True)
class Computed:
    """A named amount or note: money, months, dates or a sentence, computed from the attributes."""

    name: str
    label: str
    expr: Expression | None = None  # None: shows a value another scheme computes
    when: Expression | None = None
    unit: str = "€"  # €, €/mois, €/jour, mois, heures, texte
    note: str = ""
    source: Source = Source()


@dataclass(frozen=True)
class Deadline:
    id: str
    label: str
    due: Expression | None = None  # the latest date
    window_start: Expression | None = None  # the earliest date, for a window
    when: Expression | None = None
    text: str = ""
    source: Source = Source()


@dataclass(frozen=True)
class Document:
    text: str
    when: Expression | None = None


@dataclass(frozen=True)
class Inheritance:
    """A scheme that applies another's rules (PTP-FIPU applies the PTP's) and carries its pending."""

    scheme: str
    except_pending: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scheme:
    id: str
    name: str
    acronym: str
    status: str  # active, superseded
    family: str  # formation, remuneration, frais
    funder: str
    summary: str
    rules: tuple[Rule, ...] = ()
    amounts: tuple[Computed, ...] = ()
    notes: tuple[Computed, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    documents: tuple[Document, ...] = ()
    inherits: Inheritance | None = None
    replaced_by: str = ""
    superseded_from: date | None = None
    legacy: str = ""  # superseded: what the old rules said, for display
    rank: int = 100  # display order inside a verdict group (lower first)
    source: Source = Source()


@dataclass(frozen=True)
class ParameterValue:
    value: Any
    valid_from: date
    valid_to: date | None
    source: str
    status: str  # current, verify, outdated
    warning: str = ""  # shown next to an amount that uses it, e.g. « montants 2019 à actualiser »


@dataclass(frozen=True)
class Parameter:
    name: str
    label: str
    unit: str
    values: tuple[ParameterValue, ...]

    def on(self, day: date) -> ParameterValue | None:
        """The value in force on ``day`` (the latest that started on or before it)."""
        current = [
            v for v in self.values if v.valid_from <= day and (v.valid_to is None or day <= v.valid_to)
        ]
        return max(current, key=lambda v: v.valid_from) if current else None


@dataclass(frozen=True)
class Attribute:
    name: str
    group: str
    scope: str  # case, scenario, context
    type: str
    label: str
    question: str
    values: dict[str, str] = field(default_factory=dict)  # code → French label (enum, set, map)
    unit: str = ""
    min: Decimal | None = None
    max: Decimal | None = None
    sensitive: bool = False
    derived: bool = False
    format: str = ""  # « rome »: a ROME 4.0 fiche code such as M1607


@dataclass(frozen=True)
class RegisterEntry:
    id: str
    topic: str
    rule: str  # the rule applied, in French


@dataclass(frozen=True)
class PlanLine:
    scheme: str
    payer: str
    amount: str  # a computed name; "reste" pays what is left
    note: str = ""


@dataclass(frozen=True)
class PlanTemplate:
    id: str
    label: str
    lead: str
    lines: tuple[PlanLine, ...]


@dataclass(frozen=True)
class Rulebook:
    schemes: tuple[Scheme, ...]
    attributes: dict[str, Attribute]
    groups: dict[str, str]
    parameters: dict[str, Parameter]
    derived: dict[str, Expression]
    register: dict[str, RegisterEntry]
    plans: tuple[PlanTemplate, ...]
    version: str  # « 2026.12 » + a digest of the tables, printed on documents

    def scheme(self, scheme_id: str) -> Scheme:
        for scheme in self.schemes:
            if scheme.id == scheme_id:
                return scheme
        raise KeyError(scheme_id)

    @cached_property
    def computed(self) -> dict[str, Computed]:
        """Every named amount and note defined with an expression, across schemes (read by every
        evaluation: built once)."""
        return {
            item.name: item
            for scheme in self.schemes
            for item in (*scheme.amounts, *scheme.notes)
            if item.expr is not None
        }


# ---- Loading


def _expr(text: Any, where: str) -> Expression | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise RulesError(f"{where} : une expression doit être un texte")
    try:
        return compile_expression(text, NATIVES)
    except ExpressionError as exc:
        raise RulesError(f"{where} : {exc}") from None


def _source(raw: dict[str, Any]) -> Source:
    return Source(tuple(raw.get("refs", ())), tuple(raw.get("tags", ())), tuple(raw.get("register", ())))


def _rule(raw: dict[str, Any], where: str) -> Rule:
    rule_id = raw.get("id", "?")
    where = f"{where}, règle {rule_id}"
    kind = raw.get("kind")
    if kind not in KINDS:
        raise RulesError(f"{where} : kind doit être l'un de {', '.join(KINDS)}")
    rule = Rule(
        id=rule_id,
        kind=kind,
        label=raw.get("label", ""),
        expr=_expr(raw.get("expr"), where),
        when=_expr(raw.get("when"), where),
        special=_expr(raw.get("special"), where),
        fail=raw.get("fail", ""),
        pending=raw.get("pending", ""),
        warn=raw.get("warn", ""),
        why=raw.get("why", ""),
        note=raw.get("note", ""),
        source=_source(raw),
    )
    if kind in ("blocking", "decision") and (rule.expr is None or not rule.fail or not rule.label):
        raise RulesError(f"{where} : une règle {kind} a besoin de label, expr et fail")
    if kind == "review" and not (rule.pending or rule.warn):
        raise RulesError(f"{where} : une règle review a besoin de pending ou warn")
    if rule.special is not None and not rule.why:
        raise RulesError(f"{where} : special sans why")
    if kind != "info" and not rule.source.refs and not rule.source.tags:
        raise RulesError(f"{where} : la règle ne cite aucune source")
    return rule


def _computed_item(raw: dict[str, Any], where: str) -> Computed:
    name = raw.get("name", "?")
    where = f"{where}, montant {name}"
    return Computed(
        name=name,
        label=raw.get("label", ""),
        expr=_expr(raw.get("expr"), where),
        when=_expr(raw.get("when"), where),
        unit=raw.get("unit", "€"),
        note=raw.get("note", ""),
        source=_source(raw),
    )


def _scheme(path: Path) -> Scheme:
    where = path.name
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{where} : {exc}") from None
    inherits = raw.get("inherits")
    return Scheme(
        id=raw["id"],
        name=raw["name"],
        acronym=raw["acronym"],
        status=raw.get("status", "active"),
        family=raw.get("family", "formation"),
        funder=raw.get("funder", ""),
        summary=raw.get("summary", ""),
        rules=tuple(_rule(r, where) for r in raw.get("rules", ())),
        amounts=tuple(_computed_item(a, where) for a in raw.get("amounts", ())),
        notes=tuple(_computed_item({"unit": "texte", **n}, where) for n in raw.get("notes", ())),
        deadlines=tuple(
            Deadline(
                id=d["id"],
                label=d["label"],
                due=_expr(d.get("due"), f"{where}, échéance {d['id']}"),
                window_start=_expr(d.get("window_start"), f"{where}, échéance {d['id']}"),
                when=_expr(d.get("when"), f"{where}, échéance {d['id']}"),
                text=d.get("text", ""),
                source=_source(d),
            )
            for d in raw.get("deadlines", ())
        ),
        documents=tuple(
            Document(d["text"], _expr(d.get("when"), f"{where}, pièce")) for d in raw.get("documents", ())
        ),
        inherits=Inheritance(inherits["scheme"], tuple(inherits.get("except_pending", ())))
        if inherits
        else None,
        replaced_by=raw.get("replaced_by", ""),
        superseded_from=raw.get("superseded_from"),
        legacy=raw.get("legacy", ""),
        rank=raw.get("rank", 100),
        source=_source(raw),
    )


def _attributes(raw: dict[str, Any]) -> dict[str, Attribute]:
    out = {}
    for name, spec in raw["attributes"].items():
        if spec.get("type") not in TYPES:
            raise RulesError(f"attributes.toml, {name} : type inconnu {spec.get('type')!r}")
        if spec.get("group") not in raw["groups"]:
            raise RulesError(f"attributes.toml, {name} : groupe inconnu {spec.get('group')!r}")
        bounds = {k: Decimal(str(spec[k])) for k in ("min", "max") if k in spec}
        out[name] = Attribute(
            name=name,
            group=spec["group"],
            scope=spec["scope"],
            type=spec["type"],
            label=spec["label"],
            question=spec["question"],
            values=dict(spec.get("values", {})),
            unit=spec.get("unit", ""),
            min=bounds.get("min"),
            max=bounds.get("max"),
            sensitive=spec.get("sensitive", False),
            derived=spec.get("derived", False),
            format=spec.get("format", ""),
        )
    return out


def _parameters(raw: dict[str, Any]) -> dict[str, Parameter]:
    out = {}
    for name, spec in raw["parameters"].items():
        values = tuple(
            ParameterValue(
                value=Decimal(str(v["value"])),
                valid_from=v["valid_from"],
                valid_to=v.get("valid_to"),
                source=v["source"],
                status=v.get("status", "current"),
                warning=v.get("warning", ""),
            )
            for v in spec["values"]
        )
        out[name] = Parameter(name, spec["label"], spec.get("unit", ""), values)
    return out


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


def load(folder: Path | None = None) -> Rulebook:
    """Read and check the tables of ``folder`` (default ``data/funding``)."""
    folder = folder or data_path("funding")
    scheme_files = sorted((folder / "schemes").glob("*.toml"))
    files = {
        name: folder / f"{name}.toml" for name in ("attributes", "parameters", "derived", "register", "plans")
    }
    try:
        raw = {name: tomllib.loads(path.read_text(encoding="utf-8")) for name, path in files.items()}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"tables de financement illisibles : {exc}") from None
    schemes = tuple(sorted((_scheme(p) for p in scheme_files), key=lambda s: (s.rank, s.id)))
    book = Rulebook(
        schemes=schemes,
        attributes=_attributes(raw["attributes"]),
        groups=dict(raw["attributes"]["groups"]),
        parameters=_parameters(raw["parameters"]),
        derived={
            name: _expr(text, f"derived.toml, {name}") or compile_expression("null")
            for name, text in raw["derived"]["derived"].items()
        },
        register={
            key: RegisterEntry(key, entry["topic"], entry["rule"])
            for key, entry in raw["register"]["register"].items()
        },
        plans=tuple(
            PlanTemplate(
                p["id"],
                p["label"],
                p["lead"],
                tuple(PlanLine(**line) for line in p["lines"]),
            )
            for p in raw["plans"]["plans"]
        ),
        version=f"{raw['parameters']['version']} ({_digest([*files.values(), *scheme_files])})",
    )
    _check(book)
    return book


def _check(book: Rulebook) -> None:
    """Every name an expression reads is defined somewhere; every reference points somewhere."""
    ids = {s.id for s in book.schemes}
    computed = book.computed
    defined = set(book.attributes) | set(book.derived) | set(book.parameters) | set(computed) | BUILTINS
    # A context attribute may override a parameter (tests fix the SMIC); nothing else may clash.
    typed = {n for n, a in book.attributes.items() if a.scope != "context"}
    clashes = (set(book.parameters) & typed) | (set(computed) & set(book.attributes))
    if clashes:
        raise RulesError(f"noms définis deux fois : {', '.join(sorted(clashes))}")

    def check(expr: Expression | None, where: str) -> None:
        if expr is None:
            return
        if missing := expr.names - defined:
            raise RulesError(f"{where} : nom inconnu {', '.join(sorted(missing))} dans « {expr.text} »")
        if bad := expr.schemes - ids:
            raise RulesError(f"{where} : dispositif inconnu {', '.join(sorted(bad))}")

    for name, expr in book.derived.items():
        check(expr, f"derived.toml, {name}")
    for scheme in book.schemes:
        for rule in scheme.rules:
            for part in (rule.expr, rule.when, rule.special):
                check(part, f"{scheme.id}, règle {rule.id}")
            for ref in rule.source.register:
                if ref not in book.register:
                    raise RulesError(f"{scheme.id}, règle {rule.id} : registre inconnu {ref}")
        for item in (*scheme.amounts, *scheme.notes):
            check(item.expr, f"{scheme.id}, {item.name}")
            check(item.when, f"{scheme.id}, {item.name}")
            if item.expr is None and item.name not in computed:
                raise RulesError(f"{scheme.id} : {item.name} n'est calculé nulle part")
        for deadline in scheme.deadlines:
            for part in (deadline.due, deadline.window_start, deadline.when):
                check(part, f"{scheme.id}, échéance {deadline.id}")
        for document in scheme.documents:
            check(document.when, f"{scheme.id}, pièce")
        if scheme.inherits and scheme.inherits.scheme not in ids:
            raise RulesError(f"{scheme.id} : hérite d'un dispositif inconnu")
        if scheme.replaced_by and scheme.replaced_by not in ids:
            raise RulesError(f"{scheme.id} : remplacé par un dispositif inconnu")
    for plan in book.plans:
        for line in plan.lines:
            if line.scheme not in ids or (line.amount != "reste" and line.amount not in computed):
                raise RulesError(f"plans.toml, {plan.id} : ligne {line.scheme}/{line.amount} inconnue")


@cache
def rulebook() -> Rulebook:
    """The tables shipped with the application, loaded once."""
    return load()
