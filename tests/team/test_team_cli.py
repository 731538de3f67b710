"""``workbench team``: check-out from the server, offline edit, check-in; transfer files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.pg import without_user
from workbench.cli import main
from workbench.context import DATABASE_URL_ENV
from workbench.core.cases import CaseRecord
from workbench.paths import AppPaths
from workbench.store.cases import CaseRepository
from workbench.store.db import Database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_checkout_and_checkin_through_the_command_line(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server = Database.connect(pg_url)
    case_id = CaseRepository(server).add(CaseRecord(last_name="Martin", notes="au bureau"))
    data = ["--data-dir", str(tmp_path / "portable")]
    monkeypatch.setenv(DATABASE_URL_ENV, pg_url)
    code, out, _ = run(capsys, *data, "team", "checkout", str(case_id), "--destination", "permanence de Die")
    assert code == 0
    code, out, _ = run(capsys, *data, "team", "status", "--json")
    assert json.loads(out)["away"] == {str(case_id): "atelier, permanence de Die"}  # the server's role

    laptop = Database.open(AppPaths.resolve(tmp_path / "portable"), PASSPHRASE)  # offline work
    repo = CaseRepository(laptop)
    repo.update(repo.get(case_id).with_changes(notes="à la permanence"))
    laptop.close()
    at_office = CaseRepository(server)
    at_office.update(at_office.get(case_id).with_changes(notes="au bureau, modifié"))

    code, out, err = run(capsys, *data, "team", "checkin")
    assert code == 0 and "1 dossier(s) rapporté(s)" in out
    assert "gardé « à la permanence »" in err and "« au bureau, modifié »" in err  # both values shown
    assert at_office.get(case_id).notes == "à la permanence"
    server.close()


def test_export_and_import_an_encrypted_transfer_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "structure")]
    db = Database.open(AppPaths.resolve(tmp_path / "structure"), PASSPHRASE)
    case_id = CaseRepository(db).add(CaseRecord(last_name="Durand"))
    db.close()
    folder = str(tmp_path / "envoi")
    monkeypatch.delenv("WORKBENCH_TRANSFER_PASSPHRASE", raising=False)
    code, _, err = run(capsys, *data, "team", "export", str(case_id), folder)
    assert code == 2 and "WORKBENCH_TRANSFER_PASSPHRASE" in err
    monkeypatch.setenv("WORKBENCH_TRANSFER_PASSPHRASE", "phrase du transfert")
    assert run(capsys, *data, "team", "export", str(case_id), folder)[0] == 0
    code, out, _ = run(capsys, *data, "team", "status")
    assert f"Dossier {case_id} emporté" in out
    assert run(capsys, *data, "team", "import", folder)[0] == 0
    code, out, _ = run(capsys, *data, "team", "status")
    assert "Aucun dossier emporté" in out


def test_accounts_through_the_command_line(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    monkeypatch.setenv(DATABASE_URL_ENV, pg_url)  # the administrator: the owner's URL
    code, out, _ = run(capsys, *data, "team", "init")
    assert code == 0 and "_conseiller" in out and "cases" in out
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", "responsable-secret")
    code, out, _ = run(
        capsys, *data, "team", "account-add", "sophie", "--name", "Sophie Martin", "--role", "responsable"
    )
    assert code == 0 and "sophie" in out
    monkeypatch.setenv(DATABASE_URL_ENV, without_user(pg_url))  # a counsellor's computer
    code, _, err = run(capsys, *data, "team", "accounts")
    assert code == 2 and "WORKBENCH_USER" in err  # signing in is required
    monkeypatch.setenv("WORKBENCH_USER", "sophie")
    monkeypatch.setenv("WORKBENCH_PASSWORD", "pas le bon mot de passe")
    code, _, err = run(capsys, *data, "team", "accounts")
    assert code == 2 and "incorrect" in err
    monkeypatch.setenv("WORKBENCH_PASSWORD", "responsable-secret")
    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", "claire-secret-2026")
    assert run(capsys, *data, "team", "account-add", "claire", "--name", "Claire Roussel")[0] == 0
    code, out, _ = run(capsys, *data, "team", "accounts")
    assert "claire" in out and "sophie" in out and "Responsable" in out
    code, _, err = run(capsys, *data, "team", "init")
    assert code == 2 and "propriétaire" in err

    monkeypatch.setenv("WORKBENCH_NEW_PASSWORD", "nouveau-secret-claire")
    assert run(capsys, *data, "team", "password", "claire")[0] == 0  # the manager may
    monkeypatch.setenv("WORKBENCH_USER", "claire")
    monkeypatch.setenv("WORKBENCH_PASSWORD", "nouveau-secret-claire")
    code, _, err = run(capsys, *data, "team", "password", "sophie")
    assert code == 2 and "propre mot de passe" in err  # a counsellor changes only their own
    code, _, err = run(
        capsys, *data, "team", "account-add", "pirate", "--name", "Pirate", "--role", "responsable"
    )
    assert code == 2 and "responsable" in err
