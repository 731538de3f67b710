"""Team mode in the window: take case files to the laptop before a permanence, bring them back.

Both need the laptop's own encrypted database (its passphrase is asked if the environment does not
give it). A field changed on both sides is asked about, with both values shown.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QWidget

from workbench.context import PASSPHRASE_ENV
from workbench.errors import UserError
from workbench.store import crypto, transfer
from workbench.store.cases import CaseRepository
from workbench.store.db import Database
from workbench.store.privacy import current_actor
from workbench.ui.conflict_dialog import field_label, shown
from workbench.ui.errors import show_user_error
from workbench.ui.forms import FormDialog
from workbench.ui.lock import PassphraseDialog


def laptop_database(ctx: Any, parent: QWidget) -> Database | None:
    """This laptop's own encrypted database, the passphrase asked if needed; None if cancelled."""
    path = ctx.paths.case_db
    if passphrase := os.environ.get(PASSPHRASE_ENV):
        return Database.open(ctx.paths, passphrase)
    exists = path.exists() and path.stat().st_size > 0

    def check(typed: str) -> None:
        if exists and not crypto.is_plain(path):
            crypto.connect(path, typed).close()

    dialog = PassphraseDialog(not exists, crypto.is_plain(path), check, parent)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return None
    return Database.open(ctx.paths, dialog.result_value)


class CheckoutDialog(FormDialog):
    """Choose the cases to take and say where they go; ``result_value`` is (ids, destination)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__("Emporter des dossiers sur ce poste", parent)
        self.resize(520, 480)
        taken = transfer.taken_cases(ctx.db)
        self.cases = QListWidget()
        for summary in CaseRepository(ctx.db).summaries(include_archived=False):
            item = QListWidgetItem(summary.display_name)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            if summary.id in taken:
                item.setText(f"{summary.display_name} — déjà emporté ({taken[summary.id]})")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.cases.addItem(item)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText("permanence, mairie de…")
        self.form.addRow("Dossiers", self.cases)
        self.form.addRow("&Destination", self.destination)

    def produce(self) -> Any:
        ids = [
            self.cases.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.cases.count())
            if self.cases.item(r).checkState() == Qt.CheckState.Checked
        ]
        if not ids:
            raise ValueError("cochez au moins un dossier.")
        return ids, self.destination.text().strip() or "poste portable"


def check_out(ctx: Any, parent: QWidget) -> bool:
    dialog = CheckoutDialog(ctx, parent)
    if dialog.exec() != CheckoutDialog.DialogCode.Accepted:
        return False
    ids, destination = dialog.result_value
    laptop = laptop_database(ctx, parent)
    if laptop is None:
        return False
    try:
        transfer.check_out(ctx.db, ids, laptop, current_actor(), destination)
    except UserError as exc:
        show_user_error(parent, exc)
        return False
    finally:
        laptop.close()
    QMessageBox.information(parent, "Dossiers emportés", f"{len(ids)} dossier(s) copié(s) sur ce poste.")
    return True


def ask_conflict(parent: QWidget) -> transfer.Resolver:
    def resolve(conflict: transfer.Conflict) -> str:
        box = QMessageBox(parent)
        box.setWindowTitle("Modifié des deux côtés")
        where = "" if conflict.table == "cases" else f" ({conflict.table} {conflict.row})"
        box.setText(
            f"Dossier {conflict.case_id}{where} — {field_label(conflict.field.name)} a changé hors ligne "
            f"et sur le serveur.\n\nHors ligne : {shown(conflict.field.mine)}\n"
            f"Sur le serveur : {shown(conflict.field.theirs)}"
        )
        mine = box.addButton("Garder la version hors ligne", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Garder celle du serveur", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "mine" if box.clickedButton() is mine else "theirs"

    return resolve


def check_in(ctx: Any, parent: QWidget) -> transfer.CheckinReport | None:
    laptop = laptop_database(ctx, parent)
    if laptop is None:
        return None
    try:
        report = transfer.check_in(laptop, ctx.db, ask_conflict(parent), current_actor())
    except UserError as exc:
        show_user_error(parent, exc)
        return None
    finally:
        laptop.close()
    lines = [f"{len(report.merged)} dossier(s) rapporté(s), {report.added_rows} ligne(s) ajoutée(s)."]
    lines += [f"Dossier {case_id} : {why}." for case_id, why in report.refused.items()]
    QMessageBox.information(parent, "Dossiers rapportés", "\n".join(lines))
    return report
