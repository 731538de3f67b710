"""The counsellor rewords a document before it is handed over: which texts, and applying the new ones.

Only the free texts of a document can be reworded (what was said, the project in the person's
words, decisions…), never dates, amounts or verdicts. A list of texts (decisions) is edited one item
per line. The wording changes this printing only; the case file keeps what was recorded, and the
handed-over copy says it was reworded.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from workbench.reports.inputs import Attestation, MeetingReport, ProjectSynthesis, PrpAgreement

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
}


def texts(inputs: Any) -> list[tuple[str, str, str]]:
    """(path, label, current text) of every text of ``inputs`` that may be reworded."""
    found = []
    for path, label in TEXTS.get(type(inputs), ()):
        value = _get(inputs, path)
        found.append((path, label, "\n".join(value) if isinstance(value, tuple) else str(value or "")))
    return found


def apply(inputs: Any, edits: dict[str, str]) -> Any:
    """``inputs`` with the reworded texts; unknown paths are ignored."""
    allowed = {path for path, _label in TEXTS.get(type(inputs), ())}
    for path, text in edits.items():
        if path in allowed:
            inputs = _set(inputs, path, text)
    return inputs


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _set(obj: Any, path: str, text: str) -> Any:
    head, _, rest = path.partition(".")
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
