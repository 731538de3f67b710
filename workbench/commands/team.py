"""``workbench team …``: work with the structure's server, offline, or through transfer files.

- ``team checkout ID…`` copies cases from the server (``WORKBENCH_DATABASE_URL``) into this
  laptop's encrypted database and marks them as taken; ``team checkin`` brings back every case
  carried, merged field by field with what changed on the server meanwhile.
- ``team export ID… FOLDER`` writes the cases into an encrypted transfer database in FOLDER (its
  passphrase from ``WORKBENCH_TRANSFER_PASSPHRASE`` or the terminal); ``team import FOLDER`` brings
  them back into the database in use.
- ``team status`` lists the cases away and the cases carried here.
- ``team watch`` prints one JSON line per case changed on the server by someone else.
- ``team init`` (the server's administrator, with a URL naming the database's owner) creates or
  migrates the schema and installs the roles, grants, row-level policies and audit triggers;
  ``team account-add`` creates an account (a PostgreSQL login role); ``team password`` changes one.

On the server every command signs in first (``WORKBENCH_USER``/``WORKBENCH_PASSWORD`` or the
terminal): nothing is read nor written before the server accepted the account.

A field both sides changed keeps the carried (offline) value with ``--prefer mine`` (the default)
or the other with ``--prefer theirs``; either way both values are printed, so nothing is lost.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from workbench.app import team
from workbench.app.privacy import check_new_passphrase
from workbench.app.team import ROLES, AccountRepository, Database, transfer
from workbench.commands._io import print_json
from workbench.context import DATABASE_URL_ENV, Context, passphrase_from_env
from workbench.errors import UserError
from workbench.paths import AppPaths

TRANSFER_PASSPHRASE_ENV = "WORKBENCH_TRANSFER_PASSPHRASE"


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "team", help="serveur de la structure, travail hors ligne, fichiers de transfert"
    )
    commands = group.add_subparsers(dest="team_command", metavar="ACTION")
    checkout = commands.add_parser("checkout", help="emporter des dossiers du serveur sur ce poste")
    checkout.add_argument("ids", metavar="ID", type=int, nargs="+")
    checkout.add_argument(
        "--destination", default="poste portable", help="où ils partent (affiché au bureau)"
    )
    checkout.set_defaults(handler=_checkout)
    checkin = commands.add_parser("checkin", help="rapporter au serveur les dossiers emportés")
    checkin.add_argument("--prefer", choices=("mine", "theirs"), default="mine")
    checkin.set_defaults(handler=_checkin)
    export = commands.add_parser("export", help="écrire des dossiers dans un fichier de transfert chiffré")
    export.add_argument("ids", metavar="ID", type=int, nargs="+")
    export.add_argument("folder", metavar="DOSSIER")
    export.set_defaults(handler=_export)
    load = commands.add_parser("import", help="reprendre les dossiers d'un fichier de transfert")
    load.add_argument("folder", metavar="DOSSIER")
    load.add_argument("--prefer", choices=("mine", "theirs"), default="mine")
    load.set_defaults(handler=_import)
    status = commands.add_parser("status", help="dossiers emportés et dossiers présents ici")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)
    init = commands.add_parser(
        "init",
        help="créer ou mettre à jour le schéma, les rôles et les règles d'accès du serveur (administrateur)",
    )
    init.set_defaults(handler=_init)
    watch = commands.add_parser(
        "watch", help="suivre les dossiers modifiés sur le serveur (une ligne JSON par dossier)"
    )
    watch.add_argument("--seconds", type=float, default=None, help="s'arrêter après ce délai")
    watch.add_argument("--count", type=int, default=None, help="s'arrêter après tant de dossiers")
    watch.set_defaults(handler=_watch)
    register_accounts(commands)


def _server(ctx: Context) -> Database:
    """The structure's server, signed in (ctx.db signs in before anything else)."""
    if not os.environ.get(DATABASE_URL_ENV):
        raise UserError(f"Adresse du serveur inconnue : définissez {DATABASE_URL_ENV}.")
    return ctx.db


def _init(args: argparse.Namespace, ctx: Context) -> int:
    team.require_owner_url(os.environ.get(DATABASE_URL_ENV, ""), DATABASE_URL_ENV)
    setup = team.initialise(ctx.db)  # the owner's connection migrates the schema on opening
    print(f"Schéma à jour (révision {setup.revision}).")
    print(f"Rôles de groupe : {setup.counsellors} (conseillers), {setup.managers} (responsables).")
    print(f"Sécurité au niveau des lignes sur {len(setup.protected)} tables : {', '.join(setup.protected)}.")
    return 0


def _laptop(ctx: Context) -> Database:
    """This laptop's own encrypted database (the one used offline), whatever the environment says."""
    return Database.open(ctx.paths, ctx.local_passphrase())


def _transfer_file(folder: str, creating: bool) -> Database:
    passphrase = passphrase_from_env(TRANSFER_PASSPHRASE_ENV)
    if not passphrase:
        if not sys.stdin.isatty():
            raise UserError(
                f"Phrase de passe du fichier de transfert : définissez {TRANSFER_PASSPHRASE_ENV}."
            )
        passphrase = getpass.getpass("Phrase de passe du fichier de transfert : ")
        check_new_passphrase(passphrase, getpass.getpass("Confirmez-la : ") if creating else None)
    paths = AppPaths.resolve(folder)
    if not creating and not paths.case_db.exists():
        raise UserError(f"Aucun fichier de transfert dans {folder}.")
    return Database.open(paths, passphrase)


def _printer(prefer: str) -> transfer.Resolver:
    def resolve(conflict: transfer.Conflict) -> str:
        kept, other = (conflict.field.mine, conflict.field.theirs)
        if prefer == "theirs":
            kept, other = other, kept
        where = conflict.table + (f" {conflict.row}" if conflict.row else "")
        print(
            f"Dossier {conflict.case_id}, {where}, {conflict.field.name} : gardé « {kept} », "
            f"l'autre version était « {other} »",
            file=sys.stderr,
        )
        return prefer

    return resolve


def _report(report: transfer.CheckinReport) -> int:
    print(
        f"{len(report.merged)} dossier(s) rapporté(s), {report.added_rows} ligne(s) ajoutée(s), "
        f"{len(report.conflicts)} conflit(s) réglé(s)."
    )
    for case_id, why in report.refused.items():
        print(f"Dossier {case_id} : {why}.", file=sys.stderr)
    return 0 if not report.refused else 1


def _checkout(args: argparse.Namespace, ctx: Context) -> int:
    server = _server(ctx)  # signed in before the laptop's database is even opened
    laptop = _laptop(ctx)
    try:
        transfer.check_out(server, args.ids, laptop, team.actor(server), args.destination)
    finally:
        laptop.close()
    print(f"{len(args.ids)} dossier(s) emporté(s) sur ce poste.")
    return 0


def _checkin(args: argparse.Namespace, ctx: Context) -> int:
    server = _server(ctx)
    laptop = _laptop(ctx)
    try:
        return _report(transfer.check_in(laptop, server, _printer(args.prefer), team.actor(server)))
    finally:
        laptop.close()


def _export(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.db  # signed in first on the server
    file = _transfer_file(args.folder, creating=True)
    try:
        transfer.check_out(db, args.ids, file, team.actor(db), f"fichier de transfert {args.folder}")
    finally:
        file.close()
    print(f"{len(args.ids)} dossier(s) écrit(s) dans {args.folder} (chiffré).")
    return 0


def _import(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.db
    file = _transfer_file(args.folder, creating=False)
    try:
        return _report(transfer.check_in(file, db, _printer(args.prefer), team.actor(db)))
    finally:
        file.close()


def _status(args: argparse.Namespace, ctx: Context) -> int:
    away = transfer.taken_cases(ctx.db)
    here = transfer.carried_cases(ctx.db)
    if args.json:
        print_json({"away": {str(k): v for k, v in away.items()}, "carried_here": here})
        return 0
    for case_id, where in away.items():
        print(f"Dossier {case_id} emporté : {where}")
    for case_id in here:
        print(f"Dossier {case_id} présent ici, à rapporter")
    if not away and not here:
        print("Aucun dossier emporté.")
    return 0


def _watch(args: argparse.Namespace, ctx: Context) -> int:
    """One JSON line per case changed by someone else: ``{"case_id": 12}`` (``null``: the server
    was away, anything may have changed). Only the number: reading the case is a separate step."""
    _server(ctx)
    seen = 0
    changed = team.watch(
        ctx, args.seconds, lambda: print("À l'écoute du serveur…", file=sys.stderr, flush=True)
    )
    try:
        for case_id in changed:
            print(json.dumps({"case_id": case_id}), flush=True)
            seen += 1
            if args.count is not None and seen >= args.count:
                break
    except KeyboardInterrupt:
        pass
    finally:
        changed.close()
    return 0


def register_accounts(commands: Any) -> None:
    add = commands.add_parser("account-add", help="créer un compte (le premier est celui du responsable)")
    add.add_argument("username", metavar="IDENTIFIANT")
    add.add_argument("--name", required=True, help="nom tel qu'il figure dans les dossiers")
    add.add_argument("--role", choices=("conseiller", "responsable"), default="conseiller")
    add.set_defaults(handler=_account_add)
    listing = commands.add_parser("accounts", help="lister les comptes")
    listing.set_defaults(handler=_accounts)
    share = commands.add_parser("share", help="partager un dossier avec un collègue")
    share.add_argument("case_id", metavar="ID", type=int)
    share.add_argument("username", metavar="IDENTIFIANT")
    share.set_defaults(handler=_share)
    password = commands.add_parser(
        "password", help="changer le mot de passe d'un compte (le sien, ou tout compte pour le responsable)"
    )
    password.add_argument("username", metavar="IDENTIFIANT")
    password.set_defaults(handler=_password)
    reassign = commands.add_parser("reassign", help="réattribuer un dossier (responsable)")
    reassign.add_argument("case_id", metavar="ID", type=int)
    reassign.add_argument("name", metavar="NOM")
    reassign.set_defaults(handler=_reassign)


def _new_password() -> str:
    if found := os.environ.get("WORKBENCH_NEW_PASSWORD"):
        return found
    if not sys.stdin.isatty():
        raise UserError(
            "Mot de passe du compte : définissez WORKBENCH_NEW_PASSWORD ou lancez la commande dans un terminal."
        )
    password = getpass.getpass("Mot de passe du compte : ")
    if getpass.getpass("Confirmez-le : ") != password:
        raise UserError("Les deux saisies du mot de passe sont différentes.")
    return password


def _account_add(args: argparse.Namespace, ctx: Context) -> int:
    repository = AccountRepository(_server(ctx))  # signed in before the new password is asked
    account = repository.add(args.username, args.name, args.role, _new_password())
    print(f"Compte « {account.username} » créé ({ROLES[account.role]}).")
    return 0


def _accounts(args: argparse.Namespace, ctx: Context) -> int:
    for account in AccountRepository(_server(ctx)).list():
        state = "" if account.active else " (désactivé)"
        print(f"{account.username:<20} {account.display_name:<30} {ROLES[account.role]}{state}")
    return 0


def _password(args: argparse.Namespace, ctx: Context) -> int:
    repository = AccountRepository(_server(ctx))
    repository.set_password(args.username, _new_password())
    print(f"Mot de passe de « {args.username} » changé.")
    return 0


def _share(args: argparse.Namespace, ctx: Context) -> int:
    AccountRepository(_server(ctx)).share(args.case_id, args.username)
    print(f"Dossier {args.case_id} partagé avec {args.username}.")
    return 0


def _reassign(args: argparse.Namespace, ctx: Context) -> int:
    AccountRepository(_server(ctx)).reassign(args.case_id, args.name)
    print(f"Dossier {args.case_id} attribué à {args.name}.")
    return 0
