"""« Comparer les parcours »: the routes open to the person side by side, in the Financement section.

One column per route (PTP, période de reconversion, CPF, démission-reconversion, rupture
conventionnelle or the job-seeker schemes), one row per question a person asks: is it open, how is
the course paid, what do I live on, what is left for me (and if the awaited decision is no), what do I
risk, by when. Texts are wrapped in full; amounts only on routes that are open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.funding import explain
from workbench.core.funding.compare import Comparison, Route

ROWS = (
    "Ouvert ?",
    "Pourquoi",
    "Formation",
    "Revenu",
    "Reste à\ncharge",
    "Si refus",
    "Sous\nréserve",
    "Risque",
    "Échéances",
)
ROW_TIPS = (
    "",
    "Conditions non remplies, ou informations encore à apporter",
    "Financement de la formation",
    "Revenu pendant le projet",
    "Reste à charge pour la personne",
    "Reste à charge si la décision attendue (employeur, commission, conseiller) est non",
    "Décisions attendues",
    "",
    "",
)
HEADERS = {
    "ptp": "Transition\nprofessionnelle",
    "prp": "Période de\nreconversion",
    "cpf": "CPF seul",
    "demission_reconversion": "Démission-\nreconversion",
    "rupture_conventionnelle": "Rupture\nconventionnelle",
    "demandeur_emploi": "Demandeur\nd'emploi",
}
SHOWN_QUESTIONS = 2  # the others are in « À demander »
COLOURS = {
    "eligible": "#1b6e3a",
    "needs_info": "#8a5a00",
    "manual_check": "#8a5a00",
    "not_eligible": "#8b1e1e",
}


def _money(route: Route, value: object) -> str:
    if not route.open:
        return "—"
    return explain.euros(value) if value is not None else "à calculer (coût de la formation)"  # type: ignore[arg-type]


def _cells(route: Route) -> list[str]:
    questions = list(route.missing_information)
    if len(questions) > SHOWN_QUESTIONS:
        rest = len(questions) - SHOWN_QUESTIONS
        questions = [*questions[:SHOWN_QUESTIONS], f"et {rest} autre(s) information(s), dans « À demander »"]
    why = [f.text for f in route.why] + questions
    deadlines = [f"{d.label} : {explain.deadline_text(d)}" for d in route.deadlines if d.due is not None]
    return [
        route.verdict_label,
        "\n".join(f"• {t}" for t in why) or "—",
        route.course_funding,
        route.income_short or route.income,
        _money(route, route.remaining),
        _money(route, route.remaining_if_refused) if route.remaining_if_refused is not None else "—",
        "\n".join(f"• {c.removeprefix('sous réserve : ')}" for c in route.conditions) or "—",
        route.risk,
        "\n".join(f"• {d}" for d in deadlines) or "—",
    ]


class ComparisonView(QWidget):
    """The side-by-side table; ``print_requested`` is called by « Imprimer la comparaison… »."""

    def __init__(self, print_requested: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.table = QTableWidget(len(ROWS), 0)
        self.table.setAccessibleName(self.tr("Comparaison des parcours"))
        self.table.setVerticalHeaderLabels([self.tr(r) for r in ROWS])
        for row, tip in enumerate(ROW_TIPS):
            row_header = self.table.verticalHeaderItem(row)
            if tip and row_header is not None:
                row_header.setToolTip(self.tr(tip))
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap))
        header.setMinimumHeight(2 * header.fontMetrics().height() + 8)
        # A route's name is never cut: narrower than its longest line, the table scrolls sideways.
        widest = max(
            header.fontMetrics().horizontalAdvance(line) for h in HEADERS.values() for line in h.split("\n")
        )
        header.setMinimumSectionSize(widest + 14)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.note = QLabel(
            self.tr(
                "Ordre habituel : garder son contrat (PTP, période de reconversion, CPF) avant de le quitter "
                "(démission-reconversion, rupture conventionnelle). Indicatif : chaque financeur décide."
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        printing = QPushButton(self.tr("Imprimer la comparaison (PDF)…"))
        printing.clicked.connect(print_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(printing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        routes = comparison.routes
        self.table.setColumnCount(len(routes))
        self.table.setHorizontalHeaderLabels([HEADERS.get(r.id, r.short_title) for r in routes])
        for column, route in enumerate(routes):
            title = self.table.horizontalHeaderItem(column)
            if title is not None:
                title.setToolTip(route.title)
        for column, route in enumerate(routes):
            for row, text in enumerate(_cells(route)):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if row == 0:
                    cell.setForeground(QColor(COLOURS.get(route.verdict, "#5f6368")))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                if row == 3:
                    cell.setToolTip(route.income)  # the full sentence, with its conditions
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
