"""``workbench case add|list|show|export``: case files without the window."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from workbench.app import settings
from workbench.app.cases import ACTIONS, Cases, Erased
from workbench.app.privacy import Privacy
from workbench.commands._io import print_json, read_json, write_json
from workbench.context import Context
from workbench.core.case_json import record_from_json, record_to_json


def register(subparsers: Any) -> None:
    case = subparsers.add_parser("case", help="dossiers des bénéficiaires")
    commands = case.add_subparsers(dest="case_command", metavar="ACTION")

    add = commands.add_parser("add", help="ajouter un dossier depuis un fichier JSON, affiche son numéro")
    add.add_argument("file", metavar="FICHIER.json")
    add.set_defaults(handler=_add)

    listing = commands.add_parser("list", help="lister les dossiers")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.add_argument("--archived", action="store_true", help="inclure les dossiers archivés")
    listing.set_defaults(handler=_list)

    show = commands.add_parser("show", help="afficher un dossier")
    show.add_argument("case_id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="sortie JSON")
    show.set_defaults(handler=_show)

    export = commands.add_parser("export", help="exporter tout ce qui concerne une personne (droit d'accès)")
    export.add_argument("case_id", type=int, metavar="ID")
    export.add_argument("out", metavar="SORTIE.json")
    export.set_defaults(handler=_export)

    erase = commands.add_parser(
        "erase", help="effacer définitivement une personne et tout ce qui la concerne"
    )
    erase.add_argument("case_id", type=int, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    erase.set_defaults(handler=_erase)

    retention = commands.add_parser("retention", help="dossiers sans contact depuis la durée de conservation")
    retention.add_argument(
        "--months",
        type=int,
        help="durée en mois (par défaut celle des paramètres de la structure, imprimée sur la notice RGPD)",
    )
    retention.add_argument("--purge", action="store_true", help="effacer ces dossiers")
    retention.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    retention.set_defaults(handler=_retention)

    audit = commands.add_parser("audit", help="journal des accès à un dossier")
    audit.add_argument("case_id", type=int, metavar="ID")
    audit.set_defaults(handler=_audit)


def _add(args: argparse.Namespace, ctx: Context) -> int:
    record = record_from_json(read_json(args.file))
    print(Cases(ctx).add(record))
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    rows = Cases(ctx).summaries(include_archived=args.archived)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "last_name": r.last_name,
                    "first_name": r.first_name,
                    "birth_date": r.birth_date.isoformat() if r.birth_date else None,
                    "counsellor": r.counsellor,
                    "status": r.status,
                    "cep_level": r.cep_level,
                    "archived": r.archived,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(
                f"{r.id:>6}  {r.display_name:<40} {r.cep_level or '—':<6} {'archivé' if r.archived else r.status}"
            )
    return 0


def _show(args: argparse.Namespace, ctx: Context) -> int:
    cases = Cases(ctx)
    record = cases.get(args.case_id)
    cases.opened(args.case_id)  # audited like an opening in the window
    if args.json:
        print_json(record_to_json(record))
    else:
        for key, value in record_to_json(record).items():
            if value not in (None, "", {}, False):
                print(f"{key:<28} {value}")
    return 0


def _export(args: argparse.Namespace, ctx: Context) -> int:
    write_json(args.out, Cases(ctx).export(args.case_id))
    print(args.out)
    return 0


def _erase(args: argparse.Namespace, ctx: Context) -> int:
    repo = Cases(ctx)
    record = repo.get(args.case_id)
    if not args.yes:
        answer = input(
            f"Effacer définitivement le dossier n° {record.id} ({record.display_name}) ? Tapez oui : "
        )
        if answer.strip().lower() != "oui":
            print("Rien n'a été effacé.")
            return 1
    erased = repo.erase(args.case_id)
    print(f"Dossier n° {args.case_id} effacé.")
    return _purge_backups(ctx, [erased], args.yes)


def _purge_backups(ctx: Context, erased: list[Erased], yes: bool) -> int:
    """List the backups that still hold the erased people and offer to erase them there too."""
    privacy = Privacy(ctx)
    left = privacy.left_in_backups(erased)
    if not left:
        return 0
    print(left.describe(), end="")
    if not yes and input("Les effacer aussi de ces sauvegardes ? Tapez oui : ").strip().lower() != "oui":
        print("Les sauvegardes sont gardées telles quelles ; elles expirent avec leur rotation.")
        return 0
    print(f"{privacy.purge_backups(left)} sauvegarde(s) nettoyée(s).")
    return 0


def _retention(args: argparse.Namespace, ctx: Context) -> int:
    months = args.months or settings.retention_months(ctx)
    due = Privacy(ctx).due_for_deletion(date.today(), months)
    for item in due:
        print(f"{item.case_id:>6}  {item.name:<40} dernier contact {item.last_contact:%d/%m/%Y}")
    if not args.purge or not due:
        print(f"{len(due)} dossier(s) au-delà de {months} mois sans contact.")
        return 0
    if (
        not args.yes
        and input(f"Effacer définitivement ces {len(due)} dossiers ? Tapez oui : ").strip().lower() != "oui"
    ):
        print("Rien n'a été effacé.")
        return 1
    erased = Privacy(ctx).erase_cases([item.case_id for item in due])
    print(f"{len(due)} dossier(s) effacé(s).")
    return _purge_backups(ctx, erased, args.yes)


def _audit(args: argparse.Namespace, ctx: Context) -> int:
    for line in Cases(ctx).trail(args.case_id):
        print(
            f"{line.at.astimezone():%d/%m/%Y %H:%M}  {line.actor:<16} {ACTIONS.get(line.action, line.action)}"
        )
    return 0
