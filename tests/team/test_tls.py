"""TLS to the structure's server: a self-signed certificate made with openssl, on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests import pg
from workbench.errors import StorageError
from workbench.store.accounts import AccountRepository
from workbench.store.db import Database


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    if pg.binaries() is None:
        pytest.skip("PostgreSQL is not installed (make test installs the Debian package postgresql)")
    with pg.tls_server(tmp_path_factory.mktemp("tls")) as found:
        yield found


def encrypted(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(
            connection.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
        )


def test_verify_full_checks_the_certificate_and_the_name(tls: tuple[str, Path], tmp_path: Path) -> None:
    admin, certificate = tls
    url = pg.fresh_database(admin)
    owner = Database.connect(f"{url}?sslmode=verify-full&sslrootcert={certificate}")
    assert encrypted(owner)
    AccountRepository(owner).add("sophie", "Sophie Martin", "responsable", "sophie-mot-de-passe")
    owner.close()
    counsellor_url = f"{pg.without_user(url)}?sslmode=verify-full&sslrootcert={certificate}"
    sophie = Database.connect(counsellor_url, "sophie", "sophie-mot-de-passe")
    assert encrypted(sophie) and sophie.user.username == "sophie"
    sophie.close()
    required = Database.connect(f"{pg.without_user(url)}?sslmode=require", "sophie", "sophie-mot-de-passe")
    assert encrypted(required)  # encrypted, though the certificate is not checked
    required.close()

    # A certificate from another authority, or another name than the certificate's: refused.
    other = pg.self_signed(tmp_path, "other")
    with pytest.raises(StorageError, match="TLS"):
        Database.connect(f"{counsellor_url.replace(str(certificate), str(other))}", "sophie", "x")
    # The right server under a name its certificate does not carry (hostaddr: where to connect).
    misnamed = counsellor_url.replace("://localhost:", "://autre.example:") + "&hostaddr=127.0.0.1"
    with pytest.raises(StorageError, match="TLS"):
        Database.connect(misnamed, "sophie", "sophie-mot-de-passe")
    pg.drop_database(admin, url)


def test_a_connection_in_clear_is_refused(tls: tuple[str, Path]) -> None:
    admin, _certificate = tls
    url = pg.fresh_database(admin)
    with pytest.raises(StorageError, match="chiffrées"):
        Database.connect(f"{url}?sslmode=disable")
    pg.drop_database(admin, url)
