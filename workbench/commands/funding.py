"""``workbench funding check CASE.json [--on AAAA-MM-JJ] [--json]``: the funding check without the window;
``workbench funding compare CASE.json``: the routes side by side (PTP, période de reconversion, CPF,
démission-reconversion, rupture conventionnelle, job-seeker schemes).

CASE.json is one JSON object whose names are the attributes of ``funding_rules.md`` §8 (the person,
the situation and the target training together), e.g. ``{"employment_status": "salarie_prive",
"contract_type": "cdi", "training_hours": 420, …}``; ``null`` or an absent name means unknown. With an
active ROME release, a ``target_rome_code`` lets the rules read the target job's exposure to risks.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from workbench.app.funding import Funding, Scenario, check, compare
from workbench.app.records import to_json
from workbench.commands._io import print_json, read_json
from workbench.context import Context
from workbench.core import funding
from workbench.core.funding import explain
from workbench.errors import UserError


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("funding", help="vérification des financements d'une formation")
    commands = group.add_subparsers(dest="funding_command", metavar="ACTION")

    check = commands.add_parser("check", help="verdict de chaque dispositif pour un dossier JSON")
    check.add_argument("case", metavar="DOSSIER.json")
    check.add_argument("--on", metavar="AAAA-MM-JJ", help="date de la vérification (aujourd'hui sinon)")
    check.add_argument("--json", action="store_true", help="sortie JSON")
    check.set_defaults(handler=_check)

    routes = commands.add_parser("compare", help="les parcours possibles côte à côte pour un dossier JSON")
    routes.add_argument("case", metavar="DOSSIER.json")
    routes.add_argument("--on", metavar="AAAA-MM-JJ", help="date de la vérification (aujourd'hui sinon)")
    routes.add_argument("--json", action="store_true", help="sortie JSON")
    routes.set_defaults(handler=_compare)

    schemes = commands.add_parser("schemes", help="les dispositifs et les paramètres datés appliqués")
    schemes.add_argument("--on", metavar="AAAA-MM-JJ")
    schemes.add_argument("--json", action="store_true")
    schemes.set_defaults(handler=_schemes)

    _register_case(commands)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--on : « {text} » n'est pas une date AAAA-MM-JJ.") from None


def _check(args: argparse.Namespace, ctx: Context) -> int:
    on = _day(args.on)
    raw = read_json(args.case)
    if not isinstance(raw, dict):
        raise UserError(f"{args.case} : un objet JSON {{attribut: valeur}} est attendu.")
    book = funding.rulebook()
    evaluation, plans = check(ctx.rome, raw, on)
    if args.json:
        print_json(explain.as_dict(book, evaluation, plans))
    else:
        print("\n".join(explain.text_lines(book, evaluation, plans)))
    return 0


def _compare(args: argparse.Namespace, ctx: Context) -> int:
    from workbench.core.funding import compare as routes

    on = _day(args.on)
    raw = read_json(args.case)
    if not isinstance(raw, dict):
        raise UserError(f"{args.case} : un objet JSON {{attribut: valeur}} est attendu.")
    comparison = compare(ctx.rome, raw, on)
    if args.json:
        print_json(routes.as_dict(comparison))
    else:
        print("\n".join(routes.text_lines(comparison)))
    return 0


def _schemes(args: argparse.Namespace, ctx: Context) -> int:
    on = _day(args.on)
    book = funding.rulebook()
    parameters = {}
    for name, parameter in book.parameters.items():
        current = parameter.on(on)
        parameters[name] = {
            "label": parameter.label,
            "value": None if current is None else float(current.value),
            "unit": parameter.unit,
            "source": None if current is None else current.source,
            "status": None if current is None else current.status,
        }
    listing = [
        {"id": s.id, "acronym": s.acronym, "name": s.name, "status": s.status, "funder": s.funder}
        for s in book.schemes
    ]
    if args.json:
        print_json({"rules_version": book.version, "schemes": listing, "parameters": parameters})
        return 0
    print(f"Règles de financement {book.version}, paramètres au {on.strftime('%d/%m/%Y')}")
    for scheme in listing:
        status = "" if scheme["status"] == "active" else " (remplacé)"
        print(f"- {scheme['acronym']} — {scheme['name']}{status}")
    print()
    for p in parameters.values():
        value = "non défini à cette date" if p["value"] is None else f"{p['value']:g} {p['unit']}"
        print(f"- {p['label']} : {value} [{p['source'] or '—'}]")
    return 0


# ---- A stored case: its scenarios (one per training compared) and the answers (the Financement tab)


def _register_case(commands: Any) -> None:
    def case_command(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument("case_id", type=int, metavar="ID")
        parser.set_defaults(handler=handler)
        return parser

    case_command("scenarios", "les scénarios de financement d'un dossier (JSON)", _scenarios)
    add = case_command("scenario-add", "ajouter un scénario (la formation comparée)", _scenario_add)
    add.add_argument("title", metavar="TITRE")
    rename = case_command("scenario-rename", "renommer un scénario", _scenario_rename)
    rename.add_argument("scenario_id", type=int, metavar="N")
    rename.add_argument("title", metavar="TITRE")
    retain = case_command(
        "scenario-retain", "retenir un scénario : celui que les documents impriment", _scenario_retain
    )
    retain.add_argument("scenario_id", type=int, metavar="N")
    delete = case_command("scenario-delete", "supprimer un scénario", _scenario_delete)
    delete.add_argument("scenario_id", type=int, metavar="N")
    answer = case_command(
        "answer",
        "enregistrer des réponses {attribut: valeur} (la personne dans le dossier, la formation dans le scénario)",
        _answer,
    )
    answer.add_argument("file", metavar="REPONSES.json", help="objet JSON (- : l'entrée standard)")
    answer.add_argument("--scenario", type=int, metavar="N", help="scénario (le premier par défaut)")
    verdicts = case_command("case-check", "vérifier les financements d'un dossier enregistré", _case_check)
    verdicts.add_argument("--scenario", type=int, metavar="N")
    verdicts.add_argument("--on", metavar="AAAA-MM-JJ")
    verdicts.add_argument("--json", action="store_true")


def _scenario_json(scenario: Scenario | None) -> Any:
    return None if scenario is None else to_json(scenario)


def _scenarios(args: argparse.Namespace, ctx: Context) -> int:
    print_json([to_json(s) for s in Funding(ctx).scenarios(args.case_id)])
    return 0


def _scenario_add(args: argparse.Namespace, ctx: Context) -> int:
    print_json(to_json(Funding(ctx).save_scenario(args.case_id, Scenario(args.title.strip()))))
    return 0


def _scenario_rename(args: argparse.Namespace, ctx: Context) -> int:
    service = Funding(ctx)
    scenario = service.scenario(args.case_id, args.scenario_id)
    renamed = Scenario(args.title.strip(), scenario.attributes, scenario.id)
    print_json(to_json(service.save_scenario(args.case_id, renamed)))
    return 0


def _scenario_retain(args: argparse.Namespace, ctx: Context) -> int:
    print_json(to_json(Funding(ctx).retain(args.case_id, args.scenario_id)))
    return 0


def _scenario_delete(args: argparse.Namespace, ctx: Context) -> int:
    Funding(ctx).delete_scenario(args.case_id, args.scenario_id)
    print(f"Scénario n° {args.scenario_id} supprimé du dossier n° {args.case_id}.")
    return 0


def _answer(args: argparse.Namespace, ctx: Context) -> int:
    raw = read_json(args.file)
    if not isinstance(raw, dict):
        raise UserError(f"{args.file} : un objet JSON {{attribut: valeur}} est attendu.")
    answered = Funding(ctx).answer(args.case_id, raw, args.scenario)
    print_json(
        {
            "case_attributes": answered.record.funding_attributes(),
            "scenario": _scenario_json(answered.scenario),
        }
    )
    return 0


def _case_check(args: argparse.Namespace, ctx: Context) -> int:
    evaluation, plans = Funding(ctx).check_case(args.case_id, _day(args.on), args.scenario)
    book = funding.rulebook()
    if args.json:
        print_json(explain.as_dict(book, evaluation, plans))
    else:
        print("\n".join(explain.text_lines(book, evaluation, plans)))
    return 0
