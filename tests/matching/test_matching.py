"""Job matching on the real ROME v4.60: profile, score, classes, detail, what to learn next, commands."""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from workbench.context import Context
from workbench.core.diploma import LEVELS, diploma_level, within
from workbench.core.matching import (
    CORE_WEIGHT,
    KIND_FACTOR,
    Engine,
    Experience,
    FicheFacts,
    Filters,
    MatchingData,
    Preferences,
)
from workbench.rome.matching_data import engine_for

TODAY = date(2026, 11, 24)
CLERC = Experience("K1902", date(2015, 1, 1), date(2023, 6, 1), "Clerc d'avocat")
CLERC_SINCE = Experience("K1902", date(2023, 11, 1), None, "Clerc d'avocat")
CLASS_ORDER = {"Le plus proche": 0, "Proche": 1, "Moins proche": 2}


def forever(code: str) -> Experience:
    """A job held for decades and still held: strength 1, so scores are plain similarities."""
    return Experience(code, date(1950, 1, 1), None, code)


@pytest.fixture
def engine(rome_ctx: Context) -> Engine:
    assert rome_ctx.rome is not None
    return engine_for(rome_ctx.rome)


def cosine_pure_python(engine: Engine, experiences: list[Experience], today: date) -> dict[str, float]:
    """The similarity of the README with dictionaries and loops, as an oracle."""
    data = engine.data
    frequency: dict[str, int] = {}
    for links in data.links.values():
        for item in links:
            frequency[item] = frequency.get(item, 0) + 1
    kind = dict(zip(data.items, data.item_kinds, strict=True))
    n_f = len(data.fiches)

    def weight(item: str) -> float:
        return (math.log((n_f + 1) / (frequency[item] + 1)) + 1.0) * KIND_FACTOR[kind[item]]

    def cosine(strength: dict[str, float]) -> dict[str, float]:
        norm = math.sqrt(sum(weight(i) ** 2 for i in strength))
        out = {}
        for fiche in data.fiches:
            links = data.links.get(fiche.code, {})
            fiche_norm = math.sqrt(sum((CORE_WEIGHT[c] * weight(i)) ** 2 for i, c in links.items()))
            dot = sum(strength.get(i, 0.0) * weight(i) * CORE_WEIGHT[c] * weight(i) for i, c in links.items())
            out[fiche.code] = dot / (norm * fiche_norm) if norm and fiche_norm else 0.0
        return out

    combined: dict[str, float] = {}
    singles = []
    for experience in experiences:
        items = set(data.links.get(experience.fiche, {})) - experience.removed | experience.added
        single = {i: experience.weight(today) for i in items}
        singles.append(cosine(single))
        for item, value in single.items():
            combined[item] = max(combined.get(item, 0.0), value)
    result = cosine(combined)
    for single in singles if len(singles) > 1 else []:
        result = {code: max(value, single[code]) for code, value in result.items()}
    return result


# ---- Counts people know (Changer de métier)


@pytest.mark.rome
def test_clerc_d_avocat_brings_the_counts_counsellors_know(engine: Engine, rome_ctx: Context) -> None:
    fiche = rome_ctx.rome.fiche("K1902")  # type: ignore[union-attr]
    assert fiche is not None
    savoir_faire = fiche.of_kind("savoir_faire")
    assert sum(1 for i in savoir_faire if i.core == "principale") == 7
    assert sum(1 for i in savoir_faire if i.core != "principale") == 16
    assert len(fiche.of_kind("savoir_etre")) == 3
    detail = engine.detail("K1902", [CLERC])
    assert (detail.count("acquired", "savoir_faire"), detail.count("acquired", "savoir_etre")) == (23, 3)
    assert detail.savoirs_acquired and not detail.savoirs_missing  # its knowledge comes with it


@pytest.mark.rome
def test_greffier_counts_are_those_of_changer_de_metier(engine: Engine) -> None:
    greffier = next(s for s in engine.rank([CLERC_SINCE], TODAY, top=10) if s.code == "K1909")
    assert (greffier.acquired_savoir_faire, greffier.missing_savoir_faire) == (9, 27)
    assert (greffier.acquired_savoir_etre, greffier.missing_savoir_etre) == (1, 2)
    assert (greffier.acquired, greffier.missing) == (10, 29)
    detail = engine.detail("K1909", [CLERC_SINCE])
    assert (detail.count("acquired", "savoir_faire"), detail.count("missing", "savoir_faire")) == (9, 27)
    assert (detail.count("acquired", "savoir_etre"), detail.count("missing", "savoir_etre")) == (1, 2)


def test_longer_and_more_recent_experiences_weigh_more() -> None:
    short_old = Experience("K1902", date(2000, 1, 1), date(2000, 6, 1))
    long_recent = Experience("K1902", date(2018, 1, 1), date(2026, 6, 1))
    ongoing = Experience("K1902", date(2018, 1, 1), None)
    assert short_old.weight(TODAY) < long_recent.weight(TODAY) < ongoing.weight(TODAY) <= 1
    assert Experience("K1902").weight(TODAY) == 0.5


# ---- The score


def toy_engine() -> Engine:
    """Three fiches: SMALL lists 2 of the person's items, LARGE 18 of them and 2 more, OTHER none."""
    items = [f"i{n}" for n in range(40)]
    links = {
        "A0001": {f"i{n}": "" for n in range(20)},  # the job held
        "B0001": {"i0": "", "i1": ""},  # small: wholly inside the profile
        "C0001": {**{f"i{n}": "" for n in range(18)}, "i20": "", "i21": ""},  # large, mostly inside
        "D0001": {f"i{n}": "" for n in range(22, 40)},
    }
    fiches = tuple(FicheFacts(code, code, code[:3]) for code in links)
    return Engine(MatchingData(fiches, tuple(items), tuple(items), ("savoir_faire",) * len(items), links, {}))


def test_small_fiches_do_not_win_by_being_small() -> None:
    engine = toy_engine()
    ranking = [s.code for s in engine.rank([forever("A0001")], TODAY, top=None)]
    # A share-of-the-fiche score puts the 2-item fiche first (100 % covered); the cosine does not.
    assert ranking[:3] == ["A0001", "C0001", "B0001"]
    score, _ = engine.scores([forever("A0001")], TODAY)
    assert score[engine.index["A0001"]] == pytest.approx(1.0)
    assert score[engine.index["D0001"]] == 0.0


def test_a_second_unrelated_career_costs_nothing() -> None:
    engine = toy_engine()
    alone, _ = engine.scores([forever("A0001")], TODAY)
    both, _ = engine.scores([forever("A0001"), forever("D0001")], TODAY)
    assert both[engine.index["A0001"]] == pytest.approx(alone[engine.index["A0001"]])
    assert both[engine.index["D0001"]] == pytest.approx(1.0)


@pytest.mark.rome
def test_score_is_the_documented_cosine(engine: Engine) -> None:
    experiences = [CLERC, Experience("M1607", date(2010, 1, 1), date(2014, 12, 1), "Secrétaire")]
    oracle = cosine_pure_python(engine, experiences, TODAY)
    _, similarity = engine.scores(experiences, TODAY)
    assert np.allclose([oracle[f.code] for f in engine.data.fiches], similarity, atol=1e-9)
    ranking = engine.rank(experiences, TODAY, top=15)
    assert [s.code for s in ranking] == sorted(oracle, key=lambda c: (-oracle[c], c))[:15]


@pytest.mark.rome
def test_savoirs_are_part_of_the_score(engine: Engine) -> None:
    assert {"savoir_faire", "savoir_etre", "savoir"} == set(engine.data.item_kinds)
    profile = engine.profile([CLERC], TODAY)
    kinds = {engine.data.item_kinds[j] for j in np.flatnonzero(profile)}
    assert "savoir" in kinds
    data = engine.data
    without = MatchingData(
        data.fiches,
        data.items,
        data.item_labels,
        data.item_kinds,
        {
            code: {i: c for i, c in links.items() if data.item_kinds[engine.item_index[i]] != "savoir"}
            for code, links in data.links.items()
        },
        data.contexts,
    )
    with_savoirs, _ = engine.scores([CLERC], TODAY)
    competences_only, _ = Engine(without).scores([CLERC], TODAY)
    assert not np.allclose(with_savoirs, competences_only)


@pytest.mark.rome
def test_an_independent_signal_fiches_of_one_v3_fiche_find_each_other(engine: Engine) -> None:
    """ROME 4.0 split V3 fiches; the parts should be close (full figure in tests/benchmarks)."""
    # The greffe, notariat and huissier fiches derive from V3 K1903-K1905; Greffier comes back near Clerc.
    assert "K1909" in [s.code for s in engine.rank([forever("K1902")], TODAY, top=5)]


# ---- Classes


@pytest.mark.rome
def test_classes_are_calibrated_on_fiches_of_a_same_domaine(engine: Engine) -> None:
    (best, best_label), (close, close_label) = engine.thresholds
    assert (best_label, close_label) == ("Le plus proche", "Proche") and 0 < close < best < 1
    pairs = []
    domaine = [f.code for f in engine.data.fiches if f.domaine == "K19"]
    for code in domaine:
        _, similarity = engine.scores([forever(code)], TODAY)
        pairs += [similarity[engine.index[other]] for other in domaine if other != code]
    # K19 alone is not the whole calibration set, but its pairs fall on both sides of the thresholds.
    assert min(pairs) < close < best < max(pairs)
    assert engine.proximity(best) == "Le plus proche" and engine.proximity(best - 1e-9) == "Proche"
    assert engine.proximity(close - 1e-9) == "Moins proche"


@pytest.mark.rome
def test_classes_agree_with_ranks_also_after_feedback(engine: Engine) -> None:
    base = engine.rank([CLERC_SINCE], TODAY, top=60)
    preferences = [
        Preferences(),
        Preferences(thumbs={base[1].code: False, base[5].code: True, base[30].code: True}),
        Preferences(excluded_contexts=frozenset(sorted(engine.data.contexts[base[2].code])[:1])),
    ]
    for preference in preferences:
        ranking = engine.rank([CLERC_SINCE], TODAY, preference, top=None)
        classes = [CLASS_ORDER[s.proximity] for s in ranking]
        assert classes == sorted(classes)
        assert all(s.proximity == engine.proximity(s.score) for s in ranking)


@pytest.mark.rome
def test_classes_mean_the_same_for_everyone(engine: Engine) -> None:
    """The same score gives the same class whoever the person is (no longer relative to their best)."""
    for experiences in ([CLERC], [Experience("G1602", date(2020, 1, 1), None, "Commis")]):
        for suggestion in engine.rank(experiences, TODAY, top=40):
            assert suggestion.proximity == engine.proximity(suggestion.score)


# ---- Preferences, filters


@pytest.mark.rome
def test_held_jobs_are_marked_or_hidden(engine: Engine) -> None:
    ranking = engine.rank([CLERC], TODAY, top=30)
    assert ranking[0].code == "K1902" and ranking[0].held
    assert not any(s.held for s in ranking[1:])
    hidden = engine.rank([CLERC], TODAY, top=30, hide_held=True)
    assert [s.code for s in hidden] == [s.code for s in ranking[1:]] + [hidden[-1].code]
    assert engine.rank([], TODAY) == []  # no experience: nothing to suggest


@pytest.mark.rome
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


@pytest.mark.rome
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


@pytest.mark.rome
def test_filters(engine: Engine) -> None:
    only_k = engine.rank([CLERC], TODAY, filters=Filters(domaines=frozenset({"K"})), top=None)
    assert only_k and all(s.code.startswith("K") for s in only_k)
    cadre = engine.rank([CLERC], TODAY, filters=Filters(tags=frozenset({"cadre"})), top=10)
    assert all("cadre" in engine.data.fiches[engine.index[s.code]].tags for s in cadre)


# ---- Diploma level


def test_diploma_level_is_the_lowest_level_the_access_text_names() -> None:
    assert diploma_level("Cet emploi est accessible avec un CAP à Bac +2 en menuiserie.") == "CAP/BEP"
    assert diploma_level("Accessible avec un Master. Il est également accessible avec un Bac+2.") == "Bac+2"
    assert diploma_level("Cet emploi est accessible sans diplôme ni expérience.") == "Sans diplôme"
    assert diploma_level("Accessible avec un Bac + 5 (diplôme d'ingénieur).") == "Bac+5 et plus"
    assert diploma_level("Accessible avec une Licence professionnelle.") == "Bac+3"
    assert diploma_level("Accessible avec un Bac professionnel.") == "Bac"
    assert diploma_level("Une licence IV est nécessaire pour vendre de l'alcool.") == "Non précisé"
    assert diploma_level("Un CQP est demandé.") == "Non précisé"
    assert within("CAP/BEP", "Bac") and not within("Bac+3", "Bac") and within("Non précisé", "Bac")


@pytest.mark.rome
def test_diploma_levels_of_the_release_and_the_filter(engine: Engine, rome_ctx: Context) -> None:
    levels = {f.diploma for f in engine.data.fiches}
    assert levels == set(LEVELS) | {"Non précisé"}
    unknown = sum(1 for f in engine.data.fiches if f.diploma == "Non précisé")
    assert unknown < len(engine.data.fiches) * 0.15  # most access texts name a level
    assert engine.detail("K1909", [CLERC]).diploma == engine.data.fiches[engine.index["K1909"]].diploma
    bac = engine.rank([CLERC], TODAY, filters=Filters(diploma="Bac"), top=None)
    assert bac and all(within(s.diploma, "Bac") for s in bac)
    assert {s.diploma for s in bac} - {"Non précisé"} <= {"Sans diplôme", "CAP/BEP", "Bac"}
    everything = engine.rank([CLERC], TODAY, top=None)
    assert len(bac) < len(everything)


# ---- Detail, target, what to learn next


@pytest.mark.rome
def test_detail_lists_missing_core_first_and_the_metiers_proches(engine: Engine) -> None:
    detail = engine.detail("K1909", [CLERC])
    cores = [row[3] for row in detail.missing]
    assert cores == sorted(cores, key=lambda c: (c != "principale", c != "emergente"))
    assert all(sources == ("Clerc d'avocat",) for *_, sources in detail.acquired)
    assert [code for code, _ in detail.mobility] == list(engine.data.mobility["K1909"])


@pytest.mark.rome
def test_learn_next_opens_close_jobs(engine: Engine) -> None:
    experiences = [CLERC_SINCE]
    advice = engine.learn_next(experiences, TODAY)
    assert advice
    profile = engine.profile(experiences, TODAY)
    close = [s.code for s in engine.rank(experiences, TODAY, top=31, hide_held=True)][:30]
    for item in advice:
        assert profile[engine.item_index[item.code_ogr]] == 0  # not held yet
        assert engine.data.item_kinds[engine.item_index[item.code_ogr]] == "savoir_faire"
        assert item.opens == len(item.jobs) and item.opens >= 1
        assert all(code in close for code, _ in item.jobs)
        for code, _ in item.jobs:
            assert item.code_ogr in engine.data.links[code]
    opens = [item.opens for item in advice]
    assert opens == sorted(opens, reverse=True)
    # Acquiring it really raises those jobs' scores.
    first = advice[0]
    better = [
        CLERC_SINCE,
        Experience("", None, None, "Formation", added=frozenset({first.code_ogr}), kind="extra"),
    ]
    before, _ = engine.scores(experiences, TODAY)
    after, _ = engine.scores(better, TODAY)
    assert all(after[engine.index[c]] > before[engine.index[c]] for c, _ in first.jobs)


@pytest.mark.rome
def test_learn_next_for_a_target_closes_its_gap_fastest_first(engine: Engine) -> None:
    advice = engine.learn_next([CLERC_SINCE], TODAY, target="K1909", count=40)
    missing = {row[0] for row in engine.detail("K1909", [CLERC_SINCE]).missing if row[2] == "savoir_faire"}
    assert advice and {item.code_ogr for item in advice} <= missing
    assert all(item.jobs[0][0] == "K1909" for item in advice)
    gains = [item.gain for item in advice]
    assert gains == sorted(gains, reverse=True)
    assert advice[0].core  # the greffe's cœur de métier closes the gap fastest

    def with_item(item: str) -> float:
        extra = Experience("", None, None, "Formation", added=frozenset({item}), kind="extra")
        return engine.rank_of("K1909", [CLERC_SINCE, extra], TODAY)[1]

    assert with_item(advice[0].code_ogr) >= with_item(advice[-1].code_ogr)


# ---- Commands


@pytest.mark.rome
def test_profile_command_gives_groups_and_counts(
    rome_ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    data = ["--data-dir", str(rome_ctx.paths.data_dir)]
    assert main([*data, "profile", "--appellation", "12659@2023-11", "--on", "2026-11-24", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["experiences"][0]["counts"] == {"principal": 7, "secondaire": 16, "savoir_etre": 3}
    groups = [c["group"] for c in result["competences"]]
    assert (groups.count("principal"), groups.count("secondaire"), groups.count("savoir_etre")) == (7, 16, 3)
    assert result["savoirs"] and all(s["group"] == "savoir" for s in result["savoirs"])


@pytest.mark.rome
def test_match_commands_and_batch(
    rome_ctx: Context, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from workbench.cli import main

    data = ["--data-dir", str(rome_ctx.paths.data_dir)]
    common = ["--appellation", "12659@2023-11", "--on", "2026-11-24", "--json"]
    assert main([*data, "match", *common, "--target", "K1909", "--top", "5"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["results"][0]["code"] == "K1902" and result["target"]["missing"]
    greffier = next(r for r in result["results"] if r["code"] == "K1909")
    assert (greffier["acquired_savoir_faire"], greffier["missing_savoir_faire"]) == (9, 27)
    assert (greffier["acquired_savoir_etre"], greffier["missing_savoir_etre"]) == (1, 2)
    assert result["target"]["rank"] == 2 and result["target"]["learn_next"]
    first = result["learn_next"][0]
    assert set(first) >= {"label", "code_ogr", "opens", "jobs"} and first["opens"] == len(first["jobs"])
    assert set(result["classes"]) == {"Le plus proche", "Proche"}

    assert main([*data, "match", *common, "--exclude-context", "travail de nuit"]) == 0  # case and accents
    capsys.readouterr()
    assert main([*data, "match", *common, "--exclude-context", "Travail de nuits"]) == 2
    error = capsys.readouterr().err
    assert "inconnu" in error and "« Travail de nuit »" in error

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
    assert lines[1]["results"] == [] and lines[1]["learn_next"] == []
    single = engine_for(rome_ctx.rome).rank(  # type: ignore[arg-type]
        [Experience("K1902", date(2021, 1, 1), None, "Clerc d'avocat")], date.today()
    )
    assert [r["code"] for r in lines[0]["results"]] == [s.code for s in single]
    assert main([*data, "match", "--appellation", "99999999"]) == 2
    assert "n'existe pas" in capsys.readouterr().err


@pytest.mark.rome
def test_exact_appellation_comes_first(rome_ctx: Context) -> None:
    reference = rome_ctx.rome
    assert reference is not None
    first = reference.search("greffier / greffière")[0]
    assert first.appellation == "Greffier / Greffière" and first.appellation_ogr is not None
    assert reference.search("secretaire")[0].appellation == "Secrétaire"
    assert reference.search("clerc d'avocat")[0].appellation_ogr == "12659"


@pytest.mark.rome
def test_learn_next_of_a_case_for_the_documents(rome_ctx: Context) -> None:
    from workbench.app.matching import Matching
    from workbench.core.cases import CaseRecord
    from workbench.errors import UserError
    from workbench.store.cases import CaseRepository

    case_id = CaseRepository(rome_ctx.db).add(CaseRecord(last_name="Martin"))
    matching = Matching(rome_ctx)
    assert matching.learn_next(case_id, TODAY) == []  # no experience yet
    matching.save_experience(case_id, dataclasses.replace(CLERC_SINCE, appellation="12659"), TODAY)
    engine = matching.engine()
    assert matching.learn_next(case_id, TODAY) == engine.learn_next([CLERC_SINCE], TODAY)
    for_target = matching.learn_next(case_id, TODAY, target="k1909")
    assert for_target and for_target[0].jobs[0][0] == "K1909"
    with pytest.raises(UserError, match="n'existe pas"):
        matching.learn_next(case_id, TODAY, target="Z9999")


@pytest.mark.rome
def test_diploma_and_what_to_learn_in_the_commands(
    rome_ctx: Context, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from workbench.cli import main

    data = ["--data-dir", str(rome_ctx.paths.data_dir)]
    common = ["--appellation", "12659@2023-11", "--on", "2026-11-24", "--json", "--top", "30"]
    assert main([*data, "match", *common, "--diploma", "bac"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["results"] and all(within(r["diploma"], "Bac") for r in result["results"])
    assert main([*data, "match", *common, "--diploma", "licence"]) == 2
    assert "niveau « licence » inconnu" in capsys.readouterr().err
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "experiences": [{"appellation": "12659"}], "diploma": "CAP/BEP"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main([*data, "match", "--batch", str(batch), "--out", str(out)]) == 0
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["results"] and all(within(r["diploma"], "CAP/BEP") for r in line["results"])
    capsys.readouterr()

    from workbench.app.matching import Matching
    from workbench.core.cases import CaseRecord
    from workbench.store.cases import CaseRepository

    case_id = CaseRepository(rome_ctx.db).add(CaseRecord(last_name="Martin"))
    Matching(rome_ctx).save_experience(case_id, dataclasses.replace(CLERC_SINCE, appellation="12659"), TODAY)
    assert main([*data, "pistes", "learn", str(case_id), "--target", "K1909"]) == 0
    learn = json.loads(capsys.readouterr().out)
    assert learn and learn[0]["jobs"][0]["code"] == "K1909"
    assert (
        main([*data, "pistes", "suggestions", str(case_id), "--hide-held", "--diploma", "Bac+5 et plus"]) == 0
    )
    found = json.loads(capsys.readouterr().out)
    assert found and not any(s["held"] for s in found)
    assert main([*data, "pistes", "contexts", str(case_id), "--exclude", "Travail de nuits"]) == 2
    assert "« Travail de nuit »" in capsys.readouterr().err
    assert Matching(rome_ctx).state(case_id).preferences.excluded_contexts == frozenset()
