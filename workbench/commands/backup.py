"""``workbench backup list|create|restore``: copies of the case database."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.app.privacy import backups
from workbench.context import Context
from workbench.errors import UserError


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("backup", help="sauvegardes de la base des dossiers")
    commands = group.add_subparsers(dest="backup_command", metavar="ACTION")
    commands.add_parser("list", help="sauvegardes disponibles, la plus récente d'abord").set_defaults(
        handler=_list
    )
    commands.add_parser("create", help="sauvegarder maintenant").set_defaults(handler=_create)
    restore = commands.add_parser(
        "restore", help="remplacer la base par une sauvegarde (l'actuelle est gardée)"
    )
    restore.add_argument("name", metavar="NOM", help="nom du fichier de sauvegarde (voir backup list)")
    restore.set_defaults(handler=_restore)


def _list(args: argparse.Namespace, ctx: Context) -> int:
    for backup in backups.list_backups(ctx.paths.backup_dir):
        print(f"{backup.name:<60} {backup.made_at:%d/%m/%Y %H:%M}  {backup.size // 1024:>7} Ko")
    return 0


def _create(args: argparse.Namespace, ctx: Context) -> int:
    ctx.db  # opens (and migrates) the database so that the copy is of the current schema  # noqa: B018
    print(backups.create_backup(ctx.paths.case_db, ctx.paths.backup_dir, passphrase=ctx.db.passphrase).path)
    return 0


def _restore(args: argparse.Namespace, ctx: Context) -> int:
    found = {b.name: b for b in backups.list_backups(ctx.paths.backup_dir)}
    if args.name not in found:
        raise UserError(f"Sauvegarde inconnue « {args.name} » ; voir « workbench backup list ».")
    kept = ctx.restore_backup(found[args.name])
    print(f"Base restaurée depuis {args.name} ; l'ancienne est gardée dans {kept.name}.")
    return 0
