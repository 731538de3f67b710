"""``workbench passphrase change``: re-encrypt the case database and its backups with a new passphrase.

The current passphrase comes from ``WORKBENCH_PASSPHRASE`` or the terminal; the new one from
``WORKBENCH_NEW_PASSPHRASE`` or the terminal (typed twice). Never from the command line, where it
would stay in the shell's history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from workbench.app.privacy import check_new_passphrase
from workbench.context import Context
from workbench.errors import UserError

NEW_PASSPHRASE_ENV = "WORKBENCH_NEW_PASSPHRASE"


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("passphrase", help="phrase de passe de la base des dossiers")
    commands = group.add_subparsers(dest="passphrase_command", metavar="ACTION")
    change = commands.add_parser("change", help="changer la phrase de passe (base et sauvegardes)")
    change.set_defaults(handler=_change)


def _new_passphrase() -> str:
    if found := os.environ.get(NEW_PASSPHRASE_ENV):
        check_new_passphrase(found)
        return found
    if not sys.stdin.isatty():
        raise UserError(
            f"Nouvelle phrase de passe : définissez {NEW_PASSPHRASE_ENV} ou lancez la commande dans un terminal."
        )
    new = getpass.getpass("Nouvelle phrase de passe : ")
    check_new_passphrase(new, getpass.getpass("Confirmez la nouvelle phrase de passe : "))
    return new


def _change(args: argparse.Namespace, ctx: Context) -> int:
    current = ctx.db.passphrase
    if current is None:
        raise UserError("La base des dossiers n'est pas chiffrée.")
    new = _new_passphrase()
    ctx.change_passphrase(current, new)
    print("Phrase de passe changée ; la base et ses sauvegardes sont chiffrées avec la nouvelle.")
    return 0
