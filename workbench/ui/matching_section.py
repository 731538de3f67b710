"""The "Expériences et pistes" section: experiences → competence profile → suggested jobs, with what
is acquired and what is missing, context preferences, 👍/👎, target check and snapshots."""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app.matching import Matching, target_check
from workbench.app.rome import TAGS, RomeReference
from workbench.core import activities
from workbench.core.matching import Engine, Experience, Filters, Preferences, Suggestion
from workbench.errors import UserError
from workbench.ui.errors import show_user_error
from workbench.ui.forms import FormDialog
from workbench.ui.sections import CaseSection
from workbench.ui.tasks import Task

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


def format_month(day: date | None) -> str:
    return f"{day.month:02d}/{day.year}" if day else ""


class ProExperienceDialog(FormDialog):
    """A job held: ROME appellation, dates, employer, and the competences of its fiche to keep."""

    def __init__(self, reference: RomeReference, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__("Expérience professionnelle", parent)
        self.reference, self.engine = reference, engine
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
        self.hits.currentItemChanged.connect(self._chosen)
        self.ongoing.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.appellation: tuple[str, str, str] | None = None  # (ogr, label, fiche)

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
        start = parse_month(self.start.text(), "début")
        end = None if self.ongoing.isChecked() else parse_month(self.end.text(), "fin")
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
        )


class ExtraExperienceDialog(FormDialog):
    """Bénévolat & engagement or personal life: category → theme → activities (dates optional)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Expérience extra-professionnelle", parent)
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
        return Experience(
            "",
            parse_month(self.start.text(), "début"),
            parse_month(self.end.text(), "fin"),
            label,
            frozenset(),
            activities.competences_of(ids),
            "extra",
            activities=tuple(ids),
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
        ).start()

    # ---- Layout

    def _build(self, layout: QVBoxLayout) -> None:
        self.experience_list = QListWidget()
        add_pro = QPushButton(self.tr("Ajouter pro…"))
        add_pro.setToolTip(self.tr("Ajouter une expérience professionnelle"))
        add_extra = QPushButton(self.tr("Ajouter extra-pro…"))
        add_extra.setToolTip(
            self.tr("Ajouter une expérience extra-professionnelle (bénévolat, vie personnelle)")
        )
        remove = QPushButton(self.tr("Retirer"))
        add_pro.clicked.connect(self.add_pro)
        add_extra.clicked.connect(self.add_extra)
        remove.clicked.connect(self._remove_experience)
        experiences_box = QGroupBox(self.tr("Expériences"))
        experiences_layout = QVBoxLayout(experiences_box)
        experiences_layout.addWidget(self.experience_list)
        buttons = QHBoxLayout()
        for button in (add_pro, add_extra, remove):
            buttons.addWidget(button)
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
            contexts_form.addRow(label, combo)
        scroll = QScrollArea()
        scroll.setWidget(contexts)
        scroll.setWidgetResizable(True)
        contexts_box = QGroupBox(self.tr("Contextes de travail"))
        QVBoxLayout(contexts_box).addWidget(scroll)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(experiences_box)
        left.addWidget(contexts_box)

        self.secteur = QComboBox()
        self.centre = QComboBox()
        self.domaine = QComboBox()
        self.tag = QComboBox()
        for combo in (self.secteur, self.centre, self.domaine, self.tag):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self._reset_and_rank)
        self._fill_filters()
        filters = QGridLayout()  # two by two, so the view fits a 1,280-pixel laptop screen
        for index, combo in enumerate((self.secteur, self.centre, self.domaine, self.tag)):
            filters.addWidget(combo, index // 2, index % 2)
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
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
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
        self.detail = QTextBrowser()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(filters)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addLayout(actions)
        middle_layout.addWidget(self.target)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.detail)
        left.setMinimumWidth(280)
        self.detail.setMinimumWidth(300)
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
        self.experiences = self.repo.experiences(self.case_id)
        preferences, self.reasons, target = self.repo.preferences(self.case_id)
        self.preferences = preferences
        self.experience_list.clear()
        for experience in self.experiences:
            when = (
                f"{format_month(experience.start)} – {format_month(experience.end) or self.tr('en cours')}"
                if experience.start
                else self.tr("sans date")
            )
            kind = self.tr("pro") if experience.kind == "pro" else self.tr("extra-pro")
            self.experience_list.addItem(f"{experience.label} ({kind}, {when})")
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

    def _save(self, experience: Experience) -> None:
        try:
            self.repo.save_experience(self.case_id, experience)
        except UserError as exc:
            show_user_error(self, exc)
        self._load()

    def _remove_experience(self) -> None:
        row = self.experience_list.currentRow()
        if 0 <= row < len(self.experiences) and self.experiences[row].id is not None:
            self.repo.delete_experience(self.case_id, self.experiences[row].id or 0)
            self._load()

    def _contexts_changed(self) -> None:
        liked = {label for label, combo in self.context_boxes.items() if combo.currentData() == 1}
        excluded = {label for label, combo in self.context_boxes.items() if combo.currentData() == -1}
        self.repo.save_contexts(self.case_id, liked, excluded, self.target.text().strip().upper())
        self.preferences = Preferences(frozenset(liked), frozenset(excluded), self.preferences.thumbs)
        self._rank()

    def _filters(self) -> Filters:
        def one(combo: QComboBox) -> frozenset[str]:
            return frozenset({combo.currentData()}) if combo.currentData() else frozenset()

        return Filters(one(self.secteur), one(self.centre), one(self.domaine), one(self.tag))

    def _reset_and_rank(self) -> None:
        self.offset = 0
        self._rank()

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self._rank()

    def _rank(self) -> None:
        if self.engine is None:
            return
        self.suggestions = self.engine.rank(
            self.experiences, date.today(), self.preferences, self._filters(), top=PAGE, offset=self.offset
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
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.previous.setEnabled(self.offset > 0)
        self.more.setEnabled(len(self.suggestions) == PAGE)
        if self.suggestions:
            self.table.selectRow(0)
            self._show_detail(0)  # the row may already have been current: its detail is of before
        else:
            self.detail.setHtml("<p>" + self.tr("Ajoutez une expérience pour obtenir des pistes.") + "</p>")

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
        parts = [f"<h3>{e(detail.title)} ({e(code)})</h3>"]
        if code in self.reasons and self.reasons[code]:
            parts.append(f"<p><i>Avis : {e(self.reasons[code])}</i></p>")
        for kind, label in (("savoir_faire", "Savoir-faire"), ("savoir_etre", "Savoir-être professionnels")):
            acquired = [r for r in detail.acquired if r[2] == kind]
            missing = [r for r in detail.missing if r[2] == kind]
            parts.append(f"<h4>{label} : {len(acquired)} acquis, {len(missing)} à acquérir</h4><ul>")
            parts += [f"<li>✔ {e(r[1])} <small>({e(', '.join(r[3]))})</small></li>" for r in acquired]
            parts += [f"<li>✘ {e(r[1])}{' <b>★</b>' if r[3] == 'principale' else ''}</li>" for r in missing]
            parts.append("</ul>")
        if detail.clashes:
            parts.append(
                "<p><b>Contextes exclus présents :</b> " + ", ".join(e(c) for c in detail.clashes) + "</p>"
            )
        return "".join(parts)

    def _thumb(self, up: bool) -> None:
        suggestion = self._current()
        if suggestion is None:
            return
        current = self.preferences.thumbs.get(suggestion.code)
        value: bool | None = None if current is up else up
        reason = ""
        if value is not None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Avis sur la piste"), self.tr("Pourquoi ? (facultatif)")
            )
            if not ok:
                return
        self.repo.set_feedback(self.case_id, suggestion.code, value, reason)
        self._load()

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
