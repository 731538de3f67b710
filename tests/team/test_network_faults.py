"""A lost network in the window: a French message, what is typed stays, the window finds the
server again by itself; no crash dialog, and nothing personal in the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests import pg
from workbench.context import DATABASE_URL_ENV, PASSWORD_ENV, USER_ENV, Context
from workbench.core.cases import CaseRecord
from workbench.errors import StorageError
from workbench.store.accounts import AccountRepository
from workbench.store.cases import CaseRepository
from workbench.store.db import Database
from workbench.ui import case_editor, errors, main_window
from workbench.ui.case_editor import IdentitySection

SECRET = "notes très personnelles sur la santé"


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object, object]]:
    if pg.binaries() is None:
        pytest.skip("PostgreSQL is not installed (make test installs the Debian package postgresql)")
    with pg.restartable_server(tmp_path_factory.mktemp("coupure")) as found:
        yield found


def test_a_lost_connection_keeps_the_typing_and_comes_back(
    qtbot: QtBot,
    server: tuple[str, object, object],
    ctx: Context,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    admin, stop, start = server
    url = pg.fresh_database(admin)
    owner = Database.connect(url)
    AccountRepository(owner).add("sophie", "Sophie Martin", "responsable", "sophie-mot-de-passe")
    AccountRepository(owner).add("claire", "Claire Roussel", "conseiller", "claire-mot-de-passe")
    case_id = CaseRepository(owner).add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel"))
    owner.close()
    monkeypatch.setenv(DATABASE_URL_ENV, pg.without_user(url))
    monkeypatch.setenv(USER_ENV, "claire")
    monkeypatch.setenv(PASSWORD_ENV, "claire-mot-de-passe")
    shown: list[str] = []
    monkeypatch.setattr(case_editor, "show_user_error", lambda _w, exc, _t=None: shown.append(str(exc)))
    monkeypatch.setattr(errors, "show_crash", lambda *_a: pytest.fail("crash dialog"))
    monkeypatch.setattr(main_window.ConnectionWatch, "INTERVAL_MS", 100)
    window = main_window.MainWindow(ctx)
    qtbot.addWidget(window)
    section = IdentitySection(ctx, case_id)
    qtbot.addWidget(section)

    caplog.set_level(logging.DEBUG)
    stop()  # the network goes
    section._widgets["notes"].setPlainText(SECRET)
    assert not section.save()
    assert shown and "connexion au serveur de la structure est coupée" in shown[0]
    assert section._widgets["notes"].toPlainText() == SECRET  # nothing typed is lost
    window._watch.timer.setInterval(100)
    qtbot.waitUntil(lambda: "injoignable" in window.statusBar().currentMessage(), timeout=5000)

    start()  # the network is back: the window notices by itself
    qtbot.waitUntil(lambda: "rétablie" in window.statusBar().currentMessage(), timeout=15000)
    assert not ctx.db.connection_lost
    assert section.save()
    assert CaseRepository(ctx.db).get(case_id).notes == SECRET
    assert SECRET not in caplog.text  # the log names the kind of error, never what was typed


def test_a_refused_connection_is_a_french_message() -> None:
    with pytest.raises(StorageError, match="injoignable"):
        Database.connect("postgresql+psycopg://127.0.0.1:1/atelier", "claire", "x")


def test_a_server_error_never_quotes_the_row(pg_url: str) -> None:
    """An unexpected error from the server is told by its kind: the row's values stay out."""
    from sqlalchemy import text

    from workbench.store.db import ServerFault

    db = Database.connect(pg_url)
    with pytest.raises(ServerFault) as raised, db.session() as session:
        session.execute(
            text(
                "INSERT INTO accounts (id, username, display_name, role, active, created_at) VALUES (1, :u, :n, 'x', true, now())"
            ),
            {"u": "a", "n": SECRET},
        )
        session.execute(
            text(
                "INSERT INTO accounts (id, username, display_name, role, active, created_at) VALUES (1, :u, :n, 'x', true, now())"
            ),
            {"u": "b", "n": SECRET},
        )
    assert "duplicate key" in str(raised.value) and SECRET not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    db.close()
