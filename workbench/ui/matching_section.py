"""The "Expériences et pistes" section: experiences → competence profile → suggested jobs, with what
is acquired and what is missing, context preferences, 👍/👎, target check and snapshots."""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app.matching import Matching, experience_counts, target_check
from workbench.app.rome import TAGS, RomeReference
from workbench.core import activities
from workbench.core.diploma import LEVELS
from workbench.core.matching import Engine, Experience, Filters, LearnNext, Preferences, Suggestion
from workbench.errors import UserError
from workbench.ui.errors import show_user_error
from workbench.ui.forms import FormDialog, ask_text
from workbench.ui.rome_search import search_rome_codes
from workbench.ui.sections import CaseSection
from workbench.ui.tasks import Task, read_then

PAGE = 20
# The work contexts counsellors ask about first (issue list of Changer de métier), by ROME label.
MAIN_CONTEXTS = (
    "Contrat intermittent",
    "Station debout prolongée",
    "Déplacements professionnels",
    "Travail de nuit",
    "En extérieur",
    "Travail en astreinte",
    "Travail saisonnier",
    "Travail en horaires décalés",
    "Port et manipulation de charges lourdes ou encombrantes",
    "Travail en horaires fractionnés",
    "Position pénible",
    "Travail les week-ends et jours fériés",
    "Possibilité de télétravail",
    "Travail durant les vacances scolaires",
    "Station assise prolongée",
)
_MONTH = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{4})\s*$")


def parse_month(text: str, label: str) -> date | None:
    if not text.strip():
        return None
    match = _MONTH.match(text)
    if match is None or not 1 <= int(match[1]) <= 12:
        raise ValueError(f"{label} : écrivez le mois sous la forme MM/AAAA.")
    return date(int(match[2]), int(match[1]), 1)


def month_span(start_text: str, end_text: str) -> tuple[date | None, date | None]:
    """The months typed (MM/AAAA, either empty), refused when the end comes before the start."""
    start = parse_month(start_text, "début")
    end = parse_month(end_text, "fin")
    if start is not None and end is not None and end < start:
        raise ValueError(f"la fin ({format_month(end)}) précède le début ({format_month(start)}).")
    return start, end


def tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every item of a tree, depth first."""
    found: list[QTreeWidgetItem] = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        found.append(item)
        stack += [item.child(i) for i in range(item.childCount())]
    return found


def bar_html(acquired: int, missing: int) -> str:
    """A bar acquired / to acquire (savoir-faire and savoir-être), as a two-cell table rich text draws."""
    total = max(1, acquired + missing)
    share = round(100 * acquired / total)
    cells = ""
    if acquired:
        cells += f'<td width="{max(share, 1)}%" bgcolor="#2e7d32">&nbsp;</td>'
    if missing:
        cells += f'<td width="{max(100 - share, 1)}%" bgcolor="#cfd8dc">&nbsp;</td>'
    return (
        f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{cells}</tr></table>'
        f"<p><b>{acquired} acquises</b> · {missing} à acquérir ({share} %)</p>"
    )


def learn_html(items: list[LearnNext], target: str | None) -> str:
    e = html.escape
    rows = []
    for item in items:
        others = [title for code, title in item.jobs if code != target]
        shown = ", ".join(e(t) for t in others[:4]) + (" …" if len(others) > 4 else "")
        opens = (
            f"utile aussi pour {len(others)} piste(s) proche(s)"
            if target
            else f"ouvre {item.opens} piste(s) proche(s)"
        )
        rows.append(
            f"<li>{e(item.label)}{' <b>★</b>' if item.core else ''} — {opens}"
            + (f" : <small>{shown}</small>" if shown else "")
            + "</li>"
        )
    return (
        "<ul>" + "".join(rows) + "</ul>" if rows else "<p>Rien de plus à acquérir parmi ses savoir-faire.</p>"
    )


def format_month(day: date | None) -> str:
    return f"{day.month:02d}/{day.year}" if day else ""


class ProExperienceDialog(FormDialog):
    """A job held: ROME appellation, dates, employer, and the competences of its fiche to keep."""

    def __init__(
        self,
        reference: RomeReference,
        engine: Engine,
        parent: QWidget | None = None,
        experience: Experience | None = None,
    ) -> None:
        super().__init__(
            "Modifier l'expérience professionnelle" if experience else "Expérience professionnelle", parent
        )
        self.reference, self.engine = reference, engine
        self.editing = experience
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Métier exercé : tapez pour chercher (ex. clerc d avocat)"))
        self.hits = QListWidget()
        self.hits.setMaximumHeight(110)
        self.start = QLineEdit()
        self.start.setPlaceholderText("MM/AAAA")
        self.end = QLineEdit()
        self.end.setPlaceholderText("MM/AAAA")
        self.ongoing = QCheckBox(self.tr("Toujours en cours"))
        self.employer = QLineEdit()
        self.competences = QTreeWidget()
        self.competences.setHeaderHidden(True)
        self.competences.setMinimumHeight(260)
        self.form.addRow(self.tr("&Métier"), self.search)
        self.form.addRow("", self.hits)
        self.form.addRow(self.tr("&Début"), self.start)
        self.form.addRow(self.tr("&Fin"), self.end)
        self.form.addRow("", self.ongoing)
        self.form.addRow(self.tr("&Employeur (facultatif)"), self.employer)
        self.form.addRow(self.tr("Compétences"), self.competences)
        self.resize(720, 640)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.hits.currentItemChanged.connect(self._chosen)
        self.ongoing.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.appellation: tuple[str, str, str] | None = None  # (ogr, label, fiche)
        if experience is not None:
            self._fill(experience)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        """↓ in the search goes down into the list of appellations (the first one chosen)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.hits.count()
        ):
            self.hits.setFocus(Qt.FocusReason.TabFocusReason)
            if self.hits.currentRow() < 0:
                self.hits.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _fill(self, experience: Experience) -> None:
        """Editing: the appellation chosen, its competences ticked as saved, the dates, the employer."""
        hit = self.reference.appellation(experience.appellation) if experience.appellation else None
        if hit is not None:
            self.search.blockSignals(True)
            self.search.setText(hit.appellation)
            self.search.blockSignals(False)
            item = QListWidgetItem(f"{hit.appellation} — {hit.code}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.appellation_ogr, hit.appellation, hit.code))
            self.hits.addItem(item)
            self.hits.setCurrentItem(item)
            for child in tree_items(self.competences):
                if child.data(0, Qt.ItemDataRole.UserRole) in experience.removed:
                    child.setCheckState(0, Qt.CheckState.Unchecked)
        self.start.setText(format_month(experience.start))
        self.ongoing.setChecked(experience.start is not None and experience.end is None)
        self.end.setText(format_month(experience.end))
        self.employer.setText(experience.employer)

    def _search(self, text: str) -> None:
        self.hits.clear()
        for hit in self.reference.search(text, 30):
            if hit.appellation_ogr is None:
                continue
            item = QListWidgetItem(f"{hit.appellation} — {hit.code}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.appellation_ogr, hit.appellation, hit.code))
            self.hits.addItem(item)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.appellation = item.data(Qt.ItemDataRole.UserRole)
        fiche = self.reference.fiche(self.appellation[2])
        self.competences.clear()
        if fiche is None:
            return
        groups = (
            (
                self.tr("Savoir-faire principaux (cœur de métier)"),
                [i for i in fiche.of_kind("savoir_faire") if i.core == "principale"],
            ),
            (
                self.tr("Savoir-faire secondaires"),
                [i for i in fiche.of_kind("savoir_faire") if i.core != "principale"],
            ),
            (self.tr("Savoir-être professionnels"), fiche.of_kind("savoir_etre")),
        )
        for title, items in groups:
            root = QTreeWidgetItem([f"{title} ({len(items)})"])
            self.competences.addTopLevelItem(root)
            for competence in items:
                child = QTreeWidgetItem([competence.label])
                child.setToolTip(0, competence.group)
                child.setData(0, Qt.ItemDataRole.UserRole, competence.ogr)
                child.setCheckState(0, Qt.CheckState.Checked)
                root.addChild(child)
            root.setExpanded(True)

    def produce(self) -> Experience:
        if self.appellation is None:
            raise ValueError("choisissez le métier exercé dans la liste.")
        start, end = month_span(self.start.text(), "" if self.ongoing.isChecked() else self.end.text())
        if start is None:
            raise ValueError("indiquez le début (MM/AAAA).")
        if end is None and not self.ongoing.isChecked():
            raise ValueError("indiquez la fin ou cochez « toujours en cours ».")
        removed = {
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in tree_items(self.competences)
            if item.data(0, Qt.ItemDataRole.UserRole) and item.checkState(0) != Qt.CheckState.Checked
        }
        ogr, label, fiche = self.appellation
        return Experience(
            fiche,
            start,
            end,
            label,
            frozenset(removed),
            frozenset(),
            "pro",
            ogr,
            self.employer.text().strip(),
            id=self.editing.id if self.editing else None,
        )


class ExtraExperienceDialog(FormDialog):
    """Bénévolat & engagement or personal life: category → theme → activities (dates optional)."""

    def __init__(self, parent: QWidget | None = None, experience: Experience | None = None) -> None:
        super().__init__(
            "Modifier l'expérience extra-professionnelle"
            if experience
            else "Expérience extra-professionnelle",
            parent,
        )
        self.editing = experience
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("ex. Club de football de la commune"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(320)
        for category, subcategories in activities.tree().items():
            category_item = QTreeWidgetItem([category])
            self.tree.addTopLevelItem(category_item)
            for subcategory, themes in subcategories.items():
                sub_item = QTreeWidgetItem([subcategory])
                category_item.addChild(sub_item)
                for theme, acts in themes.items():
                    theme_item = QTreeWidgetItem([theme])
                    sub_item.addChild(theme_item)
                    for activity in acts:
                        leaf = QTreeWidgetItem([activity.label])
                        leaf.setData(0, Qt.ItemDataRole.UserRole, activity.id)
                        leaf.setCheckState(0, Qt.CheckState.Unchecked)
                        theme_item.addChild(leaf)
            category_item.setExpanded(True)
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("MM/AAAA (facultatif)"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("MM/AAAA (vide : en cours ou sans date)"))
        self.form.addRow(self.tr("&Intitulé"), self.label)
        self.form.addRow(self.tr("Activités"), self.tree)
        self.form.addRow(self.tr("&Début"), self.start)
        self.form.addRow(self.tr("&Fin"), self.end)
        self.resize(680, 620)
        if experience is not None:
            self.label.setText(experience.label)
            for item in tree_items(self.tree):
                if item.data(0, Qt.ItemDataRole.UserRole) in experience.activities:
                    item.setCheckState(0, Qt.CheckState.Checked)
            self.start.setText(format_month(experience.start))
            self.end.setText(format_month(experience.end))

    def chosen(self) -> list[str]:
        found = [
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in tree_items(self.tree)
            if item.data(0, Qt.ItemDataRole.UserRole) and item.checkState(0) == Qt.CheckState.Checked
        ]
        return sorted(found)

    def produce(self) -> Experience:
        ids = self.chosen()
        if not ids:
            raise ValueError("cochez au moins une activité.")
        label = self.label.text().strip() or next(a.label for a in activities.activities() if a.id == ids[0])
        start, end = month_span(self.start.text(), self.end.text())
        return Experience(
            "",
            start,
            end,
            label,
            frozenset(),
            activities.competences_of(ids),
            "extra",
            activities=tuple(ids),
            id=self.editing.id if self.editing else None,
        )


class MatchingSection(CaseSection):
    title = "Expériences et pistes"
    watches = frozenset({changes.EXPERIENCES, changes.PREFERENCES, changes.ROME})

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        self.repo = Matching(ctx)
        self.reference: RomeReference | None = ctx.rome
        self.engine: Engine | None = None
        self.experiences: list[Experience] = []
        self.preferences = Preferences()
        self.reasons: dict[str, str] = {}
        self.suggestions: list[Suggestion] = []
        self.offset = 0
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.notice)
        self._built = False
        if self.reference is None:
            self.notice.setText(
                self.tr(
                    "Importez d'abord le référentiel ROME (menu Référentiel) pour saisir les "
                    "expériences et calculer les pistes."
                )
            )
            return
        self._prepare()

    def _prepare(self) -> None:
        """Build the view on the active release (at opening, or once a release is imported)."""
        if not self._built:
            self._build(self._layout)
            self._built = True
        self.engine = None
        self.notice.setText(self.tr("Préparation du référentiel des compétences…"))
        matching = self.repo
        Task(self, lambda _p: matching.engine()).on_success(self._ready).with_progress(
            self.tr("Préparation de l'appariement…")
        ).keyed("engine").start()

    # ---- Layout

    def _build(self, layout: QVBoxLayout) -> None:
        self.experience_list = QListWidget()
        add_pro = QPushButton(self.tr("Ajouter pro…"))
        add_pro.setToolTip(self.tr("Ajouter une expérience professionnelle"))
        add_extra = QPushButton(self.tr("Ajouter extra-pro…"))
        add_extra.setToolTip(
            self.tr("Ajouter une expérience extra-professionnelle (bénévolat, vie personnelle)")
        )
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.remove_button = QPushButton(self.tr("Retirer"))
        add_pro.clicked.connect(self.add_pro)
        add_extra.clicked.connect(self.add_extra)
        self.edit_button.clicked.connect(self.edit_experience)
        self.remove_button.clicked.connect(self._remove_experience)
        # One card per experience: what it is, when, and what it brings (as Changer de métier shows).
        self.experience_list.setWordWrap(True)
        self.experience_list.setAlternatingRowColors(True)
        self.experience_list.setSpacing(3)
        self.experience_list.itemActivated.connect(lambda _item: self.edit_experience())
        experiences_box = QGroupBox(self.tr("Expériences"))
        experiences_layout = QVBoxLayout(experiences_box)
        experiences_layout.addWidget(self.experience_list)
        buttons = QGridLayout()
        for index, button in enumerate((add_pro, add_extra, self.edit_button, self.remove_button)):
            buttons.addWidget(button, index // 2, index % 2)
        experiences_layout.addLayout(buttons)

        self.context_boxes: dict[str, QComboBox] = {}
        contexts = QWidget()
        contexts_form = QFormLayout(contexts)
        contexts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label in MAIN_CONTEXTS:
            combo = QComboBox()
            combo.addItem(self.tr("neutre"), 0)
            combo.addItem(self.tr("apprécié"), 1)
            combo.addItem(self.tr("exclu"), -1)
            combo.setMinimumWidth(100)
            combo.currentIndexChanged.connect(self._contexts_changed)
            self.context_boxes[label] = combo
            if len(label) < 40:
                contexts_form.addRow(label, combo)
                continue
            text = QLabel(label)  # on its own line, wrapped rather than push the choices out of sight
            text.setWordWrap(True)
            text.setBuddy(combo)
            contexts_form.addRow(text, combo)
        scroll = QScrollArea()
        scroll.setWidget(contexts)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        contexts_box = QGroupBox(self.tr("Contextes de travail"))
        QVBoxLayout(contexts_box).addWidget(scroll)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(experiences_box)
        left.addWidget(contexts_box)

        self.secteur = QComboBox()
        self.centre = QComboBox()
        self.domaine = QComboBox()
        self.tag = QComboBox()
        self.diploma = QComboBox()
        self.diploma.setToolTip(
            self.tr(
                "Niveau de diplôme pour exercer le métier, lu dans la rubrique « Accès » de la fiche : "
                "garde les métiers accessibles avec ce niveau ou moins (et ceux où il n'est pas précisé)."
            )
        )
        for combo in (self.secteur, self.centre, self.domaine, self.tag, self.diploma):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self._reset_and_rank)
        self._fill_filters()
        self.show_held = QCheckBox(self.tr("Afficher les métiers déjà exercés"))
        self.show_held.toggled.connect(self._reset_and_rank)
        filters = QGridLayout()  # two by two, so the view fits a 1,280-pixel laptop screen
        for index, widget in enumerate(
            (self.secteur, self.centre, self.domaine, self.tag, self.diploma, self.show_held)
        ):
            filters.addWidget(widget, index // 2, index % 2)
        self.guide = QLabel()
        self.guide.setWordWrap(True)
        self.guide.hide()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Proximité"),
                self.tr("Métier"),
                self.tr("Code"),
                self.tr("Acquis / à acquérir"),
                self.tr("Avis"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )  # long titles elide, no sideways scroll
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        # Words rather than 👍/👎: many laptops have no colour emoji font and would show empty boxes.
        self.up = QPushButton(self.tr("Ça m'intéresse"))
        self.down = QPushButton(self.tr("Pas pour moi"))
        self.fiche_button = QPushButton(self.tr("Voir la fiche"))
        self.more = QPushButton(self.tr("Pistes suivantes"))
        self.previous = QPushButton(self.tr("Pistes précédentes"))
        self.snapshot = QPushButton(self.tr("Enregistrer un instantané"))
        self.up.clicked.connect(lambda: self._thumb(True))
        self.down.clicked.connect(lambda: self._thumb(False))
        self.fiche_button.clicked.connect(self._open_fiche)
        self.more.clicked.connect(lambda: self._page(PAGE))
        self.previous.clicked.connect(lambda: self._page(-PAGE))
        self.snapshot.clicked.connect(self.save_snapshot)
        actions = QGridLayout()
        for index, button in enumerate(
            (self.up, self.down, self.fiche_button, self.previous, self.more, self.snapshot)
        ):
            actions.addWidget(button, index // 3, index % 3)
        self.target = QLineEdit()
        self.target.setPlaceholderText(
            self.tr("Métier visé par la personne : code ROME (ex. K1909), puis Entrée")
        )
        self.target.returnPressed.connect(self._target_check)
        # A fiche chosen in the list is checked at once, as Entrée does.
        search_rome_codes(self.target, lambda: self.reference).activated.connect(
            lambda *_: self._target_check()
        )
        self.detail = QTextBrowser()
        self.learn = QTextBrowser()
        self.side = QTabWidget()
        self.side.addTab(self.detail, self.tr("Détail du métier"))
        self.side.addTab(self.learn, self.tr("Compétences à acquérir"))
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(filters)
        middle_layout.addWidget(self.guide)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.legend)
        middle_layout.addLayout(actions)
        target_row = QHBoxLayout()  # labelled: once filled in, the placeholder no longer says what it is
        target_label = QLabel(self.tr("Métier visé :"))
        target_label.setBuddy(self.target)
        target_row.addWidget(target_label)
        target_row.addWidget(self.target, 1)
        middle_layout.addLayout(target_row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.side)
        left.setMinimumWidth(280)
        self.side.setMinimumWidth(300)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([360, 560, 380])
        layout.addWidget(splitter, 1)

    def _fill_filters(self) -> None:
        """The secteurs, centres d'intérêt and domaines of the active release."""
        assert self.reference is not None
        for combo, first, values in (
            (self.secteur, self.tr("Tous secteurs"), self.reference.secteurs()),
            (self.centre, self.tr("Tous centres d'intérêt"), self.reference.centres_interet()),
            (self.domaine, self.tr("Tous domaines"), self.reference.grand_domaines()),
            (self.tag, self.tr("Tous métiers"), list(TAGS.items())),
            (
                self.diploma,
                self.tr("Tous niveaux de diplôme"),
                [(level, self.tr("Accessible avec : %s") % level) for level in LEVELS],
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for code, label in values:
                combo.addItem(label, code)
            combo.blockSignals(False)

    # ---- Public API

    def refresh(self) -> None:
        if self.engine is not None:
            self._load()

    def case_changed(self, what: set[str]) -> None:
        if changes.ROME in what:
            reference = self.ctx.rome
            if reference is not None and (self.reference is None or reference.path != self.reference.path):
                self.reference = reference
                if self._built:
                    self._fill_filters()
                self._prepare()
                return
        super().case_changed(what)

    def add_pro(self) -> None:
        if self.reference is None or self.engine is None:
            return
        dialog = ProExperienceDialog(self.reference, self.engine, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.result_value)

    def add_extra(self) -> None:
        dialog = ExtraExperienceDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.result_value)

    def edit_experience(self) -> None:
        """The selected experience in its dialog, filled in; saved under the same record."""
        row = self.experience_list.currentRow()
        if self.reference is None or self.engine is None or not 0 <= row < len(self.experiences):
            return
        experience = self.experiences[row]
        dialog: ProExperienceDialog | ExtraExperienceDialog = (
            ProExperienceDialog(self.reference, self.engine, self, experience)
            if experience.kind == "pro"
            else ExtraExperienceDialog(self, experience)
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.result_value)

    def save_snapshot(self) -> None:
        if self.reference is None:
            return
        try:
            self.repo.save_snapshot(self.case_id, date.today())
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.notice.setText(self.tr("Instantané des pistes enregistré dans le dossier."))

    # ---- Helpers

    def _ready(self, engine: Engine) -> None:
        self.engine = engine
        self.notice.setText("")
        self._load()

    def _load(self) -> None:
        repo, case_id = self.repo, self.case_id
        read_then(
            self,
            "load",
            lambda: (repo.experiences(case_id), repo.preferences(case_id)),
            self._show_state,
            off_thread=not self.ctx.db.is_sqlite,
        )

    def _show_state(self, found: tuple[list[Experience], tuple[Preferences, dict[str, str], str]]) -> None:
        self.experiences, (preferences, self.reasons, target) = found
        self.preferences = preferences
        self.experience_list.clear()
        for experience in self.experiences:
            item = QListWidgetItem(self._card(experience))
            item.setToolTip(self.tr("Double-clic ou Entrée : modifier"))
            self.experience_list.addItem(item)
        has = bool(self.experiences)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        for label, combo in self.context_boxes.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(
                1
                if label in preferences.liked_contexts
                else 2
                if label in preferences.excluded_contexts
                else 0
            )
            combo.blockSignals(False)
        if target:
            self.target.setText(target)
        self._rank()

    def _card(self, experience: Experience) -> str:
        """Two lines: the experience and its dates, then what it brings."""
        when = (
            f"{format_month(experience.start)} – {format_month(experience.end) or self.tr('en cours')}"
            if experience.start
            else self.tr("sans date")
        )
        first = " · ".join(x for x in (experience.label, when, experience.employer) if x)
        return f"{first}\n{self._brings(experience)}"

    def _brings(self, experience: Experience) -> str:
        assert self.engine is not None
        counts = experience_counts(self.engine, experience)
        if experience.kind != "pro":
            total = counts["principal"] + counts["secondaire"] + counts["savoir_etre"]
            return self.tr("extra-professionnelle : %n compétence(s)", "", total)
        return (
            self.tr("%1 savoir-faire principaux, %2 secondaires, %3 savoir-être")
            .replace("%1", str(counts["principal"]))
            .replace("%2", str(counts["secondaire"]))
            .replace("%3", str(counts["savoir_etre"]))
        )

    def _save(self, experience: Experience) -> None:
        try:
            saved = self.repo.save_experience(self.case_id, experience)
        except UserError as exc:
            show_user_error(self, exc)
            self._load()
            return
        self._load()
        verb = self.tr("modifiée") if experience.id is not None else self.tr("enregistrée")
        self.notice.setText(
            self.tr("Expérience « %1 » %2 : %3. Les pistes sont recalculées.")
            .replace("%1", saved.label)
            .replace("%2", verb)
            .replace("%3", self._brings(saved))
        )

    def _remove_experience(self) -> None:
        row = self.experience_list.currentRow()
        if not 0 <= row < len(self.experiences) or self.experiences[row].id is None:
            return
        experience = self.experiences[row]
        answer = QMessageBox.question(
            self,
            self.tr("Retirer l'expérience"),
            self.tr("Retirer « %s » du dossier ? Les pistes seront recalculées sans elle.")
            % experience.label,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.repo.delete_experience(self.case_id, experience.id or 0)
        self._load()
        self.notice.setText(
            self.tr("Expérience « %s » retirée ; les pistes sont recalculées.") % experience.label
        )

    def _contexts_changed(self) -> None:
        liked = {label for label, combo in self.context_boxes.items() if combo.currentData() == 1}
        excluded = {label for label, combo in self.context_boxes.items() if combo.currentData() == -1}
        self.repo.save_contexts(self.case_id, liked, excluded, self.target.text().strip().upper())
        self.preferences = Preferences(frozenset(liked), frozenset(excluded), self.preferences.thumbs)
        self._rank()
        self.notice.setText(
            self.tr("Contextes enregistrés : %1 apprécié(s), %2 exclu(s).")
            .replace("%1", str(len(liked)))
            .replace("%2", str(len(excluded)))
        )

    def _filters(self) -> Filters:
        def one(combo: QComboBox) -> frozenset[str]:
            return frozenset({combo.currentData()}) if combo.currentData() else frozenset()

        return Filters(
            one(self.secteur),
            one(self.centre),
            one(self.domaine),
            one(self.tag),
            self.diploma.currentData() or "",
        )

    def _reset_and_rank(self) -> None:
        self.offset = 0
        self._rank()

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self._rank()

    def _rank(self) -> None:
        if self.engine is None:
            return
        kept = self._current()  # the row being discussed stays selected after a re-ranking
        kept_row = self.table.currentRow()
        self.suggestions = self.engine.rank(
            self.experiences,
            date.today(),
            self.preferences,
            self._filters(),
            top=PAGE,
            offset=self.offset,
            hide_held=not self.show_held.isChecked(),
        )
        self.table.setRowCount(len(self.suggestions))
        for row, suggestion in enumerate(self.suggestions):
            thumb = self.preferences.thumbs.get(suggestion.code)
            opinion = self.tr("intéresse") if thumb is True else self.tr("écarté") if thumb is False else ""
            if suggestion.held:
                opinion = (opinion + " " + self.tr("déjà exercé")).strip()
            if suggestion.clashes:
                opinion = (opinion + " " + self.tr("contexte exclu")).strip()
            cells = (
                suggestion.proximity,
                suggestion.title,
                suggestion.code,
                f"{suggestion.acquired} / {suggestion.missing}",
                opinion,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setToolTip(self.tr("Similarité %s") % f"{suggestion.score:.3f}".replace(".", ","))
                elif column == 1:
                    cell.setToolTip(suggestion.title)
                self.table.setItem(row, column, cell)
        self.previous.setEnabled(self.offset > 0)
        self.more.setEnabled(len(self.suggestions) == PAGE)
        for button in (self.up, self.down, self.fiche_button):
            button.setEnabled(bool(self.suggestions))
        self.snapshot.setEnabled(bool(self.experiences))
        (best, _), (close, _) = self.engine.thresholds
        best_text, close_text = (f"{value:.3f}".replace(".", ",") for value in (best, close))
        self.legend.setText(
            self.tr("Classes, les mêmes pour tous : Le plus proche ≥ %1 · Proche ≥ %2 de similarité")
            .replace("%1", best_text)
            .replace("%2", close_text)
        )
        self.legend.setToolTip(
            self.tr(
                "Seuils calibrés sur les paires de métiers d'un même domaine professionnel : « Le plus "
                "proche » aussi proche que les 10 % de ces paires les plus proches, « Proche » que la moitié."
            )
        )
        self._show_learn()
        if not self.experiences:
            self.guide.setText(
                self.tr(
                    "Aucune expérience saisie. Ajoutez un métier exercé (« Ajouter pro… ») ou une activité "
                    "bénévole ou personnelle (« Ajouter extra-pro… ») : les pistes apparaîtront ici."
                )
            )
            self.guide.setVisible(True)
            self.detail.setHtml("<p>" + html.escape(self.guide.text()) + "</p>")
            return
        self.guide.setText(
            ""
            if self.suggestions
            else self.tr("Aucune piste avec ces filtres : élargissez-les (secteur, domaine, diplôme…).")
        )
        self.guide.setVisible(bool(self.guide.text()))
        if not self.suggestions:
            self.detail.setHtml("<p>" + html.escape(self.guide.text()) + "</p>")
            return
        codes = [s.code for s in self.suggestions]
        row = (
            codes.index(kept.code)
            if kept is not None and kept.code in codes
            else min(max(kept_row, 0), len(codes) - 1)
        )
        self.table.selectRow(row)
        self._show_detail(row)  # the row may already have been current: its detail is of before

    def _current(self) -> Suggestion | None:
        row = self.table.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def _show_detail(self, row: int) -> None:
        if self.engine is None or not 0 <= row < len(self.suggestions):
            return
        self.detail.setHtml(self._detail_html(self.suggestions[row].code))

    def _detail_html(self, code: str) -> str:
        assert self.engine is not None
        detail = self.engine.detail(code, self.experiences, self.preferences)
        e = html.escape
        fiche = self.reference.fiche(code) if self.reference is not None else None
        parts = [f"<h3>{e(detail.title)} ({e(code)})</h3>"]
        if code in self.reasons and self.reasons[code]:
            parts.append(f"<p><i>Avis : {e(self.reasons[code])}</i></p>")
        acquired, missing = len(detail.acquired), len(detail.missing)
        parts.append(bar_html(acquired, missing))
        parts.append(
            f"<p><b>Diplôme pour exercer</b> : {e(detail.diploma)}"
            + (f"<br><small>{e(fiche.access.splitlines()[0])}</small>" if fiche and fiche.access else "")
            + "</p>"
        )
        if fiche is not None and fiche.definition:
            parts.append(
                "<p><b>Le métier</b> : " + "<br>".join(e(x) for x in fiche.definition.splitlines()) + "</p>"
            )
        for kind, label in (("savoir_faire", "Savoir-faire"), ("savoir_etre", "Savoir-être professionnels")):
            acquired_rows = [r for r in detail.acquired if r[2] == kind]
            missing_rows = [r for r in detail.missing if r[2] == kind]
            parts.append(
                f"<h4>{label} : {len(acquired_rows)} acquis, {len(missing_rows)} à acquérir</h4><ul>"
            )
            parts += [f"<li>✔ {e(r[1])} <small>({e(', '.join(r[3]))})</small></li>" for r in acquired_rows]
            parts += [
                f"<li>✘ {e(r[1])}{' <b>★</b>' if r[3] == 'principale' else ''}</li>" for r in missing_rows
            ]
            parts.append("</ul>")
        if detail.savoirs_acquired or detail.savoirs_missing:
            parts.append(
                f"<h4>Savoirs : {len(detail.savoirs_acquired)} acquis, {len(detail.savoirs_missing)} à "
                "acquérir</h4><p><small>"
                + e(", ".join(detail.savoirs_missing[:12]))
                + (" …" if len(detail.savoirs_missing) > 12 else "")
                + "</small></p>"
            )
        if detail.clashes:
            parts.append(
                "<p><b>Contextes exclus présents :</b> " + ", ".join(e(c) for c in detail.clashes) + "</p>"
            )
        if detail.mobility:
            parts.append(
                "<p><b>Métiers proches selon le ROME</b> (mobilités, hors calcul de la proximité) :</p><ul>"
                + "".join(f"<li>{e(title)} ({e(c)})</li>" for c, title in detail.mobility[:8])
                + "</ul>"
            )
        parts.append("<p><small>★ : compétence du cœur de métier.</small></p>")
        return "".join(parts)

    def _show_learn(self, target: str | None = None) -> None:
        """The "À apprendre ensuite" tab: for a target job, then for the close jobs."""
        assert self.engine is not None
        e = html.escape
        parts = []
        typed = self.target.text().strip().upper()
        target = target or (typed if typed in self.engine.index else None)
        if target:
            title = self.engine.data.fiches[self.engine.index[target]].title
            items = self.engine.learn_next(self.experiences, date.today(), self.preferences, target=target)
            parts.append(f"<h4>Pour le métier visé, {e(title)} : ce qui réduit l'écart le plus vite</h4>")
            parts.append(learn_html(items, target))
        items = self.engine.learn_next(self.experiences, date.today(), self.preferences, self._filters())
        parts.append("<h4>Ce qui ouvre le plus de pistes proches</h4>")
        parts.append(
            learn_html(items, None)
            if items
            else "<p>"
            + e(self.tr("Ajoutez une expérience : les compétences à acquérir apparaîtront ici."))
            + "</p>"
        )
        parts.append(
            "<p><small>Parmi les 30 pistes les plus proches (hors métiers exercés et écartés), les savoir-faire "
            "manquants demandés par le plus de métiers ; ★ : cœur de métier d'au moins l'un d'eux.</small></p>"
        )
        self.learn.setHtml("".join(parts))

    def _thumb(self, up: bool) -> None:
        suggestion = self._current()
        if suggestion is None:
            return
        current = self.preferences.thumbs.get(suggestion.code)
        value: bool | None = None if current is up else up
        reason = ""
        if value is not None:
            answer = ask_text(self, self.tr("Avis sur la piste"), self.tr("Pourquoi ? (facultatif)"))
            if answer is None:
                return
            reason = answer
        self.repo.set_feedback(self.case_id, suggestion.code, value, reason)
        self._load()
        said = (
            self.tr("noté « Ça m'intéresse »")
            if value is True
            else self.tr("noté « Pas pour moi » : les métiers qui lui ressemblent descendent aussi")
            if value is False
            else self.tr("avis retiré")
        )
        self.notice.setText(
            f"« {suggestion.title} » : {said}" + (f" ({reason.strip()})." if reason.strip() else ".")
        )

    def _open_fiche(self) -> None:
        suggestion = self._current()
        if suggestion is None:
            return
        from workbench.ui.main_window import parent_window
        from workbench.ui.rome_browser import RomeArea

        window = parent_window(self)
        area = window.show_area(RomeArea) if window is not None else None
        if isinstance(area, RomeArea):
            area.show_fiche(suggestion.code)

    def _target_check(self) -> None:
        if self.engine is None:
            return
        code = self.target.text().strip().upper()
        if code not in self.engine.index:
            hits = self.reference.search(code, 1) if self.reference else []
            if not hits:
                self.detail.setHtml("<p>" + self.tr("Métier visé introuvable dans le ROME.") + "</p>")
                return
            code = hits[0].code
            self.target.setText(code)
        self._contexts_changed()  # stores the target with the preferences
        check = target_check(self.engine, self.experiences, date.today(), self.preferences, code)
        self._show_learn(code)
        self.notice.setText(
            self.tr(
                "Métier visé enregistré : %1 (%2). Ce qu'il demande encore est dans « À apprendre ensuite »."
            )
            .replace("%1", check.title)
            .replace("%2", code)
        )
        stones = check.stepping_stones
        text = [
            f"<p><b>Métier visé</b> : {html.escape(check.proximity.lower())}, "
            f"{int(round(check.coverage * 100))} % de ses savoir-faire et savoir-être sont acquis ; "
            f"{check.rank}<sup>e</sup> piste sur {check.total}.</p>"
        ]
        if stones:
            text.append(
                "<p><b>Étapes intermédiaires possibles :</b></p><ul>"
                + "".join(
                    f"<li>{html.escape(s.title)} ({s.code}), {s.proximity.lower()}</li>" for s in stones
                )
                + "</ul>"
            )
        self.detail.setHtml("".join(text) + self._detail_html(code))
