"""The case list: search as you type, filters, sortable columns, counts, and new cases."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.app.cases import Cases
from workbench.core.case_index import CaseFilter, CaseIndex
from workbench.core.cases import CASE_STATUSES, CEP_LEVELS, CaseRecord, CaseSummary, validate
from workbench.core.dates import format_date, parse_date
from workbench.errors import UserError
from workbench.ui.errors import show_user_error
from workbench.ui.forms import KeyboardDialog
from workbench.ui.sections import Area
from workbench.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

COLUMNS = (
    ("name", "Nom"),
    ("birth_date", "Naissance"),
    ("counsellor", "Conseiller"),
    ("cep_level", "Niveau"),
    ("status", "Statut"),
    ("updated_at", "Modifié le"),
    ("id", "N°"),
)
ID_COLUMN = len(COLUMNS) - 1


class CaseTableModel(QAbstractTableModel):
    """The filtered, sorted cases; filtering happens in :class:`CaseIndex`, not per row in Qt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = CaseIndex([])
        self._filter = CaseFilter()
        self._sort = ("name", False)
        self.rows: list[CaseSummary] = []
        self._texts_cache: dict[int, tuple[CaseSummary, tuple[str, ...]]] = {}

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.set_index(CaseIndex(cases))

    def set_index(self, index: CaseIndex) -> None:
        self._index = index
        self._texts_cache.clear()
        self._refilter()

    def set_filter(self, criteria: CaseFilter) -> None:
        if criteria != self._filter:
            self._filter = criteria
            self._refilter()

    @property
    def total(self) -> int:
        return len(self._index.cases)

    def case_at(self, row: int) -> CaseSummary:
        return self.rows[row]

    def _refilter(self) -> None:
        self.beginResetModel()
        selected = self._index.select(self._filter)
        key, descending = self._sort
        self.rows = (
            selected if (key, descending) == ("name", False) else CaseIndex.sorted(selected, key, descending)
        )
        self.endResetModel()

    # ---- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role at each repaint: the roles not shown return first,
        # and a row's texts are made once (a keystroke repaints the whole page of rows).
        if role == DISPLAY:
            return self._texts(index.row())[index.column()]
        if role == FOREGROUND and self.rows[index.row()].archived:
            return QGuiApplication.palette().placeholderText()
        if role == ALIGNMENT and index.column() == ID_COLUMN:
            return RIGHT_ALIGNED
        return None

    def _texts(self, row: int) -> tuple[str, ...]:
        case = self.rows[row]
        texts = self._texts_cache.get(case.id)
        if texts is None or texts[0] is not case:
            status = self.tr("Archivé") if case.archived else CASE_STATUSES.get(case.status, case.status)
            texts = (
                case,
                (
                    case.display_name,
                    format_date(case.birth_date),
                    case.counsellor,
                    case.cep_level or "—",
                    status,
                    case.updated_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                    str(case.id),
                ),
            )
            self._texts_cache[case.id] = texts
        return texts[1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self._refilter()


class NewCaseDialog(KeyboardDialog):
    """The minimum to open a case file: a name (the rest is filled in the case file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau dossier"))
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText("JJ/MM/AAAA")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Nom"), self.last_name)
        form.addRow(self.tr("&Prénom"), self.first_name)
        form.addRow(self.tr("Date de &naissance"), self.birth_date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer le dossier"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.record: CaseRecord | None = None

    def accept(self) -> None:
        try:
            born = parse_date(self.birth_date.text())
        except ValueError as exc:
            return self._refuse(str(exc))
        record = CaseRecord(
            last_name=self.last_name.text().strip(),
            first_name=self.first_name.text().strip(),
            birth_date=born,
        )
        problems = validate(record, date.today())
        if problems:
            return self._refuse(next(iter(problems.values())))
        self.record = record
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text[:1].upper() + text[1:])
        self.error.show()


class CaseListArea(Area):
    """Find a case file and open it.

    Signals:
        sig_open_case(int): the user asked to open this case.
    """

    sig_open_case = Signal(int)
    title = "Dossiers"

    def __init__(self, ctx: Any, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, window, parent)
        self.model = CaseTableModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un nom ou un n° de dossier (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("En cours et clos"), "actif")
        for code, text in CASE_STATUSES.items():
            self.status.addItem(self.tr(text), code)
        self.status.addItem(self.tr("Archivés"), "archive")
        self.status.addItem(self.tr("Tous, archivés compris"), None)
        self.counsellor = QComboBox()
        self.level = QComboBox()
        self.level.addItem(self.tr("Tous les niveaux"), None)
        for code in CEP_LEVELS:
            self.level.addItem(code, code)
        self.count = QLabel()
        self.hint = QLabel()  # says what to do when the list is empty
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        self.new_button = QPushButton(self.tr("Nouveau dossier"))
        self.new_button.setToolTip(self.tr("Créer un dossier (Ctrl+N)"))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The date and time of the last change in full (measured once, not per row: 50,000 cases).
        modified = [key for key, _label in COLUMNS].index("updated_at")
        self.table.setColumnWidth(
            modified, self.table.fontMetrics().horizontalAdvance("00/00/0000 00:00") + 20
        )
        self.table.setAlternatingRowColors(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.counsellor, 1)
        filters.addWidget(self.level, 1)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._connect_signals()
        self._fill_counsellors([])

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.status, self.counsellor, self.level):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.table.activated.connect(
            lambda index: self.sig_open_case.emit(self.model.case_at(index.row()).id)
        )
        self.new_button.clicked.connect(self.new_case)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.search.returnPressed.connect(self._open_first)

    # ---- Public API

    def reload(self) -> Task:
        """Read the summaries off the GUI thread, then refresh the table."""
        repo = Cases(self.ctx)
        # The search index is built off the GUI thread too (a fraction of a second at 50,000 cases).
        # Keyed: reloads asked in a burst (several changes) show the newest list, never an older one.
        return (
            Task(self, lambda _progress: CaseIndex(repo.summaries()))
            .on_success(self._loaded)
            .keyed("summaries")
            .start()
        )

    def activated(self) -> None:
        self.reload()

    def new_case(self) -> None:
        dialog = NewCaseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.record is None:
            return
        try:
            case_id = Cases(self.ctx).add(dialog.record)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.reload()
        self.sig_open_case.emit(case_id)

    # ---- Helpers

    def _loaded(self, index: CaseIndex) -> None:
        self._fill_counsellors(sorted({c.counsellor for c in index.cases if c.counsellor}))
        self.model.set_index(index)
        self._update_count()

    def _fill_counsellors(self, names: list[str]) -> None:
        current = self.counsellor.currentData()
        self.counsellor.blockSignals(True)
        self.counsellor.clear()
        self.counsellor.addItem(self.tr("Tous les conseillers"), None)
        for name in names:
            self.counsellor.addItem(name, name)
        self.counsellor.setCurrentIndex(max(0, self.counsellor.findData(current)))
        self.counsellor.blockSignals(False)

    def _apply_filter(self) -> None:
        self.model.set_filter(
            CaseFilter(
                text=self.search.text(),
                status=self.status.currentData(),
                counsellor=self.counsellor.currentData(),
                cep_level=self.level.currentData(),
            )
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(self.tr("{0} dossier(s) affiché(s) sur {1}").format(shown, total))
        if total == 0:
            self.hint.setText(
                self.tr(
                    "Aucun dossier pour l'instant. Créez le premier avec « Nouveau dossier » (Ctrl+N) : "
                    "le nom suffit, le reste se complète dans le dossier."
                )
            )
        elif shown == 0:
            self.hint.setText(
                self.tr(
                    "Aucun dossier ne correspond. Vérifiez l'orthographe (les accents ne comptent pas), "
                    "cherchez par n° de dossier, ou élargissez les filtres (statut, conseiller, niveau)."
                )
            )
        self.hint.setVisible(shown == 0)

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.sig_open_case.emit(self.model.case_at(0).id)
        elif self.model.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)
