"""``workbench rome import|info|search|fiche|list|activate``: the ROME referential without the window."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from workbench.app import rome
from workbench.app.rome import RomeReference
from workbench.commands._io import print_json
from workbench.context import Context
from workbench.errors import UserError


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("rome", help="référentiel ROME 4.0 : import, recherche, fiches")
    commands = group.add_subparsers(dest="rome_command", metavar="ACTION")

    load = commands.add_parser(
        "import", help="importer une publication officielle (dossier ou zip) et l'activer"
    )
    load.add_argument("path", metavar="CHEMIN")
    load.set_defaults(handler=_import)

    info = commands.add_parser("info", help="version active et effectifs")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=_info)

    search = commands.add_parser("search", help="rechercher un métier (appellations et fiches)")
    search.add_argument("text", metavar="TEXTE")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_search)

    fiche = commands.add_parser("fiche", help="afficher une fiche métier")
    fiche.add_argument("code", metavar="CODE")
    fiche.add_argument("--json", action="store_true")
    fiche.set_defaults(handler=_fiche)

    listing = commands.add_parser("list", help="versions importées")
    listing.set_defaults(handler=_list)

    activate = commands.add_parser("activate", help="rendre active une version importée (nom du fichier)")
    activate.add_argument("release", metavar="FICHIER")
    activate.set_defaults(handler=_activate)


def require_rome(ctx: Context) -> RomeReference:
    return rome.require(ctx)


def _import(args: argparse.Namespace, ctx: Context) -> int:
    def progress(done: int, total: int, label: str) -> None:
        print(f"\r[{done}/{total}] {label:<60}", end="", file=sys.stderr, flush=True)

    result = rome.import_release(ctx, args.path, progress)
    print(file=sys.stderr)
    print(result.message())
    return 0


def _info(args: argparse.Namespace, ctx: Context) -> int:
    info = require_rome(ctx).info()
    if args.json:
        print_json({**dataclasses.asdict(info), "version_label": info.version_label})
    else:
        print(info.version_label, f"(publiée le {info.published_on})" if info.published_on else "")
        for key, count in info.counts.items():
            print(f"  {key:<20} {count:>7}")
    return 0


def _search(args: argparse.Namespace, ctx: Context) -> int:
    hits = require_rome(ctx).search(args.text, args.limit)
    if args.json:
        print_json([dataclasses.asdict(hit) for hit in hits])
    else:
        for hit in hits:
            print(f"{hit.code}  {hit.appellation}  ({hit.fiche_title})")
    return 0


def _fiche(args: argparse.Namespace, ctx: Context) -> int:
    fiche = require_rome(ctx).fiche(args.code)
    if fiche is None:
        raise UserError(f"Aucune fiche ROME « {args.code} » dans la version active.")
    if args.json:
        print_json(dataclasses.asdict(fiche))
    else:
        print(f"{fiche.code} — {fiche.title}\n{fiche.definition}\n")
        for kind, label in (
            ("savoir_faire", "Savoir-faire"),
            ("savoir_etre", "Savoir-être"),
            ("contexte", "Contextes"),
        ):
            print(f"{label} :")
            for item in fiche.of_kind(kind):
                print(f"  {'★ ' if item.core == 'principale' else '  '}{item.label}")
        print("Métiers proches : " + ", ".join(f"{m.code} {m.title}" for m in fiche.mobility))
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    releases, active = rome.releases(ctx)
    for path in releases:
        release = rome.describe(path)
        origin = " — fournie avec l'application" if release.bundled else ""
        print(f"{'*' if path == active else ' '} {path.name}  {release.version_label}{origin}")
    return 0


def _activate(args: argparse.Namespace, ctx: Context) -> int:
    rome.activate(ctx, args.release)
    print(args.release)
    return 0
