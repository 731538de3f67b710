"""``workbench report KIND CASE_ID --out FILE.pdf``, ``workbench demo --out DIR`` and
``workbench glossaire --out FILE.pdf``."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from workbench.app.cases import Cases
from workbench.app.documents import KINDS, Documents, kind, write_pdf
from workbench.commands._io import print_json
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
    report.add_argument("--out", metavar="FICHIER.pdf", help="le fichier à écrire (sauf avec --texts)")
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
    report.add_argument(
        "--texts",
        action="store_true",
        help="afficher en JSON les textes reformulables du document ([{key, label, text}]) au lieu de l'écrire",
    )
    report.add_argument(
        "--reword",
        metavar="TEXTES.json",
        help="reformuler pour cette impression : un objet JSON {clé: texte} (les clés de --texts) ; "
        "le dossier n'est pas modifié",
    )
    report.add_argument(
        "--hand-over",
        metavar="DESTINATAIRE",
        help="garder dans le dossier le document tel qu'il est remis (date, octets, empreinte SHA-256)",
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
    documents = Documents(ctx)
    if args.texts:
        texts = documents.texts(args.kind, args.case_id, today, args.meeting, args.scenario)
        print_json([{"key": key, "label": label, "text": text} for key, label, text in texts])
    else:
        if not args.out:
            raise UserError(
                "Indiquez le fichier à écrire : --out FICHIER.pdf (ou --texts pour lister les textes)."
            )
        if args.hand_over is not None and not args.hand_over.strip():
            raise UserError("--hand-over : indiquez à qui le document est remis.")
        edits = _edits(args.reword) if args.reword else None
        if edits:
            documents.check_edits(args.kind, args.case_id, today, edits, args.meeting, args.scenario)
        data = documents.build(
            args.kind, args.case_id, today, args.meeting, edits, fresh=True, scenario=args.scenario
        )
        print(write_pdf(args.out, data))
        if args.hand_over:
            handed = documents.hand_over(
                args.kind, args.case_id, today, data, args.hand_over.strip(), bool(edits)
            )
            print(f"Remis à {handed.recipient} et gardé dans le dossier (SHA-256 {handed.sha256}).")
    Cases(ctx).opened(args.case_id)  # the case was read: audited like an opening in the window
    return 0


def _edits(path: str) -> dict[str, str]:
    """The rewording file: a JSON object {key: text}."""
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Lecture impossible de {path} : {exc.strerror}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{path} n'est pas un fichier JSON lisible : {exc}.") from None
    if not isinstance(value, dict) or not value:
        raise UserError(f"{path} doit contenir un objet JSON {{clé: texte}} non vide (les clés de --texts).")
    return value


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
