"""The "Conservation" view: case files past the retention period, purged after confirmation."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app.privacy import DEFAULT_RETENTION_MONTHS, Privacy, RetentionDue
from workbench.core.dates import format_date
from workbench.ui.sections import Area
from workbench.ui.tasks import Task


class RetentionArea(Area):
    title = "Conservation"

    def __init__(self, ctx: Any, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, window, parent)
        self.months = QSpinBox()
        self.months.setRange(1, 240)
        self.months.setValue(DEFAULT_RETENTION_MONTHS)
        self.months.setSuffix(self.tr(" mois"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("N°"), self.tr("Personne"), self.tr("Dernier contact")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.purge_button = QPushButton(self.tr("Effacer ces dossiers…"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Durée de conservation après le dernier contact :")))
        top.addWidget(self.months)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.due: list[RetentionDue] = []
        self.months.valueChanged.connect(self.reload)
        self.purge_button.clicked.connect(self.purge)

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        repo, months = Privacy(self.ctx), self.months.value()
        Task(self, lambda _p: repo.due_for_deletion(date.today(), months)).on_success(self._show).start()

    def purge(self) -> None:
        if not self.due:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Effacer"),
            self.tr(
                "Effacer définitivement {0} dossier(s) sans contact depuis plus de {1} mois ? "
                "Cette action est irréversible."
            ).format(len(self.due), self.months.value()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        privacy, ids = Privacy(self.ctx), [d.case_id for d in self.due]

        def work(progress: Any) -> int:
            def step(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total, "")

            return privacy.erase_cases(ids, step)

        Task(self, work).on_success(lambda _n: self._purged()).with_progress(
            self.tr("Effacement des dossiers…"), cancellable=True
        ).start()

    def _purged(self) -> None:
        self.reload()
        if hasattr(self.window_, "case_list"):
            self.window_.case_list.reload()

    def _show(self, due: list[RetentionDue]) -> None:
        self.due = due
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            for column, text in enumerate((str(item.case_id), item.name, format_date(item.last_contact))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(self.tr("{0} dossier(s) à effacer").format(len(due)))
        self.purge_button.setEnabled(bool(due))
