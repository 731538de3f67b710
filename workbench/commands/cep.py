"""``workbench cep …``: the CEP path without the window (automation, bulk work, reporting)."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from workbench.app.cep import Cep
from workbench.commands._io import print_json
from workbench.context import Context
from workbench.core import cep, cep_stats
from workbench.core.dates import parse_date
from workbench.errors import UserError


def _day(text: str) -> date:
    try:
        day = parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if day is None:
        raise argparse.ArgumentTypeError("date vide")
    return day


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("cep", help="parcours CEP : niveaux, entretiens, suivis, statistiques")
    commands = group.add_subparsers(dest="cep_command", metavar="ACTION")

    level = commands.add_parser("level", help="faire entrer un dossier dans un niveau (UO1, UO2.1, UO2.2)")
    level.add_argument("case_id", type=int, metavar="ID")
    level.add_argument("level", choices=cep.LEVELS)
    level.add_argument("--on", type=_day, default=date.today(), metavar="JJ/MM/AAAA")
    level.add_argument("--reason", default="")
    level.set_defaults(handler=_level)

    meeting = commands.add_parser("meeting", help="enregistrer un entretien")
    meeting.add_argument("case_id", type=int, metavar="ID")
    meeting.add_argument("--on", type=_day, default=date.today(), metavar="JJ/MM/AAAA")
    meeting.add_argument("--mode", choices=cep.MEETING_MODES, default="face_a_face")
    meeting.add_argument("--minutes", type=int, default=60)
    meeting.add_argument("--topic", action="append", choices=cep.TOPICS, default=[])
    meeting.add_argument("--notes", default="")
    meeting.set_defaults(handler=_meeting)

    due = commands.add_parser("due", help="ce qui est à relancer ou à faire, tous dossiers confondus")
    due.add_argument("--no-contact-days", type=int, default=60)
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=_due)

    stats = commands.add_parser("stats", help="statistiques d'activité (CSV anonymisé)")
    stats.add_argument("--from", dest="start", type=_day, required=True, metavar="JJ/MM/AAAA")
    stats.add_argument("--to", dest="end", type=_day, required=True, metavar="JJ/MM/AAAA")
    stats.add_argument("--counsellor")
    stats.add_argument("--csv", metavar="SORTIE.csv")
    stats.set_defaults(handler=_stats)


def _level(args: argparse.Namespace, ctx: Context) -> int:
    path = Cep(ctx).enter_level(args.case_id, args.level, args.on, args.reason)
    print(" → ".join(s.level for s in path.stays))
    return 0


def _meeting(args: argparse.Namespace, ctx: Context) -> int:
    saved = Cep(ctx).record_meeting(
        args.case_id,
        cep.Meeting(
            args.on,
            "UO1",  # the path's last level: record_meeting decides
            args.mode,
            args.minutes,
            topics=tuple(args.topic),
            notes=args.notes,
        ),
    )
    print(saved.id)
    return 0


def _due(args: argparse.Namespace, ctx: Context) -> int:
    items = Cep(ctx).due_items(date.today(), no_contact_days=args.no_contact_days)
    if args.json:
        print_json([dataclasses.asdict(item) for item in items])
    else:
        for item in items:
            print(f"{item.day or '':<10}  {item.name:<30} {item.label}")
    return 0


def _stats(args: argparse.Namespace, ctx: Context) -> int:
    if args.start > args.end:
        raise UserError("La date de début suit la date de fin.")
    people, stays, meetings = Cep(ctx).activity_facts()
    report = cep_stats.activity(people, stays, meetings, args.start, args.end, args.counsellor)
    if args.csv:
        try:
            Path(args.csv).write_text(report.to_csv(), encoding="utf-8")
        except OSError as exc:
            raise UserError(f"Écriture impossible de {args.csv} : {exc.strerror}.") from None
    print(report.per_level().to_string())
    return 0
