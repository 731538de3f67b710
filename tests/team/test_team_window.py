"""The window on the structure's server: signing in, what a counsellor sees, the idle lock."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.pg import without_user
from workbench.context import DATABASE_URL_ENV, Context
from workbench.core.cases import CaseRecord
from workbench.store.accounts import AccountRepository
from workbench.store.cases import CaseRepository
from workbench.store.db import Database
from workbench.ui import app, lock


def test_sign_in_then_see_only_assigned_cases_and_lock(
    qtbot: QtBot, pg_url: str, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Database.connect(pg_url)
    accounts = AccountRepository(server)
    accounts.add("sophie", "Sophie Martin", "responsable", "responsable-secret")
    accounts.add("claire", "Claire Roussel", "conseiller", "claire-secret-2026")
    CaseRepository(server).add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel"))
    CaseRepository(server).add(CaseRecord(last_name="Durand", counsellor="Marc Petit"))
    server.close()

    monkeypatch.setenv(DATABASE_URL_ENV, without_user(pg_url))
    attempts = iter([("claire", "mauvais"), ("claire", "claire-secret-2026")])
    errors: list[str] = []
    monkeypatch.setattr(lock, "ask_login", lambda error: errors.append(error) or next(attempts))
    assert app.open_database(ctx)
    assert errors == ["", "Identifiant ou mot de passe incorrect."]  # asked again, with the reason
    assert ctx.db.user.username == "claire"

    from workbench.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.model.total == 1)
    assert [c.last_name for c in window.case_list.model.rows] == ["Dupont"]
    from workbench.ui.case_editor import IdentitySection

    section = IdentitySection(ctx, window.case_list.model.rows[0].id)
    qtbot.addWidget(section)
    assert not section._widgets["counsellor"].isEnabled()  # reassigning is the manager's
    window.lock()
    assert window.locked
    window.lock_screen.passphrase.setText("mauvais")
    window.lock_screen.try_unlock()
    assert window.locked
    window.lock_screen.passphrase.setText("claire-secret-2026")
    window.lock_screen.try_unlock()
    assert not window.locked
    window.idle.set_minutes(0)


def test_take_cases_to_the_laptop_and_bring_them_back_from_the_window(
    qtbot: QtBot, pg_url: str, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tests.conftest import PASSPHRASE
    from workbench.paths import AppPaths
    from workbench.store import transfer
    from workbench.ui import team_dialogs

    server = Database.connect(pg_url)
    case_id = CaseRepository(server).add(CaseRecord(last_name="Dupont", notes="bureau"))
    server.close()
    monkeypatch.setenv(DATABASE_URL_ENV, pg_url)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)

    def tick_and_accept(dialog: team_dialogs.CheckoutDialog) -> int:
        dialog.cases.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.destination.setText("permanence de Die")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(team_dialogs.CheckoutDialog, "exec", tick_and_accept)
    parent = QWidget()
    qtbot.addWidget(parent)
    refreshed: list[bool] = []
    assert team_dialogs.check_out(ctx, parent, lambda: refreshed.append(True)) is not None
    qtbot.waitUntil(lambda: refreshed == [True])  # copied off the GUI thread, then the list refreshed
    assert transfer.taken_cases(ctx.db) == {case_id: "atelier, permanence de Die"}  # the server's role

    laptop = Database.open(AppPaths.resolve(ctx.paths.data_dir), PASSPHRASE)  # offline work
    CaseRepository(laptop).update(CaseRepository(laptop).get(case_id).with_changes(notes="permanence"))
    laptop.close()
    CaseRepository(ctx.db).update(CaseRepository(ctx.db).get(case_id).with_changes(notes="bureau bis"))
    asked: list[str] = []
    monkeypatch.setattr(team_dialogs, "ask_conflict", lambda _p, c: asked.append(c.field.name) or "mine")
    assert team_dialogs.check_in(ctx, parent, lambda: refreshed.append(True)) is not None
    qtbot.waitUntil(lambda: len(refreshed) == 2)
    assert asked == ["notes"]  # asked on the GUI thread before the merge
    assert CaseRepository(ctx.db).get(case_id).notes == "permanence"
    assert transfer.taken_cases(ctx.db) == {}


def test_an_open_case_says_it_is_away(
    qtbot: QtBot, pg_url: str, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.paths import AppPaths
    from workbench.store import transfer
    from workbench.ui.case_view import CaseView

    monkeypatch.setenv(DATABASE_URL_ENV, pg_url)
    case_id = CaseRepository(ctx.db).add(CaseRecord(last_name="Dupont"))
    laptop = Database.open(AppPaths.resolve(ctx.paths.data_dir / "portable"), "phrase du portable")
    transfer.check_out(ctx.db, [case_id], laptop, "claire", "permanence de Die")
    laptop.close()
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    # On the server the header is read off the GUI thread: it arrives.
    qtbot.waitUntil(lambda: "emporté hors ligne (claire, permanence de Die)" in view.header.text())
