"""Exposure of a target job to occupational risk factors, read from its ROME contextes de travail.

PTP-FIPU and PUR require a target job not exposed to the ergonomic factors or to the professional
risk factors (``funding_rules.md`` §8.7). When the counsellor has not said, the engine uses what the
target fiche's contexts imply and shows which context triggered each factor.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache

from workbench.core.funding.engine import Hint
from workbench.resources import data_path

ATTRIBUTES = {"ergonomic": "target_job_exposed_ergonomic", "professional": "target_job_exposed_professional"}
_TITLES = {"ergonomic": "Facteurs ergonomiques", "professional": "Facteurs de risques professionnels"}


@cache
def _table() -> dict[str, dict[str, str]]:
    """family → {context OGR code → factor}."""
    raw = tomllib.loads(data_path("funding", "rome_exposure.toml").read_text(encoding="utf-8"))
    return {
        family: {code: factor for factor, codes in raw[family].items() for code in codes}
        for family in ATTRIBUTES
    }


def hints(rome_code: str, title: str, contexts: Iterable[tuple[str, str]]) -> dict[str, Hint]:
    """Both exposure attributes for the fiche ``rome_code`` whose contexts are (OGR, label) pairs."""
    contexts = list(contexts)
    found: dict[str, Hint] = {}
    for family, attribute in ATTRIBUTES.items():
        table = _table()[family]
        triggers = [(table[ogr], label) for ogr, label in contexts if ogr in table]
        factors = tuple(sorted({factor for factor, _ in triggers}))
        if triggers:
            why = "; ".join(f"« {label} »" for _, label in triggers)
            text = f"{_TITLES[family]} du métier visé, d'après la fiche ROME {rome_code} ({title}) : {why}."
        else:
            text = f"{_TITLES[family]} : aucun contexte de la fiche ROME {rome_code} ({title}) n'y expose."
            if family == "ergonomic":
                text += " Les vibrations mécaniques ne sont pas décrites par le ROME : à confirmer."
        found[attribute] = Hint(factors, text)
    return found
