"""``workbench settings show|set``: the settings (structure, retention, idle lock, documents folder).

``set FICHIER.json`` takes an object with any of ``structure`` (its fields: ``name``, ``address``,
``phone``, ``email``, ``website``, ``logo_path``, ``signature_line``, ``footer_text``,
``privacy_contact``, ``retention_years``), ``idle_lock_minutes`` and ``documents_folder``; what is
not given is kept. Invalid values are refused with the field named, and nothing is written.
"""

from __future__ import annotations

import argparse
from typing import Any

from workbench.app import settings
from workbench.app.records import to_json
from workbench.commands._io import print_json, read_json
from workbench.context import Context
from workbench.errors import UserError


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("settings", help="paramètres : structure, conservation, verrouillage")
    commands = group.add_subparsers(dest="settings_command", metavar="ACTION")
    commands.add_parser("show", help="les paramètres (JSON)").set_defaults(handler=_show)
    change = commands.add_parser("set", help="modifier des paramètres (objet JSON, - : l'entrée standard)")
    change.add_argument("file", metavar="FICHIER.json")
    change.set_defaults(handler=_set)


def _show(args: argparse.Namespace, ctx: Context) -> int:
    print_json({**to_json(settings.load(ctx)), "file": str(settings.settings_file(ctx))})
    return 0


def _set(args: argparse.Namespace, ctx: Context) -> int:
    given = read_json(args.file)
    if not isinstance(given, dict):
        raise UserError(f"{args.file} : un objet JSON est attendu.")
    current: dict[str, Any] = to_json(settings.load(ctx))
    unknown = sorted(set(given) - set(current))
    if unknown:
        raise UserError(f"{args.file} : paramètre(s) inconnu(s) {', '.join(unknown)}.")
    structure = given.get("structure", {})
    if not isinstance(structure, dict):
        raise UserError(f"{args.file} : « structure » doit être un objet.")
    merged = {**current, **given, "structure": {**current["structure"], **structure}}
    settings.save(ctx, settings.from_json(merged))
    print_json(to_json(settings.load(ctx)))
    return 0
