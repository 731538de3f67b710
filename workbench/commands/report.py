"""``workbench report KIND CASE_ID --out FILE.pdf``, ``workbench demo --out DIR`` and
``workbench glossaire --out FILE.pdf``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from workbench.app.cases import Cases
from workbench.app.documents import KINDS, Documents, kind
from workbench.context import Context
from workbench.errors import UserError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas une date AAAA-MM-JJ") from None


def register(subparsers: Any) -> None:
    kinds_help = "; ".join(f"{k.code} : {k.description}" for k in KINDS.values())
    report = subparsers.add_parser(
        "report",
        help="produire un document PDF pour un dossier",
        description=f"Types de documents — {kinds_help}.",
    )
    report.add_argument("kind", metavar="TYPE", choices=tuple(KINDS), help=", ".join(KINDS))
    report.add_argument("case_id", type=int, metavar="ID")
    report.add_argument("--out", required=True, metavar="FICHIER.pdf")
    report.add_argument(
        "--on", type=_day, metavar="AAAA-MM-JJ", help="date du document (par défaut aujourd'hui)"
    )
    report.add_argument(
        "--meeting",
        type=int,
        metavar="N",
        help="compte rendu : le numéro de l'entretien (par défaut le dernier ; workbench cep meetings ID les liste)",
    )
    report.add_argument(
        "--scenario",
        type=int,
        metavar="N",
        help="documents de financement : le numéro du scénario (par défaut celui retenu ; "
        "workbench funding scenarios ID les liste)",
    )
    report.set_defaults(handler=_report)

    demo = subparsers.add_parser(
        "demo",
        help="construire le dossier de démonstration (comme un conseiller le remplit) et écrire tous ses "
        "documents PDF dans un dossier",
    )
    demo.add_argument("--out", required=True, metavar="DOSSIER")
    demo.add_argument(
        "--on", type=_day, metavar="AAAA-MM-JJ", help="date de référence (par défaut aujourd'hui)"
    )
    demo.set_defaults(handler=_demo)

    glossary = subparsers.add_parser(
        "glossaire", help="écrire en PDF le glossaire des sigles (CEP, CPF, PTP…) à remettre à la personne"
    )
    glossary.add_argument("--out", required=True, metavar="FICHIER.pdf")
    glossary.set_defaults(handler=_glossary)


def _report(args: argparse.Namespace, ctx: Context) -> int:
    kind(args.kind)  # a clear message for an unknown kind, before touching the database
    today = args.on or date.today()
    print(Documents(ctx).write(args.kind, args.case_id, today, args.out, args.meeting, args.scenario))
    Cases(ctx).opened(args.case_id)  # the case was read: audited like an opening in the window
    return 0


def _glossary(args: argparse.Namespace, ctx: Context) -> int:
    from workbench.app.help import write_glossary

    print(write_glossary(ctx, args.out, date.today()))
    return 0


def _demo(args: argparse.Namespace, ctx: Context) -> int:
    """Build Léa Martin's case through the counsellor's operations, then print each of its documents
    from the store, as ``workbench report`` does, on the day it belongs to."""
    today = args.on or date.today()
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} existe et n'est pas un dossier.")
    documents = Documents(ctx)
    case_id, stories = documents.demo(today)
    print(f"Dossier de démonstration n° {case_id} : Léa MARTIN")
    for stem, code, meeting in stories:
        command = f"workbench report {code} {case_id} --on {today.isoformat()}" + (
            f" --meeting {meeting}" if meeting else ""
        )
        print(f"{documents.write(code, case_id, today, out / f'{stem}.pdf', meeting)}  ({command})")
    return 0
