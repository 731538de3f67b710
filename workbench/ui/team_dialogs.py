"""Team mode in the window: take case files to the laptop before a permanence, bring them back.

Both need the laptop's own encrypted database (its passphrase is asked if the environment does not
give it). A field changed on both sides is asked about, with both values shown.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QWidget

from workbench.app.cases import Cases
from workbench.app.team import Database, actor, transfer
from workbench.errors import UserError
from workbench.ui.conflict_dialog import field_label, shown
from workbench.ui.errors import show_crash, show_user_error
from workbench.ui.forms import FormDialog
from workbench.ui.lock import ask_local_passphrase
from workbench.ui.tasks import Progress, Task


def laptop_database(ctx: Any, parent: QWidget) -> Database | None:
    """This laptop's own encrypted database, the passphrase asked if needed; None if cancelled."""
    passphrase = ask_local_passphrase(ctx, parent)
    return None if passphrase is None else Database.open(ctx.paths, passphrase)


class CheckoutDialog(FormDialog):
    """Choose the cases to take and say where they go; ``result_value`` is (ids, destination)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__("Emporter des dossiers sur ce poste", parent)
        self.resize(520, 480)
        taken = transfer.taken_cases(ctx.db)
        self.cases = QListWidget()
        for summary in Cases(ctx).summaries(include_archived=False):
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


def check_out(ctx: Any, parent: QWidget, done: Callable[[], object] | None = None) -> Task | None:
    """Choose cases and copy them to this laptop, off the GUI thread with progress."""
    dialog = CheckoutDialog(ctx, parent)
    if dialog.exec() != CheckoutDialog.DialogCode.Accepted:
        return None
    ids, destination = dialog.result_value
    laptop = laptop_database(ctx, parent)
    if laptop is None:
        return None
    server, by = ctx.db, actor(ctx.db)

    def work(progress: Progress) -> int:
        try:
            transfer.check_out(server, ids, laptop, by, destination, progress.report)
        finally:
            laptop.close()
        return len(ids)

    def finished(count: int) -> None:
        QMessageBox.information(parent, "Dossiers emportés", f"{count} dossier(s) copié(s) sur ce poste.")
        if done is not None:
            done()

    return Task(parent, work).on_success(finished).with_progress("Copie des dossiers sur ce poste…").start()


def ask_conflict(parent: QWidget, conflict: transfer.Conflict) -> str:
    """ "mine" or "theirs" for one field both sides changed, both values shown."""
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


def _key(conflict: transfer.Conflict) -> tuple[int, str, str, str]:
    return conflict.case_id, conflict.table, conflict.row, conflict.field.name


def check_in(ctx: Any, parent: QWidget, done: Callable[[], object] | None = None) -> Task | None:
    """Bring the carried cases back: find the conflicts (off the GUI thread), ask about them here,
    then merge (off the GUI thread), with progress. A conflict that appears in between keeps the
    offline value: nothing typed offline is lost."""
    laptop = laptop_database(ctx, parent)
    if laptop is None:
        return None
    server, by = ctx.db, actor(ctx.db)

    def merge(answers: dict[tuple[int, str, str, str], str]) -> None:
        def work(progress: Progress) -> transfer.CheckinReport:
            try:
                return transfer.check_in(
                    laptop, server, lambda c: answers.get(_key(c), "mine"), by, progress.report
                )
            finally:
                laptop.close()

        Task(parent, work).on_success(report).with_progress("Retour des dossiers…").start()

    def ask(conflicts: list[transfer.Conflict]) -> None:
        merge({_key(c): ask_conflict(parent, c) for c in conflicts})

    def report(result: transfer.CheckinReport) -> None:
        lines = [f"{len(result.merged)} dossier(s) rapporté(s), {result.added_rows} ligne(s) ajoutée(s)."]
        lines += [f"Dossier {case_id} : {why}." for case_id, why in result.refused.items()]
        QMessageBox.information(parent, "Dossiers rapportés", "\n".join(lines))
        if done is not None:
            done()

    def failed(exc: BaseException) -> None:
        laptop.close()
        if isinstance(exc, UserError):
            show_user_error(parent, exc)
        else:
            show_crash(parent, "".join(traceback.format_exception(exc)))

    return (
        Task(parent, lambda _p: transfer.preview_conflicts(laptop, server))
        .on_success(ask)
        .on_failure(failed)
        .with_progress("Comparaison avec le serveur…")
        .start()
    )
