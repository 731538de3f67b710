"""Changes made on another computer reach this one's open views (PostgreSQL LISTEN / NOTIFY).

Each test signs Claire in on the window's side (``ctx``) and changes cases through other
connections, as a colleague's or the manager's computer would."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.pg import without_user
from workbench.app import changes
from workbench.app.cases import Cases
from workbench.app.changes import Change
from workbench.app.team import RemoteChanges
from workbench.context import DATABASE_URL_ENV, PASSWORD_ENV, USER_ENV, Context
from workbench.core.cases import CaseRecord
from workbench.store.accounts import AccountRepository
from workbench.store.cases import CaseRepository
from workbench.store.db import Database
from workbench.ui import case_editor
from workbench.ui.case_editor import IdentitySection
from workbench.ui.conflict_dialog import ConflictDialog
from workbench.ui.main_window import MainWindow

CLAIRE, MARC, SOPHIE = "claire-mot-de-passe", "marc-mot-de-passe", "sophie-mot-de-passe"


@pytest.fixture
def team(pg_url: str, ctx: Context, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Claire (signed in on ``ctx``) and Marc share the Dupont case; Bernard is Marc's alone."""
    owner = Database.connect(pg_url)
    accounts = AccountRepository(owner)
    accounts.add("sophie", "Sophie Martin", "responsable", SOPHIE)
    accounts.add("claire", "Claire Roussel", "conseiller", CLAIRE)
    accounts.add("marc", "Marc Petit", "conseiller", MARC)
    cases = CaseRepository(owner)
    ids = {
        "dupont": cases.add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel", notes="début")),
        "bernard": cases.add(CaseRecord(last_name="Bernard", counsellor="Marc Petit")),
    }
    owner.close()
    monkeypatch.setenv(DATABASE_URL_ENV, without_user(pg_url))
    monkeypatch.setenv(USER_ENV, "claire")
    monkeypatch.setenv(PASSWORD_ENV, CLAIRE)
    assert ctx.db.user.username == "claire"
    yield ids


def colleague(pg_url: str, user: str, password: str) -> Database:
    return Database.connect(without_user(pg_url), user, password)


def heard(ctx: Context) -> list[Change]:
    seen: list[Change] = []
    ctx.changes.subscribe(seen.append)
    return seen


def test_a_colleagues_change_is_announced_and_an_own_change_once(
    qtbot: QtBot, pg_url: str, ctx: Context, team: dict[str, int]
) -> None:
    remote = RemoteChanges(ctx)
    assert remote.start()
    assert remote.wait_listening(10)
    assert remote.server_sends
    seen = heard(ctx)
    sophie = colleague(pg_url, "sophie", SOPHIE)
    try:
        record = CaseRepository(sophie).get(team["dupont"])
        CaseRepository(sophie).update(record.with_changes(notes="vu par la responsable"))
        qtbot.waitUntil(lambda: Change(team["dupont"], changes.REMOTE) in seen, timeout=10_000)

        # Claire's own save: announced once by the application layer, not again by the server.
        seen.clear()
        mine = Cases(ctx).get(team["dupont"])
        Cases(ctx).update(mine.with_changes(phone="06 12 34 56 78"))
        # A later change of Sophie's marks the moment every earlier notification has arrived.
        bernard = CaseRepository(sophie).get(team["bernard"])
        CaseRepository(sophie).update(bernard.with_changes(notes="repère"))
        qtbot.waitUntil(lambda: Change(team["bernard"], changes.REMOTE) in seen, timeout=10_000)
        assert [c for c in seen if c.case_id == team["dupont"]] == [Change(team["dupont"], changes.CASE)]
    finally:
        sophie.close()
        remote.stop()
    assert not remote.listening


def test_the_listener_comes_back_after_the_server_drops_it(
    qtbot: QtBot, pg_url: str, ctx: Context, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.store import notify

    monkeypatch.setattr(notify, "RETRY_SECONDS", 0.2)
    remote = RemoteChanges(ctx)
    remote.start()
    assert remote.wait_listening(10)
    seen = heard(ctx)
    sophie = colleague(pg_url, "sophie", SOPHIE)
    try:
        # The administrator (or a network cut) ends the listening connection on the server.
        owner = psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
        with owner:
            owner.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
                [notify.APPLICATION_NAME],
            )
        qtbot.waitUntil(lambda: Change(None, changes.REMOTE) in seen, timeout=10_000)  # may have missed some
        record = CaseRepository(sophie).get(team["dupont"])
        CaseRepository(sophie).update(record.with_changes(notes="après la coupure"))
        qtbot.waitUntil(lambda: Change(team["dupont"], changes.REMOTE) in seen, timeout=10_000)
    finally:
        sophie.close()
        remote.stop()


def test_nothing_to_listen_to_on_this_computers_own_file(ctx: Context) -> None:
    assert ctx.db.is_sqlite
    assert not RemoteChanges(ctx).start()


def open_window(qtbot: QtBot, ctx: Context) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.remote.wait_listening(10)
    return window


def test_the_case_list_follows_the_managers_reassignments(
    qtbot: QtBot, pg_url: str, ctx: Context, team: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx)
    names = lambda: sorted(c.last_name for c in window.case_list.model.rows)  # noqa: E731
    qtbot.waitUntil(lambda: names() == ["Dupont"])
    sophie = colleague(pg_url, "sophie", SOPHIE)
    try:
        repo = CaseRepository(sophie)
        repo.update(repo.get(team["bernard"]).with_changes(counsellor="Claire Roussel"))
        qtbot.waitUntil(lambda: names() == ["Bernard", "Dupont"], timeout=10_000)  # assigned to me: appears
        repo.update(repo.get(team["dupont"]).with_changes(counsellor="Marc Petit"))
        qtbot.waitUntil(lambda: names() == ["Bernard"], timeout=10_000)  # reassigned away: gone
    finally:
        sophie.close()
        window.remote.stop()


def test_an_open_case_shows_a_colleagues_change_and_closes_when_reassigned_away(
    qtbot: QtBot, pg_url: str, ctx: Context, team: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx)
    view = window.open_case(team["dupont"])
    identity = view.current_section()
    assert isinstance(identity, IdentitySection)
    sophie = colleague(pg_url, "sophie", SOPHIE)
    try:
        repo = CaseRepository(sophie)
        repo.update(repo.get(team["dupont"]).with_changes(phone="04 75 00 00 00"))
        qtbot.waitUntil(lambda: identity._widgets["phone"].text() == "04 75 00 00 00", timeout=10_000)
        assert view.remote_note.isHidden()  # nothing typed here: nothing to say

        repo.update(repo.get(team["dupont"]).with_changes(counsellor="Marc Petit"))
        qtbot.waitUntil(lambda: view not in window.case_views(), timeout=10_000)
        assert "n'est plus accessible" in window.statusBar().currentMessage()
    finally:
        sophie.close()
        window.remote.stop()


def test_unsaved_edits_are_kept_over_a_colleagues_change_then_both_versions_shown(
    qtbot: QtBot, pg_url: str, ctx: Context, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    view = window.open_case(team["dupont"])
    identity = view.current_section()
    assert isinstance(identity, IdentitySection)
    identity._widgets["notes"].setPlainText("notes de Claire")
    assert identity.has_unsaved_changes()
    sophie = colleague(pg_url, "sophie", SOPHIE)
    try:
        repo = CaseRepository(sophie)
        repo.update(
            repo.get(team["dupont"]).with_changes(notes="notes de la responsable", phone="04 75 00 00 00")
        )
        qtbot.waitUntil(lambda: view.remote_note.isVisible(), timeout=10_000)
    finally:
        sophie.close()
        window.remote.stop()
    assert "modifié par un collègue : vos saisies sont gardées" in view.remote_note.text()
    assert "les deux versions vous seront montrées" in view.remote_note.text()
    assert identity._widgets["notes"].toPlainText() == "notes de Claire"  # never overwritten
    assert identity._widgets["phone"].text() == ""  # the form is not reloaded under the typing

    shown: list[list[str]] = []

    def keep_mine(dialog: ConflictDialog) -> int:
        shown.append([c.name for c in dialog.merge.conflicts])
        return QDialog.DialogCode.Accepted  # the default choice: what was typed here

    monkeypatch.setattr(case_editor.ConflictDialog, "exec", keep_mine)
    assert identity.save()
    assert shown == [["notes"]]  # both versions of the field both changed
    stored = Cases(ctx).get(team["dupont"])
    assert (stored.notes, stored.phone) == ("notes de Claire", "04 75 00 00 00")  # the colleague's phone kept
    assert identity._widgets["phone"].text() == "04 75 00 00 00"
    assert view.remote_note.isHidden()


def test_the_lock_stops_listening_and_unlocking_refreshes_everything(
    qtbot: QtBot, ctx: Context, team: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx)
    seen = heard(ctx)
    window.lock()
    assert window.locked and not window.remote.listening  # nothing personal moves behind the lock
    window.unlock()
    assert window.remote.wait_listening(10)
    qtbot.waitUntil(lambda: Change(None, changes.REMOTE) in seen, timeout=10_000)  # missed meanwhile
    window.remote.stop()


def test_team_watch_prints_the_number_of_each_case_a_colleague_changes(
    pg_url: str, ctx: Context, team: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import threading

    from workbench.cli import main
    from workbench.store import notify

    codes: list[int] = []
    command = threading.Thread(
        target=lambda: codes.append(
            main(["--data-dir", str(ctx.paths.data_dir), "team", "watch", "--count", "1", "--seconds", "30"])
        )
    )
    command.start()
    owner = psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    with owner:
        for _ in range(100):  # until the command listens
            if owner.execute(
                "SELECT 1 FROM pg_stat_activity WHERE application_name = %s", [notify.APPLICATION_NAME]
            ).fetchone():
                break
            command.join(0.1)
    sophie = colleague(pg_url, "sophie", SOPHIE)
    try:
        repo = CaseRepository(sophie)
        repo.update(repo.get(team["dupont"]).with_changes(notes="secret de santé"))
        command.join(30)
    finally:
        sophie.close()
    out, err = capsys.readouterr()
    assert codes == [0]
    assert [json.loads(line) for line in out.splitlines()] == [{"case_id": team["dupont"]}]
    assert "secret" not in out  # the number only
    assert "À l'écoute" in err


def test_team_watch_on_this_computers_own_file_is_a_french_message(
    capsys: pytest.CaptureFixture[str], ctx: Context
) -> None:
    from workbench.cli import main

    assert main(["--data-dir", str(ctx.paths.data_dir), "team", "watch", "--seconds", "1"]) != 0
    assert "définissez WORKBENCH_DATABASE_URL" in capsys.readouterr().err


def test_a_server_set_up_before_the_notifications_gets_them_when_team_init_runs_again(
    qtbot: QtBot, pg_url: str, ctx: Context, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.app.team import initialise
    from workbench.ui import main_window

    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as owner:  # the audit trigger as it was before
        source = owner.execute("SELECT pg_get_functiondef('atelier_audit_case'::regproc)").fetchone()
        assert source is not None
        owner.execute("\n".join(line for line in source[0].splitlines() if "pg_notify" not in line))
    monkeypatch.setattr(main_window.ConnectionWatch, "INTERVAL_MS", 100)
    window = open_window(qtbot, ctx)
    assert window.remote.server_sends is False
    qtbot.waitUntil(lambda: "relancer « workbench team init »" in window.statusBar().currentMessage())
    window.remote.stop()

    owner_db = Database.connect(pg_url)
    try:
        initialise(owner_db)  # what `workbench team init` does
    finally:
        owner_db.close()
    remote = RemoteChanges(ctx)
    remote.start()
    assert remote.wait_listening(10)
    assert remote.server_sends
    seen = heard(ctx)
    sophie = colleague(pg_url, "sophie", SOPHIE)
    try:
        repo = CaseRepository(sophie)
        repo.update(repo.get(team["dupont"]).with_changes(notes="après team init"))
        qtbot.waitUntil(lambda: Change(team["dupont"], changes.REMOTE) in seen, timeout=10_000)
    finally:
        sophie.close()
        remote.stop()


def test_a_listener_ends_by_itself_once_its_database_is_closed(ctx: Context, team: dict[str, int]) -> None:
    remote = RemoteChanges(ctx)
    remote.start()
    assert remote.wait_listening(10)
    listener = remote._listener
    assert listener is not None and listener.running
    ctx.close()
    thread = listener._thread
    assert thread is not None
    thread.join(5)
    assert not thread.is_alive()
    assert "db" not in ctx.__dict__  # never reopened for it
