"""Command-line entry point: ``workbench [--data-dir DIR] [COMMAND …]``.

With no command the window opens. Each command group lives in its own module under
``workbench/commands/`` and exposes ``register(subparsers)``; handlers have the signature
``handler(args: argparse.Namespace, ctx: Context) -> int`` and are set with
``parser.set_defaults(handler=...)``. Handlers print JSON or plain French text and return the exit
code; a :class:`workbench.errors.UserError` becomes a one-line message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Sequence

from workbench import APP_NAME, __version__
from workbench.context import Context
from workbench.core.text import invalid_character
from workbench.errors import UserError

# One module per command group; each exposes register(subparsers).
COMMAND_MODULES = (
    "workbench.commands.backup",
    "workbench.commands.case",
    "workbench.commands.cep",
    "workbench.commands.experience",
    "workbench.commands.funding",
    "workbench.commands.match",
    "workbench.commands.passphrase",
    "workbench.commands.report",
    "workbench.commands.rome",
    "workbench.commands.settings",
    "workbench.commands.team",
)


# argparse's own words, in French (it asks gettext, which has no French catalogue for it).
ARGPARSE_FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments ",  # argparse adds the colon
    "options": "options ",
    "show this help message and exit": "afficher cette aide et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "une valeur au moins est attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s (%(matches)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (au choix : %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "ignored explicit argument %r": "argument ignoré : %r",
}


def _french(text: str) -> str:
    return ARGPARSE_FRENCH.get(text, text)


def _french_plural(singular: str, plural: str, count: int) -> str:
    return _french(singular if count == 1 else plural)


def speak_french() -> None:
    """Make argparse's usage, help and error lines French (it looks its words up at call time)."""
    argparse._ = _french  # type: ignore[attr-defined]
    argparse.ngettext = _french_plural  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    speak_french()
    parser = argparse.ArgumentParser(prog="workbench", description=f"{APP_NAME} — poste de travail CEP")
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="dossier des données (sinon la variable WORKBENCH_DATA_DIR, sinon le dossier utilisateur)",
    )
    parser.add_argument(
        "--open-case",
        type=int,
        metavar="ID",
        help="ouvrir la fenêtre avec ce dossier ouvert (raccourci de bureau, scripts)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def ask_passphrase(creating: bool) -> str:
    """The passphrase typed at the terminal, never echoed (twice when it creates the database)."""
    from workbench.store.crypto import check_new_passphrase

    if not creating:
        return getpass.getpass("Phrase de passe de la base des dossiers : ")
    print(
        "Nouvelle base des dossiers : choisissez sa phrase de passe (8 caractères au moins).", file=sys.stderr
    )
    passphrase = getpass.getpass("Phrase de passe : ")
    check_new_passphrase(passphrase, getpass.getpass("Confirmez la phrase de passe : "))
    return passphrase


def ask_login(error: str) -> tuple[str, str]:
    """Username and password for the structure's server, typed at the terminal."""
    if error:
        print(error, file=sys.stderr)
    return input("Identifiant : ").strip(), getpass.getpass("Mot de passe : ")


def window_data_dir(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, data dir) when the arguments ask for the window: nothing but ``--data-dir DIR``."""
    rest = list(argv)
    data_dir = None
    if rest[:1] == ["--data-dir"] and len(rest) >= 2:
        data_dir, rest = rest[1], rest[2:]
    elif rest[:1] and rest[0].startswith("--data-dir="):
        data_dir, rest = rest[0].partition("=")[2], rest[1:]
    return (not rest and data_dir != ""), data_dir


def import_bundled_rome(ctx: Context) -> None:
    """First use of the referential by a command: import the release shipped with the application."""
    from workbench.app import rome

    def progress(done: int, total: int, label: str) -> None:
        print(f"\r[{done}/{total}] {label:<60}", end="", file=sys.stderr, flush=True)

    if rome.bundled_release() is None:
        return
    print("Aucun référentiel ROME actif : import de la version fournie avec l'application…", file=sys.stderr)
    result = rome.import_bundled_if_needed(ctx, progress)
    if result is not None:
        print(file=sys.stderr)
        print(result.message(), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader stopped early (``workbench case list | head``): end quietly, as Unix tools do.
        # Python would complain again when flushing stdout at exit: point it at the void first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0


def _main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv if argv is not None else sys.argv[1:])
    for argument in arguments:
        if (why := invalid_character(argument)) is not None:  # e.g. a file name in another encoding
            print(
                f"Erreur : argument « {argument.encode('utf-8', 'replace').decode()} » : {why}.",
                file=sys.stderr,
            )
            return 2
    wants_window, data_dir = window_data_dir(arguments)
    if wants_window:  # the window starts without importing every command module first
        from workbench.ui.app import run_gui  # Qt is only loaded for the window

        return run_gui(Context.create(data_dir))
    parser = build_parser()
    args = parser.parse_args(arguments)
    ctx = Context.create(args.data_dir)
    if getattr(args, "handler", None) is None:
        if args.command:  # a group given without its sub-command
            parser.parse_args([*arguments, "--help"])
        from workbench.ui.app import run_gui

        return run_gui(ctx, args.open_case)
    ctx.rome_first_use = import_bundled_rome
    if sys.stdin.isatty():
        ctx.ask_passphrase = ask_passphrase
        ctx.ask_login = ask_login
    try:
        code: int = args.handler(args, ctx)
    except UserError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    finally:
        ctx.close()
    return code
