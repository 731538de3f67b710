"""Job matching on the real ROME v4.60: profile, ranking behaviour, detail, oracle, commands."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from workbench.context import Context
from workbench.core.matching import Engine, Experience, Filters, Preferences, rank_pure_python
from workbench.rome.matching_data import engine_for

pytestmark = pytest.mark.rome
TODAY = date(2026, 11, 24)
CLERC = Experience("K1902", date(2015, 1, 1), date(2023, 6, 1), "Clerc d'avocat")


@pytest.fixture
def engine(rome_ctx: Context) -> Engine:
    assert rome_ctx.rome is not None
    return engine_for(rome_ctx.rome)


def test_clerc_d_avocat_brings_the_counts_counsellors_know(engine: Engine, rome_ctx: Context) -> None:
    fiche = rome_ctx.rome.fiche("K1902")  # type: ignore[union-attr]
    assert fiche is not None
    savoir_faire = fiche.of_kind("savoir_faire")
    assert sum(1 for i in savoir_faire if i.core == "principale") == 7
    assert sum(1 for i in savoir_faire if i.core != "principale") == 16
    assert len(fiche.of_kind("savoir_etre")) == 3
    detail = engine.detail("K1902", [CLERC])
    assert (detail.count("acquired", "savoir_faire"), detail.count("acquired", "savoir_etre")) == (23, 3)


def test_longer_and_more_recent_experiences_weigh_more() -> None:
    short_old = Experience("K1902", date(2000, 1, 1), date(2000, 6, 1))
    long_recent = Experience("K1902", date(2018, 1, 1), date(2026, 6, 1))
    ongoing = Experience("K1902", date(2018, 1, 1), None)
    assert short_old.weight(TODAY) < long_recent.weight(TODAY) < ongoing.weight(TODAY) <= 1
    assert Experience("K1902").weight(TODAY) == 0.5


def test_ranking_agrees_with_the_pure_python_oracle(engine: Engine) -> None:
    fast = [(s.code, s.coverage) for s in engine.rank([CLERC], TODAY, top=15)]
    slow = rank_pure_python(engine.data, [CLERC], TODAY, top=15)
    assert [c for c, _ in fast] == [c for c, _ in slow]
    assert np.allclose([v for _, v in fast], [v for _, v in slow], atol=1e-3)


def test_held_jobs_are_marked_not_hidden_and_classes_follow(engine: Engine) -> None:
    ranking = engine.rank([CLERC], TODAY, top=30)
    assert ranking[0].code == "K1902" and ranking[0].held
    assert not any(s.held for s in ranking[1:])
    assert ranking[1].proximity == "Le plus proche"
    assert {s.proximity for s in ranking} <= {"Le plus proche", "Proche", "Moins proche"}
    assert ranking[-1].proximity != "Le plus proche"


def test_excluded_contexts_demote_and_liked_ones_lift(engine: Engine) -> None:
    base = engine.rank([CLERC], TODAY, top=40)
    contexts = engine.data.contexts
    victim = next(s for s in base[1:] if contexts.get(s.code))
    label = sorted(contexts[victim.code])[0]
    excluded = engine.rank([CLERC], TODAY, Preferences(excluded_contexts=frozenset({label})), top=None)
    moved = next(s for s in excluded if s.code == victim.code)
    assert moved.score < victim.score * 0.25 and label in moved.clashes
    liked = engine.rank([CLERC], TODAY, Preferences(liked_contexts=frozenset({label})), top=None)
    assert next(s for s in liked if s.code == victim.code).score > victim.score


def test_thumbs_down_sinks_the_fiche_and_its_look_alikes(engine: Engine) -> None:
    base = {s.code: s.score for s in engine.rank([CLERC], TODAY, top=None)}
    after = {
        s.code: s.score for s in engine.rank([CLERC], TODAY, Preferences(thumbs={"K1909": False}), top=None)
    }
    assert after["K1909"] < base["K1909"] * 0.1
    similar_drop = [(base[c] - after[c]) / base[c] for c in base if c != "K1909" and base[c] > 0]
    assert max(similar_drop) > 0.1  # the look-alikes lose more than the others
    up = {s.code: s.score for s in engine.rank([CLERC], TODAY, Preferences(thumbs={"C1501": True}), top=None)}
    assert up["C1501"] > base["C1501"]


def test_filters(engine: Engine) -> None:
    only_k = engine.rank([CLERC], TODAY, filters=Filters(domaines=frozenset({"K"})), top=None)
    assert only_k and all(s.code.startswith("K") for s in only_k)
    cadre = engine.rank([CLERC], TODAY, filters=Filters(tags=frozenset({"cadre"})), top=10)
    assert all("cadre" in engine.data.fiches[engine.index[s.code]].tags for s in cadre)


def test_detail_lists_missing_core_first(engine: Engine) -> None:
    detail = engine.detail("K1909", [CLERC])
    cores = [row[3] for row in detail.missing]
    assert cores == sorted(cores, key=lambda c: (c != "principale", c != "emergente"))
    assert all(sources == ("Clerc d'avocat",) for *_, sources in detail.acquired)


def test_match_commands_and_batch(
    rome_ctx: Context, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from workbench.cli import main

    data = ["--data-dir", str(rome_ctx.paths.data_dir)]
    assert (
        main(
            [
                *data,
                "match",
                "--appellation",
                "12659@2015-01..2023-06",
                "--target",
                "K1909",
                "--top",
                "5",
                "--on",
                "2026-11-24",
                "--json",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["results"][0]["code"] == "K1902" and result["target"]["missing"]
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "experiences": [{"appellation": "12659", "start": "2021-01", "end": None}]})
        + "\n"
        + json.dumps({"id": "b", "experiences": []})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main([*data, "match", "--batch", str(batch), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"] and lines[0]["results"][0]["code"] == "K1902"
    assert main([*data, "match", "--appellation", "99999999"]) == 2
    assert "n'existe pas" in capsys.readouterr().err
