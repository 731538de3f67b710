"""``workbench profile`` and ``workbench match``: competence profile and job matching without the window.

An experience is an appellation code with optional dates: ``12659``, ``12659@2021-01`` (still going
on) or ``12659@2015-01..2023-06``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from workbench.app.matching import (
    Filters,
    Matching,
    checked_contexts,
    checked_diploma,
    competence_group,
    experience_counts,
    learn_json,
    target_check,
)
from workbench.app.rome import RomeReference
from workbench.commands._io import print_json
from workbench.commands.rome import require_rome
from workbench.context import Context
from workbench.core.matching import Engine, Experience, Preferences, Suggestion
from workbench.errors import UserError

_SPEC = re.compile(r"^(?P<code>\d+)(?:@(?P<start>\d{4}-\d{2})(?:\.\.(?P<end>\d{4}-\d{2}))?)?$")


def _month(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(f"{text}-01")
    except ValueError:
        raise UserError(f"{field} : « {text} » n'est pas un mois AAAA-MM.") from None


def experience_from(
    reference: RomeReference, appellation: str, start: date | None, end: date | None, field: str
) -> Experience:
    hit = reference.appellation(appellation)
    if hit is None:
        raise UserError(f"{field} : l'appellation {appellation} n'existe pas dans le ROME actif.")
    if start and end and end < start:
        raise UserError(f"{field} : la fin précède le début.")
    return Experience(hit.code, start, end, hit.appellation)


def parse_spec(reference: RomeReference, spec: str) -> Experience:
    match = _SPEC.match(spec.strip())
    if match is None:
        raise UserError(f"--appellation : « {spec} » ; forme attendue CODE[@AAAA-MM[..AAAA-MM]].")
    return experience_from(
        reference,
        match["code"],
        _month(match["start"], "--appellation"),
        _month(match["end"], "--appellation"),
        "--appellation",
    )


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--appellation", action="append", default=[], metavar="CODE[@AAAA-MM[..AAAA-MM]]")
    parser.add_argument(
        "--on",
        type=date.fromisoformat,
        default=None,
        metavar="AAAA-MM-JJ",
        help="date de référence (aujourd'hui par défaut)",
    )
    parser.add_argument("--json", action="store_true")


def register(subparsers: Any) -> None:
    profile = subparsers.add_parser("profile", help="profil de compétences tiré des expériences")
    _add_options(profile)
    profile.set_defaults(handler=_profile)

    match = subparsers.add_parser("match", help="métiers proches du profil, classés")
    _add_options(match)
    match.add_argument("--like-context", action="append", default=[], metavar="CONTEXTE")
    match.add_argument("--exclude-context", action="append", default=[], metavar="CONTEXTE")
    match.add_argument("--target", metavar="CODE_ROME", help="métier visé : proximité, manques, tremplins")
    match.add_argument("--top", type=int, default=20)
    match.add_argument("--diploma", metavar="NIVEAU", help="accessible avec ce niveau (ex. Bac+2)")
    match.add_argument("--batch", metavar="ENTREE.jsonl", help="classer de nombreux profils")
    match.add_argument("--out", metavar="SORTIE.jsonl")
    match.set_defaults(handler=_match)


def _profile(args: argparse.Namespace, ctx: Context) -> int:
    reference = require_rome(ctx)
    engine = Matching(ctx).engine()
    experiences = [parse_spec(reference, spec) for spec in args.appellation]
    today = args.on or date.today()
    vector = engine.profile(experiences, today)
    sources = engine.sources(experiences)
    rows: list[dict[str, Any]] = []
    for j in vector.nonzero()[0]:
        item, kind = engine.data.items[j], engine.data.item_kinds[j]
        rows.append(
            {
                "code_ogr": item,
                "label": engine.data.item_labels[j],
                "kind": kind,
                "group": competence_group(engine, item, kind, experiences),
                "weight": round(float(vector[j]), 4),
                "experiences": sources.get(item, []),
            }
        )
    rows.sort(key=lambda r: (-r["weight"], r["label"]))
    result = {
        "experiences": [
            {
                "fiche": e.fiche,
                "label": e.label,
                "weight": round(e.weight(today), 4),
                "counts": experience_counts(engine, e),
            }
            for e in experiences
        ],
        "competences": [r for r in rows if r["kind"] != "savoir"],
        "savoirs": [r for r in rows if r["kind"] == "savoir"],
    }
    if args.json:
        print_json(result)
    else:
        for row in result["competences"]:
            print(f"{row['weight']:.2f}  {row['group']:<11} {row['label']}")
    return 0


def _ranking(
    engine: Engine,
    experiences: list[Experience],
    today: date,
    preferences: Preferences,
    target: str | None,
    top: int,
    results: list[Suggestion] | None = None,
    filters: Filters | None = None,
) -> dict[str, Any]:
    filters = filters or Filters()
    if results is None:
        results = engine.rank(experiences, today, preferences, filters, top=top)
    out: dict[str, Any] = {
        "results": [dataclasses.asdict(s) for s in results],
        "classes": {label: round(threshold, 4) for threshold, label in engine.thresholds},
        "learn_next": learn_json(engine.learn_next(experiences, today, preferences, filters)),
    }
    if target:
        if target not in engine.index:
            raise UserError(f"--target : la fiche {target} n'existe pas dans le ROME actif.")
        out["target"] = target_check(engine, experiences, today, preferences, target).as_json()
    return out


def _match(args: argparse.Namespace, ctx: Context) -> int:
    reference = require_rome(ctx)
    engine = Matching(ctx).engine()
    today = args.on or date.today()
    if args.batch:
        return _batch(args, reference, engine, today)
    experiences = [parse_spec(reference, spec) for spec in args.appellation]
    preferences = Preferences(
        checked_contexts(engine, args.like_context, "--like-context"),
        checked_contexts(engine, args.exclude_context, "--exclude-context"),
    )
    filters = Filters(diploma=checked_diploma(args.diploma, "--diploma"))
    result = _ranking(engine, experiences, today, preferences, args.target, args.top, filters=filters)
    if args.json:
        print_json(result)
    else:
        for s in result["results"]:
            print(
                f"{s['code']}  {s['proximity']:<15} {s['score']:.3f}  {s['title']}"
                f"{'  (déjà exercé)' if s['held'] else ''}"
            )
    return 0


def _batch(args: argparse.Namespace, reference: RomeReference, engine: Engine, today: date) -> int:
    if not args.out:
        raise UserError("--batch demande --out SORTIE.jsonl.")
    try:
        lines = Path(args.batch).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"Lecture impossible de {args.batch} : {exc.strerror}.") from None
    # Read and check every line first, then rank all profiles at once (Engine.rank_many).
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{args.batch}, ligne {number}"
        try:
            item = json.loads(line)
            experiences = [
                experience_from(
                    reference,
                    str(e["appellation"]),
                    _month(e.get("start"), where),
                    _month(e.get("end"), where),
                    where,
                )
                for e in item.get("experiences", [])
            ]
            preferences = Preferences(
                checked_contexts(engine, list(item.get("like_context", [])), where),
                checked_contexts(engine, list(item.get("exclude_context", [])), where),
            )
            filters = Filters(diploma=checked_diploma(item.get("diploma"), where))
            entries.append((where, item, experiences, preferences, int(item.get("top", args.top)), filters))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError) as exc:
            raise UserError(f"{where} : entrée invalide ({exc}).") from None
        except RecursionError:
            raise UserError(f"{where} : JSON imbriqué trop profondément pour être lu.") from None
    top = max((entry[4] for entry in entries), default=args.top)
    ranked = engine.rank_many(
        [(e[2], e[3]) for e in entries], today, top=top, filters=[e[5] for e in entries]
    )
    outputs = []
    for (where, item, experiences, preferences, wanted, filters), results in zip(
        entries, ranked, strict=True
    ):
        target = item.get("target")
        if target is not None and not isinstance(target, str):
            raise UserError(f"{where} : « target » doit être un code ROME.")
        result = _ranking(engine, experiences, today, preferences, target, wanted, results[:wanted], filters)
        outputs.append(json.dumps({"id": item.get("id"), **result}, ensure_ascii=False))
    try:
        Path(args.out).write_text("\n".join(outputs) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Écriture impossible de {args.out} : {exc.strerror}.") from None
    print(f"{len(outputs)} profil(s) classé(s) → {args.out}")
    return 0
