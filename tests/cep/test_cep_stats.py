"""Activity statistics on a generated population with known counts."""

from __future__ import annotations

import random
from datetime import date

from workbench.context import Context
from workbench.core import cep_stats
from workbench.core.cep_stats import Beneficiary, MeetingFact, Stay

START, END = date(2026, 1, 1), date(2026, 6, 30)


def population(n: int = 3000) -> tuple[list[Beneficiary], list[Stay], list[MeetingFact], dict[str, int]]:
    rng = random.Random(3)
    people, stays, meetings = [], [], []
    expected = {"uo1": 0, "uo21": 0, "women": 0, "young": 0, "meetings": 0, "small": 0}
    for case_id in range(1, n + 1):
        sex = "F" if case_id % 2 else "M"
        born = date(2006, 1, 1) if case_id % 5 == 0 else date(1980, 1, 1)  # 20 or 46 years old in 2026
        headcount = [5, 30, None][case_id % 3]
        people.append(
            Beneficiary(case_id, sex, born, str(case_id % 8 + 1), "employe", headcount, f"C{case_id % 4}")
        )
        inside = case_id % 10 != 0  # one in ten starts after the period
        entered = date(2026, 3, 1) if inside else date(2026, 9, 1)
        stays.append(Stay(case_id, "UO1", entered, date(2026, 4, 1) if case_id % 3 == 0 else None))
        if inside:
            expected["uo1"] += 1
            expected["women"] += sex == "F"
            expected["young"] += born.year == 2006
            expected["small"] += headcount == 5
        if case_id % 3 == 0:
            stays.append(Stay(case_id, "UO2.1", date(2026, 4, 1) if inside else date(2026, 10, 1), None))
            expected["uo21"] += inside
        for _ in range(rng.randint(0, 2)):
            day = date(2026, rng.randint(1, 12), 10)
            meetings.append(MeetingFact(case_id, day, "UO1", f"C{case_id % 4}"))
            expected["meetings"] += START <= day <= END
    return people, stays, meetings, expected


def test_counts_per_level_and_breakdowns() -> None:
    people, stays, meetings, expected = population()
    report = cep_stats.activity(people, stays, meetings, START, END)
    table = report.per_level()
    assert table.loc["UO1", "beneficiaires"] == expected["uo1"]
    assert table.loc["UO2.1", "beneficiaires"] == expected["uo21"]
    assert table.loc["UO2.2", "beneficiaires"] == 0
    assert table.loc["Total", "entretiens"] == expected["meetings"]
    assert report.breakdown("sexe").loc["Femme", "UO1"] == expected["women"]
    assert report.breakdown("age").loc["Moins de 26 ans", "UO1"] == expected["young"]
    assert report.breakdown("taille_entreprise").loc["Moins de 11", "UO1"] == expected["small"]
    assert set(report.breakdown("qualification").index) == {
        "Niveaux 1-2",
        "Niveaux 3-4",
        "Niveau 5",
        "Niveaux 6-8",
    }


def test_counsellor_filter_and_anonymous_csv() -> None:
    people, stays, meetings, _ = population(400)
    report = cep_stats.activity(people, stays, meetings, START, END, counsellor="C1")
    assert set(report.beneficiaries["conseiller"]) == {"C1"}
    csv = report.to_csv()
    assert csv.splitlines()[0] == "dimension;categorie;niveau;beneficiaires;entretiens"
    assert "case_id" not in csv and "1980" not in csv


def test_one_person_in_a_period_cannot_be_singled_out() -> None:
    people = [Beneficiary(1, "F", date(1970, 5, 1), "3", "cadre", 30, "C1")]
    for n in range(2, 40):  # others, outside the period
        people.append(Beneficiary(n, "M", date(1990, 1, 1), "5", "employe", 300, "C1"))
    stays = [
        Stay(p.case_id, "UO1", date(2026, 3, 1) if p.case_id == 1 else date(2027, 1, 1), None) for p in people
    ]
    report = cep_stats.activity(people, stays, [], START, END)
    assert report.breakdown("sexe").loc["Femme", "UO1"] == 1  # on the counsellor's screen
    rows = [line.split(";") for line in report.to_csv().splitlines()[1:]]
    assert {row[3] for row in rows} <= {"0", cep_stats.SUPPRESSED}  # no 1 anywhere in the export
    published = report.published_per_level()
    assert published.loc["UO1", "beneficiaires"] == published.loc["Total", "beneficiaires"] == "< 5"


def test_a_lone_small_cell_takes_the_next_smallest_with_it() -> None:
    import pandas as pd

    table = pd.DataFrame({"UO1": [3, 40, 12, 0]}, index=["a", "b", "c", "d"])
    published = cep_stats.suppress(table)
    assert list(published["UO1"]) == ["< 5", 40, "< 5", 0]  # 12 hidden too: 55 - 40 - 0 would give 3
    assert cep_stats.SMALL_COUNT == 5


def test_bands() -> None:
    assert cep_stats.age_band(date(2000, 12, 31), date(2026, 12, 30)) == "Moins de 26 ans"
    assert cep_stats.age_band(date(2000, 12, 30), date(2026, 12, 30)) == "26 à 44 ans"
    assert cep_stats.company_size(10) == "Moins de 11" and cep_stats.company_size(5000) == "5 000 ou plus"
    assert cep_stats.qualification_group("sans_diplome") == "Non renseigné"


def test_facts_from_the_store(ctx: Context) -> None:
    from workbench.core.cases import CaseRecord
    from workbench.store.cases import CaseRepository
    from workbench.store.cep import CepRepository

    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Martin", sex="F", company_headcount=12))
    CepRepository(ctx.db).enter_level(case_id, "UO1", date(2026, 2, 1))
    people, stays, meetings = CepRepository(ctx.db).activity_facts()
    report = cep_stats.activity(people, stays, meetings, START, END)
    assert report.breakdown("taille_entreprise").loc["11 à 49", "UO1"] == 1


def test_statistics_view_and_csv_export(qtbot, ctx: Context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from workbench.core.cases import CaseRecord
    from workbench.store.cases import CaseRepository
    from workbench.store.cep import CepRepository
    from workbench.ui.statistics_area import StatisticsArea

    for name, sex in (("Martin", "F"), ("Bernard", "M")):
        case_id = CaseRepository(ctx.db).add(CaseRecord(last_name=name, sex=sex, counsellor="Claire"))
        CepRepository(ctx.db).enter_level(case_id, "UO1", date(2026, 2, 1))
    area = StatisticsArea(ctx, QWidget())
    qtbot.addWidget(area)
    area.start.setText("01/01/2026")
    area.end.setText("30/06/2026")
    area.reload()
    qtbot.waitUntil(lambda: area.report is not None)
    assert area.levels.item(0, 0).text() == "2"
    assert sorted(label for label, _ in area.chart.rows) == ["Femme", "Homme"]
    target = tmp_path / "stats.csv"
    area.export_csv(str(target))
    assert "sexe;Femme;UO1;< 5;" in target.read_text(encoding="utf-8")  # small counts hidden
