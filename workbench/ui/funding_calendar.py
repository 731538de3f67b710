"""The administrative calendar of funding: every deadline of every scenario of every open case, with
the days left (in « À relancer »). Built off the GUI thread: one check per scenario."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from workbench.app.funding import CalendarEntry, Funding
from workbench.core.dates import format_date
from workbench.ui.tasks import Task

COLUMNS = ("Échéance", "Délai", "Personne", "Formation (scénario)", "Dispositif", "Démarche")


def days_text(days: int) -> str:
    if days < 0:
        return f"dépassée de {-days} j"
    return "aujourd'hui" if days == 0 else f"J-{days}"


class FundingCalendar(QWidget):
    """Signals: sig_open_case(int) when a row is activated."""

    sig_open_case = Signal(int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[CalendarEntry] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Échéances de financement"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.cellActivated.connect(lambda row, _c: self.sig_open_case.emit(self.entries[row].case_id))
        self.table.cellDoubleClicked.connect(
            lambda row, _c: self.sig_open_case.emit(self.entries[row].case_id)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        funding, today = Funding(self.ctx), date.today()
        self.summary.setText(self.tr("Calcul des échéances…"))
        Task(self, lambda _p: funding.calendar(today)).on_success(self.show_entries).start()

    def show_entries(self, entries: list[CalendarEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = (
                format_date(entry.due),
                days_text(entry.days_left),
                entry.name,
                entry.scenario,
                entry.scheme,
                entry.label,
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if column == 5 and entry.text:
                    cell.setToolTip(entry.text)
                if entry.days_left < 0:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        soon = sum(1 for e in entries if 0 <= e.days_left <= 30)
        self.summary.setText(
            self.tr(
                "{0} échéance(s) de financement, dont {1} dans les 30 jours. Les dates des commissions de "
                "Transitions Pro se saisissent dans Outils > Paramètres de la structure."
            ).format(len(entries), soon)
        )
