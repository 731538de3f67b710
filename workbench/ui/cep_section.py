"""The "Parcours CEP" section of a case file: levels, guidance, meetings with autosaved notes,
action plan, closure and follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app.cep import Cep
from workbench.core import cep
from workbench.core.cep import Action, CepPath, Closure, FollowUp, InformationGiven, Meeting
from workbench.core.dates import format_date, parse_date
from workbench.core.text import sentence
from workbench.errors import UserError, ValidationError
from workbench.ui.errors import show_user_error
from workbench.ui.forms import (
    FormDialog,
    TextEdit,
    Unsaved,
    choice_combo,
    date_field,
    required_date,
    validate_with_ctrl_enter,
)
from workbench.ui.item_list import ItemList
from workbench.ui.sections import CaseSection
from workbench.ui.tasks import read_then

AUTOSAVE_MS = 800
ACTION_COLUMN_CHARS = 45  # the action plan's title column at most, then it wraps
TOOL_LABELS = {
    "identity": "l'onglet Identité et situation",
    "documents": "l'onglet Documents",
    "rome": "les fiches métiers (ROME)",
    "matching": "les fiches métiers (ROME)",
    "experiences": "les fiches métiers (ROME)",
}


class LevelDialog(FormDialog):
    def __init__(self, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent.tr("Entrer en {0}").format(level) if parent else level, parent)
        self.level = level
        self.day = date_field(date.today())
        self.reason = TextEdit()
        self.reason.setMaximumHeight(80)
        self.form.addRow(self.tr("Date d'entrée"), self.day)
        self.form.addRow(self.tr("Raison du passage"), self.reason)

    def produce(self) -> tuple[date, str]:
        return required_date(self.day, "la date d'entrée"), self.reason.toPlainText()


class ClosureDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Clore l'accompagnement", parent)
        self.day = date_field(date.today())
        self.kinds = {code: QCheckBox(label) for code, label in cep.SUPPORT_KINDS.items()}
        kinds_box = QWidget()
        kinds_layout = QVBoxLayout(kinds_box)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.kinds.values():
            kinds_layout.addWidget(box)
        self.path_type = choice_combo(cep.PATH_TYPES)
        self.outcome = choice_combo(cep.OUTCOMES)
        self.note = QLineEdit()
        self.months = QLineEdit(", ".join(str(m) for m in cep.FOLLOW_UP_MONTHS))
        self.form.addRow(self.tr("Date de fin"), self.day)
        self.form.addRow(self.tr("Nature de l'appui"), kinds_box)
        self.form.addRow(self.tr("Type de parcours"), self.path_type)
        self.form.addRow(self.tr("Issue"), self.outcome)
        self.form.addRow(self.tr("Commentaire"), self.note)
        self.form.addRow(self.tr("Suivis (mois après la sortie)"), self.months)

    def produce(self) -> tuple[Closure, list[int]]:
        try:
            months = [int(m) for m in self.months.text().replace(",", " ").split()]
        except ValueError:
            raise ValueError("les suivis s'écrivent en mois, par exemple « 1, 6, 18 ».") from None
        closure = Closure(
            required_date(self.day, "la date de fin"),
            tuple(code for code, box in self.kinds.items() if box.isChecked()),
            self.path_type.currentData(),
            self.outcome.currentData(),
            self.note.text().strip(),
        )
        return closure, months


def meeting_label(meeting: Meeting) -> str:
    return f"{format_date(meeting.day)} ({meeting.level}, {cep.MEETING_MODES[meeting.mode].lower()})"


class ActionDialog(FormDialog):
    """An action of the plan; with ``meetings``, the one where it was decided can be chosen (its
    report prints the action among its next steps)."""

    def __init__(
        self, action: Action | None, parent: QWidget | None = None, meetings: Sequence[Meeting] = ()
    ) -> None:
        super().__init__("Action du plan", parent)
        action = action or Action("")
        self.original = action
        self.title_edit = QLineEdit(action.title)
        self.owner = choice_combo(cep.ACTION_OWNERS, action.owner)
        self.due = date_field(action.due)
        self.status = choice_combo(cep.ACTION_STATUSES, action.status)
        self.depends = QCheckBox(self.tr("Dépend d'une décision (financeur, jury, employeur)"))
        self.depends.setChecked(action.depends_on_decision)
        self.plan_b = QLineEdit(action.plan_b)
        self.meeting = choice_combo({})
        self.meeting.addItem(self.tr("— aucun entretien en particulier —"), None)
        for meeting in meetings:
            if meeting.id is not None:
                self.meeting.addItem(meeting_label(meeting), meeting.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(action.meeting_id)))
        self.form.addRow(self.tr("Action"), self.title_edit)
        self.form.addRow(self.tr("Qui"), self.owner)
        self.form.addRow(self.tr("Échéance"), self.due)
        self.form.addRow(self.tr("Statut"), self.status)
        self.form.addRow("", self.depends)
        self.form.addRow(self.tr("Plan B"), self.plan_b)
        if meetings:
            self.form.addRow(self.tr("Décidée lors de l'entretien du"), self.meeting)
        else:
            self.meeting.hide()

    def produce(self) -> Action:
        action = Action(
            self.title_edit.text(),
            self.owner.currentData(),
            parse_date(self.due.text()),
            self.status.currentData(),
            self.depends.isChecked(),
            self.plan_b.text(),
            self.original.id,
            # Without a chooser (a fallback after a refusal), the action keeps the meeting it had.
            self.meeting.currentData() if self.meeting.count() > 1 else self.original.meeting_id,
        )
        cep.check_action(action)
        return action


class InformationDialog(FormDialog):
    """One piece of information given in a meeting, and where the person finds it again."""

    def __init__(self, item: InformationGiven | None, parent: QWidget | None = None) -> None:
        super().__init__("Information donnée", parent)
        item = item or InformationGiven("")
        self.subject = QLineEdit(item.subject)
        self.subject.setPlaceholderText(self.tr("ex. Projet de transition professionnelle"))
        self.detail = TextEdit(item.detail)
        self.detail.setPlaceholderText(self.tr("Ce qu'il faut retenir"))
        self.detail.setMaximumHeight(80)
        self.where = QLineEdit(item.where)
        self.where.setPlaceholderText(self.tr("ex. transitionspro.fr, la permanence de la mairie"))
        self.form.addRow(self.tr("Sujet"), self.subject)
        self.form.addRow(self.tr("Ce qu'il faut retenir"), self.detail)
        self.form.addRow(self.tr("Pour en savoir plus"), self.where)
        self.setMinimumWidth(480)

    def produce(self) -> InformationGiven:
        if not self.subject.text().strip():
            raise ValueError("indiquez le sujet de l'information donnée.")
        return InformationGiven(
            self.subject.text().strip(), self.detail.toPlainText().strip(), self.where.text().strip()
        )


def information_list(rows_shown: int | None = 3) -> ItemList:
    """The information given in a meeting, kept with the meeting when it is saved."""
    return ItemList(
        ("Sujet", "À retenir", "Où le retrouver"),
        lambda i: (i.subject, i.detail, i.where),
        InformationDialog,
        add_text="Ajouter une information…",
        rows_shown=rows_shown,
    )


class FollowUpDialog(FormDialog):
    def __init__(self, follow_up: FollowUp, parent: QWidget | None = None) -> None:
        super().__init__(f"Suivi à {follow_up.months_after_exit} mois", parent)
        self.original = follow_up
        self.done_on = date_field(follow_up.done_on or date.today())
        self.situation = choice_combo(cep.FOLLOW_UP_SITUATIONS, follow_up.situation)
        self.effects = {code: QCheckBox(label) for code, label in cep.EFFECTS.items()}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (code, box) in enumerate(self.effects.items()):
            box.setChecked(code in follow_up.effects)
            grid.addWidget(box, index // 2, index % 2)
        self.notes = TextEdit(follow_up.notes)
        self.notes.setMaximumHeight(80)
        self.form.addRow(self.tr("Date du contact"), self.done_on)
        self.form.addRow(self.tr("Situation"), self.situation)
        self.form.addRow(self.tr("Effets rapportés"), grid_box)
        self.form.addRow(self.tr("Notes"), self.notes)

    def produce(self) -> FollowUp:
        follow_up = FollowUp(
            self.original.due,
            self.original.months_after_exit,
            required_date(self.done_on, "la date du contact"),
            self.situation.currentData(),
            tuple(c for c, box in self.effects.items() if box.isChecked()),
            self.notes.toPlainText(),
            self.original.id,
        )
        cep.check_follow_up(follow_up, date.today())
        return follow_up


class MeetingEditor(QGroupBox):
    """One meeting; the notes are saved as they are typed (a crash never loses typing).

    What is printed (everything but the notes) is saved by « Enregistrer l'entretien »; until then
    the editor is :attr:`dirty`, and the section saves it before another meeting is shown.

    Signals:
        sig_actions_changed(): a next step was added or edited from the meeting (the plan reloads).
        sig_dirty_changed(bool): printed fields were changed, or saved.
    """

    sig_actions_changed = Signal()
    sig_dirty_changed = Signal(bool)

    def __init__(self, repo: Cep, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Entretien"))
        self._repo, self._case_id = repo, case_id
        self.meeting: Meeting | None = None
        self._stored_notes: str | None = None
        self._meetings: list[Meeting] = []
        self._actions: list[Action] = []
        self.day = QLineEdit()
        self.day.setPlaceholderText("JJ/MM/AAAA")
        self.level = choice_combo({level: level for level in cep.LEVELS})
        self.mode = choice_combo(cep.MEETING_MODES)
        self.duration = QSpinBox()
        self.duration.setRange(1, 480)
        self.duration.setSuffix(" min")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ex. permanence de la mairie"))
        self.topics = {code: QCheckBox(label) for code, label in cep.TOPICS.items()}
        topics_box = QWidget()
        grid = QGridLayout(topics_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.topics.values()):
            grid.addWidget(box, index // 2, index % 2)
        self.request = TextEdit()
        self.request.setPlaceholderText(self.tr("La demande ou l'objectif de la personne, dans ses mots"))
        self.summary = TextEdit()
        self.summary.setPlaceholderText(self.tr("Ce dont vous avez parlé (imprimé dans le compte rendu)"))
        self.decisions = TextEdit()
        self.decisions.setPlaceholderText(self.tr("Décisions prises ensemble, une par ligne"))
        for edit in (self.request, self.summary, self.decisions):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(56)
        self.next_day = QLineEdit()
        self.next_day.setPlaceholderText("JJ/MM/AAAA")
        self.next_time = QLineEdit()
        self.next_time.setPlaceholderText("HH:MM")
        self.next_time.setMaximumWidth(70)
        self.next_place = QLineEdit()
        self.next_place.setPlaceholderText(self.tr("lieu, ou « par téléphone »"))
        self.notes = TextEdit()
        self.notes.setPlaceholderText(
            self.tr("Notes privées (jamais imprimées ; enregistrées au fil de la frappe)")
        )
        self.information = information_list(rows_shown=None)  # a tab of its own
        # Next steps are actions of the plan: each is stored as soon as its dialog is accepted.
        self.steps = ItemList(
            ("Étape", "Qui", "Pour le", "État"),
            lambda a: (
                a.title,
                cep.ACTION_OWNERS[a.owner],
                format_date(a.due),
                cep.ACTION_STATUSES[a.status],
            ),
            self._step_dialog,
            add_text="Ajouter une étape…",
            store=lambda action: self._repo.save_action(self._case_id, action),
            removable=False,  # an action leaves the plan from the plan, with its audited confirmation
            rows_shown=None,
            stretch=(0,),
        )
        self.steps.sig_changed.connect(self.sig_actions_changed)
        self.saved = QLabel()
        self.unsaved = Unsaved(self.saved, self.sig_dirty_changed.emit)
        self.save_button = QPushButton(self.tr("Enregistrer l'entretien"))
        self.save_button.setToolTip(self.tr("Enregistrer l'entretien (Ctrl+Entrée)"))
        self.save_button.clicked.connect(self.save)
        validate_with_ctrl_enter(self, self.save)
        # Compact: when, how and where on two rows; the rest in tabs, so the editor fits 1366×768.
        head = QGridLayout()
        for column, (label, widget) in enumerate(
            (("Date", self.day), ("Niveau", self.level), ("Modalité", self.mode))
        ):
            head.addWidget(QLabel(self.tr(label)), 0, 2 * column)
            head.addWidget(widget, 0, 2 * column + 1)
        head.addWidget(QLabel(self.tr("Durée")), 1, 0)
        head.addWidget(self.duration, 1, 1)
        head.addWidget(QLabel(self.tr("Lieu")), 1, 2)
        head.addWidget(self.place, 1, 3, 1, 3)
        report = QWidget()
        form = QFormLayout(report)
        form.addRow(self.tr("Demande"), self.request)
        form.addRow(self.tr("Ce dont nous avons parlé"), self.summary)
        form.addRow(self.tr("Décisions"), self.decisions)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_day)
        next_row.addWidget(self.next_time)
        next_row.addWidget(self.next_place, 1)
        form.addRow(self.tr("Prochain rendez-vous"), next_row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes, self.tr("Notes privées"))
        self.tabs.addTab(report, self.tr("Compte rendu (imprimé)"))
        self.tabs.addTab(self.information, self.tr("Informations données"))
        self.tabs.addTab(self.steps, self.tr("Prochaines étapes"))
        self.tabs.addTab(topics_box, self.tr("Thèmes abordés"))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        # A Python slot: connecting to the overloaded QTimer.start crashes PySide6 6.12.
        self.notes.textChanged.connect(self._schedule_autosave)
        for line in (self.day, self.place, self.next_day, self.next_time, self.next_place):
            line.textEdited.connect(self._touched)
        for text in (self.request, self.summary, self.decisions):
            text.textChanged.connect(self._touched)
        self.level.currentIndexChanged.connect(self._touched)
        self.mode.currentIndexChanged.connect(self._touched)
        self.duration.valueChanged.connect(self._touched)
        for box in self.topics.values():
            box.toggled.connect(self._touched)
        self.information.sig_changed.connect(self._touched)
        self.setEnabled(False)

    @property
    def dirty(self) -> bool:
        return self.unsaved.dirty

    def load(self, meeting: Meeting) -> None:
        self.flush()
        with self.unsaved.loading():
            self._fill(meeting)
        self.unsaved.clear("")
        self.setEnabled(True)

    def _fill(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self._stored_notes = meeting.notes  # what the database holds, as far as this editor knows
        self.day.setText(format_date(meeting.day))
        self.level.setCurrentIndex(max(0, self.level.findData(meeting.level)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(meeting.mode)))
        self.duration.setValue(meeting.duration_min)
        self.place.setText(meeting.place)
        for code, box in self.topics.items():
            box.setChecked(code in meeting.topics)
        self.request.setPlainText(meeting.request)
        self.summary.setPlainText(meeting.summary)
        self.decisions.setPlainText("\n".join(meeting.decisions))
        self.next_day.setText(format_date(meeting.next_meeting_on))
        self.next_time.setText(meeting.next_meeting_time)
        self.next_place.setText(meeting.next_meeting_place)
        self.information.set_items(meeting.information)
        self._show_steps()
        self.notes.blockSignals(True)
        self.notes.setPlainText(meeting.notes)
        self.notes.blockSignals(False)

    def save(self) -> Meeting | None:
        """Save every field of the meeting; returns None after explaining what is wrong."""
        if self.meeting is None:
            return None
        self._timer.stop()
        try:
            day = required_date(self.day, "la date de l'entretien")
            meeting = replace(  # the fields this editor does not show are kept as they are
                self.meeting,
                day=day,
                level=self.level.currentData(),
                mode=self.mode.currentData(),
                duration_min=self.duration.value(),
                place=self.place.text().strip(),
                topics=tuple(c for c, box in self.topics.items() if box.isChecked()),
                notes=self.notes.toPlainText(),
                request=self.request.toPlainText(),
                summary=self.summary.toPlainText(),
                decisions=tuple(line for line in self.decisions.toPlainText().splitlines() if line.strip()),
                information=self.information.items(),
                next_meeting_on=parse_date(self.next_day.text()),
                next_meeting_time=self.next_time.text().strip(),
                next_meeting_place=self.next_place.text().strip(),
            )
            if meeting.id is not None:  # notes go through the merge, so a colleague's are kept
                self._autosave()
                meeting = replace(meeting, notes=self.notes.toPlainText())
            self.meeting = self._repo.save_meeting(self._case_id, meeting)
            self._stored_notes = self.meeting.notes
        except (ValueError, UserError) as exc:
            show_user_error(self, exc, self.tr("Entretien non enregistré"))
            return None
        self.unsaved.clear(self.tr("Entretien enregistré."))
        return self.meeting

    def show_plan(self, meetings: Sequence[Meeting], actions: Sequence[Action]) -> None:
        """The case's meetings and action plan as last read: the next steps of this meeting."""
        self._meetings, self._actions = list(meetings), list(actions)
        self._show_steps()

    def _show_steps(self) -> None:
        current = self.meeting.id if self.meeting is not None else None
        self.steps.set_items([a for a in self._actions if current is not None and a.meeting_id == current])

    def _step_dialog(self, action: Action | None, parent: QWidget) -> ActionDialog:
        if action is None:
            action = Action("", meeting_id=self.meeting.id if self.meeting is not None else None)
        dialog = ActionDialog(action, parent, self._meetings)
        dialog.setWindowTitle(self.tr("Prochaine étape"))
        return dialog

    def forget(self) -> None:
        """Drop the printed fields' changes (the case file closes without saving them)."""
        self.unsaved.clear()

    def _touched(self, *_args: object) -> None:
        if self.meeting is not None:
            self.unsaved.touched()

    def flush(self) -> None:
        """Write pending notes now (switching meetings, closing the case)."""
        if self._timer.isActive():
            self._timer.stop()
            self._autosave()

    def _schedule_autosave(self) -> None:
        self._timer.start()

    def _autosave(self) -> None:
        if self.meeting is None or self.meeting.id is None:
            return
        typed = self.notes.toPlainText()
        try:
            stored = self._repo.save_notes(self._case_id, self.meeting.id, typed, self._stored_notes)
        except UserError as exc:
            self.saved.setText(self.tr("Notes non enregistrées : {0}").format(exc))
            return
        self._stored_notes = stored
        if stored != typed:  # someone else wrote meanwhile: both texts are kept, shown here
            self.notes.blockSignals(True)
            self.notes.setPlainText(stored)
            self.notes.blockSignals(False)
            self.saved.setText(self.tr("Notes fusionnées avec celles saisies sur un autre poste."))
            return
        self.saved.setText(self.tr("Notes enregistrées à {0}").format(datetime.now().strftime("%H:%M:%S")))


class CepSection(CaseSection):
    """Signals: inherited (sig_case_changed when the level changes)."""

    title = "Parcours CEP"
    watches = frozenset(
        {
            changes.PATH,
            changes.MEETINGS,
            changes.ACTIONS,
            changes.FOLLOW_UPS,
            changes.PROJECT,
            changes.DECISIONS,
            changes.REFERRALS,
        }
    )

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.repo = Cep(ctx)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.next_button = QPushButton()
        self.close_button = QPushButton(self.tr("Clore l'accompagnement…"))
        self.reopen_button = QPushButton(self.tr("Rouvrir"))
        self.steps = QListWidget()
        self.steps_box = QGroupBox(self.tr("Étapes du niveau"))
        QVBoxLayout(self.steps_box).addWidget(self.steps)

        self.meetings = QListWidget()
        self.meetings.setWordWrap(True)  # a meeting's themes wrap rather than scroll sideways
        self.new_meeting = QPushButton(self.tr("Nouvel entretien"))
        self.editor = MeetingEditor(self.repo, case_id)
        self.editor.sig_actions_changed.connect(self._reload_lists)
        self.editor.sig_dirty_changed.connect(self._dirty_changed)
        self.actions_table = QTableWidget(0, 5)
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Qui"), self.tr("Échéance"), self.tr("Statut"), self.tr("Plan B")]
        )
        self.actions_table.horizontalHeader().setStretchLastSection(True)
        # A long action or plan B wraps onto more lines of its row instead of being cut.
        self.actions_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.actions_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.actions_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.add_action = QPushButton(self.tr("Ajouter une action"))
        self.delete_action = QPushButton(self.tr("Supprimer l'action…"))
        self.delete_action.setToolTip(
            self.tr("Une action saisie par erreur (la suppression est journalisée)")
        )
        self.delete_meeting = QPushButton(self.tr("Supprimer l'entretien…"))
        self.delete_meeting.setToolTip(
            self.tr("Un entretien saisi par erreur (la suppression est journalisée)")
        )
        self.follow_ups = QListWidget()

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        for button in (self.next_button, self.close_button, self.reopen_button):
            path_row.addWidget(button)
        # Splitters rather than fixed boxes: the whole path fits a 1366×768 laptop screen.
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.steps_box)
        meetings_box = QGroupBox(self.tr("Entretiens"))
        meetings_layout = QVBoxLayout(meetings_box)
        meeting_buttons = QHBoxLayout()  # above the list: on screen whatever its height
        meeting_buttons.addWidget(self.new_meeting)
        meeting_buttons.addWidget(self.delete_meeting)
        meetings_layout.addLayout(meeting_buttons)
        meetings_layout.addWidget(self.meetings)
        left.addWidget(meetings_box)
        follow_box = QGroupBox(self.tr("Suivis après la sortie"))
        QVBoxLayout(follow_box).addWidget(self.follow_ups)
        left.addWidget(follow_box)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 2)
        left.setStretchFactor(2, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        editor_page = QScrollArea()
        editor_page.setWidgetResizable(True)
        editor_page.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_page.setWidget(self.editor)
        right.addWidget(editor_page)
        from workbench.ui.cep_records import (  # they reuse this module's dialogs
            DecisionsTab,
            ProjectTab,
            ReferralsTab,
        )

        plan = QWidget()
        plan_layout = QVBoxLayout(plan)
        plan_buttons = QHBoxLayout()  # above the table: on screen whatever its height
        plan_buttons.addWidget(self.add_action)
        plan_buttons.addWidget(self.delete_action)
        plan_buttons.addStretch(1)
        plan_layout.addLayout(plan_buttons)
        plan_layout.addWidget(self.actions_table)
        self.project_tab = ProjectTab(self.repo, case_id)
        self.project_tab.sig_dirty_changed.connect(self._dirty_changed)
        self.decisions_tab = DecisionsTab(self.repo, case_id)
        self.referrals_tab = ReferralsTab(self.repo, case_id)
        self.records = QTabWidget()
        self.records.addTab(plan, self.tr("Plan d'action"))
        project_scroll = QScrollArea()  # the project's fields scroll rather than push the window past 768 px
        project_scroll.setWidgetResizable(True)
        project_scroll.setWidget(self.project_tab)
        self.records.addTab(project_scroll, self.tr("Projet formalisé"))
        self.records.addTab(self.decisions_tab, self.tr("Décisions"))
        self.records.addTab(self.referrals_tab, self.tr("Orientations"))
        self.records.currentChanged.connect(lambda _i: self._reload_lists())
        right.addWidget(self.records)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self._right = right
        self._meeting_sizes: list[int] | None = None
        self.records.currentChanged.connect(self._make_room)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(path_row)
        layout.addWidget(splitter, 1)

        self.next_button.clicked.connect(self._next_level)
        self.close_button.clicked.connect(self._close)
        self.reopen_button.clicked.connect(self._reopen)
        self.steps.itemChanged.connect(self._step_toggled)
        self.steps.itemActivated.connect(self._open_tool)
        self.meetings.currentRowChanged.connect(self._meeting_selected)
        self.new_meeting.clicked.connect(self.start_meeting)
        self.add_action.clicked.connect(lambda: self._edit_action(None))
        self.delete_action.clicked.connect(self.remove_action)
        self.delete_meeting.clicked.connect(self.remove_meeting)
        self.actions_table.cellDoubleClicked.connect(lambda row, _col: self._edit_action(self._actions[row]))
        self.follow_ups.itemActivated.connect(self._record_follow_up)
        self._actions: list[Action] = []
        self._meetings: list[Meeting] = []
        self._follow_ups: list[FollowUp] = []
        self.path = CepPath()  # until the first read arrives (off the GUI thread on a server)
        self.refresh()

    # ---- CaseSection API

    def refresh(self) -> None:
        repo, case_id = self.repo, self.case_id
        read_then(
            self,
            "refresh",
            lambda: (repo.path(case_id), *self._fetch_lists(repo, case_id)),
            self._show_all,
            off_thread=not self.ctx.db.is_sqlite,
        )

    def _show_all(self, found: tuple[Any, ...]) -> None:
        path, *lists = found
        self.path = path
        stays = " → ".join(
            f"<b>{s.level}</b> ({format_date(s.entered_on)}{' – ' + format_date(s.exited_on) if s.exited_on else ''})"
            for s in path.stays
        ) or self.tr("Parcours non commencé.")
        if path.closure is not None:
            stays += " — " + self.tr("clos le {0} : {1}").format(
                format_date(path.closure.day), cep.OUTCOMES[path.closure.outcome]
            )
        self.path_label.setText(stays)
        current = path.current_level
        following = (
            None
            if path.closed
            else ("UO1" if current is None else {"UO1": "UO2.1", "UO2.1": "UO2.2"}.get(current))
        )
        self.next_button.setText(
            self.tr("Entrer en {0}…").format(following) if following else self.tr("Dernier niveau")
        )
        self.next_button.setEnabled(following is not None)
        self.next_button.setProperty("level", following)
        self.close_button.setEnabled(current is not None)
        self.reopen_button.setVisible(path.closed)
        self._fill_steps(path.last_level or "UO1")
        self._fill_lists(*lists)

    def case_changed(self, what: set[str]) -> None:
        if what & (self.watches - {changes.PROJECT, changes.DECISIONS, changes.REFERRALS}):
            self.refresh()
        # The record tabs reload only when theirs changed: a project being typed is kept.
        for name, tab in (
            (changes.PROJECT, self.project_tab),
            (changes.DECISIONS, self.decisions_tab),
            (changes.REFERRALS, self.referrals_tab),
        ):
            if name in what:
                tab.load()

    def has_unsaved_changes(self) -> bool:
        return self.editor.dirty or self.project_tab.dirty

    def discard(self) -> None:
        self.editor.flush()  # typed notes are kept whatever happens
        self.editor.forget()
        self.project_tab.forget()

    def save(self) -> bool:
        self.editor.flush()
        saved = not self.editor.dirty or self.editor.save() is not None
        return (not self.project_tab.dirty or self.project_tab.save()) and saved

    def _dirty_changed(self, _dirty: bool) -> None:
        self.sig_dirty_changed.emit(self.has_unsaved_changes())

    # ---- Public API

    def start_meeting(self) -> None:
        """A new meeting at the current level, dated today, ready for notes."""
        level = self.path.current_level
        try:
            if level is None and not self.path.stays:
                self.path = self.repo.enter_level(self.case_id, "UO1", date.today())
                level = "UO1"
                self.sig_case_changed.emit()
            meeting = self.repo.save_meeting(
                self.case_id, Meeting(date.today(), level or self.path.last_level or "UO1")
            )
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.refresh()
        self.meetings.setCurrentRow(self._index_of(meeting))
        self.editor.notes.setFocus()

    def remove_meeting(self) -> None:
        """Delete the selected meeting (recorded by mistake), after confirmation; audited."""
        row = self.meetings.currentRow()
        if not 0 <= row < len(self._meetings):
            return
        meeting = self._meetings[row]
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer l'entretien"),
            self.tr("Supprimer l'entretien du {0} et ses notes ? La suppression est journalisée.").format(
                format_date(meeting.day)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or meeting.id is None:
            return
        self.editor.flush()
        try:
            self.repo.delete_meeting(self.case_id, meeting.id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if self.editor.meeting is not None and self.editor.meeting.id == meeting.id:
            self.editor.meeting = None
            self.editor.setEnabled(False)
        self._reload_lists()

    def remove_action(self) -> None:
        """Delete the selected action (added by mistake), after confirmation; audited."""
        row = self.actions_table.currentRow()
        if not 0 <= row < len(self._actions):
            return
        action = self._actions[row]
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer l'action"),
            self.tr("Supprimer l'action « {0} » ? La suppression est journalisée.").format(action.title),
        )
        if answer != QMessageBox.StandardButton.Yes or action.id is None:
            return
        try:
            self.repo.delete_action(self.case_id, action.id)
        except UserError as exc:
            show_user_error(self, exc)
            return
        self._reload_lists()

    # ---- Helpers

    def _fill_steps(self, level: str) -> None:
        self.steps_box.setTitle(self.tr("Étapes de l'{0} — {1}").format(level, cep.LEVEL_TITLES[level]))
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in cep.guidance()[level]:
            item = QListWidgetItem(step.title)
            tool = TOOL_LABELS.get(step.tool)
            item.setToolTip(step.prompt + (f"\n\n{self.tr('Entrée : ouvrir')} {tool}" if tool else ""))
            item.setData(Qt.ItemDataRole.UserRole, f"{level}:{step.id}")
            item.setData(Qt.ItemDataRole.UserRole + 1, step.tool)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = f"{level}:{step.id}" in self.path.done_steps
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.steps.addItem(item)
        self.steps.blockSignals(False)

    @staticmethod
    def _fetch_lists(repo: Cep, case_id: int) -> tuple[list[Meeting], list[Action], list[FollowUp]]:
        return repo.meetings(case_id), repo.actions(case_id), repo.follow_ups(case_id)

    def _reload_lists(self) -> None:
        self._fill_lists(*self._fetch_lists(self.repo, self.case_id))

    def _fill_lists(self, meetings: list[Meeting], actions: list[Action], follow_ups: list[FollowUp]) -> None:
        self._meetings = meetings
        current = self.editor.meeting.id if self.editor.meeting else None
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for meeting in self._meetings:
            topics = ", ".join(cep.TOPICS[t] for t in meeting.topics[:2])
            self.meetings.addItem(
                f"{format_date(meeting.day)} · {meeting.level} · "
                f"{cep.MEETING_MODES[meeting.mode]}{' · ' + topics if topics else ''}"
            )
        if current is not None:  # the same meeting stays in the editor, with what is being typed
            self.meetings.setCurrentRow(self._index_of_id(current))
        self.meetings.blockSignals(False)
        self._actions = actions
        self.editor.show_plan(meetings, actions)
        self.actions_table.setRowCount(len(self._actions))
        today = date.today()
        for row, action in enumerate(self._actions):
            cells = (
                action.title,
                cep.ACTION_OWNERS[action.owner],
                format_date(action.due),
                cep.ACTION_STATUSES[action.status],
                action.plan_b,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if action.overdue(today):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.actions_table.setItem(row, column, item)
        self.actions_table.resizeColumnsToContents()
        widest = self.actions_table.fontMetrics().averageCharWidth() * ACTION_COLUMN_CHARS
        if self.actions_table.columnWidth(0) > widest:  # the title wraps: Plan B keeps room
            self.actions_table.setColumnWidth(0, widest)
        self._follow_ups = follow_ups
        self.follow_ups.clear()
        for follow_up in self._follow_ups:
            state = (
                self.tr("fait le {0} : {1}").format(
                    format_date(follow_up.done_on),
                    cep.FOLLOW_UP_SITUATIONS.get(follow_up.situation or "", ""),
                )
                if follow_up.done_on
                else self.tr("prévu le {0}").format(format_date(follow_up.due))
            )
            self.follow_ups.addItem(self.tr("À {0} mois — {1}").format(follow_up.months_after_exit, state))

    def _index_of(self, meeting: Meeting) -> int:
        return self._index_of_id(meeting.id)

    def _index_of_id(self, meeting_id: int | None) -> int:
        return next((i for i, m in enumerate(self._meetings) if m.id == meeting_id), -1)

    def _make_room(self, index: int) -> None:
        """The project, the decisions and the referrals get the larger part of the column while one
        of them is shown (the project's fields would otherwise scroll in a strip at 1366×768); back
        on the action plan, the meeting editor gets its room again. The splitter stays draggable."""
        sizes = self._right.sizes()
        if index == 0:
            if self._meeting_sizes is not None:
                self._right.setSizes(self._meeting_sizes)
                self._meeting_sizes = None
        elif self._meeting_sizes is None and sum(sizes) > 0:
            self._meeting_sizes = sizes
            self._right.setSizes([sum(sizes) // 3, sum(sizes) - sum(sizes) // 3])

    def _meeting_selected(self, row: int) -> None:
        if not 0 <= row < len(self._meetings):
            return
        wanted = self._meetings[row].id
        edited = self.editor.meeting
        if self.editor.dirty and edited is not None and edited.id != wanted:
            # What was typed for the printed report is saved, not lost, when another meeting is shown;
            # if it is refused (the message says why), the meeting being edited stays on screen.
            saved = self.editor.save() is not None
            self.meetings.blockSignals(True)
            self.meetings.setCurrentRow(self._index_of_id(wanted if saved else edited.id))
            self.meetings.blockSignals(False)
            if not saved:
                return
        index = self._index_of_id(wanted)
        if index >= 0:
            self.editor.load(self._meetings[index])

    def _open_tool(self, item: QListWidgetItem) -> None:
        """Enter on a step opens the workbench tool that helps with it."""
        tool = item.data(Qt.ItemDataRole.UserRole + 1)
        section = {"identity": "Identité et situation", "documents": "Documents"}.get(tool)
        view = self.parent()
        while view is not None and not hasattr(view, "show_section"):
            view = view.parent()
        if section and view is not None:
            view.show_section(section)
        elif tool in {"rome", "matching", "experiences"}:
            from workbench.ui.main_window import parent_window
            from workbench.ui.rome_browser import RomeArea

            window = parent_window(self)
            if window is not None:
                window.show_area(RomeArea)

    def _step_toggled(self, item: QListWidgetItem) -> None:
        try:
            self.repo.set_step_done(
                self.case_id, item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked
            )
        except UserError as exc:
            show_user_error(self, exc)

    def _next_level(self) -> None:
        level = self.next_button.property("level")
        dialog = LevelDialog(level, self)
        # Stored from the dialog: a refused date is explained there, the reason typed is kept.
        dialog.commit = lambda value: self.repo.enter_level(self.case_id, level, *value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def _close(self) -> None:
        dialog = ClosureDialog(self)
        dialog.commit = lambda value: self.repo.close(self.case_id, *value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.sig_case_changed.emit()

    def _reopen(self) -> None:
        self._apply(lambda: self.repo.reopen(self.case_id))

    def _apply(self, change: Any) -> None:
        try:
            change()
        except ValidationError as exc:
            show_user_error(self, UserError(sentence(" ; ".join(exc.problems.values()))))
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.refresh()
        self.sig_case_changed.emit()

    def _edit_action(self, action: Action | None) -> None:
        dialog = ActionDialog(action, self, self._meetings)
        dialog.commit = lambda value: self.repo.save_action(self.case_id, value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._reload_lists()

    def _record_follow_up(self, item: QListWidgetItem) -> None:
        follow_up = self._follow_ups[self.follow_ups.row(item)]
        dialog = FollowUpDialog(follow_up, self)
        dialog.commit = lambda value: self.repo.record_follow_up(self.case_id, value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._reload_lists()
