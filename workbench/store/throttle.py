"""Failed sign-ins to the structure's server, counted on this computer.

What is enforced where: the server checks every password itself (SCRAM) and, as the README asks
its administrator to set up, delays each failure (``auth_delay``) and logs it with the client's
address (``log_connections``). PostgreSQL cannot run SQL for a connection that failed to sign in,
so this program adds its own rule: after ``MAX_FAILURES`` failures for one account within
``LOCK_MINUTES``, it refuses to try again from this computer until ``LOCK_MINUTES`` have passed;
once the account signs in, the failures counted here are written to the server's
``sign_in_failures`` table (by a SECURITY DEFINER function, under that account).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workbench.errors import AccessDenied

MAX_FAILURES = 5
LOCK_MINUTES = 15


class SignInThrottle:
    def __init__(self, path: Path, server: str, now: object = None) -> None:
        self._path = path
        self._server = server
        self._now = now or (lambda: datetime.now(UTC))

    def check(self, username: str) -> None:
        """AccessDenied while the account is locked out on this computer."""
        recent = self._recent(username)
        if len(recent) >= MAX_FAILURES:
            until = recent[-MAX_FAILURES] + timedelta(minutes=LOCK_MINUTES)
            minutes = max(1, round((until - self._clock()).total_seconds() / 60))
            raise AccessDenied(
                f"Trop d'essais manqués pour « {username} » depuis ce poste : réessayez dans "
                f"{minutes} minute{'s' if minutes > 1 else ''}, ou demandez au responsable de la "
                "structure de changer le mot de passe."
            )

    def failed(self, username: str) -> None:
        stored = self._read()
        stored.setdefault(self._key(username), []).append(self._clock().isoformat())
        self._write(stored)

    def succeeded(self, username: str) -> list[datetime]:
        """The failures counted before this sign-in (to report to the server), then forgotten."""
        stored = self._read()
        found = [datetime.fromisoformat(t) for t in stored.pop(self._key(username), [])]
        if found:
            self._write(stored)
        return found

    def _clock(self) -> datetime:
        now: datetime = self._now()  # type: ignore[operator]
        return now

    def _recent(self, username: str) -> list[datetime]:
        since = self._clock() - timedelta(minutes=LOCK_MINUTES)
        times = sorted(datetime.fromisoformat(t) for t in self._read().get(self._key(username), []))
        return [t for t in times if t >= since]

    def _key(self, username: str) -> str:
        return f"{self._server}|{username}"

    def _read(self) -> dict[str, list[str]]:
        try:
            found = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def _write(self, stored: dict[str, list[str]]) -> None:
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._path.with_suffix(".tmp")
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(stored, handle)
            temporary.replace(self._path)
        except OSError:
            pass  # an unwritable data folder: the server's own delay still applies
