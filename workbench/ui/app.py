"""Start the window: Qt application, French translations, logging, crash handler, database."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from workbench import APP_ID, APP_NAME, __version__
from workbench.context import DATABASE_URL_ENV, Context
from workbench.errors import UserError
from workbench.logs import setup_logging
from workbench.paths import clear_private_temp
from workbench.resources import resource_path
from workbench.ui.errors import install_excepthook
from workbench.ui.geometry import restore_geometry

if TYPE_CHECKING:
    from workbench.app.privacy import DamagedDatabase

log = logging.getLogger(__name__)

# Set by the installer's smoke test: open the window, report what is active, quit.
SMOKE_TEST_ENV = "WORKBENCH_SMOKE_TEST"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with French as the default locale, our translations and style."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    install_translators(app)
    style = resource_path("styles", "workbench.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource_path("icons", "atelier-cep.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_translators(app: QApplication) -> None:
    """Qt's own French strings (standard buttons, dialogs), what that catalogue lacks, and the
    application's catalogue (``make translations``); the last installed is asked first."""
    locale = QLocale()
    catalogues = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qt_complement", str(resource_path("translations"))),
        ("workbench", str(resource_path("translations"))),
    )
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def show_first_window(ctx: Context) -> QMainWindow:
    """A window on screen at once, where the main window will be, before the database and the heavy
    modules (SQLAlchemy, the store, every area) are loaded; the main window then takes its place."""
    first = QMainWindow()
    first.setWindowTitle(APP_NAME)
    restore_geometry(first, ctx.paths.data_dir)
    label = QLabel(first.tr("Ouverture de la base des dossiers…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    first.setCentralWidget(label)
    first.show()
    QApplication.processEvents()  # painted now
    return first


def run_gui(ctx: Context, open_case: int | None = None) -> int:
    log_file = setup_logging(ctx.paths.log_dir)
    app = create_application()
    install_excepthook(log_file)
    log.info("starting %s %s, data in %s", APP_NAME, __version__, ctx.paths.data_dir)
    clear_private_temp()  # what an interrupted preview left
    first = show_first_window(ctx)
    try:
        if not open_database(ctx, first):
            return 1
    except UserError as exc:
        QMessageBox.critical(first, APP_NAME, str(exc))
        return 1

    from workbench.ui.main_window import MainWindow
    from workbench.ui.rome_browser import import_bundled_on_first_use

    first_use = import_bundled_on_first_use(ctx)
    window = MainWindow(ctx)
    window.show()
    if first_use is not None:
        window.rome_imported(first_use, first_use=True)
    if open_case is not None:
        window.open_case_or_say(open_case)
    first.close()
    if os.environ.get(SMOKE_TEST_ENV):
        QTimer.singleShot(500, lambda: _smoke_test(app, window))
    code = app.exec()
    ctx.close()
    clear_private_temp()  # previews and the files handed to the PDF viewer
    return code


def open_database(ctx: Context, parent: QWidget | None = None) -> bool:
    """Open (and migrate) the encrypted case database, asking for its passphrase; False if cancelled.

    A damaged database is not opened: the latest sound backup is offered instead.
    """
    from workbench.app.privacy import DamagedDatabase
    from workbench.ui.lock import ask_local_passphrase

    if os.environ.get(DATABASE_URL_ENV):  # team mode: the server, after signing in
        from workbench.ui.lock import ask_login

        ctx.ask_login = ask_login
        ctx.db  # noqa: B018
        return True
    passphrase = ask_local_passphrase(ctx, parent)
    if passphrase is None:
        return False
    try:
        ctx.unlock(passphrase)
    except DamagedDatabase as exc:
        return recover(ctx, exc, passphrase)
    return True


def recover(ctx: Context, damaged: DamagedDatabase, passphrase: str) -> bool:
    """Offer the newest backup that passes its checks in place of a damaged database (kept aside)."""
    found = damaged.backup
    what = "La base des dossiers est endommagée" + (f" ({damaged.detail})" if damaged.detail else "") + "."
    if found is None:
        QMessageBox.critical(None, APP_NAME, str(damaged))
        return False
    answer = QMessageBox.question(
        None,
        APP_NAME,
        f"{what}\n\nRestaurer la sauvegarde saine la plus récente, celle du {found.made_at:%d/%m/%Y à %H:%M} ? "
        "Les modifications faites depuis seront perdues ; la base endommagée est gardée dans les sauvegardes.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    ctx.restore_backup(found, passphrase)
    ctx.db  # noqa: B018
    return True


def _smoke_test(app: QApplication, window: QWidget) -> None:
    from workbench.ui.tasks import wait_for_tasks

    wait_for_tasks()
    rome = window.ctx.rome  # type: ignore[attr-defined]
    print(
        f"smoke-ok window={window.isVisible()} rome={rome.info().version_label if rome else 'none'}",
        flush=True,
    )
    app.exit(0)
