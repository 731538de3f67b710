"""Documents in the window: a case file's "Documents" tab, batch export, the structure's settings.

The tab lists the document kinds; choosing one shows its preview (pages rendered off the GUI
thread), then « Enregistrer sous… » writes the PDF and « Imprimer… » sends the pages to a printer.
The "Documents" area exports chosen documents for many case files at once, with a progress bar and
cancel. Both add their actions to the Outils menu.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.app import settings
from workbench.app.cases import Cases
from workbench.app.documents import KINDS, Documents, write_pdf
from workbench.core.text import fold
from workbench.errors import UserError
from workbench.paths import VIEWER_FOLDER, private_temp_dir
from workbench.ui.errors import show_user_error
from workbench.ui.forms import KeyboardDialog, ask_text, required
from workbench.ui.pdf_preview import PagesView, can_render, print_pages, render_pages
from workbench.ui.sections import Area, CaseSection
from workbench.ui.structure_settings import StructureSettingsDialog
from workbench.ui.tasks import Progress, Task

log = logging.getLogger(__name__)

PREVIEW_DPI = 110
PRINT_DPI = 300


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def documents_folder(ctx: Any, below_home: str = "") -> Path:
    """Where documents are saved by default: the settings' folder, else the home folder."""
    try:
        chosen = settings.load(ctx).documents_folder
    except UserError:
        chosen = ""
    return Path(chosen) if chosen else Path.home() / below_home


class DocumentsSection(CaseSection):
    """The documents of one case file: preview, save, print."""

    title = "Documents"

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case_id, parent)
        # (kind, date, case revision) → bytes of the preview: a change to the case makes it stale
        self._pdf: tuple[tuple[object, ...], bytes] | None = None
        self._pending: Task | None = None

        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Types de document"))
        for kind in KINDS.values():
            item = QListWidgetItem(self.tr(kind.title))
            item.setData(Qt.ItemDataRole.UserRole, kind.code)
            item.setToolTip(self.tr(kind.description))
            self.kinds.addItem(item)
        self.day = _date_edit(self)
        self.save_button = QPushButton(self.tr("&Enregistrer sous…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Imprimer le document (Ctrl+P)"))
        self.open_button = QPushButton(self.tr("&Ouvrir dans la visionneuse"))
        self.review_button = QPushButton(self.tr("&Relire et reformuler…"))
        self.review_button.setToolTip(
            self.tr("Reformuler les textes du document avant de l'imprimer (le dossier n'est pas modifié)")
        )
        self.hand_button = QPushButton(self.tr("Re&mettre le document…"))
        self.hand_button.setToolTip(
            self.tr("Garder dans le dossier le document tel qu'il est remis (date, document, empreinte)")
        )
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Entretien du compte rendu"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a3412;")
        self.warning.hide()
        self.handed = QListWidget()
        self.handed.setAccessibleName(self.tr("Documents remis"))
        self.handed.setMaximumHeight(110)
        self.handed.setToolTip(self.tr("Entrée ou double-clic : ouvrir le document tel qu'il a été remis"))
        self._edits: dict[str, str] = {}
        self._handed_ids: list[int] = []
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pages = PagesView()

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("&Document :")))
        left.itemAt(0).widget().setBuddy(self.kinds)  # type: ignore[union-attr]
        self.kinds.setWordWrap(True)
        self.kinds.setFixedHeight(self.kinds.sizeHintForRow(0) * (len(KINDS) + 2) + 8)  # every kind in sight
        self.handed.setMinimumHeight(40)  # the list that gives way on a small screen
        left.addWidget(self.kinds)
        dated = QFormLayout()
        dated.addRow(self.tr("&Date du document :"), self.day)
        left.addLayout(dated)
        # A form of its own: its short label leaves the meeting's date and level room (not cut).
        meeting_row = QFormLayout()
        meeting_row.addRow(self.tr("En&tretien :"), self.meeting)
        self.meeting.currentTextChanged.connect(self.meeting.setToolTip)
        left.addLayout(meeting_row)
        left.addWidget(self.description)
        left.addWidget(self.warning)
        left.addWidget(self.review_button)
        left.addWidget(self.save_button)
        left.addWidget(self.print_button)
        left.addWidget(self.open_button)
        left.addWidget(self.hand_button)
        left.addWidget(self.status)
        left.addWidget(QLabel(self.tr("Documents remis :")))
        left.addWidget(self.handed)
        left.addStretch(1)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(340)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)

        # Typing a date fires on every digit: wait for a pause before rebuilding the preview.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.preview)
        self.kinds.currentRowChanged.connect(lambda _row: self._kind_changed())
        self.meeting.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.review_button.clicked.connect(self.review)
        self.hand_button.clicked.connect(self.hand_over)
        self.handed.itemActivated.connect(self._open_handed)
        self.day.dateChanged.connect(lambda _d: self._debounce.start())
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.kinds.blockSignals(True)  # the first preview waits until the tab is shown
        self.kinds.setCurrentRow(0)
        self.kinds.blockSignals(False)

    # ---- Public API

    @property
    def current_code(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else next(iter(KINDS))

    @property
    def current_date(self) -> date:
        return _to_date(self.day.date())

    @property
    def current_meeting(self) -> int | None:
        if self.current_code != "entretien":
            return None
        value = self.meeting.currentData()
        return int(value) if value is not None else None

    @property
    def current_key(self) -> tuple[object, ...]:
        return (
            self.current_code,
            self.current_date,
            self.current_meeting,
            tuple(sorted(self._edits.items())),
            self.ctx.changes.revision(self.case_id),
        )

    def build(self) -> bytes:
        """The PDF of the chosen document for this case as stored now (on the calling thread).

        What is saved, printed or opened is read from the database again: the preview may come
        from the cache, the document handed over never does."""
        key = self.current_key
        data = Documents(self.ctx).build(
            self.current_code, self.case_id, self.current_date, self.current_meeting, self._edits, fresh=True
        )
        self._pdf = (key, data)
        return data

    def review(self) -> None:
        """Reword the document's texts for this printing (the case file keeps what was recorded)."""
        documents = Documents(self.ctx)
        try:
            texts = documents.texts(self.current_code, self.case_id, self.current_date, self.current_meeting)
        except Exception as exc:
            show_user_error(self, exc)
            return
        if not texts:
            QMessageBox.information(
                self, self.tr("Relire"), self.tr("Ce document n'a pas de texte libre à reformuler.")
            )
            return
        dialog = ReviewDialog(texts, self._edits, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._edits = dialog.edits()
            self.preview()

    def hand_over(self) -> None:
        """Keep the exact document handed over in the case file, then list it."""
        recipient = ask_text(
            self,
            self.tr("Remettre le document"),
            self.tr("Remis à (la personne, ou l'organisme destinataire) :"),
            text=self.tr("la personne"),
            check=required("à qui le document est remis"),
        )
        if recipient is None:
            return
        try:
            data = self.build()
            handed = Documents(self.ctx).hand_over(
                self.current_code, self.case_id, self.current_date, data, recipient, bool(self._edits)
            )
        except Exception as exc:
            show_user_error(self, exc)
            return
        self.status.setText(
            self.tr("Remis et gardé dans le dossier (empreinte SHA-256 {0}…).").format(handed.sha256[:12])
        )
        self._fill_handed()

    def preview(self) -> None:
        """Build the chosen document and show its pages (off the GUI thread)."""
        kind = KINDS[self.current_code]
        text = self.tr(kind.description)
        self.description.setText(text[:1].upper() + text[1:] + ".")
        key = self.current_key
        code, day = self.current_code, self.current_date
        self.status.setText(self.tr("Préparation de l'aperçu…"))
        renderable = can_render()
        documents = Documents(self.ctx)
        meeting, edits = self.current_meeting, dict(self._edits)
        self.meeting.setEnabled(code == "entretien" and self.meeting.count() > 0)

        def work(_progress: Progress) -> tuple[tuple[object, ...], bytes, list[Any], list[Any]]:
            data = documents.build(code, self.case_id, day, meeting, edits)
            problems = documents.problems(code, self.case_id, day, meeting, edits)
            return key, data, render_pages(data, PREVIEW_DPI) if renderable else [], problems

        self._pending = (
            Task(self, work)
            .on_success(self._previewed)
            .on_failure(self._preview_failed)
            .keyed("preview")
            .start()
        )

    def save_as(self) -> None:
        suggested = str(
            documents_folder(self.ctx) / Documents(self.ctx).filename(self.current_code, self.case_id)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le document"), suggested, "PDF (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(path, self.build())
        except Exception as exc:
            show_user_error(self, exc)
            return
        self.status.setText(self.tr("Enregistré : {0}").format(path))

    def print_document(self) -> None:
        if not can_render():
            QMessageBox.information(
                self,
                self.tr("Impression"),
                self.tr(
                    "L'impression directe n'est pas disponible sur ce poste. Le document va s'ouvrir dans "
                    "votre lecteur de PDF : imprimez-le depuis celui-ci."
                ),
            )
            self.open_in_viewer()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(KINDS[self.current_code].title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        data = self.build()
        Task(self, lambda _p: render_pages(data, PRINT_DPI)).on_success(
            lambda pages: self._print(printer, pages)
        ).with_progress(self.tr("Préparation de l'impression…")).start()

    def open_in_viewer(self) -> None:
        """Write the PDF to this user's private temporary folder (emptied on close, at start-up and
        on erasure) and hand it to the system's PDF viewer."""
        try:
            folder = private_temp_dir() / VIEWER_FOLDER
            target = folder / Documents(self.ctx).filename(self.current_code, self.case_id)
            write_pdf(target, self.build())
        except Exception as exc:
            show_user_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # ---- CaseSection API

    def refresh(self) -> None:
        """The case changed elsewhere: the preview is stale."""
        self._pdf = None
        self._fill_meetings()
        self._fill_handed()
        if self.isVisible():
            self.preview()

    # ---- Qt overrides

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if self._pdf is None and self._pending is None:
            self._fill_meetings()
            self._fill_handed()
            self.preview()

    # ---- Helpers

    def _kind_changed(self) -> None:
        self._edits = {}  # a rewording belongs to one document
        self.preview()

    def _fill_meetings(self) -> None:
        chosen = self.meeting.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for meeting_id, label in Documents(self.ctx).meetings(self.case_id):
            self.meeting.addItem(label, meeting_id)
        index = self.meeting.findData(chosen)
        self.meeting.setCurrentIndex(index if index >= 0 else 0)
        self.meeting.blockSignals(False)

    def _fill_handed(self) -> None:
        handed = Documents(self.ctx).handed(self.case_id)
        self._handed_ids = [h.id for h in handed]
        self.handed.clear()
        for h in handed:
            local = h.handed_at.astimezone()
            text = f"{local:%d/%m/%Y %H:%M} — {h.title}" + (f" — {h.recipient}" if h.recipient else "")
            item = QListWidgetItem(text + (self.tr(" (reformulé)") if h.reworded else ""))
            item.setToolTip(self.tr("Empreinte SHA-256 : {0} — {1} octets").format(h.sha256, h.size))
            self.handed.addItem(item)

    def _open_handed(self, item: QListWidgetItem) -> None:
        document_id = self._handed_ids[self.handed.row(item)]
        target = self.ctx.paths.data_dir / "apercus" / f"remis-{document_id}.pdf"
        try:
            write_pdf(target, Documents(self.ctx).handed_content(document_id))
        except Exception as exc:
            show_user_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _previewed(self, result: tuple[tuple[object, ...], bytes, list[Any], list[Any]]) -> None:
        self._pending = None
        key, data, pages, problems = result
        self._pdf = (key, data)
        if key != self.current_key:
            return  # another document or a newer case meanwhile: its own preview is on its way
        self.warning.setText(
            "\n".join(self.tr("Attention — {0} : {1}.").format(p.characters, p.consequence) for p in problems)
        )
        self.warning.setVisible(bool(problems))
        if pages:
            self.pages.set_pages(pages)
            count = len(pages)
            self.status.setText(self.tr("{0} page(s) — {1} Ko").format(count, max(1, len(data) // 1024)))
        else:
            self.pages.show_message(
                self.tr(
                    "L'aperçu n'est pas disponible sur ce poste (ni le module PDF de Qt, ni pdftoppm). "
                    "Le document est prêt : enregistrez-le ou ouvrez-le dans votre lecteur de PDF."
                )
            )
            self.status.setText("")

    def _preview_failed(self, exc: BaseException) -> None:
        self._pending = None
        log.warning("preview failed: %s", exc)
        self.pages.show_message(self.tr("Aperçu impossible : {0}").format(exc))
        self.status.setText("")

    def _print(self, printer: QPrinter, pages: list[Any]) -> None:
        try:
            print_pages(printer, pages)
        except Exception as exc:
            show_user_error(self, exc)
            return
        self.status.setText(self.tr("Document envoyé à l'imprimante."))


class ReviewDialog(KeyboardDialog):
    """The document's free texts, to reword before printing (« elle le mettait en bon français »)."""

    def __init__(
        self, texts: list[tuple[str, str, str]], edits: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relire et reformuler le document"))
        self._original = {key: text for key, _label, text in texts}
        self._boxes: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key, label, text in texts:
            box = QPlainTextEdit(edits.get(key, text))
            box.setTabChangesFocus(True)
            box.setMinimumHeight(54)
            self._boxes[key] = box
            form.addRow(self.tr(label), box)
        note = QLabel(
            self.tr(
                "Les textes reformulés valent pour ce document seulement : le dossier garde ce qui a été "
                "saisi. Un document remis après reformulation est signalé comme tel."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def edits(self) -> dict[str, str]:
        """The texts changed from what the case file holds."""
        return {
            key: box.toPlainText()
            for key, box in self._boxes.items()
            if box.toPlainText().strip() != self._original[key].strip()
        }


class DocumentsArea(Area):
    """Export documents for many case files at once."""

    title = "Documents"

    def __init__(self, ctx: Any, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(ctx, window, parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrer les dossiers par nom"))
        self.filter.setClearButtonEnabled(True)
        self.cases = QListWidget()
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.cases.setAccessibleName(self.tr("Dossiers à exporter"))
        check_all = QPushButton(self.tr("Tout &cocher"))
        check_none = QPushButton(self.tr("Tout &décocher"))
        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds_box = QGroupBox(self.tr("Documents à produire"))
        kinds_layout = QVBoxLayout(kinds_box)
        for kind in KINDS.values():
            box = QCheckBox(self.tr(kind.title))
            box.setToolTip(self.tr(kind.description))
            box.setChecked(kind.code in ("entretien", "synthese"))
            self.kind_boxes[kind.code] = box
            kinds_layout.addWidget(box)
        self.day = _date_edit(self)
        self.folder = QLineEdit(str(documents_folder(ctx, "Documents CEP")))
        browse = QPushButton(self.tr("Parcourir…"))
        self.export_button = QPushButton(self.tr("&Exporter"))
        self.export_button.setDefault(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(check_all)
        top.addWidget(check_none)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.cases, 1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Date des documents :"), self.day)
        form.addRow(self.tr("Dossier de destination :"), folder_row)
        right = QVBoxLayout()
        right.addWidget(kinds_box)
        right.addLayout(form)
        right.addWidget(self.export_button)
        right.addWidget(self.summary)
        right.addStretch(1)
        heading = QLabel(
            self.tr(
                "<b>Exporter des documents pour plusieurs dossiers</b> — cochez les dossiers et les documents, "
                "puis choisissez où les enregistrer. Chaque document est un fichier PDF nommé d'après la personne."
            )
        )
        heading.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)

        self.filter.textChanged.connect(self._apply_filter)
        check_all.clicked.connect(lambda: self._check_all(True))
        check_none.clicked.connect(lambda: self._check_all(False))
        browse.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export)
        self._add_menu_actions(window)
        # The list is filled when the area is shown (activated): not at start-up.

    # ---- Public API

    def reload(self) -> None:
        checked = set(self.checked_cases())
        self.cases.clear()
        for summary in Cases(self.ctx).summaries(include_archived=False):
            text = f"{summary.display_name} — n° {summary.id}" + (
                f" — {summary.cep_level}" if summary.cep_level else ""
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.id in checked else Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self._apply_filter(self.filter.text())

    def checked_cases(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.cases.item(i) for i in range(self.cases.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def checked_kinds(self) -> list[str]:
        return [code for code, box in self.kind_boxes.items() if box.isChecked()]

    def export(self) -> Task | None:
        case_ids, codes = self.checked_cases(), self.checked_kinds()
        if not case_ids or not codes:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Cochez au moins un dossier et un type de document.")
            )
            return None
        folder = Path(self.folder.text().strip() or Path.home())
        day = _to_date(self.day.date())
        documents = Documents(self.ctx)

        def work(progress: Progress) -> list[Path]:
            def report(done: int, total: int, label: str) -> None:
                progress.check()
                progress.report(done, total, label)

            return documents.export_many(case_ids, codes, day, folder, report)

        self.summary.setText("")
        return (
            Task(self, work)
            .on_success(lambda files: self._exported(files, folder))
            .with_progress(self.tr("Export des documents…"), cancellable=True)
            .start()
        )

    def activated(self) -> None:
        self.reload()

    # ---- Helpers

    def _add_menu_actions(self, window: QWidget) -> None:
        menu_of = getattr(window, "menu", None)
        if menu_of is None:  # shown outside the main window (tests)
            return
        settings_action = QAction(self.tr("&Paramètres de la structure…"), self)
        settings_action.triggered.connect(lambda: StructureSettingsDialog.edit(self.ctx, self.window()))
        export_action = QAction(self.tr("&Exporter des documents…"), self)
        export_action.triggered.connect(self._show)
        tools = menu_of("Outils")
        tools.addAction(settings_action)
        tools.addAction(export_action)

    def _show(self) -> None:
        show_area = getattr(self.window_, "show_area", None)
        if show_area is not None:
            show_area(type(self))

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text)
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            if not item.isHidden():
                item.setCheckState(state)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier de destination"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _exported(self, files: list[Path], folder: Path) -> None:
        self.summary.setText(self.tr("{0} document(s) écrit(s) dans {1}.").format(len(files), folder))
