"""``workbench experience …`` and ``workbench pistes …``: a case's experiences, preferences,
opinions, suggestions and snapshots without the window (what the "Expériences et pistes" tab does).

Experiences are JSON objects: professional ``{"appellation": "12659", "start": "2015-01",
"end": "2023-06", "employer": "…", "unticked": ["<code OGR>", …]}`` (``end`` absent or null: still
going on; ``unticked``: competences of the fiche the person did not use), extra-professional
``{"activities": ["<id>", …], "label": "…", "start": "2019-09"}`` (ids from ``experience
activities``).
"""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from typing import Any

from workbench.app.matching import Filters, Matching, checked_diploma, learn_json
from workbench.commands._io import print_json, read_json
from workbench.context import Context
from workbench.core import activities


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("experience", help="expériences d'un dossier (pro et extra-pro)")
    commands = group.add_subparsers(dest="experience_command", metavar="ACTION")
    listing = commands.add_parser("list", help="les expériences d'un dossier (JSON)")
    listing.add_argument("case_id", type=int, metavar="ID")
    listing.set_defaults(handler=_list)
    add = commands.add_parser("add", help="ajouter une expérience (FICHIER.json, ou - pour l'entrée)")
    add.add_argument("case_id", type=int, metavar="ID")
    add.add_argument("file", metavar="FICHIER.json")
    add.set_defaults(handler=_add)
    edit = commands.add_parser("edit", help="modifier une expérience (seuls les champs donnés changent)")
    edit.add_argument("case_id", type=int, metavar="ID")
    edit.add_argument("experience_id", type=int, metavar="N")
    edit.add_argument("file", metavar="FICHIER.json")
    edit.set_defaults(handler=_edit)
    remove = commands.add_parser("remove", help="retirer une expérience")
    remove.add_argument("case_id", type=int, metavar="ID")
    remove.add_argument("experience_id", type=int, metavar="N")
    remove.set_defaults(handler=_remove)
    catalogue = commands.add_parser("activities", help="les activités extra-professionnelles et leurs codes")
    catalogue.set_defaults(handler=_activities)

    pistes = subparsers.add_parser("pistes", help="préférences, avis et pistes de métiers d'un dossier")
    actions = pistes.add_subparsers(dest="pistes_command", metavar="ACTION")
    state = actions.add_parser("show", help="préférences, avis et métier visé (JSON)")
    state.add_argument("case_id", type=int, metavar="ID")
    state.set_defaults(handler=_show)
    contexts = actions.add_parser("contexts", help="contextes de travail appréciés et exclus (remplacés)")
    contexts.add_argument("case_id", type=int, metavar="ID")
    contexts.add_argument("--like", action="append", default=[], metavar="CONTEXTE")
    contexts.add_argument("--exclude", action="append", default=[], metavar="CONTEXTE")
    contexts.set_defaults(handler=_contexts)
    target = actions.add_parser(
        "target", help="métier visé (code ROME ; vide pour l'oublier) et sa proximité"
    )
    target.add_argument("case_id", type=int, metavar="ID")
    target.add_argument("code", metavar="CODE_ROME")
    target.set_defaults(handler=_target)
    opinion = actions.add_parser("opinion", help="« ça m'intéresse » ou « pas pour moi », avec la raison")
    opinion.add_argument("case_id", type=int, metavar="ID")
    opinion.add_argument("fiche", metavar="CODE_ROME")
    which = opinion.add_mutually_exclusive_group(required=True)
    which.add_argument("--interest", action="store_true", help="ça m'intéresse")
    which.add_argument("--not-for-me", action="store_true", help="pas pour moi")
    which.add_argument("--clear", action="store_true", help="retirer l'avis")
    opinion.add_argument("--reason", default="")
    opinion.set_defaults(handler=_opinion)
    suggestions = actions.add_parser("suggestions", help="les pistes classées (JSON)")
    suggestions.add_argument("case_id", type=int, metavar="ID")
    suggestions.add_argument("--top", type=int, default=20)
    suggestions.add_argument("--offset", type=int, default=0)
    suggestions.add_argument("--diploma", metavar="NIVEAU", help="accessible avec ce niveau (ex. Bac+2)")
    suggestions.add_argument("--hide-held", action="store_true", help="sans les métiers déjà exercés")

    learn = actions.add_parser("learn", help="compétences à acquérir en priorité (JSON)")
    learn.add_argument("case_id", type=int, metavar="ID")
    learn.add_argument("--target", metavar="CODE_ROME", help="pour ce métier visé")
    learn.set_defaults(handler=_learn)
    suggestions.set_defaults(handler=_suggestions)
    snapshot = actions.add_parser("snapshot", help="enregistrer un instantané des pistes dans le dossier")
    snapshot.add_argument("case_id", type=int, metavar="ID")
    snapshot.set_defaults(handler=_snapshot)
    snapshots = actions.add_parser("snapshots", help="les instantanés enregistrés (JSON)")
    snapshots.add_argument("case_id", type=int, metavar="ID")
    snapshots.set_defaults(handler=_snapshots)


def _list(args: argparse.Namespace, ctx: Context) -> int:
    matching = Matching(ctx)
    print_json([matching.experience_json(e) for e in matching.experiences(args.case_id)])
    return 0


def _add(args: argparse.Namespace, ctx: Context) -> int:
    matching = Matching(ctx)
    experience = matching.experience_from_json(read_json(args.file), args.file)
    print_json(matching.experience_json(matching.save_experience(args.case_id, experience)))
    return 0


def _edit(args: argparse.Namespace, ctx: Context) -> int:
    matching = Matching(ctx)
    base = matching.experience(args.case_id, args.experience_id)
    experience = matching.experience_from_json(read_json(args.file), args.file, base)
    print_json(matching.experience_json(matching.save_experience(args.case_id, experience)))
    return 0


def _remove(args: argparse.Namespace, ctx: Context) -> int:
    Matching(ctx).delete_experience(args.case_id, args.experience_id)
    print(f"Expérience n° {args.experience_id} retirée du dossier n° {args.case_id}.")
    return 0


def _activities(args: argparse.Namespace, ctx: Context) -> int:
    print_json([dataclasses.asdict(a) for a in activities.activities()])
    return 0


def _state(matching: Matching, case_id: int) -> dict[str, Any]:
    state = matching.state(case_id)
    return {
        "liked_contexts": sorted(state.preferences.liked_contexts),
        "excluded_contexts": sorted(state.preferences.excluded_contexts),
        "opinions": {
            code: {"interest": up, "reason": state.reasons.get(code, "")}
            for code, up in sorted(state.preferences.thumbs.items())
        },
        "target": state.target,
    }


def _show(args: argparse.Namespace, ctx: Context) -> int:
    print_json(_state(Matching(ctx), args.case_id))
    return 0


def _contexts(args: argparse.Namespace, ctx: Context) -> int:
    matching = Matching(ctx)
    matching.save_contexts(
        args.case_id, set(args.like), set(args.exclude), matching.state(args.case_id).target
    )
    print_json(_state(matching, args.case_id))
    return 0


def _target(args: argparse.Namespace, ctx: Context) -> int:
    matching = Matching(ctx)
    matching.set_target(args.case_id, args.code)
    check = matching.target(args.case_id, date.today())
    print_json(check.as_json() if check is not None else None)
    return 0


def _opinion(args: argparse.Namespace, ctx: Context) -> int:
    up = True if args.interest else False if args.not_for_me else None
    matching = Matching(ctx)
    matching.set_feedback(args.case_id, args.fiche.strip().upper(), up, args.reason)
    print_json(_state(matching, args.case_id))
    return 0


def _suggestions(args: argparse.Namespace, ctx: Context) -> int:
    filters = Filters(diploma=checked_diploma(args.diploma, "--diploma"))
    found = Matching(ctx).suggestions(
        args.case_id, date.today(), filters, top=args.top, offset=args.offset, hide_held=args.hide_held
    )
    print_json([dataclasses.asdict(s) for s in found])
    return 0


def _learn(args: argparse.Namespace, ctx: Context) -> int:
    print_json(learn_json(Matching(ctx).learn_next(args.case_id, date.today(), args.target)))
    return 0


def _snapshot(args: argparse.Namespace, ctx: Context) -> int:
    print(Matching(ctx).save_snapshot(args.case_id, date.today()))
    return 0


def _snapshots(args: argparse.Namespace, ctx: Context) -> int:
    print_json([dataclasses.asdict(s) for s in Matching(ctx).snapshots(args.case_id)])
    return 0
