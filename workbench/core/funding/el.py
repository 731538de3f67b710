"""The small expression language of the funding rules (``funding_rules.md`` §0.2), with Kleene logic.

An expression is compiled once into a tree of closures; evaluating it against an :class:`Env` gives
a value or an :class:`Unknown`. An unknown remembers which attributes it waits for, so the engine
can say exactly what to ask the person: ``false and UNKNOWN`` is false and forgets them,
``true or UNKNOWN`` is true, anything else touching an unknown stays unknown and merges the names.

Values are ``bool``, ``Decimal`` (money, hours, months: exact arithmetic, no float surprises),
``str``, ``date``, tuples (lists and sets) and dicts (maps).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol


class ExpressionError(ValueError):
    """A rule's expression cannot be read or applied: a mistake in the rules table, not in the case."""


@dataclass(frozen=True)
class Unknown:
    """UNKNOWN of three-valued logic; ``names`` are the attributes whose value would settle it."""

    names: frozenset[str] = frozenset()

    def __or__(self, other: Unknown) -> Unknown:
        return Unknown(self.names | other.names)


def unknowns(*values: Any) -> Unknown | None:
    """The merged unknown of ``values``, or None when every value is known."""
    found = [v for v in values if isinstance(v, Unknown)]
    if not found:
        return None
    return Unknown(frozenset().union(*(u.names for u in found)))


class Env(Protocol):
    """What an expression reads: attribute values, other schemes' verdicts, native computations."""

    def value(self, name: str) -> Any: ...

    def is_known(self, name: str) -> bool: ...

    def verdict(self, scheme: str) -> Any: ...

    def native(self, name: str, args: list[Any]) -> Any: ...


Node = Callable[[Env], Any]

# ---- Tokens

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>\d+(?:\.\d+)?)
      | (?P<string>"[^"]*"|'[^']*')
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<op>==|!=|<=|>=|[<>+\-*/(),\[\]])
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null", "date"}


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise ExpressionError(f"caractère inattendu à la position {pos} dans « {text} »")
        kind = match.lastgroup or ""
        value = match.group(kind)
        if kind == "name" and value in _KEYWORDS:
            kind = value
        out.append((kind, value))
        pos = match.end()
    out.append(("end", ""))
    return out


# ---- Helpers shared by operators and functions


def _bool(value: Any, text: str) -> bool | Unknown:
    if isinstance(value, (bool, Unknown)):
        return value
    raise ExpressionError(f"« {text} » attend une condition (vrai/faux), pas {value!r}")


def money(value: Decimal) -> Decimal:
    """Euros with 2 decimals, rounded half-up (§0.2)."""
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _arith(op: str, a: Any, b: Any) -> Any:
    if (u := unknowns(a, b)) is not None:
        return u
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise ExpressionError("division par zéro")
    return a / b


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": lambda a, b: bool(a == b),
    "!=": lambda a, b: bool(a != b),
    "<": lambda a, b: bool(a < b),
    "<=": lambda a, b: bool(a <= b),
    ">": lambda a, b: bool(a > b),
    ">=": lambda a, b: bool(a >= b),
}


def _compare(op: str, a: Any, b: Any) -> Any:
    if (u := unknowns(a, b)) is not None:
        return u
    try:
        return _COMPARE[op](a, b)
    except TypeError:
        raise ExpressionError(f"comparaison impossible : {a!r} {op} {b!r}") from None


def _strict(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A function that is unknown as soon as one argument is unknown."""

    def call(*args: Any) -> Any:
        if (u := unknowns(*args)) is not None:
            return u
        return fn(*args)

    return call


def _sum_except(mapping: dict[str, Any], excluded: Iterable[str]) -> Decimal:
    skip = set(excluded)
    return sum((Decimal(v) for k, v in mapping.items() if k not in skip), Decimal(0))


def _months_spanned(start: date, end: date) -> int:
    """Calendar months from ``start`` to ``end`` included, a partial month counting as one."""
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    return max(months + (1 if after.day > start.day else 0), 0)


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the last day of the month when it has no such day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return min(
        day.replace(year=year, month=month, day=1) + timedelta(days=day.day - 1),
        following - timedelta(days=1),
    )


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "min": _strict(lambda *xs: min(xs)),
    "max": _strict(lambda *xs: max(xs)),
    "round": _strict(lambda x, n=Decimal(2): x.quantize(Decimal(1).scaleb(-int(n)), ROUND_HALF_UP)),
    "size": _strict(lambda s: Decimal(len(s))),
    "intersects": _strict(lambda s, items: bool(set(s) & set(items))),
    "sum_except": _strict(_sum_except),
    "days_before": _strict(lambda d, n: d - timedelta(days=int(n))),
    "days_after": _strict(lambda d, n: d + timedelta(days=int(n))),
    "days_between": _strict(lambda start, end: Decimal((end - start).days)),
    "months_between": _strict(lambda start, end: Decimal(_months_spanned(start, end))),
    "months_after": _strict(lambda d, n: _add_months(d, int(n))),
}
# Functions whose arguments are not plain values: handled by the parser.
_SPECIAL = {"known", "if", "verdict", "label"}


# ---- Parser (precedence climbing): or < and < not < comparison < + - < * / < unary < primary


class _Parser:
    def __init__(self, text: str, natives: frozenset[str]) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.pos = 0
        self.natives = natives
        self.names: set[str] = set()  # attribute names read, for the load-time check
        self.schemes: set[str] = set()  # schemes whose verdict is read

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.pos]

    def take(self, kind: str | None = None, value: str | None = None) -> tuple[str, str]:
        token = self.tokens[self.pos]
        if (kind and token[0] != kind) or (value and token[1] != value):
            wanted = value or kind
            raise ExpressionError(
                f"« {wanted} » attendu, « {token[1] or 'fin'} » trouvé dans « {self.text} »"
            )
        self.pos += 1
        return token

    def parse(self) -> Node:
        node = self.disjunction()
        self.take("end")
        return node

    def disjunction(self) -> Node:
        node = self.conjunction()
        while self.peek()[0] == "or":
            self.take()
            node = _or(node, self.conjunction(), self.text)
        return node

    def conjunction(self) -> Node:
        node = self.negation()
        while self.peek()[0] == "and":
            self.take()
            node = _and(node, self.negation(), self.text)
        return node

    def negation(self) -> Node:
        if self.peek()[0] == "not":
            self.take()
            inner = self.negation()
            text = self.text

            def negate(env: Env) -> Any:
                value = _bool(inner(env), text)
                return value if isinstance(value, Unknown) else not value

            return negate
        return self.comparison()

    def comparison(self) -> Node:
        left = self.additive()
        kind, value = self.peek()
        if kind == "op" and value in _COMPARE:
            self.take()
            right = self.additive()
            return lambda env: _compare(value, left(env), right(env))
        negated = False
        if kind == "not" and self.tokens[self.pos + 1][0] == "in":
            self.take()
            negated = True
            kind = "in"
        if kind == "in":
            self.take()
            right = self.additive()

            def member(env: Env) -> Any:
                item, items = left(env), right(env)
                if (u := unknowns(item, items)) is not None:
                    return u
                return (item not in items) if negated else (item in items)

            return member
        return left

    def additive(self) -> Node:
        node = self.multiplicative()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = _binary(op, node, self.multiplicative())
        return node

    def multiplicative(self) -> Node:
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            node = _binary(op, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.peek() == ("op", "-"):
            self.take()
            inner = self.unary()
            return lambda env: _arith("-", Decimal(0), inner(env))
        return self.primary()

    def primary(self) -> Node:
        kind, value = self.take()
        if kind == "number":
            number = Decimal(value)
            return lambda env: number
        if kind == "string":
            text = value[1:-1]
            return lambda env: text
        if kind in ("true", "false"):
            flag = kind == "true"
            return lambda env: flag
        if kind == "null":
            return lambda env: Unknown()
        if kind == "date":
            literal = self.take("string")[1][1:-1]
            try:
                day = date.fromisoformat(literal)
            except ValueError:
                raise ExpressionError(f"date invalide « {literal} » dans « {self.text} »") from None
            return lambda env: day
        if (kind, value) == ("op", "("):
            node = self.disjunction()
            self.take("op", ")")
            return node
        if (kind, value) == ("op", "["):
            items = self.arguments("]")
            return lambda env: tuple(item(env) for item in items)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                return self.call(value)
            self.names.add(value)
            return lambda env: env.value(value)
        raise ExpressionError(f"« {value or 'fin'} » inattendu dans « {self.text} »")

    def arguments(self, closing: str) -> list[Node]:
        items: list[Node] = []
        if self.peek() == ("op", closing):
            self.take()
            return items
        while True:
            items.append(self.disjunction())
            if self.take("op")[1] == closing:
                return items

    def call(self, name: str) -> Node:
        if name in ("known", "verdict", "label"):
            argument = self.take("name")[1]
            self.take("op", ")")
            if name == "known":
                self.names.add(argument)
                return lambda env: env.is_known(argument)
            if name == "label":
                self.names.add(argument)
                return lambda env: env.native("label", [argument])
            self.schemes.add(argument)
            return lambda env: env.verdict(argument)
        args = self.arguments(")")
        if name == "if":
            if len(args) != 3:
                raise ExpressionError(f"if() prend 3 arguments dans « {self.text} »")
            return _if(args[0], args[1], args[2], self.text)
        if name in FUNCTIONS:
            fn = FUNCTIONS[name]
            return lambda env: fn(*(a(env) for a in args))
        if name in self.natives:
            return lambda env: env.native(name, [a(env) for a in args])
        raise ExpressionError(f"fonction inconnue « {name} » dans « {self.text} »")


def _binary(op: str, left: Node, right: Node) -> Node:
    return lambda env: _arith(op, left(env), right(env))


def _and(left: Node, right: Node, text: str) -> Node:
    def conjunction(env: Env) -> Any:
        a = _bool(left(env), text)
        if a is False:
            return False
        b = _bool(right(env), text)
        if b is False:
            return False
        return unknowns(a, b) or True

    return conjunction


def _or(left: Node, right: Node, text: str) -> Node:
    def disjunction(env: Env) -> Any:
        a = _bool(left(env), text)
        if a is True:
            return True
        b = _bool(right(env), text)
        if b is True:
            return True
        return unknowns(a, b) or False

    return disjunction


def _if(cond: Node, then: Node, other: Node, text: str) -> Node:
    def choose(env: Env) -> Any:
        c = _bool(cond(env), text)
        if c is True:
            return then(env)
        if c is False:
            return other(env)
        a, b = then(env), other(env)
        if not isinstance(a, Unknown) and not isinstance(b, Unknown) and a == b:
            return a
        return unknowns(c, a, b)

    return choose


@dataclass(frozen=True)
class Expression:
    """A compiled expression, with the names it reads (checked against the catalogue at load)."""

    text: str
    node: Node
    names: frozenset[str]
    schemes: frozenset[str]

    def __call__(self, env: Env) -> Any:
        return self.node(env)


def compile_expression(text: str, natives: Iterable[str] = ()) -> Expression:
    parser = _Parser(text, frozenset(natives))
    node = parser.parse()
    return Expression(text, node, frozenset(parser.names), frozenset(parser.schemes))
