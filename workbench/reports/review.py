"""The counsellor rewords a document before it is handed over: which texts, and applying the new ones.

Only the free texts of a document can be reworded (what was said, the project in the person's
words, decisions, the next step of a funding scheme…), never dates, amounts, verdicts or what the
person signs. A list of texts (decisions, questions) is edited one item per line; a record of a list
is named by its acronym (``outcomes.PTP.next_step``). The wording changes this printing
only; the case file keeps what was recorded, and the handed-over copy says it was reworded.

Not offered: the comparison of routes (« comparaison »), every cell of which is the funding
engine's answer for the case (open or why, amounts, risks, deadlines) with no free text to reword;
in the RGPD notice, the purposes, legal basis, rights and consent boxes (the information articles 13
and 14 of the GDPR require, and the wording the person signs) and the recorded consent's scope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import Any

from workbench.reports.inputs import (
    Attestation,
    FundingSummary,
    MeetingReport,
    PrivacyNotice,
    ProjectSynthesis,
    PrpAgreement,
)

#: document inputs type → (field path, label shown in the window)
TEXTS: dict[type, tuple[tuple[str, str], ...]] = {
    MeetingReport: (
        ("request", "Votre demande"),
        ("summary", "Ce dont nous avons parlé"),
        ("decisions", "Ce que nous avons décidé ensemble (une décision par ligne)"),
    ),
    ProjectSynthesis: (
        ("situation.request", "Demande de départ"),
        ("situation.constraints", "Contraintes à prendre en compte"),
        ("project.summary", "Le projet"),
        ("project.motivations", "Motivations"),
        ("project.strategy", "Stratégie retenue"),
        ("project.reservations", "Réserves"),
        ("project.plan_b", "Solution de repli (plan B)"),
    ),
    Attestation: (
        ("project", "Projet travaillé"),
        ("project_summary", "Le projet en quelques mots"),
        ("recipient", "Destinataire"),
    ),
    PrpAgreement: (
        ("organisation", "Modalités d'organisation"),
        ("suspension_terms", "Modalités de suspension du contrat"),
        ("return_terms", "Modalités de retour"),
        ("pay_gap_coverage", "Prise en charge de l'écart de rémunération"),
    ),
    PrivacyNotice: (
        ("introduction", "Le mot d'introduction (après le nom de la personne)"),
        ("access", "Qui a accès au dossier"),
    ),
}


def _funding_texts(doc: FundingSummary) -> tuple[tuple[str, str], ...]:
    """The questions, each open scheme's next step (as the first-page table shows them) and the
    advice on what is left to pay. A scheme is named by its acronym, not its row: an answer that
    reorders the schemes leaves each rewording on its own scheme."""
    found = [("questions", "Les questions à éclaircir (une question par ligne)")]
    found += [
        (f"outcomes.{o.acronym}.next_step", f"Prochaine étape — {o.acronym}")
        for o in doc.outcomes
        if o.acronym and o.verdict not in ("not_eligible", "superseded")
    ]
    found.append(("remaining_advice", "Après « Il vous resterait … à payer : »"))
    return tuple(found)


#: Document inputs type → its texts, when they depend on the document (one per scheme…)
DYNAMIC: dict[type, Callable[[Any], tuple[tuple[str, str], ...]]] = {FundingSummary: _funding_texts}


def paths(inputs: Any) -> tuple[tuple[str, str], ...]:
    """(path, label) of every text of ``inputs`` that may be reworded."""
    dynamic = DYNAMIC.get(type(inputs))
    return dynamic(inputs) if dynamic is not None else TEXTS.get(type(inputs), ())


def texts(inputs: Any) -> list[tuple[str, str, str]]:
    """(path, label, current text) of every text of ``inputs`` that may be reworded."""
    found = []
    for path, label in paths(inputs):
        value = _get(inputs, path)
        found.append((path, label, "\n".join(value) if isinstance(value, tuple) else str(value or "")))
    return found


def apply(inputs: Any, edits: dict[str, str]) -> Any:
    """``inputs`` with the reworded texts; unknown paths are ignored."""
    allowed = {path for path, _label in paths(inputs)}
    for path, text in edits.items():
        if path in allowed:
            inputs = _set(inputs, path, text)
    return inputs


def _item(items: tuple[Any, ...], name: str) -> int:
    """The position of the record of ``items`` whose acronym is ``name``."""
    return next(i for i, item in enumerate(items) if getattr(item, "acronym", None) == name)


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = obj[_item(obj, part)] if isinstance(obj, tuple) else getattr(obj, part)
    return obj


def _set(obj: Any, path: str, text: str) -> Any:
    head, _, rest = path.partition(".")
    if isinstance(obj, tuple):  # a record of a tuple, named by its acronym
        index = _item(obj, head)
        return (*obj[:index], _set(obj[index], rest, text), *obj[index + 1 :])
    current = getattr(obj, head)
    if rest:
        return replace(obj, **{head: _set(current, rest, text)})
    if not (is_dataclass(obj) and head in {f.name for f in fields(obj)}):
        return obj
    if isinstance(current, tuple):
        value: Any = tuple(line.strip() for line in text.splitlines() if line.strip())
    else:
        value = text.strip()
    return replace(obj, **{head: value})  # type: ignore[type-var]
