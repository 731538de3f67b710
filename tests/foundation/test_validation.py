"""Validation rules of a case file, each with its plain-French explanation."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.core.case_json import record_from_json
from workbench.core.cases import CaseRecord, validate
from workbench.core.dates import parse_date
from workbench.errors import ValidationError

TODAY = date(2026, 11, 24)


def problems(**fields: object) -> dict[str, str]:
    return validate(CaseRecord(**{"last_name": "Martin", **fields}), TODAY)  # type: ignore[arg-type]


def test_a_minimal_case_is_valid() -> None:
    assert problems() == {}


@pytest.mark.parametrize(
    ("fields", "field", "fragment"),
    [
        ({"last_name": " "}, "last_name", "obligatoire"),
        ({"birth_date": date(2027, 1, 1)}, "birth_date", "dans le futur"),
        ({"birth_date": date(2020, 1, 1)}, "birth_date", "au moins 15 ans"),
        ({"birth_date": date(1900, 1, 1)}, "birth_date", "vérifiez l'année"),
        ({"email": "lea.martin"}, "email", "nom@domaine.fr"),
        ({"phone": "12345"}, "phone", "10 chiffres"),
        ({"postal_code": "6900"}, "postal_code", "5 chiffres"),
        ({"company_siret": "123"}, "company_siret", "14 chiffres"),
        ({"company_naf": "commerce"}, "company_naf", "47.11B"),
        ({"current_rome_code": "Z999"}, "current_rome_code", "M1805"),
        ({"company_headcount": -1}, "company_headcount", "négatif"),
        ({"months_salaried_total": -3.0}, "months_salaried_total", "négative"),
        (
            {"months_salaried_total": 10.0, "months_in_current_company": 20.0},
            "months_in_current_company",
            "dépasse l'ancienneté salariée totale",
        ),
        (
            {"birth_date": date(2006, 1, 1), "months_salaried_total": 200.0},
            "months_salaried_total",
            "impossible à 20 ans",
        ),
        ({"consent_given": True}, "consent_date", "date du consentement"),
        ({"consent_given": True, "consent_date": date(2027, 1, 1)}, "consent_date", "dans le futur"),
        ({"employment_status": "demandeur_emploi", "contract_type": "cdi"}, "contract_type", "salariée"),
        ({"job_seeker_registered": False, "indemnified_are": True}, "indemnified_are", "inscription"),
        ({"sex": "Q"}, "sex", "valeur inconnue"),
    ],
)
def test_each_rule_explains_itself(fields: dict[str, object], field: str, fragment: str) -> None:
    found = problems(**fields)
    assert field in found
    assert fragment in found[field]


def test_valid_french_formats_pass() -> None:
    assert (
        problems(
            phone="+33 6 12 34 56 78",
            postal_code="2A004",
            company_naf="47.11B",
            company_siret="12345678900012",
            email="a.b@c.fr",
            current_rome_code="M1805",
        )
        == {}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02/03/1985", date(1985, 3, 2)),
        ("2/3/1985", date(1985, 3, 2)),
        ("1985-03-02", date(1985, 3, 2)),
        ("", None),
    ],
)
def test_dates_as_typed(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "fragment"), [("31/02/1990", "n'existe pas"), ("demain", "JJ/MM/AAAA")])
def test_bad_dates_are_explained(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_date(text)


def test_case_json_names_every_bad_field() -> None:
    with pytest.raises(ValidationError) as refused:
        record_from_json(
            {
                "last_name": "A",
                "birth_date": "1990-02-30",
                "company_headcount": "35",
                "has_rqth": "oui",
                "colour": "bleu",
            }
        )
    assert set(refused.value.problems) == {"birth_date", "company_headcount", "has_rqth", "colour"}
    assert "champ inconnu" in refused.value.problems["colour"]


def test_case_json_requires_an_object_and_a_name() -> None:
    with pytest.raises(ValidationError, match="objet JSON"):
        record_from_json([1, 2])
    with pytest.raises(ValidationError, match="last_name"):
        record_from_json({"first_name": "Léa"})
