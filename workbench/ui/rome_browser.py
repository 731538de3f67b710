"""The "Métiers (ROME)" view: search as you type, browse, fiche pages with history; importing a release."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app import changes
from workbench.app import rome as app_rome
from workbench.app.rome import KIND_LABELS, TAGS, Fiche, ImportResult, RomeReference
from workbench.errors import UserError
from workbench.ui.changes import bridge
from workbench.ui.errors import show_user_error
from workbench.ui.sections import Area
from workbench.ui.tasks import Progress, Task

log = logging.getLogger(__name__)
CODE_ROLE = Qt.ItemDataRole.UserRole


def import_bundled_on_first_use(ctx: Any) -> ImportResult | None:
    """Before the window opens: with no active release, import the one shipped with the application,
    with a progress dialog (cancellable: the window then opens without a referential)."""
    if ctx.rome is not None or app_rome.bundled_release() is None:  # (also removes killed imports' files)
        return None
    loop = QEventLoop()
    outcome: list[ImportResult] = []

    def work(progress: Progress) -> ImportResult | None:
        def report(done: int, total: int, label: str) -> None:
            progress.report(done, total, f"Première utilisation : import du référentiel fourni.\n{label}")

        return app_rome.import_bundled_if_needed(ctx, report, lambda: progress.cancelled)

    def done(result: ImportResult | None) -> None:
        if result is not None:
            outcome.append(result)
        loop.quit()

    def failed(exc: BaseException) -> None:
        loop.quit()
        if isinstance(exc, app_rome.ImportCancelled):
            return
        log.error("bundled ROME release not imported: %r", exc)
        reason = str(exc) if isinstance(exc, UserError) else repr(exc)
        show_user_error(
            None,
            UserError(
                f"Le référentiel ROME fourni avec l'application n'a pas pu être importé ({reason}). "
                "La fenêtre s'ouvre sans référentiel : importez-en un depuis l'onglet Métiers (ROME)."
            ),
        )

    Task(None, work).on_success(done).on_failure(failed).with_progress(
        "Référentiel ROME fourni avec l'application", cancellable=True
    ).start()
    loop.exec()
    return outcome[0] if outcome else None


def fiche_html(fiche: Fiche) -> str:
    """The fiche page, as MétierScope shows it, in simple HTML for a QTextBrowser."""
    e = html.escape
    parts = [
        f"<h2>{e(fiche.title)} <small>({e(fiche.code)})</small></h2>",
        f"<p><i>{e(fiche.grand_domaine)} › {e(fiche.domaine)}</i></p>",
    ]
    if fiche.tags:
        parts.append("<p>" + " · ".join(f"<b>{e(t)}</b>" for t in fiche.tags) + "</p>")
    parts.append(
        "<h3>Définition</h3>" + "".join(f"<p>{e(line)}</p>" for line in fiche.definition.splitlines())
    )
    if fiche.access:
        parts.append(
            "<h3>Accès au métier</h3>" + "".join(f"<p>{e(line)}</p>" for line in fiche.access.splitlines())
        )
    parts.append("<h3>Appellations</h3><p>" + " · ".join(e(a) for a in fiche.appellations) + "</p>")
    for kind in ("savoir_faire", "savoir_etre", "savoir"):
        items = fiche.of_kind(kind)
        if not items:
            continue
        parts.append(f"<h3>{KIND_LABELS[kind]} ({len(items)})</h3>")
        group = None
        for item in items:
            if item.group != group:
                if group is not None:
                    parts.append("</ul>")
                group = item.group
                parts.append(f"<p><b>{e(group)}</b></p><ul>")
            mark = (
                " <b>★ cœur de métier</b>"
                if item.core == "principale"
                else (" <i>(émergente)</i>" if item.core == "emergente" else "")
            )
            parts.append(f"<li>{e(item.label)}{mark}</li>")
        parts.append("</ul>")
    contexts = fiche.of_kind("contexte")
    if contexts:
        parts.append("<h3>Contextes de travail</h3>")
        for category in sorted({c.group for c in contexts}):
            labels = ", ".join(e(c.label) for c in contexts if c.group == category)
            parts.append(f"<p><b>{e(category)}</b> : {labels}</p>")
    if fiche.secteurs:
        parts.append("<h3>Secteurs d'activité</h3><p>" + " · ".join(e(s) for s in fiche.secteurs) + "</p>")
    if fiche.centres_interet:
        parts.append(
            "<h3>Centres d'intérêt</h3><p>" + " · ".join(e(c) for c in fiche.centres_interet) + "</p>"
        )
    if fiche.riasec:
        parts.append("<h3>Profil RIASEC</h3><p>" + " / ".join(fiche.riasec) + "</p>")
    if fiche.mobility:
        parts.append(
            "<h3>Métiers proches</h3><ol>"
            + "".join(
                f'<li><a href="fiche:{e(m.code)}">{e(m.title)}</a> ({e(m.code)})</li>' for m in fiche.mobility
            )
            + "</ol>"
        )
    return "".join(parts)


class FichePage(QWidget):
    """A fiche with back/forward history (Alt+Gauche / Alt+Droite).

    Signals:
        sig_fiche_shown(str): the code of the fiche now shown.
    """

    sig_fiche_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference: RomeReference | None = None
        self.history: list[str] = []
        self.position = -1
        self.back = QToolButton()
        self.back.setText("←")
        self.back.setToolTip(self.tr("Fiche précédente (Alt+Gauche)"))
        self.forward = QToolButton()
        self.forward.setText("→")
        self.forward.setToolTip(self.tr("Fiche suivante (Alt+Droite)"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.back.clicked.connect(lambda: self._move(-1))
        self.forward.clicked.connect(lambda: self._move(1))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self._move(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self._move(1))
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.forward)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self._update_buttons()

    def show_fiche(self, code: str) -> None:
        """Open the fiche ``code``, adding it to the history."""
        if self._render(code):
            self.history = [*self.history[: self.position + 1], code]
            self.position = len(self.history) - 1
            self._update_buttons()

    def _render(self, code: str) -> bool:
        fiche = self.reference.fiche(code) if self.reference is not None else None
        if fiche is None:
            self.browser.setHtml(f"<p>{html.escape(self.tr('Aucune fiche « {0} ».').format(code))}</p>")
            return False
        self.browser.setHtml(fiche_html(fiche))
        self.sig_fiche_shown.emit(fiche.code)
        return True

    def _move(self, step: int) -> None:
        target = self.position + step
        if 0 <= target < len(self.history):
            self.position = target
            self._render(self.history[target])
            self._update_buttons()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "fiche":
            self.show_fiche(url.path())

    def _update_buttons(self) -> None:
        self.back.setEnabled(self.position > 0)
        self.forward.setEnabled(self.position < len(self.history) - 1)


class RomeArea(Area):
    """Search and browse the active ROME release; import a new one."""

    title = "Métiers (ROME)"

    def __init__(self, ctx: Any, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, window, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Rechercher un métier : « greffière », « clerc d avocat », M1805…")
        )
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.side = QTabWidget()
        self.side.addTab(self.results, self.tr("Recherche"))
        self.side.addTab(self.tree, self.tr("Parcourir"))
        self.page = FichePage()
        self.status = QLabel()
        self.import_button = QPushButton(self.tr("Importer une version du ROME…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.side, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setSizes([420, 760])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open_item)
        self.results.currentItemChanged.connect(lambda item, _old: self._open_item(item))
        self.tree.itemExpanded.connect(self._expand)
        self.tree.itemActivated.connect(self._open_item)
        self.tree.currentItemChanged.connect(lambda item, _old: self._open_item(item))
        self.import_button.clicked.connect(self.ask_import)
        self.status.setWordWrap(True)
        if hasattr(window, "menu"):
            for label, folder in (
                (self.tr("Importer une version du ROME (dossier)…"), True),
                (self.tr("Importer une version du ROME (zip)…"), False),
            ):
                action = QAction(label, self)
                action.triggered.connect(lambda _=False, f=folder: self.ask_import(f))
                window.menu("Référentiel").addAction(action)
            bundled = app_rome.bundled_release()
            if bundled is not None:
                action = QAction(self.tr("Revenir à la version fournie avec l'application"), self)
                action.triggered.connect(lambda: self.import_release(str(bundled), bundled=True))
                window.menu("Référentiel").addAction(action)
        self.reference: RomeReference | None = None
        self._import_said: ImportResult | None = None  # the last import, said beside the release
        self.refresh()
        # An import (here, from the command line's data folder or the first start) shows at once.
        bridge(ctx).sig_changed.connect(
            lambda change: self.refresh() if change.what == changes.ROME else None
        )

    # ---- Public API

    def refresh(self) -> None:
        """Follow the active release (after an import)."""
        self.reference = self.ctx.rome
        self.page.reference = self.reference
        if self.reference is None:
            self.status.setText(
                self.tr("Aucun référentiel ROME : importez la publication officielle de France Travail.")
            )
            self.page.browser.setHtml(
                "<p>"
                + self.tr(
                    "Le référentiel des métiers n'est pas encore importé. « Référentiel > Revenir à la version "
                    "fournie avec l'application » importe la publication officielle fournie ; « Importer une "
                    "version du ROME… » importe le dossier ou le zip publié par France Travail (RefRomeCsv)."
                )
                + "</p>"
            )
        else:
            info = self.reference.info()
            if not self.page.history:  # still the "not imported" text: say what to do now
                self.page.browser.setHtml(
                    "<p>"
                    + self.tr(
                        "Tapez un métier dans la recherche ou parcourez les domaines, secteurs et centres "
                        "d'intérêt à gauche pour ouvrir sa fiche."
                    )
                    + "</p>"
                )
            said = self._import_said
            self.status.setText(
                (said.message() + " " if said is not None and said.path == self.reference.path else "")
                + self.tr("{0} — {1} fiches, {2} appellations. {3}, Licence Ouverte.").format(
                    info.version_label, info.counts["fiches"], info.counts["appellations"], info.credit
                )
            )
        self._fill_tree()
        self._search(self.search.text())

    def show_fiche(self, code: str) -> None:
        self.page.show_fiche(code)

    def ask_import(self, folder: bool = True) -> None:
        if folder:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Dossier de la publication ROME (RefRomeCsv)")
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Archive de la publication ROME"), "", "Zip (*.zip)"
            )
        if path:
            self.import_release(path)

    def import_release(self, path: str, bundled: bool = False) -> Task:
        ctx = self.ctx

        def work(progress: Progress) -> ImportResult:
            return app_rome.import_release(
                ctx, path, progress.report, lambda: progress.cancelled, bundled=bundled
            )

        return (
            Task(self, work)
            .on_success(self._imported)
            .with_progress(self.tr("Import du référentiel ROME…"), cancellable=True)
            .start()
        )

    def rome_changed(self, result: ImportResult) -> None:
        """An import finished: show the active release and say what the import did."""
        self._import_said = result
        self.refresh()

    # ---- Helpers

    def _imported(self, result: ImportResult) -> None:
        notify = getattr(self.window_, "rome_imported", None)
        if notify is not None:
            notify(result)  # the window says so in its status bar, and tells this view
        else:
            self.rome_changed(result)

    def _search(self, text: str) -> None:
        self.results.clear()
        if self.reference is None:
            return
        for hit in self.reference.search(text, 100):
            label = (
                hit.appellation
                if hit.appellation == hit.fiche_title
                else f"{hit.appellation} — {hit.fiche_title}"
            )
            item = QListWidgetItem(f"{hit.code}  {label}")
            item.setData(CODE_ROLE, hit.code)
            self.results.addItem(item)
        self.side.setCurrentWidget(self.results)

    def _open_first(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem | QTreeWidgetItem | None) -> None:
        if item is None:
            return
        code = item.data(0, CODE_ROLE) if isinstance(item, QTreeWidgetItem) else item.data(CODE_ROLE)
        if code and (not self.page.history or self.page.history[self.page.position] != code):
            self.page.show_fiche(code)

    def _fill_tree(self) -> None:
        self.tree.clear()
        if self.reference is None:
            return
        roots = (
            (
                self.tr("Domaines professionnels"),
                [(f"{c} — {label}", ("grand", c)) for c, label in self.reference.grand_domaines()],
            ),
            (
                self.tr("Secteurs d'activité"),
                [(label, ("secteur", c)) for c, label in self.reference.secteurs()],
            ),
            (
                self.tr("Centres d'intérêt"),
                [(label, ("centre", c)) for c, label in self.reference.centres_interet()],
            ),
            (self.tr("Métiers d'avenir et repères"), [(label, ("tag", c)) for c, label in TAGS.items()]),
        )
        for title, children in roots:
            root = QTreeWidgetItem([title])
            self.tree.addTopLevelItem(root)
            for label, key in children:
                child = QTreeWidgetItem([label])
                child.setData(0, Qt.ItemDataRole.UserRole + 1, key)
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                root.addChild(child)

    def _expand(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole + 1)
        if not key or item.childCount() or self.reference is None:
            return
        kind, code = key
        if kind == "grand":
            for domaine, label in self.reference.domaines(code):
                child = QTreeWidgetItem([f"{domaine} — {label}"])
                child.setData(0, Qt.ItemDataRole.UserRole + 1, ("domaine", domaine))
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                item.addChild(child)
            return
        fiches = {
            "domaine": self.reference.fiches_in_domaine,
            "secteur": self.reference.fiches_in_secteur,
            "centre": self.reference.fiches_in_centre,
            "tag": self.reference.fiches_with_tag,
        }[kind](code)
        for fiche in fiches:
            child = QTreeWidgetItem([f"{fiche.code}  {fiche.title}"])
            child.setData(0, CODE_ROLE, fiche.code)
            item.addChild(child)
