"""``workbench report KIND CASE_ID --out FILE.pdf``, ``workbench demo --out DIR`` and
``workbench glossaire --out FILE.pdf``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from workbench.app import settings
from workbench.app.cases import Cases
from workbench.app.documents import KINDS, Documents, kind, write_pdf
from workbench.context import Context
from workbench.errors import UserError
from workbench.reports import samples


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
    report.set_defaults(handler=_report)

    demo = subparsers.add_parser(
        "demo", help="créer un dossier de démonstration et écrire tous ses documents PDF dans un dossier"
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
    print(Documents(ctx).write(args.kind, args.case_id, args.on or date.today(), args.out))
    Cases(ctx).opened(args.case_id)  # the case was read: audited like an opening in the window
    return 0


def _glossary(args: argparse.Namespace, ctx: Context) -> int:
    from workbench.app.help import write_glossary

    print(write_glossary(ctx, args.out, date.today()))
    return 0


def _demo(args: argparse.Namespace, ctx: Context) -> int:
    """Store Léa Martin's case, then write each document of her path through UO1, UO2.1 and UO2.2."""
    today = args.on or date.today()
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} existe et n'est pas un dossier.")
    case_id = Cases(ctx).add(samples.demo_case())
    case = Cases(ctx).get(case_id)
    # The structure's own settings when it has some, else the demonstration structure.
    structure = settings.structure(ctx)
    if not structure.name:
        structure = samples.STRUCTURE
    documents = {
        "1-notice-rgpd": (kind("notice-rgpd"), samples.privacy_notice(today, case)),
        "2-entretien-uo1": (kind("entretien"), samples.meeting_uo1(today, case)),
        "3-synthese-uo2.1": (kind("synthese"), samples.synthesis(today, case)),
        "4-financement": (kind("financement"), samples.funding_summary(today, case)),
        "5-accord-prp-interne": (kind("accord-prp"), samples.prp_agreement(today, case, mode="interne")),
        "6-accord-prp-externe": (kind("accord-prp"), samples.prp_agreement(today, case, mode="externe")),
        "7-entretien-uo2.2": (kind("entretien"), samples.meeting_uo22(today, case)),
    }
    print(f"Dossier de démonstration n° {case_id} : {case.display_name}")
    for stem, (document, inputs) in documents.items():
        inputs = samples.with_structure(inputs, structure)
        print(write_pdf(out / f"{stem}.pdf", document.render(inputs)))
    return 0
