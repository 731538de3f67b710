"""A real PostgreSQL server for the tests, started on loopback from the Debian packages.

``make test`` installs the ``postgresql`` package (as root, as CI runs); the server is a throwaway
cluster in a temporary folder, on a free port, stopped at the end of the session. Without the
package installed the PostgreSQL tests are skipped (and say why).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROLE = "atelier"
PASSWORD = "mot de passe du serveur de test"


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the ``postgres`` user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def server(folder: Path) -> Iterator[str]:
    """Start a cluster in ``folder``; yields an admin URL (database ``postgres``)."""
    with _cluster(folder, tls=False) as (url, _folder):
        yield url


@contextmanager
def tls_server(folder: Path) -> Iterator[tuple[str, Path]]:
    """A cluster that accepts only TLS connections, with a self-signed certificate made here for
    ``localhost`` and 127.0.0.1; yields the admin URL (host ``localhost``) and the certificate."""
    with _cluster(folder, tls=True) as (url, where):
        yield url.replace("@127.0.0.1:", "@localhost:"), where / "server.crt"


def self_signed(folder: Path, name: str = "server") -> Path:
    """A self-signed certificate (and its key) for localhost and 127.0.0.1, made with openssl."""
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(folder / f"{name}.key"), "-out", str(folder / f"{name}.crt"),
            "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (folder / f"{name}.key").chmod(0o600)
    return folder / f"{name}.crt"


@contextmanager
def restartable_server(folder: Path) -> Iterator[tuple[str, Callable[[], None], Callable[[], None]]]:
    """A cluster of its own (for network faults): yields the admin URL, stop() and start()."""
    with _cluster(folder, tls=False) as (url, where):
        data = where / "data"
        bin_dir = binaries()
        assert bin_dir is not None
        control = [str(bin_dir / "pg_ctl"), "-D", str(data)]
        options = (where / "options").read_text()  # as it was first started

        def stop() -> None:
            subprocess.run(_as_owner([*control, "-m", "fast", "-w", "stop"]), check=True, capture_output=True)

        def start() -> None:
            subprocess.run(
                _as_owner([*control, "-o", options, "-l", str(where / "log"), "-w", "start"]),
                check=True,
                capture_output=True,
            )

        yield url, stop, start


@contextmanager
def _cluster(folder: Path, tls: bool) -> Iterator[tuple[str, Path]]:
    bin_dir = binaries()
    assert bin_dir is not None
    if os.geteuid() == 0:  # the postgres user must reach the folder: pytest's own is private to root
        folder = Path(tempfile.mkdtemp(prefix="atelier-pg-"))
    data, sockets = folder / "data", folder / "run"
    data.mkdir(parents=True)
    sockets.mkdir()
    password_file = folder / "pw"
    password_file.write_text(PASSWORD)
    owned = [data, sockets, password_file]
    if tls:
        self_signed(folder)
        owned += [folder / "server.crt", folder / "server.key"]
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        for path in owned:
            shutil.chown(path, "postgres")
    port = _free_port()
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                ROLE,
                "--pwfile",
                str(password_file),
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    # auth_delay: each failed sign-in waits on the server, as the README asks of a real one.
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 "
        "-c shared_preload_libraries=auth_delay -c auth_delay.milliseconds=200"
    )
    if tls:  # encrypted connections only: pg_hba accepts TCP with TLS and nothing else
        options += (
            f" -c ssl=on -c ssl_cert_file={folder / 'server.crt'} -c ssl_key_file={folder / 'server.key'}"
        )
        (data / "pg_hba.conf").write_text(
            "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
        )
    (folder / "options").write_text(options)
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://{ROLE}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{port}", folder
    finally:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        if os.geteuid() == 0:
            shutil.rmtree(folder, ignore_errors=True)


def fresh_database(admin_url: str) -> str:
    """A new empty database on the server; returns its URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    for _attempt in range(50):
        try:
            with psycopg.connect(f"{plain}/postgres", autocommit=True) as connection:
                connection.execute(f'CREATE DATABASE "{name}"')
            return f"{admin_url}/{name}"
        except psycopg.OperationalError:
            time.sleep(0.1)
    raise RuntimeError("PostgreSQL did not accept connections")


def drop_database(admin_url: str, url: str) -> None:
    """Drop a test database and the roles its accounts made (roles are the server's, not the
    database's: the next test creates its own ``claire``)."""
    import psycopg
    from psycopg import sql

    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    name = url.rsplit("/", 1)[1]
    groups = [f"{name}_conseiller", f"{name}_responsable"]
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        members = connection.execute(
            "SELECT DISTINCT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(%s)",
            [groups],
        ).fetchall()
        for (role,) in members:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        for group in groups:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(group)))


def without_user(url: str) -> str:
    """The URL a counsellor's computer uses: the server and database, no user name."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.split('@', 1)[1]}"
