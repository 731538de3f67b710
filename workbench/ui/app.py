"""Start the window: Qt application, French translations, logging, crash handler, database.

The first window is painted before anything a bare PySide6 window does not need is imported or
built (tests/benchmarks/bench_startup.py measures the ratio): this module imports only that at
its top, and :func:`start_window` creates no Qt namespace enum (``Qt``'s enums cost tens of
milliseconds to create) and no style. Logging, the crash handler, the style and the database
come once the window is on screen (:func:`finish_start`, then :func:`run_gui`).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QWidget

from workbench import APP_ID, APP_NAME, __version__
from workbench.resources import resource_path
from workbench.ui.geometry import restore_geometry

if TYPE_CHECKING:
    from pathlib import Path

    from workbench.app.privacy import DamagedDatabase
    from workbench.context import Context

# Set by the installer's smoke test: open the window, report what is active, quit.
SMOKE_TEST_ENV = "WORKBENCH_SMOKE_TEST"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication as the window runs with it: French locale and translations, icon, style."""
    app = _application(argv)
    _style(app)
    return app


def _application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    install_translators(app)
    icon = resource_path("icons", "atelier-cep.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _style(app: QApplication) -> None:
    from workbench.ui import style  # QStyle's own enums: after the first paint

    style.install(app)


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


def start_window(ctx: Context) -> tuple[QApplication, QMainWindow]:
    """The application, and a window painted at once where the main window will be, before the
    database and the heavy modules (SQLAlchemy, the store, every area) are loaded; the main window
    then takes its place."""
    app = _application()
    first = QMainWindow()
    first.setWindowTitle(APP_NAME)
    maximised = restore_geometry(first, ctx.paths.data_dir)
    centre = QWidget()  # centred by stretches, not setAlignment: no Qt enum yet
    row = QHBoxLayout(centre)
    row.addStretch(1)
    row.addWidget(QLabel(first.tr("Ouverture de la base des dossiers…")))
    row.addStretch(1)
    first.setCentralWidget(centre)
    if maximised:
        first.showMaximized()
    else:
        first.show()
    QApplication.processEvents()  # painted now
    return app, first


def finish_start(app: QApplication, ctx: Context) -> Path | None:
    """What follows the first paint before the database opens: the style, the log file (returned),
    the crash handler, and what an interrupted preview left in the private temporary folder."""
    import logging

    from workbench.logs import setup_logging
    from workbench.paths import clear_private_temp
    from workbench.ui.errors import install_excepthook

    _style(app)
    log_file = setup_logging(ctx.paths.log_dir)
    install_excepthook(log_file)
    logging.getLogger(__name__).info("starting %s %s, data in %s", APP_NAME, __version__, ctx.paths.data_dir)
    clear_private_temp()
    return log_file


def run_gui(ctx: Context, open_case: int | None = None) -> int:
    app, first = start_window(ctx)
    finish_start(app, ctx)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from workbench.errors import UserError
    from workbench.paths import clear_private_temp

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
    from workbench.context import DATABASE_URL_ENV
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
    from PySide6.QtWidgets import QMessageBox

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
