"""``workbench funding check`` and the exposure of a target job read from its ROME fiche."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.funding.worked_examples import CASES, COMMON
from workbench.cli import main
from workbench.context import Context
from workbench.core import funding
from workbench.rome.funding_data import hints_for

ON = date(2026, 5, 4)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, value: object) -> str:
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


def test_check_prints_one_verdict_per_scheme_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = write(tmp_path, {**COMMON, **CASES["C07"][0]})
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path / "d"), "funding", "check", case, "--on", "2026-05-04", "--json"
    )
    assert code == 0
    answer = json.loads(out)
    schemes = {s["id"]: s for s in answer["schemes"]}
    assert len(schemes) == len(funding.rulebook().schemes)
    fipu = schemes["ptp_fipu"]
    assert fipu["verdict"] == "eligible"
    amounts = {a["name"]: a["value"] for a in fipu["amounts"]}
    assert amounts["fipu_transitions_pro"] == 8550
    assert fipu["deadlines"][0]["due"] == "2026-06-07" and fipu["deadlines"][0]["days_left"] == 34
    assert [p["rule"] for p in fipu["pending"]] == ["ptp.criteria"]
    # PTP-FIPU comes before the plain PTP: no budget priorities.
    eligible = [s["id"] for s in answer["schemes"] if s["verdict"] == "eligible"]
    assert eligible.index("ptp_fipu") < eligible.index("ptp")
    plan = answer["plans"][0]
    assert plan["id"] == "ptp_fipu" and plan["remaining_for_person"] == 0


def test_check_as_text_and_the_questions_to_ask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = write(tmp_path, {"employment_status": "demandeur_emploi", "training_hours": 300})
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path / "d"), "funding", "check", case, "--on", "2026-05-04"
    )
    assert code == 0
    assert "== À compléter" in out and "== À demander" in out
    assert "Êtes-vous inscrit" in out or "inscrit" in out.split("== À demander")[1]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"training_hours": "trois cents"}, "training_hours"),
        ({"contract_type": "cdx"}, "contract_type"),
        ({"colour": "bleu"}, "colour"),
        ([1, 2], "objet JSON"),
    ],
)
def test_invalid_input_is_a_clear_message_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: object, message: str
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "funding", "check", write(tmp_path, content)
    )
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_bad_date_and_malformed_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = write(tmp_path, {})
    code, _, err = run(capsys, "funding", "check", case, "--on", "31/02/2026")
    assert code == 2 and "--on" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"training_hours": 3', encoding="utf-8")
    code, _, err = run(capsys, "funding", "check", str(broken))
    assert code == 2 and "JSON invalide" in err


def test_schemes_lists_the_parameters_in_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path / "d"), "funding", "schemes", "--on", "2024-06-01", "--json"
    )
    assert code == 0
    answer = json.loads(out)
    assert answer["parameters"]["cpf_participation_forfaitaire"]["value"] == 100
    assert answer["parameters"]["prp_default_hourly_rate"]["value"] is None  # not yet decreed


# ---- ROME cross-checks


def test_exposure_is_read_from_the_target_fiche_and_explained(rome_ctx: Context) -> None:
    # N1103 (préparation de commandes) has heavy loads among its contexts; M1602 has none.
    exposed = hints_for(rome_ctx.rome, {"target_rome_code": "N1103"})
    ergonomic = exposed["target_job_exposed_ergonomic"]
    assert "manutentions_manuelles_charges" in ergonomic.value
    assert "charges lourdes" in ergonomic.explanation
    calm = hints_for(rome_ctx.rome, {"target_rome_code": "M1602"})
    assert calm["target_job_exposed_professional"].value == ()
    assert hints_for(rome_ctx.rome, {"target_rome_code": "Z9999"}) == {}


def test_ptp_fipu_refuses_a_target_job_exposed_by_its_rome_contexts(rome_ctx: Context) -> None:
    inputs = {**COMMON, **CASES["C07"][0]}
    for name in ("target_job_exposed_ergonomic", "target_job_exposed_professional"):
        del inputs[name]  # unknown: the ROME fiche decides
    inputs["target_rome_code"] = "N1103"
    evaluation = funding.check(inputs, ON, hints_for(rome_ctx.rome, inputs))
    fipu = evaluation.result("ptp_fipu")
    assert fipu.verdict == "not_eligible"
    assert [m.rule_id for m in fipu.missing] == ["fipu.target_not_exposed"]
    assert any("charges lourdes" in text for text in evaluation.hints_used.values())
    # A counsellor's answer wins over the fiche.
    inputs["target_job_exposed_ergonomic"] = []
    inputs["target_job_exposed_professional"] = []
    settled = funding.check(inputs, ON, hints_for(rome_ctx.rome, inputs))
    assert settled.result("ptp_fipu").verdict == "eligible"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 5000) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_NAMES = st.sampled_from(sorted(funding.rulebook().attributes))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.dictionaries(_NAMES, _JSON, max_size=6) | _JSON)
def test_fuzzed_case_json_gives_a_verdict_or_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: object
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(tmp_path / "d"), "funding", "check", write(tmp_path, content), "--json"
    )
    assert code in (0, 2)
    if code == 0:
        assert json.loads(out)["schemes"]
    else:
        assert err.startswith("Erreur :") and "Traceback" not in err
