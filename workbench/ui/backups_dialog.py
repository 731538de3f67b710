"""Fichier > Sauvegardes…: list, back up now, restore (the current database is kept as a backup)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.app.privacy import LeftInBackups, Privacy, backups
from workbench.errors import UserError
from workbench.ui.errors import show_user_error
from workbench.ui.forms import KeyboardDialog
from workbench.ui.tasks import Task, wait_for_tasks

AUTOMATIC_EVERY = timedelta(hours=20)


def back_up_if_due(ctx: Any, parent: QWidget) -> Task | None:
    """The automatic backup at start-up, at most about once a day, off the GUI thread."""
    if not ctx.db.is_sqlite:
        return None  # a shared server is backed up by its administrators
    latest = next(
        (b for b in backups.list_backups(ctx.paths.backup_dir) if b.name.startswith("cases-2")), None
    )
    if latest is not None and datetime.now() - latest.made_at < AUTOMATIC_EVERY:
        return None
    database, folder, key = ctx.paths.case_db, ctx.paths.backup_dir, ctx.db.passphrase
    return (
        Task(parent, lambda _p: backups.create_backup(database, folder, passphrase=key))
        .on_failure(lambda exc: show_user_error(parent, exc, parent.tr("Sauvegarde automatique impossible")))
        .start()
    )


class BackupsDialog(KeyboardDialog):
    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(window)
        self.ctx, self.window_ = ctx, window
        self.setWindowTitle(self.tr("Sauvegardes"))
        self.resize(560, 380)
        self.list = QListWidget()
        self.status = QLabel(
            self.tr(
                "Dossier : {0}\nLes dix sauvegardes automatiques les plus récentes sont gardées ; les copies "
                "étiquetées (avant-restauration, avant-migration, endommagée) expirent avec elles."
            ).format(ctx.paths.backup_dir)
        )
        self.status.setWordWrap(True)
        create = QPushButton(self.tr("Sauvegarder maintenant"))
        self.restore_button = QPushButton(self.tr("Restaurer la sauvegarde choisie…"))
        close = QPushButton(self.tr("Fermer"))
        create.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (create, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.items = backups.list_backups(self.ctx.paths.backup_dir)
        self.list.clear()
        for backup in self.items:
            self.list.addItem(
                f"{backup.made_at:%d/%m/%Y %H:%M:%S} — {backup.name} ({backup.size // 1024} Ko)"
            )
        self.restore_button.setEnabled(bool(self.items))

    def back_up_now(self) -> None:
        try:
            made = backups.create_backup(
                self.ctx.paths.case_db, self.ctx.paths.backup_dir, passphrase=self.ctx.db.passphrase
            )
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.status.setText(self.tr("Sauvegarde faite : {0}").format(made.name))
        self.reload()

    def restore(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        chosen = self.items[row]
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer"),
            self.tr(
                "Remplacer la base des dossiers par la sauvegarde du {0:%d/%m/%Y %H:%M} ? Les dossiers ouverts seront "
                "fermés ; la base actuelle est gardée comme sauvegarde."
            ).format(chosen.made_at),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.window_.close_all_cases():
            return
        wait_for_tasks()  # the automatic backup may still be reading the file
        try:  # the window's own connections are closed first, then the directory locked
            kept = self.ctx.restore_backup(chosen, self.ctx.db.passphrase)
        except UserError as exc:
            show_user_error(self, exc, self.tr("Restauration refusée"))
            return
        self.window_.case_list.reload()
        self.status.setText(self.tr("Base restaurée ; l'ancienne est gardée dans {0}.").format(kept.name))
        self.reload()


def offer_backup_purge(ctx: Any, parent: QWidget, erased: list[Any]) -> Task | None:
    """After an erasure: find the backups that still hold the people (off the GUI thread), list
    them and offer to erase the people from them too."""
    if not erased or not ctx.db.is_sqlite:
        return None
    privacy = Privacy(ctx)

    def ask(left: LeftInBackups) -> None:
        if not left:
            return
        answer = QMessageBox.question(
            parent,
            parent.tr("Effacer aussi des sauvegardes"),
            left.describe()
            + parent.tr(
                "\nEffacer aussi la personne de ces sauvegardes ? Sinon elles la gardent jusqu'à leur "
                "rotation (10 sauvegardes automatiques plus récentes)."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def purged(count: int) -> None:
            text = parent.tr("La personne est effacée aussi de {0} sauvegarde(s).").format(count)
            window = parent.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(text, 10000)
            else:
                QMessageBox.information(parent, parent.tr("Sauvegardes"), text)

        Task(parent, lambda _p: privacy.purge_backups(left)).on_success(purged).on_failure(
            lambda exc: show_user_error(parent, exc)
        ).with_progress(parent.tr("Effacement dans les sauvegardes…")).start()

    return (
        Task(parent, lambda _p: privacy.left_in_backups(erased))
        .on_success(ask)
        .on_failure(lambda exc: show_user_error(parent, exc))
        .with_progress(parent.tr("Recherche de la personne dans les sauvegardes…"))
        .start()
    )
