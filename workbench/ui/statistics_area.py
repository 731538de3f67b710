"""The "Statistiques" view: activity per level, period and counsellor, with breakdowns as bar charts,
and the anonymised CSV export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app.cep import Cep
from workbench.core import cep_stats
from workbench.core.cep import LEVELS
from workbench.core.dates import format_date, parse_date
from workbench.core.text import sentence
from workbench.errors import UserError
from workbench.ui.errors import show_user_error
from workbench.ui.sections import Area
from workbench.ui.tasks import Task

LEVEL_COLOURS = {"UO1": QColor("#1f4e8c"), "UO2.1": QColor("#4f86c6"), "UO2.2": QColor("#a9c6e8")}


class BarChart(QWidget):
    """Horizontal stacked bars: one bar per category, one colour per level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dict[str, int]]] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[tuple[str, dict[str, int]]]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        if not self.rows:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Aucune activité sur la période.")
            )
            return
        label_width = min(260, max(metrics.horizontalAdvance(label) for label, _ in self.rows) + 12)
        legend_height = metrics.height() + 8
        usable = self.height() - legend_height - 8
        bar_height = max(10.0, min(28.0, usable / len(self.rows) - 6))
        biggest = max(sum(counts.values()) for _, counts in self.rows) or 1
        width = self.width() - label_width - 60
        y = 4.0
        for label, counts in self.rows:
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_width - 8, bar_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            x = float(label_width)
            for level in LEVELS:
                length = width * counts.get(level, 0) / biggest
                painter.fillRect(QRectF(x, y, length, bar_height), LEVEL_COLOURS[level])
                x += length
            painter.drawText(
                QRectF(x + 6, y, 60, bar_height), Qt.AlignmentFlag.AlignVCenter, str(sum(counts.values()))
            )
            y += bar_height + 6
        x = float(label_width)
        top = min(self.height() - legend_height, y + 6)  # right under the bars, not at the far bottom
        for level in LEVELS:
            painter.fillRect(QRectF(x, top, 12, 12), LEVEL_COLOURS[level])
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x) + 16, int(top) + 11, level)
            x += 90


class StatisticsArea(Area):
    title = "Statistiques"

    def __init__(self, ctx: Any, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, window, parent)
        today = date.today()
        self.start = QLineEdit(format_date(date(today.year, 1, 1)))
        self.end = QLineEdit(format_date(today))
        for edit in (self.start, self.end):
            edit.setPlaceholderText("JJ/MM/AAAA")
            edit.setMaximumWidth(110)
            edit.editingFinished.connect(self.reload)
        self.counsellor = QComboBox()
        self.dimension = QComboBox()
        for code, label in cep_stats.DIMENSIONS.items():
            self.dimension.addItem(label, code)
        self.export_button = QPushButton(self.tr("Exporter en CSV anonymisé…"))
        self.export_button.setToolTip(
            self.tr(
                "Effectifs agrégés seulement ; ceux de 1 à {0} sont remplacés par « {1} » pour que "
                "personne ne soit reconnaissable."
            ).format(cep_stats.SMALL_COUNT - 1, cep_stats.SUPPRESSED)
        )
        self.levels = QTableWidget(4, 2)
        self.levels.setHorizontalHeaderLabels([self.tr("Bénéficiaires"), self.tr("Entretiens")])
        self.levels.setVerticalHeaderLabels([*LEVELS, self.tr("Total")])
        self.levels.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.levels.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.levels.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.levels.setMaximumHeight(  # its four rows exactly, no empty strip under them
            self.levels.horizontalHeader().sizeHint().height()
            + 4 * self.levels.verticalHeader().defaultSectionSize()
            + 2 * self.levels.frameWidth()
        )
        self.levels.setMaximumWidth(320)
        self.chart = BarChart()
        self.note = QLabel()
        top = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Du")),
            self.start,
            QLabel(self.tr("au")),
            self.end,
            QLabel(self.tr("Conseiller")),
            self.counsellor,
            QLabel(self.tr("Répartition par")),
            self.dimension,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_button)
        middle = QHBoxLayout()
        middle.addWidget(self.levels)
        middle.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.chart, 1)
        self.report: cep_stats.ActivityReport | None = None
        self._facts: Any = None
        self.counsellor.currentIndexChanged.connect(self._compute)
        self.dimension.currentIndexChanged.connect(self._draw)
        self.export_button.clicked.connect(self.export_csv)

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        repo = Cep(self.ctx)
        Task(self, lambda _p: repo.activity_facts()).on_success(self._loaded).keyed("facts").start()

    def export_csv(self, path: str | None = None) -> None:
        if self.report is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Exporter les statistiques"), "statistiques-cep.csv", "CSV (*.csv)"
            )
            if not path:
                return
        try:
            Path(path).write_text(self.report.to_csv(), encoding="utf-8")
        except OSError as exc:
            show_user_error(self, UserError(f"Écriture impossible de {path} : {exc.strerror}."))

    def _loaded(self, facts: Any) -> None:
        self._facts = facts
        names = sorted({p.counsellor for p in facts[0] if p.counsellor})
        current = self.counsellor.currentData()
        self.counsellor.blockSignals(True)
        self.counsellor.clear()
        self.counsellor.addItem(self.tr("Tous"), None)
        for name in names:
            self.counsellor.addItem(name, name)
        self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(current)))
        self.counsellor.blockSignals(False)
        self._compute()

    def _compute(self) -> None:
        if self._facts is None:
            return
        try:
            start, end = parse_date(self.start.text()), parse_date(self.end.text())
        except ValueError as exc:
            self.note.setText(sentence(str(exc)))
            return
        if start is None or end is None or start > end:
            self.note.setText(self.tr("Indiquez une période : la date de début précède la date de fin."))
            return
        people, stays, meetings = self._facts
        self.report = cep_stats.activity(people, stays, meetings, start, end, self.counsellor.currentData())
        table = self.report.per_level()
        for row, (_, counts) in enumerate(table.iterrows()):
            for column, name in enumerate(("beneficiaires", "entretiens")):
                self.levels.setItem(row, column, QTableWidgetItem(str(int(counts[name]))))
        self.note.setText(
            self.tr(
                "Période du {0} au {1}. Une personne passée par deux niveaux compte dans chacun ; "
                "le total compte chaque personne une fois."
            ).format(format_date(start), format_date(end))
        )
        self._draw()

    def _draw(self) -> None:
        if self.report is None:
            return
        table = self.report.breakdown(self.dimension.currentData())
        self.chart.set_rows(
            [
                (str(category), {level: int(counts[level]) for level in LEVELS})
                for category, counts in table.iterrows()
            ]
        )
