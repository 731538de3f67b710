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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app.cases import Cases
from workbench.app.funding import Funding, check
from workbench.core import funding
from workbench.core.dates import format_date, parse_date
from workbench.core.funding import explain
from workbench.core.funding.engine import Evaluation, Finding, SchemeResult
from workbench.core.funding.plan import FinancingPlan
from workbench.core.funding.scenarios import Scenario, merged
from workbench.errors import UserError
from workbench.ui.errors import show_user_error
from workbench.ui.funding_fields import AttributeField
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


def _source_tip(finding: Finding) -> str:
    refs = ", ".join(finding.source.refs)
    badges = explain.source_badges(finding.source)
    return " · ".join(p for p in (f"Sources : {refs}" if refs else "", badges) if p)


class AllAttributesDialog(QDialog):
    """Every attribute of the rules, by group: to correct what the questions did not ask."""

    def __init__(self, section: FundingSection) -> None:
        super().__init__(section)
        self.setWindowTitle(self.tr("Toutes les informations du financement"))
        self.resize(640, 640)
        book = funding.rulebook()
        values = section.values()
        toolbox = QToolBox()
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
                field.set_value(values.get(attribute.name))
                field.sig_changed.connect(section.set_attribute)
                field.sig_invalid.connect(section.show_invalid)
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
        layout.addWidget(toolbox, 1)
        layout.addWidget(buttons)


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
        self.scenario_combo.setAccessibleName(self.tr("Scénario de financement"))
        self.scenario_combo.currentIndexChanged.connect(self._scenario_chosen)
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
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 120)
        self.plan_combo = QComboBox()
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
        plan_layout.addWidget(self.plan_table, 1)
        plan_layout.addWidget(self.plan_total)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.tree)
        middle.addWidget(plan_box)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 1)

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
        splitter.setSizes([310, 600, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.open_all_attributes)

    # ---- Public API

    def values(self) -> dict[str, Any]:
        """The engine's input for the current scenario (JSON values)."""
        return merged(self.record.funding_attributes(), self.scenario)

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
            field.set_value(values.get(name))
        try:
            self.evaluation, self.plans = check(self.ctx.rome, values, self.check_date())
        except UserError as exc:  # a stored value the rules no longer accept: say which
            self.show_invalid("", str(exc))
            return
        self._fill_tree()
        self._fill_plans()
        self._fill_questions()
        self._fill_hints()

    def set_attribute(self, name: str, value: Any) -> None:
        """Save one answer (person or training) and update the verdicts."""
        self.error.hide()
        try:
            answered = self.funding.answer(
                self.case_id, {name: value}, self.scenario.id if self.scenario else None
            )
            self.record = answered.record
            if answered.scenario != self.scenario:
                self.scenario = answered.scenario
                self._reload_scenarios()
        except UserError as exc:
            show_user_error(self, exc)
            self.record = self.cases.get(self.case_id)
        # Later, not now: the editor that sent this answer may be one the update rebuilds.
        QTimer.singleShot(0, self.reevaluate)

    def show_invalid(self, name: str, message: str) -> None:
        label = self.book.attributes[name].label if name in self.book.attributes else ""
        text = f"{label} : {message}" if label else message
        self.error.setText(text[:1].upper() + text[1:])
        self.error.show()

    def new_scenario(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Nouveau scénario"), self.tr("Formation comparée :"))
        if not ok or not title.strip():
            return
        try:
            self.scenario = self.funding.save_scenario(self.case_id, Scenario(title.strip()))
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._reload_scenarios()
        self.reevaluate()

    def rename_scenario(self) -> None:
        if self.scenario is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Renommer le scénario"), self.tr("Nom :"), text=self.scenario.title
        )
        if ok and title.strip():
            self.scenario = self.funding.save_scenario(
                self.case_id, Scenario(title.strip(), self.scenario.attributes, self.scenario.id)
            )
            self._reload_scenarios()

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

    def _scenario_chosen(self, index: int) -> None:
        scenario_id = self.scenario_combo.itemData(index)
        self.scenario = next((s for s in self.scenarios if s.id == scenario_id), None)
        self.reevaluate()

    def _fill_tree(self) -> None:
        assert self.evaluation is not None
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
            group.setExpanded(verdict in EXPANDED)

    def _scheme_item(self, result: SchemeResult) -> QTreeWidgetItem:
        scheme = result.scheme
        headline = next((a for a in result.amounts if a.value is not None and a.unit.startswith("€")), None)
        item = QTreeWidgetItem(
            [f"{scheme.acronym} — {scheme.name}", explain.amount_text(headline) if headline else ""]
        )
        item.setToolTip(
            0, f"{scheme.summary}\nFinanceur : {scheme.funder}" if scheme.funder else scheme.summary
        )

        def section(title: str, lines: list[tuple[str, str, str]]) -> None:
            if not lines:
                return
            node = QTreeWidgetItem(item, [f"{title} ({len(lines)})"])
            for text, value, tip in lines:
                child = QTreeWidgetItem(node, [text, value])
                child.setToolTip(0, tip or text)
            node.setExpanded(
                title in (self.tr("Conditions manquantes"), self.tr("À vérifier"), self.tr("À demander"))
            )

        def findings(found: tuple[Finding, ...]) -> list[tuple[str, str, str]]:
            return [(f.text, "", _source_tip(f)) for f in found]

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
                    (a.label, explain.amount_text(a), a.note + (f" — {a.warning}" if a.warning else ""))
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
        if result.verdict == "manual_check":
            item.setExpanded(True)
        return item

    def _fill_plans(self) -> None:
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans:
            self.plan_combo.addItem(
                f"{plan.label} — {explain.VERDICT_LABELS[plan.lead_verdict].lower()}", plan.id
            )
        self.plan_combo.blockSignals(False)
        self._show_plan(0)

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
            for column, text in enumerate((f"{line.payer} ({line.scheme})", amount, line.note)):
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
            self.plan_total.setText(
                self.tr("Coût total : {0} · financé : {1} · <b>reste à charge : {2}</b>{3}").format(
                    explain.euros(plan.total_cost or Decimal(0)),
                    explain.euros(plan.funded),
                    explain.euros(plan.remaining),
                    fees,
                )
            )

    def _fill_questions(self) -> None:
        assert self.evaluation is not None
        while (item := self.questions_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone now; deleted once its signal (maybe the current one) returns
                widget.deleteLater()
        self.question_fields: dict[str, AttributeField] = {}
        values = self.values()
        if not self.evaluation.questions:
            self.questions_layout.addWidget(
                QLabel(self.tr("Rien à demander : chaque dispositif a un verdict."))
            )
        for question in self.evaluation.questions:
            attribute = self.book.attributes.get(question.attribute)
            if attribute is None:
                continue
            label = QLabel(f"{question.question} <i>({', '.join(question.schemes)})</i>")
            label.setWordWrap(True)
            field = AttributeField(attribute)
            field.set_value(values.get(attribute.name))
            field.sig_changed.connect(self.set_attribute)
            field.sig_invalid.connect(self.show_invalid)
            label.setBuddy(field.editor)
            self.question_fields[attribute.name] = field
            self.questions_layout.addWidget(label)
            self.questions_layout.addWidget(field)
        self.questions_layout.addStretch(1)

    def _fill_hints(self) -> None:
        assert self.evaluation is not None
        used = self.evaluation.hints_used
        self.hints_box.setVisible(bool(used))
        self.hints.setText("<br>".join(used.values()))
