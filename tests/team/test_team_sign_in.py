"""On the server every ``workbench team`` command signs in first: without an account, or with a
wrong password, it exits with a French message and writes nothing. The server refuses a check-in
of a case the account may no longer change; repeated failures are throttled and recorded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from tests.conftest import PASSPHRASE
from tests.pg import without_user
from workbench.cli import main
from workbench.context import DATABASE_URL_ENV, PASSWORD_ENV, USER_ENV
from workbench.core.cases import CaseRecord
from workbench.paths import AppPaths
from workbench.store import throttle, transfer
from workbench.store.accounts import AccountRepository
from workbench.store.cases import CaseRepository
from workbench.store.db import Database

CLAIRE = "claire-mot-de-passe"


@dataclass
class Server:
    url: str
    case_id: int

    def counts(self) -> tuple[int, ...]:
        plain = self.url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain) as connection:
            return tuple(
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
                for table in ("audit_log", "case_checkouts", "accounts", "case_shares", "cases", "meetings")
            ) + (
                connection.execute("SELECT version FROM cases WHERE id = 1").fetchone()[0],  # type: ignore[index]
            )


@pytest.fixture
def server(pg_url: str) -> Iterator[Server]:
    db = Database.connect(pg_url)
    AccountRepository(db).add("sophie", "Sophie Martin", "responsable", "sophie-mot-de-passe")
    AccountRepository(db).add("claire", "Claire Roussel", "conseiller", CLAIRE)
    case_id = CaseRepository(db).add(CaseRecord(last_name="Dupont", counsellor="Claire Roussel"))
    db.close()
    yield Server(pg_url, case_id)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


COMMANDS = [
    ["checkout", "1"],
    ["checkin"],
    ["export", "1", "{tmp}/envoi"],
    ["import", "{tmp}/recu"],
    ["status"],
    ["accounts"],
    ["account-add", "pirate", "--name", "Pirate"],
    ["password", "claire"],
    ["share", "1", "claire"],
    ["reassign", "1", "Sophie Martin"],
]


@pytest.mark.parametrize("password", [None, "pas le bon mot de passe"])
def test_every_team_command_signs_in_first_and_writes_nothing(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    password: str | None,
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, without_user(server.url))
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", "nouveau-mot-de-passe")
    monkeypatch.setenv("WORKBENCH_TRANSFER_PASSPHRASE", "phrase du transfert")
    (tmp_path / "recu").mkdir()
    if password is not None:
        monkeypatch.setenv(USER_ENV, "claire")
        monkeypatch.setenv(PASSWORD_ENV, password)
    before = server.counts()
    for n, command in enumerate(COMMANDS):
        data = tmp_path / f"poste{n}"
        argv = [part.replace("{tmp}", str(tmp_path)) for part in command]
        code, out, err = run(capsys, "--data-dir", str(data), "team", *argv)
        expected = "incorrect" if password else "identifiez-vous"
        assert (code, out) == (2, ""), argv
        assert err.startswith("Erreur : ") and expected in err, argv
        assert not (data / "cases.db").exists(), argv  # not even the laptop's database was opened
    assert server.counts() == before
    assert not (tmp_path / "envoi").exists()


def test_the_server_refuses_a_check_in_the_account_may_not_make(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "portable")]
    monkeypatch.setenv(DATABASE_URL_ENV, without_user(server.url))
    monkeypatch.setenv(USER_ENV, "claire")
    monkeypatch.setenv(PASSWORD_ENV, CLAIRE)
    assert run(capsys, *data, "team", "checkout", str(server.case_id))[0] == 0
    # Offline, Claire hands the case to Sophie on her laptop: a reassignment, which is not hers.
    laptop = Database.open(AppPaths.resolve(tmp_path / "portable"), PASSPHRASE)
    repo = CaseRepository(laptop)
    repo.update(repo.get(server.case_id).with_changes(counsellor="Sophie Martin", notes="hors ligne"))
    laptop.close()
    before = server.counts()
    code, out, err = run(capsys, *data, "team", "checkin")
    assert code == 1 and "0 dossier(s) rapporté(s)" in out
    assert "Seul le responsable" in err
    assert server.counts() == before  # nothing merged, the case still marked as taken
    code, out, _ = run(capsys, *data, "team", "status")
    assert f"Dossier {server.case_id} emporté : claire" in out  # still away, as the server says
    laptop = Database.open(AppPaths.resolve(tmp_path / "portable"), PASSPHRASE)
    assert transfer.carried_cases(laptop) == [server.case_id]  # nothing typed offline is lost
    assert CaseRepository(laptop).get(server.case_id).notes == "hors ligne"
    laptop.close()

    # Meanwhile the manager gave the case to a colleague: Claire may no longer change it.
    owner = Database.connect(server.url)
    AccountRepository(owner).reassign(server.case_id, "Sophie Martin")
    owner.close()
    laptop = Database.open(AppPaths.resolve(tmp_path / "portable"), PASSPHRASE)
    repo = CaseRepository(laptop)
    repo.update(repo.get(server.case_id).with_changes(counsellor="Claire Roussel"))
    laptop.close()
    code, _, err = run(capsys, *data, "team", "checkin")
    assert code == 1 and "hors des dossiers de votre compte" in err


def test_repeated_failures_are_throttled_here_and_recorded_on_the_server(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "poste")]
    monkeypatch.setenv(DATABASE_URL_ENV, without_user(server.url))
    monkeypatch.setenv(USER_ENV, "claire")
    monkeypatch.setenv(PASSWORD_ENV, "mauvais")
    for _ in range(throttle.MAX_FAILURES):
        assert "incorrect" in run(capsys, *data, "team", "status")[2]
    monkeypatch.setenv(PASSWORD_ENV, CLAIRE)
    code, _, err = run(capsys, *data, "team", "status")
    assert code == 2 and "Trop d'essais manqués" in err and "15 minutes" in err  # even the right one

    # A quarter of an hour later the account signs in, and the failures reach the server.
    stored = tmp_path / "poste" / "connexions.json"
    earlier = {
        key: [(datetime.fromisoformat(t) - timedelta(minutes=16)).isoformat() for t in times]
        for key, times in json.loads(stored.read_text()).items()
    }
    stored.write_text(json.dumps(earlier))
    assert run(capsys, *data, "team", "status")[0] == 0
    plain = server.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as connection:
        rows = connection.execute("SELECT username, failures FROM sign_in_failures").fetchall()
    assert rows == [("claire", throttle.MAX_FAILURES)]
