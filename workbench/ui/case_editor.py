"""The "Identité et situation" section: the case file's own fields, validated as the user types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app.cases import CaseConflict, Cases, Erased, ErasedNotCompacted
from workbench.core import cases as vocab
from workbench.core.cases import FIELD_LABELS, CaseRecord, validate
from workbench.core.dates import format_date, parse_date
from workbench.core.merge import apply as apply_merge
from workbench.core.merge import merge_cases
from workbench.errors import UserError
from workbench.ui import style
from workbench.ui.conflict_dialog import ConflictDialog
from workbench.ui.errors import show_user_error
from workbench.ui.forms import TextEdit, ask_text, validate_with_ctrl_enter
from workbench.ui.rome_search import search_rome_codes
from workbench.ui.sections import CaseSection

TRISTATE = ((None, "Non renseigné"), (True, "Oui"), (False, "Non"))


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text, date, choice, tristate, int, number, check, multiline, counsellor
    choices: dict[str, str] | None = None
    placeholder: str = ""


GROUPS: tuple[tuple[str, tuple[Field, ...]], ...] = (
    (
        "Identité",
        (
            Field("last_name", "text"),
            Field("first_name", "text"),
            Field("birth_date", "date", placeholder="JJ/MM/AAAA"),
            Field("sex", "choice", vocab.SEXES),
        ),
    ),
    (
        "Contact",
        (
            Field("phone", "text", placeholder="06 12 34 56 78"),
            Field("email", "text", placeholder="nom@domaine.fr"),
            Field("address", "text"),
            Field("postal_code", "text"),
            Field("city", "text"),
        ),
    ),
    (
        "Situation professionnelle",
        (
            Field("employment_status", "choice", vocab.EMPLOYMENT_STATUSES),
            Field("contract_type", "choice", vocab.CONTRACT_TYPES),
            Field("job_seeker_registered", "tristate"),
            Field("indemnified_are", "tristate"),
            Field("current_job_title", "text"),
            Field("current_rome_code", "text", placeholder="ex. M1805"),
            Field("months_salaried_total", "number"),
            Field("months_in_current_company", "number"),
            Field("highest_qualification_level", "choice", vocab.QUALIFICATION_LEVELS),
            Field("csp", "choice", vocab.CSP),
            Field("has_rqth", "tristate"),
        ),
    ),
    (
        "Employeur",
        (
            Field("company_name", "text"),
            Field("company_siret", "text"),
            Field("company_headcount", "int"),
            Field("company_naf", "text", placeholder="ex. 47.11B"),
            Field("opco", "choice", vocab.OPCOS),
        ),
    ),
    (
        "Suivi et consentement",
        (
            Field("counsellor", "counsellor"),
            Field("status", "choice", vocab.CASE_STATUSES),
            Field("consent_given", "check"),
            Field("consent_date", "date", placeholder="JJ/MM/AAAA"),
            Field("consent_scope", "text", placeholder="ex. suivi CEP et statistiques anonymes"),
        ),
    ),
)

NOTES = Field("notes", "multiline")


def _parse_number(text: str, integer: bool) -> float | int | None:
    cleaned = text.strip().replace("\u202f", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return int(cleaned) if integer else float(cleaned)
    except ValueError:
        raise ValueError(
            "nombre entier attendu." if integer else f"« {text.strip()} » n'est pas un nombre."
        ) from None


def _format_number(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


class IdentitySection(CaseSection):
    """Edit the case's own fields; Ctrl+S saves, errors are explained next to each field."""

    title = "Identité et situation"
    watches = frozenset({changes.CASE})
    keeps_both_versions = True  # a save meeting a newer version opens the conflict dialog

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self._repo = Cases(ctx)
        self._record: CaseRecord = self._repo.get(case_id)
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._dirty = False
        self._loading = False
        self._build()
        self._load(self._record)

    # ---- Layout

    def _build(self) -> None:
        self.banner = style.error_banner(QLabel())
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.archived_label = QLabel()
        self.archived_label.setObjectName("archivedBanner")
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer les modifications (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self._toggle_archive)
        self.erase_button = QPushButton(self.tr("Effacer définitivement…"))
        self.erase_button.setToolTip(
            self.tr("Droit à l'effacement : supprime la personne et tout ce qui la concerne")
        )
        self.erase_button.clicked.connect(self.erase)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        validate_with_ctrl_enter(self, self.save)

        grid = QGridLayout()
        for index, (title, fields) in enumerate(GROUPS):
            box = QGroupBox(self.tr(title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in fields:
                widget = self._make(spec)
                error = QLabel()
                error.setObjectName("fieldError")
                error.setWordWrap(True)
                error.hide()
                column = QVBoxLayout()
                column.setSpacing(1)
                column.addWidget(widget)
                column.addWidget(error)
                label = QLabel(self.tr(FIELD_LABELS[spec.name]))
                label.setBuddy(widget)
                form.addRow(label, column)
                self._widgets[spec.name] = widget
                self._errors[spec.name] = error
            grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes = self._make(NOTES)
        notes.setMinimumHeight(90)
        notes_layout.addWidget(notes)
        self._widgets["notes"] = notes
        grid.addWidget(notes_box, 2, 1)
        rome_code = self._widgets.get("current_rome_code")
        if isinstance(rome_code, QLineEdit):
            search_rome_codes(rome_code, lambda: self.ctx.rome)

        content = QWidget()
        content.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        actions = QHBoxLayout()
        actions.addWidget(self.archived_label, 1)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)  # the actions first: always on screen, whatever its height
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)

    def _make(self, spec: Field) -> QWidget:
        widget: QWidget
        if spec.kind in {"text", "date", "int", "number"}:
            edit = QLineEdit()
            edit.setPlaceholderText(spec.placeholder)
            edit.textEdited.connect(self._changed)
            widget = edit
        elif spec.kind in {"choice", "tristate"}:
            combo = QComboBox()
            if spec.kind == "tristate":
                for value, text in TRISTATE:
                    combo.addItem(self.tr(text), value)
            else:
                combo.addItem(self.tr("—"), None)
                for code, text in (spec.choices or {}).items():
                    combo.addItem(text, code)
            combo.currentIndexChanged.connect(self._changed)
            widget = combo
        elif spec.kind == "counsellor":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(self._repo.counsellors())
            combo.editTextChanged.connect(self._changed)
            user = self.ctx.db.user
            if user is not None and not user.is_manager:  # reassigning is the manager's (the server's rule)
                combo.setEnabled(False)
                combo.setToolTip(self.tr("Seul le responsable de la structure attribue un dossier."))
            widget = combo
        elif spec.kind == "check":
            check = QCheckBox(self.tr("Donné"))
            check.toggled.connect(self._changed)
            widget = check
        else:
            notes = TextEdit()
            notes.textChanged.connect(self._changed)
            widget = notes
        widget.setObjectName(spec.name)
        return widget

    # ---- Public API

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        if not self._dirty:
            return True
        record = self._collect()
        if record is None:
            return False
        try:
            saved = self._repo.update(record)
        except CaseConflict:
            merged = self._merge_with_theirs(record)
            if merged is None:
                return False
            saved = merged
        except UserError as exc:
            show_user_error(self, exc, self.tr("Enregistrement impossible"))
            return False
        self._load(saved)
        self.sig_case_changed.emit()
        return True

    def _merge_with_theirs(self, mine: CaseRecord) -> CaseRecord | None:
        """Saved elsewhere meanwhile: merge field by field, asking only where both changed."""
        theirs = self._repo.get(self.case_id)
        merge = merge_cases(self._record, mine, theirs)
        choices: dict[str, str] = {}
        if merge.conflicts:
            trail = self._repo.trail(self.case_id)
            by = next((f"par {line.actor}" for line in reversed(trail) if line.action == "modification"), "")
            dialog = ConflictDialog(merge, by, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choices = dialog.choices()
        try:
            return self._repo.update(apply_merge(theirs, merge.resolved(choices)))
        except UserError as exc:  # changed yet again, or invalid: nothing typed is lost, the form stays
            show_user_error(self, exc, self.tr("Enregistrement impossible"))
            return None

    def discard(self) -> None:
        self._load(self._record)

    def refresh(self) -> None:
        if not self._dirty:
            self._load(self._repo.get(self.case_id))

    @property
    def record(self) -> CaseRecord:
        return self._record

    # ---- Reading and writing the widgets

    def _load(self, record: CaseRecord) -> None:
        self._loading = True
        self._record = record
        for name, widget in self._widgets.items():
            value = getattr(record, name)
            if isinstance(widget, QLineEdit):
                if isinstance(value, date) or name.endswith("_date"):
                    widget.setText(format_date(value))
                elif isinstance(value, int | float) or name.startswith(("months", "company_headcount")):
                    widget.setText(_format_number(value))
                else:
                    widget.setText(value or "")
            elif isinstance(widget, QComboBox) and widget.isEditable():
                widget.setEditText(value or "")
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
        self._loading = False
        self._show_problems({})
        self._set_dirty(False)
        archived = record.archived
        self.archive_button.setText(
            self.tr("Restaurer le dossier") if archived else self.tr("Archiver le dossier")
        )
        self.archived_label.setText(
            self.tr("Dossier archivé : il n'apparaît plus dans la liste des dossiers en cours.")
            if archived
            else ""
        )

    def _collect(self) -> CaseRecord | None:
        """The record as edited, or None after showing what is wrong."""
        problems: dict[str, str] = {}
        values: dict[str, Any] = {}
        kinds = {spec.name: spec.kind for _, fields in GROUPS for spec in fields} | {"notes": "multiline"}
        for name, widget in self._widgets.items():
            kind = kinds[name]
            try:
                if isinstance(widget, QLineEdit):
                    text = widget.text()
                    if kind == "date":
                        values[name] = parse_date(text)
                    elif kind in {"int", "number"}:
                        values[name] = _parse_number(text, integer=kind == "int")
                    else:
                        values[name] = text.strip()
                elif isinstance(widget, QComboBox) and widget.isEditable():
                    values[name] = widget.currentText().strip()
                elif isinstance(widget, QComboBox):
                    values[name] = widget.currentData()
                elif isinstance(widget, QCheckBox):
                    values[name] = widget.isChecked()
                elif isinstance(widget, QPlainTextEdit):
                    values[name] = widget.toPlainText()
            except ValueError as exc:
                problems[name] = str(exc)
        record = self._record.with_changes(**{k: v for k, v in values.items() if k not in problems})
        problems = {**validate(record, date.today()), **problems}
        self._show_problems(problems)
        return None if problems else record

    def _show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self._errors.items():
            text = problems.get(name)
            label.setText(text[:1].upper() + text[1:] if text else "")
            label.setVisible(bool(text))
            style.show_invalid(self._widgets[name], bool(text))
        if problems:
            names = ", ".join(FIELD_LABELS.get(n, n) for n in problems)
            self.banner.setText(
                self.tr("Le dossier n'est pas enregistré : {0} à corriger ({1}).").format(
                    self.tr("un champ")
                    if len(problems) == 1
                    else self.tr("{0} champs").format(len(problems)),
                    names,
                )
            )
        self.banner.setVisible(bool(problems))
        if problems:
            self._widgets[next(iter(problems))].setFocus()

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty)

    def erase(self) -> None:
        """Right to erasure, after the counsellor types the person's name to confirm."""
        last_name = self._record.last_name.strip()

        def same_name(typed: str) -> str:
            if typed.casefold() != last_name.casefold():
                raise ValueError(
                    self.tr("le nom tapé n'est pas « {0} » : rien n'est effacé.").format(last_name)
                )
            return typed

        name = ask_text(
            self,
            self.tr("Effacer définitivement"),
            self.tr(
                "Tout ce qui concerne {0} sera effacé, sans retour possible (les sauvegardes qui la "
                "contiennent encore vous seront ensuite indiquées).\nTapez le nom de famille pour confirmer :"
            ).format(self._record.display_name),
            check=same_name,
        )
        if name is None:
            return
        erased = [Erased(self.case_id, self._record.last_name)]
        try:
            self._repo.erase(self.case_id)
        except ErasedNotCompacted as exc:  # erased all the same: said, then carried on
            show_user_error(self, exc, self.tr("Dossier effacé"))
        except UserError as exc:
            show_user_error(self, exc)
            return
        from workbench.ui.backups_dialog import offer_backup_purge
        from workbench.ui.main_window import parent_window

        window = parent_window(self)
        offer_backup_purge(self.ctx, window or self, erased)
        if window is not None:
            window.forget_case(self.case_id)

    def _toggle_archive(self) -> None:
        if self._dirty and not self.save():
            return
        try:
            record = self._repo.set_archived(self.case_id, not self._record.archived)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._load(record)
        self.sig_case_changed.emit()
