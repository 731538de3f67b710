"""Encryption at rest of the case database with SQLCipher (AES-256, keys derived from the passphrase
with PBKDF2-HMAC-SHA512, 256,000 iterations: SQLCipher 4's defaults).

The passphrase is never written anywhere: it lives in memory while the application runs, because
each new database connection needs it. A file is recognised as plain SQLite by its 16-byte header;
an encrypted file has no readable header at all.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from workbench.errors import StorageError

PLAIN_HEADER = b"SQLite format 3\x00"
MIN_LENGTH = 8
KDF_ITERATIONS = 256_000  # SQLCipher 4's default, PBKDF2-HMAC-SHA512
SALT_BYTES = 16  # SQLCipher keeps the salt in the file's first 16 bytes

# SQLCipher writes its own errors to stderr (a wrong key is one): the message we show is enough.
_quiet = sqlcipher3.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()


class WrongPassphrase(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Phrase de passe incorrecte : la base des dossiers n'a pas pu être ouverte. Vérifiez la "
            "saisie (majuscules, accents) et réessayez. Si vous êtes sûr de la phrase, la base est "
            "peut-être endommagée : restaurez la dernière sauvegarde (Fichier > Sauvegardes)."
        )


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Refuse a passphrase too weak to protect health and disability data."""
    if len(passphrase) < MIN_LENGTH:
        raise StorageError(f"La phrase de passe doit compter au moins {MIN_LENGTH} caractères.")
    if passphrase.strip() != passphrase:
        raise StorageError("La phrase de passe ne doit pas commencer ni finir par un espace.")
    if confirmation is not None and confirmation != passphrase:
        raise StorageError("Les deux saisies de la phrase de passe sont différentes.")


def is_plain(path: Path) -> bool:
    """True for an existing unencrypted SQLite file."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False


def raw_key(path: Path, passphrase: str) -> str:
    """The key SQLCipher would derive from ``passphrase`` for ``path``, as a raw-key literal.

    Deriving it once here, instead of on every new connection, saves the 0.1 s of key derivation
    each connection would otherwise pay (the pool opens several). A new file gets a fresh salt.
    """
    salt = b""
    if path.exists() and path.stat().st_size >= SALT_BYTES and not is_plain(path):
        with open(path, "rb") as handle:
            salt = handle.read(SALT_BYTES)
    salt = salt or os.urandom(SALT_BYTES)
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, dklen=32)
    return f"x'{key.hex()}{salt.hex()}'"


def literal(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key``."""
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str, **kwargs: Any) -> sqlcipher3.Connection:
    """A connection to the encrypted file ``path``; WrongPassphrase when the key does not open it."""
    connection = sqlcipher3.connect(str(path), **kwargs)
    try:
        connection.execute(f"PRAGMA key = {literal(passphrase)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        if "not a database" in str(exc).lower():
            raise WrongPassphrase() from None
        raise StorageError(f"Base des dossiers illisible : {exc}.") from exc
    return connection


def _tables(connection: Any) -> dict[str, int]:
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def encrypt_in_place(path: Path, passphrase: str) -> None:
    """Turn the plain database ``path`` into an encrypted one: copy, verify, swap.

    The encrypted copy is written beside the file, checked (integrity, every table's row count), and
    only then replaces the original; a failure at any step leaves the original untouched.
    """
    check_new_passphrase(passphrase)
    tmp = path.with_name(path.name + ".chiffrement")
    tmp.unlink(missing_ok=True)
    try:
        plain = sqlcipher3.connect(str(path))
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = _tables(plain)
            plain.execute(f"ATTACH DATABASE '{tmp}' AS encrypted KEY {literal(passphrase)}")
            plain.execute("SELECT sqlcipher_export('encrypted')")
            version = plain.execute("PRAGMA user_version").fetchone()[0]
            plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            plain.execute("DETACH DATABASE encrypted")
        finally:
            plain.close()
        encrypted = connect(tmp, passphrase)
        try:
            sound = encrypted.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            copied = _tables(encrypted)
        finally:
            encrypted.close()
        if not sound or copied != expected:
            raise StorageError(
                "La copie chiffrée de la base ne correspond pas à l'original : rien n'a été changé."
            )
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, path)
    except sqlcipher3.Error as exc:
        raise StorageError(f"Chiffrement de la base impossible : {exc}. Rien n'a été changé.") from exc
    except OSError as exc:
        raise StorageError(
            f"Chiffrement de la base impossible : {exc.strerror}. Rien n'a été changé."
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


def rekey(path: Path, old: str, new: str) -> None:
    """Re-encrypt ``path`` with ``new`` (every page is rewritten; nobody else may be connected)."""
    connection = connect(path, old)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(f"PRAGMA rekey = {literal(new)}")
    except sqlcipher3.Error as exc:
        raise StorageError(f"Changement de phrase de passe impossible : {exc}.") from exc
    finally:
        connection.close()
