"""``workbench cep …``: the CEP path without the window (automation, bulk work, reporting)."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from workbench.app.cep import Cep
from workbench.app.records import from_json, to_json
from workbench.commands._io import print_json, read_json
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
    meeting.add_argument("--notes", default="", help="notes privées du conseiller (jamais imprimées)")
    meeting.add_argument("--request", default="", help="la demande ou l'objectif de la personne")
    meeting.add_argument("--summary", default="", help="ce dont vous avez parlé")
    meeting.add_argument(
        "--info", action="append", default=[], metavar="SUJET|DÉTAIL|OÙ", help="une information donnée"
    )
    meeting.add_argument("--decision", action="append", default=[], help="une décision prise ensemble")
    meeting.add_argument("--next", type=_day, metavar="JJ/MM/AAAA", help="date du prochain rendez-vous")
    meeting.add_argument("--next-time", default="", metavar="HH:MM")
    meeting.add_argument("--next-place", default="", help="lieu ou modalité du prochain rendez-vous")
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

    _records(commands)


def _level(args: argparse.Namespace, ctx: Context) -> int:
    path = Cep(ctx).enter_level(args.case_id, args.level, args.on, args.reason)
    print(" → ".join(s.level for s in path.stays))
    return 0


def _meeting(args: argparse.Namespace, ctx: Context) -> int:
    saved = Cep(
        ctx
    ).record_meeting(
        args.case_id,
        cep.Meeting(
            args.on,
            "UO1",  # the path's last level: record_meeting decides
            args.mode,
            args.minutes,
            topics=tuple(args.topic),
            notes=args.notes,
            request=args.request,
            summary=args.summary,
            information=tuple(
                cep.InformationGiven(*(part.strip() for part in (i.split("|") + ["", ""])[:3]))
                for i in args.info
            ),
            decisions=tuple(args.decision),
            next_meeting_on=args.next,
            next_meeting_time=args.next_time,
            next_meeting_place=args.next_place,
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
    print(report.published_per_level().to_string())
    print(f"(effectifs de 1 à {cep_stats.SMALL_COUNT - 1} masqués : « {cep_stats.SUPPRESSED} »)")
    return 0


# ---- The records of a case's path: JSON in and out (the Parcours CEP tab, without the window)


def _records(subparsers: Any) -> None:
    commands = subparsers

    def case_command(name: str, help_text: str, handler: Any, *extra: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument("case_id", type=int, metavar="ID")
        for argument in extra:
            if argument == "file":
                parser.add_argument("file", metavar="FICHIER.json", help="objet JSON (- : l'entrée standard)")
            else:
                parser.add_argument(argument, type=int, metavar="N")
        parser.set_defaults(handler=handler)
        return parser

    case_command("path", "niveaux, étapes faites et clôture d'un dossier (JSON)", _path)
    step = case_command("step", "cocher (ou décocher) une étape du guide : NIVEAU:ÉTAPE", _step)
    step.add_argument("step", metavar="NIVEAU:ÉTAPE")
    step.add_argument("--undone", action="store_true", help="décocher")
    for name, kind in _KINDS.items():
        case_command(kind.plural, f"{kind.title} (JSON)", _lister(kind))
        if kind.add_help:
            case_command(f"{name}-add", kind.add_help, _adder(kind), "file")
        case_command(f"{name}-edit", kind.edit_help, _editor(kind), "record_id", "file")
    case_command(
        "meeting-delete",
        "supprimer un entretien saisi par erreur (journalisé)",
        _meeting_delete,
        "meeting_id",
    )
    case_command(
        "action-delete", "supprimer une action saisie par erreur (journalisé)", _action_delete, "action_id"
    )
    project = case_command("project", "le projet formalisé (JSON) ; --set FICHIER.json le modifie", _project)
    project.add_argument("--set", dest="file", metavar="FICHIER.json")
    close = case_command("close", "clore l'accompagnement ; planifie les suivis", _close, "file")
    close.add_argument("--months", default="1,6,18", help="suivis après la sortie, en mois (1,6,18)")
    case_command("reopen", "rouvrir un accompagnement clos", _reopen)
    case_command("follow-ups", "les suivis après la sortie (JSON)", _follow_ups)
    case_command(
        "follow-up", "noter un suivi fait (situation, effets, notes)", _follow_up, "follow_up_id", "file"
    )


_CHOICES = {
    "Meeting": {"mode": cep.MEETING_MODES, "topics": cep.TOPICS, "level": {lv: lv for lv in cep.LEVELS}},
    "Action": {"owner": cep.ACTION_OWNERS, "status": cep.ACTION_STATUSES},
    "Decision": {"kind": cep.DECISION_KINDS, "status": cep.DECISION_STATUSES},
    "Referral": {"kind": cep.REFERRAL_KINDS, "status": cep.REFERRAL_STATUSES},
    "Closure": {"support_kinds": cep.SUPPORT_KINDS, "path_type": cep.PATH_TYPES, "outcome": cep.OUTCOMES},
    "FollowUp": {"situation": cep.FOLLOW_UP_SITUATIONS, "effects": cep.EFFECTS},
    "Project": {"feasibility": cep.FEASIBILITY},
}


def _read(cls: Any, path: str, base: Any = None, ignore: frozenset[str] = frozenset({"id"})) -> Any:
    return from_json(cls, read_json(path), path, base=base, ignore=ignore, choices=_CHOICES.get(cls.__name__))


def _one(records: list[Any], record_id: int, what: str, case_id: int) -> Any:
    found = next((r for r in records if r.id == record_id), None)
    if found is None:
        raise UserError(f"Le dossier n° {case_id} n'a pas {what} n° {record_id}.")
    return found


@dataclass(frozen=True)
class _Kind:
    """A kind of record of the path, listed, added and edited the same way (JSON in and out)."""

    cls: type
    plural: str  # the command listing them
    title: str
    listed: Callable[[Cep, int], list[Any]]
    save: Callable[[Cep, int, Any], Any]
    noun: str  # « Le dossier n° 3 n'a pas d'action n° 9. »
    add_help: str  # "" : added another way (a meeting: « cep meeting »)
    edit_help: str


_KINDS = {
    "meeting": _Kind(
        cep.Meeting,
        "meetings",
        "les entretiens",
        Cep.meetings,
        Cep.save_meeting,
        "d'entretien",
        "",
        "modifier un entretien (seuls les champs donnés changent)",
    ),
    "action": _Kind(
        cep.Action,
        "actions",
        "le plan d'action",
        Cep.actions,
        Cep.save_action,
        "d'action",
        "ajouter une action",
        "modifier une action",
    ),
    "decision": _Kind(
        cep.Decision,
        "decisions",
        "les décisions",
        Cep.decisions,
        Cep.save_decision,
        "de décision",
        "ajouter une décision (dépôt, accord, refus…)",
        "modifier une décision",
    ),
    "referral": _Kind(
        cep.Referral,
        "referrals",
        "les orientations",
        Cep.referrals,
        Cep.save_referral,
        "d'orientation",
        "ajouter une orientation (bilan, VAE, PMSMP…)",
        "modifier une orientation",
    ),
}


def _lister(kind: _Kind) -> Callable[[argparse.Namespace, Context], int]:
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        print_json(to_json(kind.listed(Cep(ctx), args.case_id)))
        return 0

    return handler


def _adder(kind: _Kind) -> Callable[[argparse.Namespace, Context], int]:
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        print_json(to_json(kind.save(Cep(ctx), args.case_id, _read(kind.cls, args.file))))
        return 0

    return handler


def _editor(kind: _Kind) -> Callable[[argparse.Namespace, Context], int]:
    """Only the fields the file gives change."""

    def handler(args: argparse.Namespace, ctx: Context) -> int:
        service = Cep(ctx)
        base = _one(kind.listed(service, args.case_id), args.record_id, kind.noun, args.case_id)
        print_json(to_json(kind.save(service, args.case_id, _read(kind.cls, args.file, base))))
        return 0

    return handler


def _path(args: argparse.Namespace, ctx: Context) -> int:
    path = Cep(ctx).path(args.case_id)
    print_json({**to_json(path), "current_level": path.current_level})
    return 0


def _step(args: argparse.Namespace, ctx: Context) -> int:
    level, _, step = args.step.partition(":")
    known = {f"{s.level}:{s.id}" for steps in cep.guidance().values() for s in steps}
    if args.step not in known:
        raise UserError(f"Étape inconnue « {args.step} » ; étapes : {', '.join(sorted(known))}.")
    Cep(ctx).set_step_done(args.case_id, f"{level}:{step}", not args.undone)
    print_json(sorted(Cep(ctx).path(args.case_id).done_steps))
    return 0


def _meeting_delete(args: argparse.Namespace, ctx: Context) -> int:
    Cep(ctx).delete_meeting(args.case_id, args.meeting_id)
    print(f"Entretien n° {args.meeting_id} supprimé du dossier n° {args.case_id}.")
    return 0


def _action_delete(args: argparse.Namespace, ctx: Context) -> int:
    Cep(ctx).delete_action(args.case_id, args.action_id)
    print(f"Action n° {args.action_id} supprimée du dossier n° {args.case_id}.")
    return 0


def _project(args: argparse.Namespace, ctx: Context) -> int:
    service = Cep(ctx)
    if args.file:
        service.save_project(args.case_id, _read(cep.Project, args.file, service.project(args.case_id)))
    print_json(to_json(service.project(args.case_id)))
    return 0


def _close(args: argparse.Namespace, ctx: Context) -> int:
    try:
        months = [int(m) for m in args.months.split(",") if m.strip()]
    except ValueError:
        raise UserError(
            f"--months : « {args.months} » ; écrivez des mois séparés par des virgules (1,6,18)."
        ) from None
    path = Cep(ctx).close(args.case_id, _read(cep.Closure, args.file, ignore=frozenset()), months)
    print_json({**to_json(path), "follow_ups": to_json(Cep(ctx).follow_ups(args.case_id))})
    return 0


def _reopen(args: argparse.Namespace, ctx: Context) -> int:
    print_json(to_json(Cep(ctx).reopen(args.case_id)))
    return 0


def _follow_ups(args: argparse.Namespace, ctx: Context) -> int:
    print_json(to_json(Cep(ctx).follow_ups(args.case_id)))
    return 0


def _follow_up(args: argparse.Namespace, ctx: Context) -> int:
    service = Cep(ctx)
    base = _one(service.follow_ups(args.case_id), args.follow_up_id, "de suivi", args.case_id)
    changed = _read(cep.FollowUp, args.file, base, ignore=frozenset({"id", "due", "months_after_exit"}))
    print_json(to_json(service.record_follow_up(args.case_id, changed)))
    return 0
