"""Encryption at rest of the case database with SQLCipher (AES-256, keys derived from the passphrase
with PBKDF2-HMAC-SHA512, 256,000 iterations: SQLCipher 4's defaults).

The passphrase is never written anywhere: it lives in memory while the application runs, because
each new database connection needs it. A file is recognised as plain SQLite by its 16-byte header;
an encrypted file has no readable header at all.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from workbench.errors import StorageError
from workbench.paths import private_file

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


def damage(path: Path) -> str | None:
    """What the bytes of the existing database file ``path`` alone show to be damage, or None.

    An encrypted file looks random from its first byte (the salt) and a plain one starts with the
    SQLite header; either way its size is a whole number of pages (512 bytes at the least). So an
    empty file, a cut one, a zeroed salt or first page, or text are damage, never a wrong passphrase.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"fichier illisible : {exc.strerror}"
    if size == 0:
        return "fichier vide"
    if size % 512:
        return "fichier tronqué"
    if not head.strip(b"\x00"):
        return "première page effacée"
    if head[:SALT_BYTES] == bytes(SALT_BYTES):
        return "en-tête effacé"
    if not head.startswith(PLAIN_HEADER) and _looks_like_text(head[:512]):
        return "ce n'est pas une base de données mais un fichier texte"
    return None


def _looks_like_text(head: bytes) -> bool:
    try:  # a character cut at the end of the sample is not a decoding error
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\r\n\t" for c in text)


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


def encrypted_copy(source: Path, source_key: str | None, target: Path, key: str) -> None:
    """Write ``source`` (plain when ``source_key`` is None) to ``target`` encrypted with ``key``,
    then check the copy (integrity, every table's row count) and flush it to the disk.

    Raises StorageError when the copy does not match; ``target`` may then be left for the caller
    to remove. ``source`` is never written to (its WAL is folded in first).
    """
    target.unlink(missing_ok=True)
    private_file(target)
    source_db = sqlcipher3.connect(str(source)) if source_key is None else connect(source, source_key)
    try:
        source_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _tables(source_db)
        source_db.execute(f"ATTACH DATABASE '{target}' AS encrypted KEY {literal(key)}")
        source_db.execute("SELECT sqlcipher_export('encrypted')")
        version = source_db.execute("PRAGMA user_version").fetchone()[0]
        source_db.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source_db.execute("DETACH DATABASE encrypted")
    finally:
        source_db.close()
    encrypted = connect(target, key)
    try:
        sound = encrypted.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        copied = _tables(encrypted)
    finally:
        encrypted.close()
    if not sound or copied != expected:
        raise StorageError(
            f"La copie chiffrée de {source.name} ne correspond pas à l'original : rien n'a été changé."
        )
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def encrypt_in_place(path: Path, passphrase: str) -> None:
    """Turn the plain database ``path`` into an encrypted one: copy, verify, swap.

    The encrypted copy is written beside the file, checked (integrity, every table's row count), and
    only then replaces the original; a failure at any step leaves the original untouched.
    """
    check_new_passphrase(passphrase)
    tmp = path.with_name(path.name + ".chiffrement")
    try:
        encrypted_copy(path, None, tmp, passphrase)
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
