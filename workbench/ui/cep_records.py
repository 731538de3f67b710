"""Tabs of the "Parcours CEP" section beside the action plan: formalised project, decisions of
funders and juries, referrals to complementary services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app.cep import Cep
from workbench.core import cep
from workbench.core.cep import Action, Decision, FeasibilityPoint, Referral
from workbench.core.dates import format_date, parse_date
from workbench.errors import UserError
from workbench.ui.cep_section import ActionDialog
from workbench.ui.errors import show_user_error
from workbench.ui.forms import (
    FormDialog,
    TextEdit,
    Unsaved,
    ask_text,
    choice_combo,
    date_field,
    required,
    validate_with_ctrl_enter,
)
from workbench.ui.item_list import ItemList


class FeasibilityPointDialog(FormDialog):
    """One point of the feasibility study: what was examined, what was found, its appraisal and the
    counsellor's reservation (the synthèse prints them as a table)."""

    def __init__(self, point: FeasibilityPoint | None, parent: QWidget | None = None) -> None:
        super().__init__("Point de faisabilité", parent)
        point = point or FeasibilityPoint("", "")
        self.aspect = QComboBox()
        self.aspect.setEditable(True)  # the usual points, or any other
        self.aspect.addItems(list(cep.FEASIBILITY_ASPECTS))
        self.aspect.setCurrentText(point.aspect)
        self.aspect.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.aspect.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("ex. Marché du travail"))
        self.assessment = TextEdit(point.assessment)
        self.assessment.setPlaceholderText(self.tr("Ce que vous avez constaté ensemble"))
        self.assessment.setMaximumHeight(80)
        self.status = QComboBox()
        self.status.addItem(self.tr("— à évaluer —"), None)
        for code, label in cep.FEASIBILITY_STATUSES.items():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(max(0, self.status.findData(point.status)))
        self.reservation = QLineEdit(point.reservation)
        self.reservation.setPlaceholderText(self.tr("Votre réserve sur ce point, s'il y en a une"))
        self.form.addRow(self.tr("Point examiné"), self.aspect)
        self.form.addRow(self.tr("Constat"), self.assessment)
        self.form.addRow(self.tr("Appréciation"), self.status)
        self.form.addRow(self.tr("Réserve du conseiller"), self.reservation)
        self.setMinimumWidth(480)

    def produce(self) -> FeasibilityPoint:
        aspect = self.aspect.currentText().strip()
        if not aspect:
            raise ValueError("indiquez le point examiné (par exemple « Marché du travail »).")
        return FeasibilityPoint(
            aspect,
            self.assessment.toPlainText().strip(),
            self.status.currentData(),
            self.reservation.text().strip(),
        )


class ProjectTab(QWidget):
    """The formalised project (end of UO2.1): target jobs, strategy, feasibility.

    Signals:
        sig_dirty_changed(bool): fields were changed, or saved.
    """

    sig_dirty_changed = Signal(bool)

    def __init__(self, repo: Cep, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.case_id = repo, case_id
        self.target_jobs = QLineEdit()
        self.target_jobs.setPlaceholderText(self.tr("ex. Assistante commerciale (D1401)"))
        self.strategy = TextEdit()
        self.feasibility = QComboBox()
        self.feasibility.addItem(self.tr("— à évaluer —"), None)
        for code, label in cep.FEASIBILITY.items():
            self.feasibility.addItem(label, code)
        self.saved = QLabel()
        self.unsaved = Unsaved(self.saved, self.sig_dirty_changed.emit)
        self.feasibility_note = QLineEdit()
        self.feasibility_note.setPlaceholderText(self.tr("Vos réserves d'ensemble, imprimées comme telles"))
        self.points = ItemList(
            ("Point examiné", "Constat", "Appréciation", "Réserve"),
            lambda p: (
                p.aspect,
                p.assessment,
                cep.FEASIBILITY_STATUSES.get(p.status or "", "à évaluer"),
                p.reservation,
            ),
            FeasibilityPointDialog,
            add_text="Ajouter un point…",
            stretch=(0, 1, 3),
        )
        self.summary = TextEdit()
        self.motivations = TextEdit()
        for edit in (self.summary, self.motivations, self.strategy):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(52)
        self.employer_stance = QLineEdit()
        self.family = QLineEdit()
        self.mobility = QLineEdit()
        self.health = QLineEdit()
        self.health_consent = QCheckBox(self.tr("Accord exprès de la personne pour la santé"))
        self.health.setEnabled(False)
        self.health_consent.toggled.connect(self.health.setEnabled)
        self.plan_b = QLineEdit()
        save = QPushButton(self.tr("Enregistrer le projet"))
        save.setToolTip(self.tr("Enregistrer le projet (Ctrl+Entrée)"))
        save.clicked.connect(self.save)
        validate_with_ctrl_enter(self, self.save)
        form = QFormLayout(self)
        form.addRow(self.tr("Métier(s) visé(s)"), self.target_jobs)
        form.addRow(self.tr("Le projet (ses mots)"), self.summary)
        form.addRow(self.tr("Motivations"), self.motivations)
        form.addRow(self.tr("Stratégie"), self.strategy)
        form.addRow(self.tr("Position de l'employeur"), self.employer_stance)
        form.addRow(self.tr("Famille"), self.family)
        form.addRow(self.tr("Mobilité"), self.mobility)
        health_row = QHBoxLayout()
        health_row.addWidget(self.health_consent)
        health_row.addWidget(self.health, 1)
        form.addRow(self.tr("Santé"), health_row)
        form.addRow(self.tr("Faisabilité"), self.feasibility)
        form.addRow(self.tr("Points de faisabilité"), self.points)
        form.addRow(self.tr("Réserves d'ensemble"), self.feasibility_note)
        form.addRow(self.tr("Plan B"), self.plan_b)
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(save)
        form.addRow(row)
        for line in (
            self.target_jobs,
            self.feasibility_note,
            self.employer_stance,
            self.family,
            self.mobility,
            self.health,
            self.plan_b,
        ):
            line.textEdited.connect(self._touched)
        for text in (self.summary, self.motivations, self.strategy):
            text.textChanged.connect(self._touched)
        self.feasibility.currentIndexChanged.connect(self._touched)
        self.health_consent.toggled.connect(self._touched)
        self.points.sig_changed.connect(self._touched)
        self.load()

    @property
    def dirty(self) -> bool:
        return self.unsaved.dirty

    def forget(self) -> None:
        self.unsaved.clear()

    def _touched(self, *_args: object) -> None:
        self.unsaved.touched()

    def load(self) -> None:
        with self.unsaved.loading():
            self._fill(self.repo.project(self.case_id))
        self.unsaved.clear("")

    def _fill(self, project: cep.Project) -> None:
        self.target_jobs.setText(project.target_jobs)
        self.strategy.setPlainText(project.strategy)
        self.feasibility.setCurrentIndex(max(0, self.feasibility.findData(project.feasibility)))
        self.feasibility_note.setText(project.feasibility_note)
        self.points.set_items(project.points)
        self.summary.setPlainText(project.summary)
        self.motivations.setPlainText(project.motivations)
        self.employer_stance.setText(project.employer_stance)
        self.family.setText(project.family)
        self.mobility.setText(project.mobility)
        self.health_consent.setChecked(project.health_consent)
        self.health.setText(project.health)
        self.health.setEnabled(project.health_consent)
        self.plan_b.setText(project.plan_b)

    def save(self) -> bool:
        """Save the project; False after explaining what was refused."""
        try:
            self.repo.save_project(
                self.case_id,
                replace(  # the fields this tab does not show are kept as they are
                    self.repo.project(self.case_id),
                    target_jobs=self.target_jobs.text(),
                    strategy=self.strategy.toPlainText(),
                    feasibility=self.feasibility.currentData(),
                    feasibility_note=self.feasibility_note.text(),
                    points=self.points.items(),
                    summary=self.summary.toPlainText(),
                    motivations=self.motivations.toPlainText(),
                    employer_stance=self.employer_stance.text(),
                    family=self.family.text(),
                    mobility=self.mobility.text(),
                    health=self.health.text(),
                    health_consent=self.health_consent.isChecked(),
                    plan_b=self.plan_b.text(),
                ),
            )
        except UserError as exc:
            show_user_error(self, exc)
            return False
        self.unsaved.clear(self.tr("Projet enregistré."))
        return True


class DecisionDialog(FormDialog):
    def __init__(self, decision: Decision | None, parent: QWidget | None = None) -> None:
        super().__init__("Décision d'un tiers", parent)
        decision = decision or Decision("financement", "", "")
        self.original = decision
        self.kind = choice_combo(cep.DECISION_KINDS, decision.kind)
        self.subject = QLineEdit(decision.subject)
        self.body = QLineEdit(decision.body)
        self.body.setPlaceholderText(self.tr("ex. Transitions Pro Auvergne-Rhône-Alpes"))
        self.status = choice_combo(cep.DECISION_STATUSES, decision.status)
        self.lodged_on = date_field(decision.lodged_on)
        self.decided_on = date_field(decision.decided_on)
        self.reason = QLineEdit(decision.reason)
        for label, widget in (
            ("Type", self.kind),
            ("Objet", self.subject),
            ("Décideur", self.body),
            ("Statut", self.status),
            ("Déposé le", self.lodged_on),
            ("Décidé le", self.decided_on),
            ("Motif", self.reason),
        ):
            self.form.addRow(self.tr(label), widget)

    def produce(self) -> Decision:
        decision = Decision(
            self.kind.currentData(),
            self.subject.text().strip(),
            self.body.text().strip(),
            self.status.currentData(),
            parse_date(self.lodged_on.text()),
            parse_date(self.decided_on.text()),
            self.reason.text().strip(),
            self.original.id,
        )
        from datetime import date

        cep.check_decision(decision, date.today())
        return decision


class ReferralDialog(FormDialog):
    def __init__(self, referral: Referral | None, parent: QWidget | None = None) -> None:
        super().__init__("Orientation vers une prestation", parent)
        referral = referral or Referral("bilan", "")
        self.original = referral
        self.kind = choice_combo(cep.REFERRAL_KINDS, referral.kind)
        self.provider = QLineEdit(referral.provider)
        self.start = date_field(referral.start)
        self.end = date_field(referral.end)
        self.status = choice_combo(cep.REFERRAL_STATUSES, referral.status)
        self.outcome = QLineEdit(referral.outcome)
        for label, widget in (
            ("Prestation", self.kind),
            ("Prestataire", self.provider),
            ("Début", self.start),
            ("Fin", self.end),
            ("Statut", self.status),
            ("Résultat", self.outcome),
        ):
            self.form.addRow(self.tr(label), widget)

    def produce(self) -> Referral:
        referral = Referral(
            self.kind.currentData(),
            self.provider.text().strip(),
            parse_date(self.start.text()),
            parse_date(self.end.text()),
            self.status.currentData(),
            self.outcome.text().strip(),
            self.original.id,
        )
        cep.check_referral(referral)
        return referral


class RecordTable(QWidget):
    """A table of records with "Ajouter" and double-click to edit; subclasses say what a row shows."""

    headers: Sequence[str] = ()

    def __init__(self, repo: Cep, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.case_id = repo, case_id
        self.records: list[Any] = []
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.headers])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.edit(self.records[row]))
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.add_button = QPushButton(self.tr("Ajouter"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def fill(self, records: list[Any], cells: Callable[[Any], Sequence[str]]) -> None:
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, text in enumerate(cells(record)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def edit(self, record: Any) -> None:
        raise NotImplementedError


class DecisionsTab(RecordTable):
    """Decision tracker: draft, lodged, accepted, refused, appeal; a refusal prompts re-planning."""

    headers = ("Décideur", "Objet", "Statut", "Déposé le", "Décidé le", "Motif")

    def __init__(self, repo: Cep, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(repo, case_id, parent)
        self.clone_button = QPushButton(self.tr("Déposer ailleurs…"))
        self.clone_button.setToolTip(
            self.tr("Copier le dossier sélectionné pour le déposer auprès d'un autre décideur")
        )
        self.clone_button.clicked.connect(self.clone_selected)
        self.buttons.insertWidget(1, self.clone_button)
        self.load()

    def load(self) -> None:
        self.fill(
            self.repo.decisions(self.case_id),
            lambda d: (
                d.body,
                d.subject,
                cep.DECISION_STATUSES[d.status],
                format_date(d.lodged_on),
                format_date(d.decided_on),
                d.reason,
            ),
        )

    def edit(self, record: Decision | None) -> None:
        dialog = DecisionDialog(record, self)
        # Stored from the dialog: a refused value is explained there and nothing typed is lost.
        dialog.commit = lambda value: self.repo.save_decision(self.case_id, value)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        decision: Decision = dialog.result_value
        self.load()
        if decision.refused and (record is None or not record.refused):
            self._replan(decision)

    def clone_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        body = ask_text(
            self, self.tr("Déposer ailleurs"), self.tr("Nouveau décideur :"), check=required("le décideur")
        )
        if body:
            self.repo.save_decision(self.case_id, self.records[row].cloned(body))
            self.load()

    def _replan(self, decision: Decision) -> None:
        """A refusal is not an end: offer to add the fallback action right away."""
        answer = QMessageBox.question(
            self,
            self.tr("Décision défavorable"),
            self.tr(
                "« {0} » a été refusé par {1}. Ajouter une action de repli au plan d'action "
                "(recours, autre financeur, autre parcours) ?"
            ).format(decision.subject, decision.body),
        )
        if answer == QMessageBox.StandardButton.Yes:
            dialog = ActionDialog(Action(f"Repli après le refus : {decision.subject}", "conseiller"), self)
            dialog.commit = lambda value: self.repo.save_action(self.case_id, value)
            dialog.exec()


class ReferralsTab(RecordTable):
    """Referral register: bilan de compétences, VAE, PMSMP, training, business-creation support."""

    headers = ("Prestation", "Prestataire", "Début", "Fin", "Statut", "Résultat")

    def __init__(self, repo: Cep, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(repo, case_id, parent)
        self.load()

    def load(self) -> None:
        self.fill(
            self.repo.referrals(self.case_id),
            lambda r: (
                cep.REFERRAL_KINDS[r.kind],
                r.provider,
                format_date(r.start),
                format_date(r.end),
                cep.REFERRAL_STATUSES[r.status],
                r.outcome,
            ),
        )

    def edit(self, record: Referral | None) -> None:
        dialog = ReferralDialog(record, self)
        dialog.commit = lambda value: self.repo.save_referral(self.case_id, value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load()
