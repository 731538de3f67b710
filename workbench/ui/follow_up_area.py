"""The "À relancer / À faire" view: due follow-ups, overdue actions and silent cases, all cases together;
and the quick capture of a UO1 meeting for busy permanence days."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.app.cases import Cases
from workbench.app.cep import Cep, DueItem
from workbench.core import cep
from workbench.core.case_index import CaseFilter, CaseIndex
from workbench.core.cases import CaseSummary
from workbench.core.cep import Meeting
from workbench.core.dates import format_date, parse_date
from workbench.core.text import sentence
from workbench.errors import UserError, ValidationError
from workbench.ui.cep_section import information_list
from workbench.ui.errors import show_user_error
from workbench.ui.forms import FormDialog, TextEdit, ask_item, ask_text, choice_combo, date_field, required
from workbench.ui.funding_calendar import FundingCalendar
from workbench.ui.sections import Area
from workbench.ui.tasks import Task

KIND_LABELS = {"suivi": "Suivi", "action": "Action", "sans_contact": "Sans contact"}


class FollowUpArea(Area):
    """Signals: sig_open_case(int)."""

    sig_open_case = Signal(int)
    title = "À relancer"

    def __init__(self, ctx: Any, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, window, parent)
        self.days = QSpinBox()
        self.days.setRange(7, 365)
        self.days.setValue(60)
        self.days.setSuffix(self.tr(" jours"))
        self.summary = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Quoi"), self.tr("Date"), self.tr("Personne"), self.tr("Conseiller"), self.tr("Détail")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.hint = QLabel()  # says what this list will hold when it is empty
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Signaler les dossiers en cours sans contact depuis")))
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.calendar = FundingCalendar(ctx)
        self.calendar.sig_open_case.connect(self.sig_open_case)
        follow_ups = QWidget()
        follow_ups_layout = QVBoxLayout(follow_ups)
        follow_ups_layout.setContentsMargins(0, 0, 0, 0)
        follow_ups_layout.addLayout(top)
        follow_ups_layout.addWidget(self.table, 1)
        follow_ups_layout.addWidget(self.hint)
        self.tabs = QTabWidget()
        self.tabs.addTab(follow_ups, self.tr("&Relances et actions"))
        self.tabs.addTab(self.calendar, self.tr("&Échéances de financement"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self.items: list[DueItem] = []
        self.days.valueChanged.connect(self.reload)
        self.table.cellActivated.connect(lambda row, _c: self.sig_open_case.emit(self.items[row].case_id))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.sig_open_case.emit(self.items[row].case_id))
        if hasattr(window, "open_case"):
            self.sig_open_case.connect(window.open_case)
        if hasattr(window, "menu"):
            capture = QAction(self.tr("Saisie rapide d'un entretien UO1…"), self)
            capture.setShortcut(QKeySequence("Ctrl+Shift+N"))
            capture.triggered.connect(lambda: QuickCaptureDialog.capture(self.ctx, self))
            window.menu("Fichier").addAction(capture)
            handover = QAction(self.tr("Transmettre les dossiers d'un conseiller…"), self)
            handover.triggered.connect(self.hand_over)
            window.menu("Outils").addAction(handover)

    def activated(self) -> None:
        self.reload()
        self.calendar.reload()

    def hand_over(self) -> None:
        """A counsellor leaves or is away: their open cases, history and tasks go to a colleague.

        On the server it is the manager's: the server refuses it to a counsellor, said here first."""
        user = self.ctx.db.user
        if user is not None and not user.is_manager:
            show_user_error(self, UserError(self.tr("Réservé au responsable de la structure.")))
            return
        names = Cases(self.ctx).counsellors()
        if not names:
            return
        source = ask_item(
            self, self.tr("Transmettre des dossiers"), self.tr("Dossiers en cours du conseiller :"), names
        )
        if source is None:
            return
        target = ask_text(
            self,
            self.tr("Transmettre des dossiers"),
            self.tr("Conseiller qui reprend les dossiers :"),
            check=required("le conseiller qui reprend les dossiers"),
        )
        if target is None:
            return
        try:
            moved = Cep(self.ctx).hand_over(source, target)
        except ValidationError as exc:
            show_user_error(self, UserError(sentence(next(iter(exc.problems.values())))))
            return
        except UserError as exc:  # refused by the server, or the connection lost
            show_user_error(self, exc)
            return
        QMessageBox.information(
            self,
            self.tr("Transmettre des dossiers"),
            self.tr("{0} dossier(s) transmis à {1}, avec leur historique et leurs actions en cours.").format(
                len(moved), target
            ),
        )
        self.reload()

    def reload(self) -> None:
        repo, days = Cep(self.ctx), self.days.value()
        Task(self, lambda _p: repo.due_items(date.today(), no_contact_days=days)).on_success(
            self._show
        ).keyed("due").start()

    def _show(self, items: list[DueItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(
                (KIND_LABELS[item.kind], format_date(item.day), item.name, item.counsellor, item.label)
            ):
                cell = QTableWidgetItem(text)
                if item.day is not None and item.day < date.today() and item.kind != "sans_contact":
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("{0} élément(s) à traiter").format(len(items)))
        self.hint.setText(
            self.tr(
                "Rien à relancer aujourd'hui. Apparaîtront ici : les actions des plans d'action dont "
                "l'échéance est passée, les suivis à 1, 6 et 18 mois après la fin d'un accompagnement quand "
                "ils arrivent, "
                "et les dossiers en cours sans entretien depuis {0} jours. Les échéances de financement "
                "sont dans l'onglet voisin."
            ).format(self.days.value())
        )
        self.hint.setVisible(not items)


class QuickCaptureDialog(FormDialog):
    """A UO1 meeting in under a minute: type a name, pick the topics, note, Entrée."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__("Saisie rapide d'un entretien", parent)
        self.ctx = ctx
        self.index = CaseIndex(Cases(ctx).summaries(include_archived=False))
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for case in self.index.cases:
            self.person.addItem(f"{case.display_name} (n° {case.id})", case.id)
        self.person.setCurrentIndex(-1)
        line = self.person.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Nom de la personne"))
        self.mode = choice_combo(cep.MEETING_MODES)
        self.duration = QSpinBox()
        self.duration.setRange(1, 480)
        self.duration.setValue(30)
        self.duration.setSuffix(" min")
        self.topics = {code: QCheckBox(label) for code, label in cep.TOPICS.items()}
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, check in enumerate(self.topics.values()):
            grid.addWidget(check, index // 2, index % 2)
        self.request = QLineEdit()
        self.request.setPlaceholderText(self.tr("La demande de la personne, dans ses mots (imprimée)"))
        self.information = information_list()
        self.next_day = date_field(None)
        self.next_time = QLineEdit()
        self.next_time.setPlaceholderText("HH:MM")
        self.next_time.setMaximumWidth(70)
        self.next_place = QLineEdit()
        self.next_place.setPlaceholderText(self.tr("lieu, ou « par téléphone »"))
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_day)
        next_row.addWidget(self.next_time)
        next_row.addWidget(self.next_place, 1)
        self.notes = TextEdit()
        self.notes.setPlaceholderText(self.tr("Notes privées (jamais imprimées)"))
        self.notes.setMaximumHeight(100)
        self.form.addRow(self.tr("&Personne"), self.person)
        self.form.addRow(self.tr("&Modalité"), self.mode)
        self.form.addRow(self.tr("&Durée"), self.duration)
        self.form.addRow(self.tr("Thèmes"), box)
        self.form.addRow(self.tr("D&emande"), self.request)
        self.form.addRow(self.tr("Informations données"), self.information)
        self.form.addRow(self.tr("Prochain &rendez-vous"), next_row)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.setMinimumWidth(680)  # room for the information's three columns

    def chosen_case(self) -> CaseSummary:
        case_id = self.person.currentData()
        if case_id is None or self.person.currentText() != self.person.itemText(self.person.currentIndex()):
            matches = self.index.select(CaseFilter(text=self.person.currentText()))
            if len(matches) != 1:
                raise ValueError("choisissez une personne dans la liste (ou créez d'abord son dossier).")
            return matches[0]
        return next(c for c in self.index.cases if c.id == case_id)

    def produce(self) -> int:
        case = self.chosen_case()
        meeting = Meeting(
            date.today(),
            "UO1",  # the path's last level: record_meeting decides
            self.mode.currentData(),
            self.duration.value(),
            "",
            case.counsellor,
            tuple(c for c, b in self.topics.items() if b.isChecked()),
            self.notes.toPlainText(),
            request=self.request.text().strip(),
            information=self.information.items(),
            next_meeting_on=parse_date(self.next_day.text()),
            next_meeting_time=self.next_time.text().strip(),
            next_meeting_place=self.next_place.text().strip(),
        )
        Cep(self.ctx).record_meeting(case.id, meeting)
        return case.id

    @classmethod
    def capture(cls, ctx: Any, parent: QWidget | None = None) -> int | None:
        try:
            dialog = cls(ctx, parent)
        except UserError as exc:
            from workbench.ui.errors import show_user_error

            show_user_error(parent, exc)
            return None
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
