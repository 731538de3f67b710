"""The main window: the case list, other top-level areas, and open case files as tabs."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from workbench import APP_NAME, __version__
from workbench.app import changes, settings
from workbench.app.cases import Cases
from workbench.app.changes import Change
from workbench.app.rome import BUNDLED_CREDIT
from workbench.app.team import RemoteChanges
from workbench.errors import UserError
from workbench.ui import team_dialogs
from workbench.ui.backups_dialog import BackupsDialog, back_up_if_due
from workbench.ui.case_list import CaseListArea
from workbench.ui.case_view import CaseView, fitting_page
from workbench.ui.changes import bridge
from workbench.ui.errors import show_user_error
from workbench.ui.geometry import restore_geometry, save_geometry
from workbench.ui.help import HelpDialog
from workbench.ui.lock import ChangePassphraseDialog, IdleLock, LockScreen, ask_lock_minutes, unlocks
from workbench.ui.sections import AREAS, Area, load
from workbench.ui.tasks import Task, wait_for_tasks

log = logging.getLogger(__name__)

REMOTE_GATHER_MS = 500
MENU_TITLES = ("Fichier", "Affichage", "Référentiel", "Outils", "Aide")
# Alt+letter opens one menu each: "Affichage" keeps A, so "Aide" takes i.
MENU_MNEMONICS = {"Aide": "A&ide"}


class MainWindow(QMainWindow):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self._restore_geometry()
        self._menus: dict[str, QMenu] = {}
        self._help: HelpDialog | None = None
        for title in MENU_TITLES:
            self.menu(title)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Page 0: the work; page 1: the lock screen that hides it after a period of inactivity.
        self.lock_screen = LockScreen(lambda typed: unlocks(self.ctx.db, typed))
        self.lock_screen.sig_unlocked.connect(self.unlock)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self._covers: list[QWidget] = []
        self.idle = IdleLock(self, self._idle_minutes())
        self.idle.sig_idle.connect(self.lock)

        self.case_list = CaseListArea(ctx, self)
        self.case_list.sig_open_case.connect(self.open_case)
        self.areas: list[Area] = [self.case_list]
        for name in AREAS:
            try:
                self.areas.append(load(name)(ctx, self))
            except Exception:  # one broken area must not keep the window from opening
                log.error("area %s failed to open:\n%s", name, traceback.format_exc())
        for area in self.areas:
            page = fitting_page()  # an area scrolls rather than push the window past a small screen
            page.setWidget(area)
            self.tabs.addTab(page, self.tr(area.title))
            self.tabs.tabBar().setTabButton(
                self.tabs.count() - 1, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self._build_actions()
        self.statusBar().showMessage(self.tr("Données : {0}").format(ctx.paths.data_dir), 8000)
        self.case_list.reload()
        # Any change, wherever made (a case tab, the quick capture, a purge): the case list and the
        # area on screen follow, once per burst of changes.
        self._lists_stale = False
        self._lists_timer = QTimer(self)
        self._lists_timer.setSingleShot(True)
        self._lists_timer.setInterval(0)
        self._lists_timer.timeout.connect(self._refresh_lists)
        bridge(ctx).sig_changed.connect(self._announced)
        back_up_if_due(ctx, self)
        # On the server: what colleagues commit reaches the open views too (LISTEN / NOTIFY).
        self.remote = RemoteChanges(ctx)
        if not ctx.db.is_sqlite:
            self._watch = ConnectionWatch(self)
            self.remote.start()
            remote = self.remote  # a window deleted without closing listens no more
            self.destroyed.connect(lambda *_: remote.stop())

    # ---- Public API

    def menu(self, title: str) -> QMenu:
        """The top-level menu ``title`` (created on first use), where areas add their actions."""
        if title not in self._menus:
            self._menus[title] = self.menuBar().addMenu(self.tr(MENU_MNEMONICS.get(title, f"&{title}")))
        return self._menus[title]

    def open_case(self, case_id: int) -> CaseView:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, CaseView) and widget.case_id == case_id:
                self.tabs.setCurrentIndex(index)
                return widget
        view = CaseView(self.ctx, case_id)
        index = self.tabs.addTab(view, view.title)
        view.sig_title_changed.connect(
            lambda title, v=view: self.tabs.setTabText(self.tabs.indexOf(v), title)
        )
        view.sig_erased.connect(lambda v=view: self.forget_case(v.case_id))
        view.sig_gone.connect(lambda v=view: self._case_gone(v.case_id))
        self.tabs.setCurrentIndex(index)
        return view

    def open_case_or_say(self, case_id: int) -> CaseView | None:
        """``workbench --open-case ID``: open it, or say in French why it cannot be."""
        try:
            Cases(self.ctx).get(case_id)  # unknown, erased or not shared: a message, not a traceback
        except UserError as exc:
            show_user_error(self, exc)
            return None
        return self.open_case(case_id)

    def rome_imported(self, result: Any, first_use: bool = False) -> None:
        """A ROME import finished (``app.rome.ImportResult``): say so. The views follow the new
        release through the change announced by the import; the Métiers view also says what it did.
        The first use's import is also told in a notice that does not block the window."""
        self.statusBar().showMessage(result.message(), 30000)
        for area in self.areas:
            said = getattr(area, "rome_changed", None)
            if said is not None:
                said(result)
        if first_use:
            notice = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Référentiel ROME"),
                result.message() + "\n\n" + BUNDLED_CREDIT + ", Licence Ouverte / Open Licence (Etalab).",
                QMessageBox.StandardButton.Ok,
                self,
            )
            notice.setModal(False)
            notice.show()

    def close_all_cases(self) -> bool:
        """Close every open case file (asking about unsaved changes); False if the user kept one."""
        for view in self.case_views():
            if not view.maybe_close():
                return False
            self.tabs.removeTab(self.tabs.indexOf(view))
            view.deleteLater()
        return True

    def forget_case(self, case_id: int) -> None:
        """An erased case: close its tab without asking and refresh the list."""
        for view in self.case_views():
            if view.case_id == case_id:
                self.tabs.removeTab(self.tabs.indexOf(view))
                view.deleteLater()
        self.case_list.reload()

    @property
    def locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every personal datum until the passphrase is typed again."""
        if self.locked or (self.ctx.db.passphrase is None and self.ctx.db.user is None):
            return  # nothing to unlock with: a plain local file, or a server without accounts
        self.pages.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.remote.stop()  # nothing refreshes behind the lock; everything does once unlocked
        self.statusBar().clearMessage()
        # Open dialogs are covered and disabled, not closed: what is typed in them is kept.
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QDialog) and window.isVisible():
                cover = QWidget(window)
                cover.setAutoFillBackground(True)
                cover.setGeometry(window.rect())
                cover.show()
                cover.raise_()
                window.setEnabled(False)
                self._covers.append(cover)
        self.activateWindow()
        self.lock_screen.setFocus()

    def unlock(self) -> None:
        for cover in self._covers:
            if (dialog := cover.parentWidget()) is not None:
                dialog.setEnabled(True)
            cover.deleteLater()
        self._covers.clear()
        self.pages.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self.idle.set_minutes(self.idle.minutes)
        self.remote.start()  # once listening again, every view refreshes (what colleagues did meanwhile)

    def case_views(self) -> list[CaseView]:
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), CaseView)]

    def show_area(self, area_type: type) -> Area | None:
        for area in self.areas:
            if isinstance(area, area_type):
                self.show_page(area)
                return area
        return None

    def show_page(self, widget: QWidget) -> None:
        """Bring forward the tab holding ``widget`` (an area, inside its scrolling page, or a case)."""
        page = widget.parentWidget()
        while page is not None and self.tabs.indexOf(page) == -1:
            page = page.parentWidget()
        self.tabs.setCurrentWidget(page if page is not None else widget)

    def current_area(self) -> Area | None:
        return area_of(self.tabs.currentWidget())

    # ---- Helpers

    def _build_actions(self) -> None:
        new_case = QAction(self.tr("&Nouveau dossier…"), self)
        new_case.setShortcut(QKeySequence.StandardKey.New)
        new_case.triggered.connect(self._new_case)
        close_case = QAction(self.tr("&Fermer le dossier"), self)
        close_case.setShortcut(QKeySequence.StandardKey.Close)
        close_case.triggered.connect(lambda: self._close_tab(self.tabs.currentIndex()))
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        backups_action = QAction(self.tr("&Sauvegardes…"), self)
        backups_action.triggered.connect(lambda: BackupsDialog(self.ctx, self).exec())
        backups_action.setEnabled(self.ctx.db.is_sqlite)  # a shared server is backed up by its administrators
        lock_action = QAction(self.tr("&Verrouiller"), self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(self.lock)
        passphrase_action = QAction(self.tr("Changer la &phrase de passe…"), self)
        passphrase_action.triggered.connect(self._change_passphrase)
        passphrase_action.setEnabled(self.ctx.db.passphrase is not None)
        checkout = QAction(self.tr("&Emporter des dossiers sur ce poste…"), self)
        checkout.triggered.connect(lambda: team_dialogs.check_out(self.ctx, self, self.case_list.reload))
        checkin = QAction(self.tr("&Rapporter les dossiers emportés…"), self)
        checkin.triggered.connect(lambda: team_dialogs.check_in(self.ctx, self, self.case_list.reload))
        for action in (checkout, checkin):
            action.setEnabled(not self.ctx.db.is_sqlite)  # with the structure's server only
        lock_delay = QAction(self.tr("Verrouillage &automatique…"), self)
        lock_delay.triggered.connect(self._ask_lock_delay)
        self.menu("Outils").addAction(lock_delay)
        file_menu = self.menu("Fichier")
        file_menu.addActions(
            [new_case, close_case, backups_action, checkout, checkin, lock_action, passphrase_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        for number, area in enumerate(self.areas, start=1):
            show = QAction(self.tr(area.title), self)
            if number <= 9:
                show.setShortcut(QKeySequence(f"Ctrl+{number}"))
            show.triggered.connect(lambda _=False, a=area: self.show_page(a))
            self.menu("Affichage").addAction(show)

        guide = QAction(self.tr("&Guide de l'écran"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(lambda: self.help().show_guide(self.current_screen()))
        terms = QAction(self.tr("G&lossaire des sigles"), self)
        terms.setShortcut(QKeySequence("Shift+F1"))
        terms.triggered.connect(lambda: self.help().show_glossary())
        for action in (guide, terms):  # from any window of the application, dialogs included
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        print_terms = QAction(self.tr("&Imprimer le glossaire pour la personne…"), self)
        print_terms.triggered.connect(lambda: self.help().save_pdf())
        about = QAction(self.tr("À &propos d'Atelier CEP"), self)
        about.triggered.connect(self._about)
        help_menu = self.menu("Aide")
        help_menu.addActions([guide, terms, print_terms])
        help_menu.addSeparator()
        help_menu.addAction(about)

    def help(self) -> HelpDialog:
        """The help window (one, kept beside the work)."""
        if self._help is None:
            self._help = HelpDialog(self.ctx, self)
        return self._help

    def current_screen(self) -> str:
        """The title of what is shown: an area, or the tab of the open case (its guide's name)."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, CaseView):
            title = widget.tabs.tabText(widget.tabs.currentIndex())
            return "Documents (dossier)" if title == "Documents" else title
        area = area_of(widget)
        return area.title if area is not None else ""

    def _change_passphrase(self) -> None:
        if self.ctx.db.passphrase is None:
            return
        if not self.close_all_cases():
            return

        dialog = ChangePassphraseDialog(self.ctx.db.passphrase, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.result_value
        wait_for_tasks()  # rekeying rewrites every page: no other work may hold the database
        self.pages.setEnabled(False)
        self.menuBar().setEnabled(False)

        def finished(_result: object = None) -> None:
            self.pages.setEnabled(True)
            self.menuBar().setEnabled(True)

        def done(_result: object) -> None:
            finished()
            self.statusBar().showMessage(
                self.tr("Phrase de passe changée ; sauvegardes chiffrées à nouveau."), 8000
            )

        def failed(exc: BaseException) -> None:
            finished()
            show_user_error(self, exc if isinstance(exc, UserError) else UserError(str(exc)))

        Task(self, lambda _p: self.ctx.change_passphrase(old, new)).on_success(done).on_failure(
            failed
        ).with_progress(self.tr("Chiffrement de la base et des sauvegardes avec la nouvelle phrase…")).start()

    def _idle_minutes(self) -> float:
        try:
            return float(settings.load(self.ctx).idle_lock_minutes)
        except UserError as exc:  # a damaged settings file: said, and the default delay applies
            log.warning("settings unreadable: %s", exc)
            return float(settings.Settings().idle_lock_minutes)

    def _ask_lock_delay(self) -> None:
        try:
            minutes = ask_lock_minutes(self, self.ctx)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if minutes is not None:
            self.idle.set_minutes(minutes)

    def _new_case(self) -> None:
        self.show_page(self.case_list)
        self.case_list.new_case()

    def _about(self) -> None:
        rome = self.ctx.rome
        rome_line = (
            self.tr("Référentiel ROME actif : {0}<br>{1}, Licence Ouverte / Open Licence (Etalab).").format(
                rome.info().version_label, rome.info().credit
            )
            if rome is not None
            else self.tr("Aucun référentiel ROME importé.")
        )
        QMessageBox.about(
            self,
            self.tr("À propos"),
            self.tr(
                "<h3>{0} {1}</h3><p>Poste de travail hors ligne des conseillers en évolution professionnelle.</p>"
                "<p>{2}</p><p>Fournie avec l'application : la publication officielle de France Travail, "
                "sans modification. {3}, Licence Ouverte / Open Licence (Etalab).</p>"
                "<p>Données : {4}</p>"
            ).format(APP_NAME, __version__, rome_line, BUNDLED_CREDIT, self.ctx.paths.data_dir),
        )

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, CaseView) and widget.maybe_close():
            self.tabs.removeTab(index)
            widget.deleteLater()

    def _case_gone(self, case_id: int) -> None:
        """Reassigned or erased on another computer, with nothing typed here: the tab closes."""
        self.forget_case(case_id)
        self.statusBar().showMessage(
            self.tr(
                "Le dossier n° {0} n'est plus accessible depuis ce poste (réattribué ou effacé par un collègue)."
            ).format(case_id),
            15000,
        )

    def _announced(self, change: Change) -> None:
        if change.what in (changes.NOTES, changes.ROME, changes.SETTINGS):
            return  # nothing the lists show (the areas that show them listen themselves)
        if change.what == changes.ERASED and change.case_id is not None:
            self.forget_case(change.case_id)
        # Colleagues' changes come from the whole structure (even cases not shown here, which may
        # be about to be): gathered over half a second, one list reload per burst.
        if change.what != changes.REMOTE:
            self._lists_timer.start(0)
        elif not self._lists_timer.isActive():
            self._lists_timer.start(REMOTE_GATHER_MS)

    def _refresh_lists(self) -> None:
        if self.ctx.open_db is None:
            return  # the database was closed meanwhile (a gathered refresh must not reopen it)
        self.case_list.reload()
        current = self.tabs.currentWidget()
        if isinstance(current, Area) and current is not self.case_list and not self.locked:
            current.activated()

    def _tab_changed(self, index: int) -> None:
        area = area_of(self.tabs.widget(index))
        if area is not None:
            area.activated()

    def _restore_geometry(self) -> None:
        if restore_geometry(self, self.ctx.paths.data_dir):
            self.setWindowState(Qt.WindowState.WindowMaximized)

    # ---- Qt overrides

    def closeEvent(self, event: QCloseEvent) -> None:
        for view in self.case_views():
            if not view.maybe_close():
                event.ignore()
                return
        save_geometry(self, self.ctx.paths.data_dir)
        self.setEnabled(False)
        self.remote.stop()
        wait_for_tasks()
        event.accept()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and isinstance(self.tabs.currentWidget(), CaseView):
            self.show_page(self.case_list)
            return
        super().keyPressEvent(event)


def area_of(page: QWidget | None) -> Area | None:
    """The area shown by a tab page (areas sit inside a scrolling page)."""
    widget = page.widget() if isinstance(page, QScrollArea) else page
    return widget if isinstance(widget, Area) else None


def parent_window(widget: QWidget) -> MainWindow | None:
    window = widget.window()
    return window if isinstance(window, MainWindow) else None


class ConnectionWatch(QObject):
    """On the server: once a save met a lost connection, try the server every few seconds (off
    the GUI thread) and say in the status bar when it answers again. What is typed stays on
    screen meanwhile; the next save goes through a fresh connection. It also says, once, when the
    server's triggers predate the notifications of colleagues' changes (``team init`` is due)."""

    INTERVAL_MS = 5000

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._probing = False
        self._told_outdated = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self.window.remote.server_sends is False and not self._told_outdated:
            self._told_outdated = True  # once: the administrator's task, not the counsellor's
            self.window.statusBar().showMessage(
                self.tr(
                    "Le serveur ne signale pas encore les modifications faites par les collègues : "
                    "rouvrez un dossier pour le voir à jour, et demandez à l'administrateur de relancer "
                    "« workbench team init »."
                ),
                30000,
            )
        db = self.window.ctx.open_db
        if db is None or not db.connection_lost or self._probing:
            return
        self._probing = True
        self.window.statusBar().showMessage(
            self.tr(
                "Serveur de la structure injoignable : nouvel essai toutes les 5 secondes ; "
                "ce qui est saisi reste à l'écran."
            )
        )
        Task(self.window, lambda _p: db.reachable()).on_success(self._probed).on_failure(
            lambda _exc: self._probed(False)
        ).start()

    def _probed(self, answered: bool) -> None:
        self._probing = False
        if answered:
            self.window.statusBar().showMessage(self.tr("Connexion au serveur rétablie."), 8000)
