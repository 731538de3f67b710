"""The extra-professional activity table: complete taxonomy, valid ROME competence codes."""

from __future__ import annotations

import pytest

from workbench.context import Context
from workbench.core import activities


def test_taxonomy_covers_every_category_and_the_vie_quotidienne_themes() -> None:
    tree = activities.tree()
    assert set(tree) == {"Bénévolat & engagement", "Personnelle"}
    assert len(tree["Bénévolat & engagement"]) == 10
    assert set(tree["Personnelle"]) == {
        "Art et culture",
        "Engagement et citoyenneté",
        "Technologies et numérique",
        "Vie quotidienne",
    }
    assert set(tree["Personnelle"]["Vie quotidienne"]) >= {
        "Aide aux proches",
        "Animaux",
        "Couture/tricot/broderie",
        "Cuisine",
        "Décoration & ameublement",
        "Jardin",
    }
    for subcategories in tree.values():
        for themes in subcategories.values():
            assert themes and all(len(acts) >= 1 for acts in themes.values())
    assert len({a.id for a in activities.activities()}) == len(activities.activities())


@pytest.mark.rome
def test_every_code_is_a_competence_of_the_release(rome_ctx: Context) -> None:
    reference = rome_ctx.rome
    assert reference is not None
    known = {
        ogr
        for (ogr,) in reference.db.execute(
            "SELECT ogr FROM items WHERE kind IN ('savoir_faire', 'savoir_etre') AND ogr IN (SELECT ogr FROM fiche_items)"
        )
    }
    unknown = [(a.id, c) for a in activities.activities() for c in a.competences if c not in known]
    assert unknown == []
    referee = next(a for a in activities.activities() if a.label == "Arbitrer des rencontres sportives")
    labels = {
        label
        for (label,) in reference.db.execute(
            f"SELECT label FROM items WHERE ogr IN ({','.join('?' * len(referee.competences))})",
            referee.competences,
        )
    }
    assert "Concevoir et animer des activités sportives" in labels
