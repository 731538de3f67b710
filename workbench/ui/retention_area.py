"""The "Conservation" view: case files past the retention period, purged after confirmation.

The period is the structure's setting, the one the RGPD notice prints: changing it here changes it
there (and for ``workbench case retention``)."""

from __future__ import annotations

import logging
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

from workbench.app import changes, settings
from workbench.app.privacy import Erased, Privacy, RetentionDue
from workbench.core.dates import format_date
from workbench.errors import UserError
from workbench.ui.backups_dialog import offer_backup_purge
from workbench.ui.changes import bridge
from workbench.ui.errors import show_user_error
from workbench.ui.sections import Area
from workbench.ui.tasks import Task

log = logging.getLogger(__name__)


class RetentionArea(Area):
    title = "Conservation"

    def __init__(self, ctx: Any, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, window, parent)
        self.years = QSpinBox()
        self.years.setRange(1, settings.MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" an(s)"))
        self.years.setToolTip(self.tr("Paramètre de la structure, imprimé sur la notice RGPD"))
        self._show_setting()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("N°"), self.tr("Personne"), self.tr("Dernier contact")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.purge_button = QPushButton(self.tr("Effacer ces dossiers…"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Durée de conservation après le dernier contact :")))
        top.addWidget(self.years)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.due: list[RetentionDue] = []
        self.due_months: int | None = None  # the period the list shown was computed for
        self.years.valueChanged.connect(self._years_changed)
        bridge(ctx).sig_changed.connect(
            lambda change: self._show_setting() if change.what == changes.SETTINGS else None
        )
        self.purge_button.clicked.connect(self.purge)

    @property
    def months(self) -> int:
        return self.years.value() * 12

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        repo, months = Privacy(self.ctx), self.months
        # Until the list for this period is shown, nothing can be erased; an older query finishing
        # later is dropped (keyed task), so the list erased is always the one for the period shown.
        self.purge_button.setEnabled(False)
        self.summary.setText(self.tr("Recherche…"))
        Task(self, lambda _p: (months, repo.due_for_deletion(date.today(), months))).on_success(
            self._show
        ).keyed("due").start()

    def purge(self) -> None:
        if not self.due or self.due_months != self.months:
            return
        # The list confirmed, taken now: the list on screen may be reloaded while the question is
        # open (a colleague's change on the server), and what is erased is what was confirmed.
        privacy, ids = Privacy(self.ctx), [d.case_id for d in self.due]
        answer = QMessageBox.question(
            self,
            self.tr("Effacer"),
            self.tr(
                "Effacer définitivement {0} dossier(s) sans contact depuis plus de {1} mois ? "
                "Cette action est irréversible."
            ).format(len(ids), self.due_months),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: Any) -> list[Erased]:
            def step(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total, "")

            return privacy.erase_cases(ids, step)

        def failed(exc: BaseException) -> None:
            show_user_error(self, exc)
            self._purged([])

        Task(self, work).on_success(self._purged).on_failure(failed).with_progress(
            self.tr("Effacement des dossiers…"), cancellable=True
        ).start()

    def _show_setting(self) -> None:
        try:
            years = settings.structure(self.ctx).retention_years
        except UserError as exc:  # a damaged settings file: the default period, said in the log
            log.warning("settings unreadable: %s", exc)
            years = settings.StructureSettings().retention_years
        if years != self.years.value():
            self.years.blockSignals(True)
            self.years.setValue(years)
            self.years.blockSignals(False)
            if self.isVisible():
                self.reload()

    def _years_changed(self, years: int) -> None:
        try:
            settings.set_retention_years(self.ctx, years)
        except UserError as exc:
            show_user_error(self, exc)
        self.reload()

    def _purged(self, erased: list[Erased]) -> None:
        offer_backup_purge(self.ctx, self, erased)
        self.reload()
        if hasattr(self.window_, "case_list"):
            self.window_.case_list.reload()

    def _show(self, result: tuple[int, list[RetentionDue]]) -> None:
        self.due_months, due = result
        self.due = due
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            for column, text in enumerate((str(item.case_id), item.name, format_date(item.last_contact))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(self.tr("{0} dossier(s) à effacer").format(len(due)))
        self.purge_button.setEnabled(bool(due))
