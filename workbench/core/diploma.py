"""The diploma level a ROME fiche asks for, read from its access text ("Accès à l'emploi/métier").

The lowest level the text names wins: « accessible avec un CAP … également accessible avec un Bac+2 »
is CAP/BEP, « accessible sans diplôme » is "Sans diplôme". A text naming no level (only a CQP, a
permit, an habilitation) gives "Non précisé". Levels are ordered; a filter keeps the fiches whose
level is at most the one chosen (and those "Non précisé", which may be accessible).
"""

from __future__ import annotations

import re

from workbench.core.text import fold

LEVELS = ("Sans diplôme", "CAP/BEP", "Bac", "Bac+2", "Bac+3", "Bac+5 et plus")
UNKNOWN = "Non précisé"

# On folded text (« Bac + 2 » → "bac 2", « Bac+5 » → "bac 5"); one pattern per level, lowest first.
_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\bsans (?:aucun |particulier |de )?(?:diplome|qualification|formation|condition de diplome)"
        r"|\baucun diplome\b|\bavec ou sans (?:diplome|qualification|formation)|\bsans certification\b"
        r"|\bn est pas conditionne par (?:la detention d )?un diplome|\ba tous les niveaux de qualification",
        r"\b(?:capa?|bepa?|niveau 3)\b",
        r"\bbac(?:calaureat)?\b(?! [1-8]\b)|\bbrevet professionnel\b|\bbrevet de technicien\b|\bniveau 4\b",
        r"\bbac 1\b|\bbac 2\b|\bbtsa?\b|\bdut\b|\bdeust\b|\bniveau 5\b",
        r"\bbac [34]\b|\blicence\b(?! (?:iv|de vente|d entrepreneur))|\bbachelor\b|\bniveau 6\b|\bmaitrise\b",
        r"\bbac [5-8]\b|\bmaster\b|\bdoctorat\b|\bdocteur en\b|\bniveau [78]\b|\bdiplome d ingenieur|\becole d ingenieurs?\b"
        r"|\bdea\b|\bdess\b|\bgrande ecole\b|\becole de commerce\b",
    )
)


def diploma_level(access: str) -> str:
    """The lowest diploma level the access text names, or "Non précisé"."""
    text = fold(access)
    for level, pattern in zip(LEVELS, _PATTERNS, strict=True):
        if pattern.search(text):
            return level
    return UNKNOWN


def within(level: str, maximum: str) -> bool:
    """Whether a fiche of this level is open to a person holding ``maximum`` (unknown levels are kept)."""
    if level not in LEVELS or maximum not in LEVELS:
        return True
    return LEVELS.index(level) <= LEVELS.index(maximum)
