"""Activity statistics of a structure: beneficiaries and meetings per level, period and counsellor,
broken down as the CEP's reporting does (sex, age band, qualification group, CSP, company size).

Input is plain rows (no storage here); output is aggregated counts only. What leaves the window —
the CSV export, the printed tables — also hides small counts (:data:`SMALL_COUNT`): one person in a
period would otherwise be recognisable by their row of 1s (sex, age band, qualification, CSP,
company size).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from workbench.core.cases import CSP, SEXES
from workbench.core.cep import LEVELS

if TYPE_CHECKING:  # pandas takes a third of a second to import: loaded when statistics are computed
    import pandas as pd

NOT_GIVEN = "Non renseigné"
# Small-count suppression, declared once: a count from 1 to SMALL_COUNT - 1 is published as
# SUPPRESSED; when that hides a single cell of a column, the next smallest one is hidden too, so
# that the column's total cannot give it back. Zeros are shown (they identify no one).
SMALL_COUNT = 5
SUPPRESSED = f"< {SMALL_COUNT}"
AGE_BANDS = ("Moins de 26 ans", "26 à 44 ans", "45 ans ou plus")
QUALIFICATION_GROUPS = ("Niveaux 1-2", "Niveaux 3-4", "Niveau 5", "Niveaux 6-8")
COMPANY_SIZES = ("Moins de 11", "11 à 49", "50 à 249", "250 à 4 999", "5 000 ou plus")
COMPANY_SIZE_LIMITS = (11, 50, 250, 5000)  # first headcount of each size but the smallest
DIMENSIONS = {
    "sexe": "Sexe",
    "age": "Tranche d'âge",
    "qualification": "Niveau de qualification",
    "csp": "Catégorie socioprofessionnelle",
    "taille_entreprise": "Taille de l'entreprise",
    "conseiller": "Conseiller",
}


@dataclass(frozen=True)
class Beneficiary:
    case_id: int
    sex: str | None
    birth_date: date | None
    qualification: str | None
    csp: str | None
    company_headcount: int | None
    counsellor: str


@dataclass(frozen=True)
class Stay:
    case_id: int
    level: str
    entered_on: date
    exited_on: date | None


@dataclass(frozen=True)
class MeetingFact:
    case_id: int
    day: date
    level: str
    counsellor: str


def age_band(birth: date | None, on: date) -> str:
    if birth is None:
        return NOT_GIVEN
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return AGE_BANDS[0] if age < 26 else AGE_BANDS[1] if age < 45 else AGE_BANDS[2]


def qualification_group(level: str | None) -> str:
    return {
        "1": QUALIFICATION_GROUPS[0],
        "2": QUALIFICATION_GROUPS[0],
        "3": QUALIFICATION_GROUPS[1],
        "4": QUALIFICATION_GROUPS[1],
        "5": QUALIFICATION_GROUPS[2],
        "6": QUALIFICATION_GROUPS[3],
        "7": QUALIFICATION_GROUPS[3],
        "8": QUALIFICATION_GROUPS[3],
    }.get(level or "", NOT_GIVEN)


def company_size(headcount: int | None) -> str:
    if headcount is None:
        return NOT_GIVEN
    for limit, label in zip(COMPANY_SIZE_LIMITS, COMPANY_SIZES, strict=False):
        if headcount < limit:
            return label
    return COMPANY_SIZES[-1]


@dataclass(frozen=True)
class ActivityReport:
    start: date
    end: date
    beneficiaries: pd.DataFrame  # one row per (case, level) present in the period, with its categories
    meetings: pd.DataFrame  # one row per meeting in the period

    def per_level(self) -> pd.DataFrame:
        """Beneficiaries and meetings per level (rows UO1, UO2.1, UO2.2 and Total)."""
        import pandas as pd

        people = self.beneficiaries.groupby("niveau")["case_id"].nunique()
        talks = self.meetings.groupby("niveau").size()
        table = (
            pd.DataFrame({"beneficiaires": people, "entretiens": talks}).reindex(LEVELS).fillna(0).astype(int)
        )
        table.loc["Total"] = [self.beneficiaries["case_id"].nunique(), len(self.meetings)]
        return table

    def breakdown(self, dimension: str) -> pd.DataFrame:
        """Beneficiaries per category of ``dimension`` (rows) and level (columns)."""
        import pandas as pd

        if self.beneficiaries.empty:
            return pd.DataFrame(columns=list(LEVELS))
        table = (
            self.beneficiaries.groupby([dimension, "niveau"])["case_id"]
            .nunique()
            .unstack(fill_value=0)
            .reindex(columns=list(LEVELS), fill_value=0)
        )
        return table.astype(int)

    def published_per_level(self) -> pd.DataFrame:
        """:meth:`per_level` with small counts suppressed (see :data:`SMALL_COUNT`)."""
        table = self.per_level()
        published = suppress(table.drop(index="Total"))
        totals: Any = table.loc["Total"]
        published.loc["Total"] = [_primary(int(n)) for n in totals]
        return published

    def published_breakdown(self, dimension: str) -> pd.DataFrame:
        """:meth:`breakdown` with small counts suppressed (see :data:`SMALL_COUNT`)."""
        return suppress(self.breakdown(dimension))

    def to_csv(self) -> str:
        """Aggregated counts only, small ones suppressed: period, dimension, category, level,
        beneficiaries (meetings on the period's rows)."""
        import pandas as pd

        rows: list[tuple[str, str, str, int | str, int | str]] = [
            (
                "periode",
                f"{self.start:%Y-%m-%d}..{self.end:%Y-%m-%d}",
                str(level),
                n.beneficiaires,
                n.entretiens,
            )
            for level, n in self.published_per_level().iterrows()
        ]
        for dimension in DIMENSIONS:
            for category, counts in self.published_breakdown(dimension).iterrows():
                rows += [(dimension, str(category), level, counts[level], "") for level in LEVELS]
        frame = pd.DataFrame(
            rows, columns=["dimension", "categorie", "niveau", "beneficiaires", "entretiens"]
        )
        return str(frame.to_csv(index=False, sep=";"))


def _primary(count: int) -> int | str:
    return SUPPRESSED if 0 < count < SMALL_COUNT else count


def suppress(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` of counts with the small ones replaced by :data:`SUPPRESSED`, column by column."""
    published = table.astype(object)
    for position, column in enumerate(table.columns):
        counts = [int(n) for n in table[column]]
        hidden = [0 < n < SMALL_COUNT for n in counts]
        if sum(hidden) == 1:  # alone, it would be the column's total minus the others
            shown = [(n, row) for row, n in enumerate(counts) if n > 0 and not hidden[row]]
            if shown:
                hidden[min(shown)[1]] = True
        for row, hide in enumerate(hidden):
            if hide:
                published.iat[row, position] = SUPPRESSED
    return published


def activity(
    people: Iterable[Beneficiary],
    stays: Iterable[Stay],
    meetings: Iterable[MeetingFact],
    start: date,
    end: date,
    counsellor: str | None = None,
) -> ActivityReport:
    """Who was supported at each level during [start, end], and which meetings took place."""
    import pandas as pd

    by_id = {p.case_id: p for p in people}
    rows = []
    for stay in stays:
        person = by_id.get(stay.case_id)
        if person is None or stay.entered_on > end or (stay.exited_on is not None and stay.exited_on < start):
            continue
        if counsellor is not None and person.counsellor != counsellor:
            continue
        rows.append(
            {
                "case_id": person.case_id,
                "niveau": stay.level,
                "sexe": SEXES.get(person.sex or "", NOT_GIVEN),
                "age": age_band(person.birth_date, max(start, stay.entered_on)),
                "qualification": qualification_group(person.qualification),
                "csp": CSP.get(person.csp or "", NOT_GIVEN),
                "taille_entreprise": company_size(person.company_headcount),
                "conseiller": person.counsellor or NOT_GIVEN,
            }
        )
    talks = [
        {"case_id": m.case_id, "niveau": m.level, "conseiller": m.counsellor or NOT_GIVEN, "jour": m.day}
        for m in meetings
        if start <= m.day <= end
        and (
            counsellor is None
            or by_id.get(m.case_id) is not None
            and by_id[m.case_id].counsellor == counsellor
        )
    ]
    columns = ["case_id", "niveau", *DIMENSIONS]
    return ActivityReport(
        start,
        end,
        pd.DataFrame(rows, columns=columns),
        pd.DataFrame(talks, columns=["case_id", "niveau", "conseiller", "jour"]),
    )
