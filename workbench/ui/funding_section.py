"""The "Financement" section: the target training, every scheme's verdict with its explanation, the
financing plan, and what to ask next — each answer saved at once and the verdicts updated.

The person's attributes are kept in the case record, the training's in a funding scenario (a case
can compare several trainings). An evaluation takes about a millisecond, so it runs on the GUI
thread after every change.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app.cases import Cases
from workbench.app.documents import Documents
from workbench.app.funding import Funding, check, compare
from workbench.core import funding
from workbench.core.dates import format_date, parse_date
from workbench.core.funding import explain
from workbench.core.funding.engine import Evaluation, Finding, SchemeResult
from workbench.core.funding.plan import FinancingPlan, printed_plan
from workbench.core.funding.scenarios import Scenario, case_answers, merged
from workbench.core.funding.sources import source_text
from workbench.core.text import sentence
from workbench.errors import UserError, ValidationError
from workbench.ui.errors import show_user_error
from workbench.ui.forms import KeyboardDialog, ask_text, required
from workbench.ui.funding_compare import ComparisonView
from workbench.ui.funding_fields import AttributeField
from workbench.ui.geometry import keep_splitter
from workbench.ui.rome_search import search_rome_codes
from workbench.ui.sections import CaseSection

# The training form on the left: what a counsellor knows first about a target training.
TRAINING_FIELDS = (
    "training_title",
    "certification_kind",
    "rncp_code",
    "target_rome_code",
    "training_provider_name",
    "training_hours",
    "training_cost_pedagogical_ht",
    "training_start_date",
    "training_end_date",
    "training_span_months",
    "training_continuous_full_time",
    "training_on_working_time",
    "training_cpf_eligible",
)
EXPANDED = {"eligible", "needs_info", "manual_check"}
VERDICT_COLOURS = {
    "eligible": "#1b6e3a",
    "needs_info": "#8a5a00",
    "manual_check": "#8a5a00",
    "not_eligible": "#8b1e1e",
    "superseded": "#5f6368",
}


SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1  # the second line: the source, by title and section
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # a stable key, to keep what is unfolded across updates
DEFAULT_ROLE = Qt.ItemDataRole.UserRole + 3  # unfolded the first time it is shown
SHOWN_AMOUNTS = ("eligible", "needs_info", "manual_check")  # amounts mean nothing elsewhere


class WrappingDelegate(QStyledItemDelegate):
    """Reasons wrapped in full within their column, the source as a smaller grey second line."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.tree.indentation() * (depth + 1) if index.column() == 0 else 0
        return max(self.tree.columnWidth(index.column()) - indent - 8, 60)

    def _small(self, option: QStyleOptionViewItem) -> Any:
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
        font.setItalic(True)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        source = str(index.data(SOURCE_ROLE) or "")
        width = self._width(index)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100000), flags, text).height()
        if source:
            small = QFontMetrics(self._small(option))
            height += small.boundingRect(QRect(0, 0, width, 100000), flags, source).height() + 2
        return QSize(width, max(height + 6, QFontMetrics(option.font).height() + 6))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        rect = item.rect.adjusted(3, 3, -3, -3)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(item.font)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            painter.setPen(item.palette.highlightedText().color())
        elif colour is not None:
            painter.setPen(colour.color() if hasattr(colour, "color") else colour)
        else:
            painter.setPen(item.palette.text().color())
        flags = (
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
        )
        used = painter.boundingRect(rect, flags, text)
        painter.drawText(rect, flags, text)
        source = str(index.data(SOURCE_ROLE) or "")
        if source:
            painter.setFont(self._small(item))
            if not selected:
                painter.setPen(QColor("#5f6368"))
            painter.drawText(rect.adjusted(0, used.height() + 2, 0, 0), flags, source)
        painter.restore()


class AllAttributesDialog(KeyboardDialog):
    """Every attribute of the rules, by group: to correct what the questions did not ask. Each answer
    is saved as it is given; closing sends what is still being typed, and a refused value keeps the
    dialog open with the text and the reason."""

    def __init__(self, section: FundingSection) -> None:
        super().__init__(section)
        self.setWindowTitle(self.tr("Toutes les informations du financement"))
        self.resize(640, 640)
        book = funding.rulebook()
        values = section.values()
        self.book = book
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.fields: list[AttributeField] = []
        toolbox = QToolBox()
        self.toolbox = toolbox
        for group, title in book.groups.items():
            attributes = [
                a
                for a in book.attributes.values()
                if a.group == group and not a.derived and a.scope != "context"
            ]
            if not attributes:
                continue
            page = QWidget()
            form = QFormLayout(page)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for attribute in attributes:
                field = AttributeField(attribute)
                section.searchable(field)
                field.set_value(values.get(attribute.name))
                field.sig_changed.connect(lambda name, value, f=field: self._answer(f, name, value))
                field.sig_invalid.connect(self.show_invalid)
                self.fields.append(field)
                label = attribute.label + (" (donnée sensible)" if attribute.sensitive else "")
                form.addRow(label, field)
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            toolbox.addItem(scroll, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Chaque réponse est enregistrée dès qu'elle est saisie."))
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(toolbox, 1)
        layout.addWidget(buttons)
        self.section = section

    def _answer(self, field: AttributeField, name: str, value: Any) -> None:
        refused = self.section.set_attribute(name, value)
        if refused is None:
            self.error.hide()
        else:
            field.keep_as_typed()
            self.show_invalid(name, refused)

    def show_invalid(self, name: str, message: str) -> None:
        label = self.book.attributes[name].label if name in self.book.attributes else ""
        self.error.setText(sentence(f"{label} : {message}" if label else message))
        self.error.show()

    def done(self, result: int) -> None:
        for field in self.fields:
            field.commit()
        # A value refused (its text kept as typed): said above, its page shown, the dialog stays open.
        stuck = next((f for f in self.fields if f.is_being_edited()), None)
        if stuck is None:
            super().done(result)
            return
        page = stuck.parentWidget()
        while page is not None and self.toolbox.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.toolbox.setCurrentWidget(page)
        stuck.setFocus()
        if self.error.isHidden():
            self.show_invalid(stuck.attribute.name, "corrigez la valeur ou videz le champ.")


class FundingSection(CaseSection):
    title = "Financement"
    watches = frozenset({changes.CASE, changes.FUNDING, changes.ROME})

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.book = funding.rulebook()
        self.cases = Cases(ctx)
        self.funding = Funding(ctx)
        self.record = self.cases.get(case_id)
        self.scenarios: list[Scenario] = self.funding.scenarios(case_id)
        self.scenario: Scenario | None = self.scenarios[0] if self.scenarios else None
        self.evaluation: Evaluation | None = None
        self.plans: tuple[FinancingPlan, ...] = ()
        self._build()
        self._fill_scenarios()
        self.reevaluate()

    # ---- Layout

    def _build(self) -> None:
        # Left: scenario, date of the check, the training.
        self.scenario_combo = QComboBox()
        # A long training title must not widen the column: the whole title is in the list and tooltip.
        self.scenario_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scenario_combo.setMinimumContentsLength(16)
        self.scenario_combo.setAccessibleName(self.tr("Scénario de financement"))
        self.scenario_combo.currentIndexChanged.connect(self._scenario_chosen)
        self.scenario_combo.currentTextChanged.connect(self.scenario_combo.setToolTip)
        new = QPushButton(self.tr("Ajouter…"))
        new.setToolTip(self.tr("Comparer une autre formation pour la même personne"))
        rename = QPushButton(self.tr("Renommer…"))
        remove = QPushButton(self.tr("Supprimer"))
        new.clicked.connect(self.new_scenario)
        rename.clicked.connect(self.rename_scenario)
        remove.clicked.connect(self.delete_scenario)
        scenario_buttons = QHBoxLayout()
        for button in (new, rename, remove):
            scenario_buttons.addWidget(button)
        self.retained = QCheckBox(self.tr("Retenu pour les documents"))
        self.retained.setToolTip(
            self.tr("La synthèse, le récapitulatif de financement et la convention impriment ce scénario")
        )
        self.retained.toggled.connect(self.retain_scenario)
        self.on_edit = QLineEdit(format_date(date.today()))
        self.on_edit.setPlaceholderText("JJ/MM/AAAA")
        self.on_edit.setAccessibleName(self.tr("Date de la vérification"))
        self.on_edit.editingFinished.connect(self.reevaluate)
        self.fields: dict[str, AttributeField] = {}
        training = QGroupBox(self.tr("Formation visée"))
        form = QFormLayout(training)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in TRAINING_FIELDS:
            field = AttributeField(self.book.attributes[name])
            self.searchable(field)
            field.sig_changed.connect(self.set_attribute)
            field.sig_invalid.connect(self.show_invalid)
            self.fields[name] = field
            form.addRow(self.book.attributes[name].label, field)
        everything = QPushButton(self.tr("Toutes les informations…"))
        everything.setToolTip(self.tr("Situation, entreprise, risques, période de reconversion…"))
        everything.clicked.connect(self.open_all_attributes)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Scénario (formation comparée)")))
        left_layout.addWidget(self.scenario_combo)
        left_layout.addLayout(scenario_buttons)
        left_layout.addWidget(self.retained)
        check_row = QFormLayout()
        check_row.addRow(self.tr("Vérifier au"), self.on_edit)
        left_layout.addLayout(check_row)
        left_layout.addWidget(training)
        left_layout.addWidget(everything)
        left_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(290)

        # Middle: verdicts, then the financing plan.
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Dispositif"), self.tr("Montant · échéance")])
        self.tree.setAccessibleName(self.tr("Verdicts par dispositif"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 130)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))
        self._unfolded: dict[str, bool] = {}
        self.plan_combo = QComboBox()
        # A plan's long label (« … (imprimé dans les documents) ») must not widen the plan past the column.
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(20)
        self.plan_combo.currentTextChanged.connect(self.plan_combo.setToolTip)
        self.plan_combo.setAccessibleName(self.tr("Plan de financement"))
        self.plan_combo.currentIndexChanged.connect(self._show_plan)
        self.plan_table = QTableWidget(0, 3)
        self.plan_table.setHorizontalHeaderLabels(
            [self.tr("Financeur"), self.tr("Montant"), self.tr("Remarque")]
        )
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.plan_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.plan_table.verticalHeader().hide()
        self.plan_total = QLabel()
        self.plan_total.setObjectName("planTotal")
        self.plan_total.setWordWrap(True)
        plan_box = QGroupBox(self.tr("Plan de financement"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.plan_combo)
        plan_layout.addWidget(self.plan_total)  # the remaining cost first, in sight
        plan_layout.addWidget(self.plan_table, 1)
        plan_scroll = QScrollArea()  # the conditions under the total can be long: scrolled, never cut
        plan_scroll.setWidget(plan_box)
        plan_scroll.setWidgetResizable(True)
        plan_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        plan_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.plan_table.setMinimumHeight(90)
        schemes = QSplitter(Qt.Orientation.Vertical)
        schemes.addWidget(self.tree)
        schemes.addWidget(plan_scroll)
        schemes.setStretchFactor(0, 3)
        schemes.setStretchFactor(1, 1)
        self.comparison_view = ComparisonView(self.print_comparison)
        middle = QTabWidget()
        middle.addTab(schemes, self.tr("&Dispositifs"))
        middle.addTab(self.comparison_view, self.tr("Comparer les &parcours"))
        self.middle_tabs = middle

        # Right: what to ask next, answered in place; what the ROME suggests.
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.questions_box = QWidget()
        self.questions_layout = QVBoxLayout(self.questions_box)
        self.questions_layout.setContentsMargins(4, 4, 4, 4)
        questions_scroll = QScrollArea()
        questions_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        questions_scroll.setWidget(self.questions_box)
        questions_scroll.setWidgetResizable(True)
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.confirm_hints = QPushButton(self.tr("Retenir l'exposition déduite du ROME"))
        self.confirm_hints.clicked.connect(self.confirm_rome_hints)
        hints_box = QGroupBox(self.tr("Déduit de la fiche ROME du métier visé"))
        hints_layout = QVBoxLayout(hints_box)
        hints_layout.addWidget(self.hints)
        hints_layout.addWidget(self.confirm_hints)
        self.hints_box = hints_box
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>À demander</b> — chaque réponse met les verdicts à jour"))
        title.setWordWrap(True)
        right_layout.addWidget(title)
        right_layout.addWidget(self.error)
        right_layout.addWidget(questions_scroll, 1)
        right_layout.addWidget(hints_box)
        right.setMinimumWidth(260)

        splitter = QSplitter()
        splitter.addWidget(left_scroll)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # About 26 % for the training (labels and values side by side), half for the verdicts and the
        # comparison of five routes (at 1366 px without scrolling sideways), 24 % for the questions.
        keep_splitter(splitter, self.ctx.paths.data_dir, "financement", [26, 50, 24])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.open_all_attributes)

    # ---- Public API

    def values(self) -> dict[str, Any]:
        """The engine's input for the current scenario (JSON values)."""
        return merged(case_answers(self.record), self.scenario)

    def check_date(self) -> date:
        try:
            return parse_date(self.on_edit.text()) or date.today()
        except ValueError as exc:
            self.show_invalid("evaluation_date", str(exc))
            return date.today()

    def refresh(self) -> None:
        self.record = self.cases.get(self.case_id)
        self.scenarios = self.funding.scenarios(self.case_id)
        current = self.scenario.id if self.scenario else None
        self.scenario = next((s for s in self.scenarios if s.id == current), None) or (
            self.scenarios[0] if self.scenarios else None
        )
        self._fill_scenarios()
        self.reevaluate()

    def reevaluate(self) -> None:
        values = self.values()
        for name, field in self.fields.items():
            if not field.is_being_edited():  # never rewrite what the counsellor is typing
                field.set_value(values.get(name))
        try:
            self.evaluation, self.plans = check(self.ctx.rome, values, self.check_date())
        except UserError as exc:  # a stored value the rules no longer accept: say which
            self.show_invalid("", str(exc))
            return
        self._show_computed(values)
        self._fill_tree()
        self._fill_plans()
        self._fill_questions()
        self._fill_hints()
        self.comparison_view.show_comparison(compare(self.ctx.rome, values, self.check_date()))

    def _show_computed(self, values: dict[str, Any]) -> None:
        """A field the rules compute when left empty (the span, from the dates) shows that value."""
        assert self.evaluation is not None
        for name, field in self.fields.items():
            if name not in self.book.derived or not isinstance(field.editor, QLineEdit):
                continue
            computed = self.evaluation.value(name) if values.get(name) is None else None
            unit = self.book.attributes[name].unit
            field.editor.setPlaceholderText(
                self.tr("{0} {1} (d'après les dates)").format(computed, unit)
                if computed is not None
                else unit
            )

    def print_comparison(self) -> None:
        """The comparison as a PDF document (« Comparaison des parcours »), saved where chosen."""
        documents = Documents(self.ctx)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Imprimer la comparaison des parcours"),
            documents.filename("comparaison", self.case_id),
            self.tr("Document PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            shown = self.scenario.id if self.scenario is not None else None
            documents.write("comparaison", self.case_id, self.check_date(), path, scenario=shown)
        except UserError as exc:
            show_user_error(self, exc)

    def set_attribute(self, name: str, value: Any) -> str | None:
        """Save one answer (person or training) and update the verdicts; the reason if it is refused
        (then nothing is saved and the field keeps what was typed)."""
        self.error.hide()
        try:
            answered = self.funding.answer(
                self.case_id, {name: value}, self.scenario.id if self.scenario else None
            )
            self.record = answered.record
            if answered.scenario != self.scenario:
                self.scenario = answered.scenario
                self._reload_scenarios()
        except ValidationError as exc:  # a refused value: said beside the questions, nothing saved
            for field_name, message in exc.problems.items():
                self.show_invalid(field_name, message)
                questions = getattr(self, "question_fields", {})
                for field in (self.fields.get(field_name), questions.get(field_name)):
                    if field is not None:
                        field.keep_as_typed()
            return " ; ".join(exc.problems.values())
        except UserError as exc:
            show_user_error(self, exc)
            self.record = self.cases.get(self.case_id)
            QTimer.singleShot(0, self.reevaluate)
            return str(exc)
        # Later, not now: the editor that sent this answer may be one the update rebuilds.
        QTimer.singleShot(0, self.reevaluate)
        return None

    def searchable(self, field: AttributeField) -> None:
        """A ROME code field searches the release as it is typed."""
        if field.attribute.format == "rome" and isinstance(field.editor, QLineEdit):
            search_rome_codes(field.editor, lambda: self.ctx.rome)

    def show_invalid(self, name: str, message: str) -> None:
        label = self.book.attributes[name].label if name in self.book.attributes else ""
        text = f"{label} : {message}" if label else message
        self.error.setText(text[:1].upper() + text[1:])
        self.error.show()

    def new_scenario(self) -> None:
        title = ask_text(
            self,
            self.tr("Nouveau scénario"),
            self.tr("Formation comparée :"),
            check=required("la formation comparée"),
        )
        if title is None:
            return
        try:
            self.scenario = self.funding.save_scenario(self.case_id, Scenario(title))
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._reload_scenarios()
        self.reevaluate()

    def rename_scenario(self) -> None:
        if self.scenario is None:
            return
        title = ask_text(
            self,
            self.tr("Renommer le scénario"),
            self.tr("Nom :"),
            text=self.scenario.title,
            check=required("le nom du scénario"),
        )
        if title is None:
            return
        try:
            self.scenario = self.funding.save_scenario(
                self.case_id, Scenario(title, self.scenario.attributes, self.scenario.id)
            )
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._reload_scenarios()

    def retain_scenario(self, checked: bool) -> None:
        """The shown scenario becomes the one the documents print (unchecking means nothing)."""
        if not checked or self.scenario is None or self.scenario.id is None:
            return
        try:
            self.scenario = self.funding.retain(self.case_id, self.scenario.id)
        except UserError as exc:
            show_user_error(self, exc)
        self._reload_scenarios()
        self._fill_plans()  # the mark « imprimé dans les documents »

    def delete_scenario(self) -> None:
        if self.scenario is None or self.scenario.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le scénario"),
            self.tr("Supprimer le scénario « {0} » et la formation qu'il décrit ?").format(
                self.scenario.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.funding.delete_scenario(self.case_id, self.scenario.id)
        self.scenarios = self.funding.scenarios(self.case_id)
        self.scenario = self.scenarios[0] if self.scenarios else None
        self._fill_scenarios()
        self.reevaluate()

    def open_all_attributes(self) -> None:
        AllAttributesDialog(self).exec()
        self.reevaluate()

    def confirm_rome_hints(self) -> None:
        """Write the exposure read from the ROME into the scenario: the counsellor has confirmed it."""
        if self.evaluation is None:
            return
        for name in list(self.evaluation.hints_used):
            self.set_attribute(name, list(self.evaluation.value(name) or ()))

    # ---- Helpers

    def _reload_scenarios(self) -> None:
        self.scenarios = self.funding.scenarios(self.case_id)
        self._fill_scenarios()

    def _fill_scenarios(self) -> None:
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        for scenario in self.scenarios:
            self.scenario_combo.addItem(scenario.title, scenario.id)
        if not self.scenarios:
            self.scenario_combo.addItem(self.tr("Formation visée (nouvelle)"), None)
        if self.scenario is not None:
            self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(self.scenario.id)))
        self.scenario_combo.blockSignals(False)
        self._show_retained()

    def _show_retained(self) -> None:
        """Checked (and fixed) for the first scenario; another one can be retained by checking it."""
        is_first = self._is_retained()
        self.retained.blockSignals(True)
        self.retained.setChecked(is_first)
        self.retained.setEnabled(len(self.scenarios) > 1 and not is_first)
        self.retained.blockSignals(False)

    def _scenario_chosen(self, index: int) -> None:
        scenario_id = self.scenario_combo.itemData(index)
        self.scenario = next((s for s in self.scenarios if s.id == scenario_id), None)
        self._show_retained()
        self.plan_combo.blockSignals(True)
        self.plan_combo.setCurrentIndex(-1)  # another training: its own printed plan first
        self.plan_combo.blockSignals(False)
        self.reevaluate()

    def _remember(self, item: QTreeWidgetItem, unfolded: bool) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self._unfolded[key] = unfolded

    def _fold(self, item: QTreeWidgetItem, key: str, default: bool) -> None:
        """Unfold as the counsellor left it; the first time, as ``default`` says."""
        item.setData(0, KEY_ROLE, key)
        item.setExpanded(self._unfolded.get(key, default))

    def _fill_tree(self) -> None:
        assert self.evaluation is not None
        # The tree stays where it was after an answer: what was unfolded, the row and the scroll.
        scroll = self.tree.verticalScrollBar().value()
        current = self.tree.currentItem()
        current_key = current.data(0, KEY_ROLE) if current is not None else None
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for result in explain.ordered(self.evaluation):
            group = groups.get(result.verdict)
            if group is None:
                group = QTreeWidgetItem([explain.VERDICT_LABELS[result.verdict]])
                group.setForeground(0, QColor(VERDICT_COLOURS[result.verdict]))
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                groups[result.verdict] = group
            group.addChild(self._scheme_item(result))
        for verdict, group in groups.items():
            group.setText(0, f"{explain.VERDICT_LABELS[verdict]} ({group.childCount()})")
            group.setData(0, KEY_ROLE, verdict)
            group.setData(0, DEFAULT_ROLE, verdict in EXPANDED)
        found = None
        stack = list(groups.values())
        while stack:
            item = stack.pop()
            key = item.data(0, KEY_ROLE)
            if key:
                self._fold(item, key, bool(item.data(0, DEFAULT_ROLE)))
                if key == current_key:
                    found = item
            stack += [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
        self.tree.blockSignals(False)
        if found is not None:
            self.tree.setCurrentItem(found)
        self.tree.verticalScrollBar().setValue(scroll)

    def _scheme_item(self, result: SchemeResult) -> QTreeWidgetItem:
        scheme = result.scheme
        shown = result.verdict in SHOWN_AMOUNTS
        headline = next(
            (a for a in result.amounts if shown and a.value is not None and a.unit.startswith("€")), None
        )
        item = QTreeWidgetItem(
            [f"{scheme.acronym} — {scheme.name}", explain.amount_text(headline) if headline else ""]
        )
        item.setData(0, KEY_ROLE, scheme.id)
        item.setData(0, DEFAULT_ROLE, result.verdict == "manual_check")
        item.setToolTip(
            0, f"{scheme.summary}\nFinanceur : {scheme.funder}" if scheme.funder else scheme.summary
        )
        opened = (self.tr("Conditions manquantes"), self.tr("À vérifier"), self.tr("À demander"))

        def section(title: str, lines: list[tuple[str, str, str]]) -> None:
            if not lines:
                return
            node = QTreeWidgetItem(item, [f"{title} ({len(lines)})"])
            node.setData(0, KEY_ROLE, f"{scheme.id}/{title}")
            node.setData(0, DEFAULT_ROLE, title in opened)
            for text, value, source in lines:
                child = QTreeWidgetItem(node, [text, value])
                if source:
                    child.setData(0, SOURCE_ROLE, source)

        def findings(found: tuple[Finding, ...]) -> list[tuple[str, str, str]]:
            return [(f.text, "", source_text(f.source)) for f in found]

        section(self.tr("Conditions manquantes"), findings(result.missing))
        section(self.tr("À vérifier"), findings(result.manual))
        if result.verdict == "needs_info":
            section(
                self.tr("À demander"),
                [
                    (self.book.attributes[n].question if n in self.book.attributes else n, "", "")
                    for n in result.unknown
                ],
            )
        section(self.tr("Conditions remplies"), findings(result.met))
        if result.verdict not in ("not_eligible", "superseded"):
            section(self.tr("Décisions attendues"), findings(result.pending))
            section(self.tr("Points de vigilance"), findings(result.warnings))
            section(
                self.tr("Montants"),
                [
                    (a.label, explain.amount_text(a), " — ".join(p for p in (a.note, a.warning) if p))
                    for a in result.amounts
                    if a.value is not None
                ],
            )
            section(
                self.tr("Échéances"),
                [(d.label, explain.deadline_text(d), d.text) for d in result.deadlines if d.due or d.text],
            )
            section(self.tr("Pièces à réunir"), [(d, "", "") for d in result.documents])
        section(self.tr("À savoir"), findings(result.notes))
        return item

    def _fill_plans(self) -> None:
        """The plans, the one the documents print marked; the plan shown stays shown after an answer."""
        shown = self.plan_combo.currentData()
        printed = printed_plan(self.plans, self.values())
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans:
            label = f"{plan.label} — {explain.VERDICT_LABELS[plan.lead_verdict].lower()}"
            if plan is printed and self._is_retained():
                label += self.tr(" (imprimé dans les documents)")
            self.plan_combo.addItem(label, plan.id)
        index = self.plan_combo.findData(shown)
        if index < 0 and printed is not None:
            index = self.plans.index(printed)
        self.plan_combo.setCurrentIndex(max(0, index))
        self.plan_combo.blockSignals(False)
        self._show_plan(self.plan_combo.currentIndex())

    def _is_retained(self) -> bool:
        """Whether the scenario shown is the one the documents print (the first)."""
        return bool(self.scenarios) and self.scenario is not None and self.scenario.id == self.scenarios[0].id

    def _show_plan(self, index: int) -> None:
        self.plan_table.setRowCount(0)
        if not 0 <= index < len(self.plans):
            self.plan_total.setText(self.tr("Aucun plan possible avec ce qui est connu."))
            return
        plan = self.plans[index]
        for line in plan.lines:
            row = self.plan_table.rowCount()
            self.plan_table.insertRow(row)
            amount = explain.euros(line.amount) if line.amount is not None else "—"
            note = line.note
            if line.depends_on:
                note = "; ".join(p for p in (note, self.tr("sous réserve de la décision attendue")) if p)
            for column, text in enumerate((f"{line.payer} ({line.scheme})", amount, note)):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.plan_table.setItem(row, column, cell)
        self.plan_table.resizeColumnsToContents()
        if plan.remaining is None:
            self.plan_total.setText(self.tr("Indiquez le coût pédagogique pour calculer le reste à charge."))
        else:
            fees = (
                f" (dont {explain.euros(plan.other_fees)} de frais non pris en charge)"
                if plan.other_fees
                else ""
            )
            text = self.tr("Coût total : {0} · financé : {1} · <b>reste à charge : {2}</b>{3}").format(
                explain.euros(plan.total_cost or Decimal(0)),
                explain.euros(plan.funded),
                explain.euros(plan.remaining),
                fees,
            )
            if plan.conditions:
                conditions = "<br>".join(c[:1].upper() + c[1:] + "." for c in plan.conditions)
                text += "<br>" + conditions
            if plan.remaining_if_refused is not None:
                text += "<br>" + self.tr("Reste à charge si la réponse est non : <b>{0}</b>").format(
                    explain.euros(plan.remaining_if_refused)
                )
            self.plan_total.setText(text)

    def _fill_questions(self) -> None:
        """The questions in order; those still asked keep their editor (and what is being typed)."""
        assert self.evaluation is not None
        kept: dict[str, tuple[QLabel, AttributeField]] = {}
        old = getattr(self, "question_rows", {})
        asked = {q.attribute for q in self.evaluation.questions}
        while (item := self.questions_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is None or any(widget in pair for pair in old.values()):
                continue
            widget.hide()
            widget.deleteLater()
        for name, (label, field) in old.items():
            if name in asked:
                kept[name] = (label, field)
            else:
                for widget in (label, field):
                    widget.hide()  # gone now; deleted once its signal (maybe the current one) returns
                    widget.deleteLater()
        self.question_rows: dict[str, tuple[QLabel, AttributeField]] = {}
        values = self.values()
        if not self.evaluation.questions:
            self.questions_layout.addWidget(
                QLabel(self.tr("Rien à demander : chaque dispositif a un verdict."))
            )
        for question in self.evaluation.questions:
            attribute = self.book.attributes.get(question.attribute)
            if attribute is None:
                continue
            text = f"{question.question} <i>({', '.join(question.schemes)})</i>"
            if question.attribute in kept:
                label, field = kept[question.attribute]
                label.setText(text)
            else:
                label = QLabel(text)
                label.setWordWrap(True)
                field = AttributeField(attribute)
                self.searchable(field)
                field.sig_changed.connect(self.set_attribute)
                field.sig_invalid.connect(self.show_invalid)
                label.setBuddy(field.editor)
            if not field.is_being_edited():
                field.set_value(values.get(attribute.name))
            self.question_rows[attribute.name] = (label, field)
            self.questions_layout.addWidget(label)
            self.questions_layout.addWidget(field)
        self.question_fields = {name: field for name, (_, field) in self.question_rows.items()}
        self.questions_layout.addStretch(1)

    def _fill_hints(self) -> None:
        assert self.evaluation is not None
        used = self.evaluation.hints_used
        self.hints_box.setVisible(bool(used))
        self.hints.setText("<br>".join(used.values()))
