"""Privacy: retention (cases past the period, and their erasure), backups, passphrases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from workbench.app._base import Service
from workbench.app.cases import Cases, Erased
from workbench.store import backups, crypto
from workbench.store.backups import Backup
from workbench.store.crypto import WrongPassphrase, check_new_passphrase
from workbench.store.db import DamagedDatabase, check_passphrase
from workbench.store.privacy import DEFAULT_RETENTION_MONTHS, PrivacyRepository, RetentionDue

__all__ = [
    "DEFAULT_RETENTION_MONTHS",
    "Backup",
    "DamagedDatabase",
    "Erased",
    "LeftInBackups",
    "Privacy",
    "RetentionDue",
    "WrongPassphrase",
    "backups",
    "check_new_passphrase",
    "check_passphrase",
    "crypto",
]


class Privacy(Service):
    def due_for_deletion(self, today: date, months: int = DEFAULT_RETENTION_MONTHS) -> list[RetentionDue]:
        return PrivacyRepository(self.db).due_for_deletion(today, months)

    def erase_cases(
        self, case_ids: list[int], progress: Callable[[int, int], None] | None = None
    ) -> list[Erased]:
        """Erase exactly these cases, one by one (``progress(done, total)`` may raise to stop)."""
        erased, cases = [], Cases(self.ctx)
        for done, case_id in enumerate(case_ids):
            if progress is not None:
                progress(done, len(case_ids))
            erased.append(cases.erase(case_id))
        return erased

    def left_in_backups(self, erased: list[Erased]) -> LeftInBackups:
        """The backups that still hold these erased people (made before the erasure)."""
        if not self.db.is_sqlite or not erased:
            return LeftInBackups([], [])
        found, unreadable = backups.holding(
            self.ctx.paths.backup_dir, self.db.passphrase, {e.case_id: e.last_name for e in erased}
        )
        return LeftInBackups(found, unreadable)

    def purge_backups(self, left: LeftInBackups) -> int:
        """Erase the people from the backups that hold them; remove the backups that cannot be read
        to check (damaged, or under another passphrase). Returns how many backups were changed."""
        for backup, case_ids in left.holding:
            backups.purge_cases(backup.path, self.db.passphrase, case_ids)
        for backup in left.unreadable:
            for path in (backup.path, Path(f"{backup.path}-wal")):
                path.unlink(missing_ok=True)
        return len(left.holding) + len(left.unreadable)


@dataclass(frozen=True)
class LeftInBackups:
    holding: list[tuple[Backup, list[int]]]  # a backup and the erased case ids it still holds
    unreadable: list[Backup]  # cannot be opened to tell

    def __bool__(self) -> bool:
        return bool(self.holding or self.unreadable)

    def describe(self) -> str:
        """In French, for the confirmation the window and the command ask."""
        lines = [f"{b.name} ({b.made_at:%d/%m/%Y %H:%M})" for b, _ids in self.holding]
        text = ""
        if lines:
            text += (
                f"{len(lines)} sauvegarde(s) faite(s) avant l'effacement contiennent encore ces données :\n"
            )
            text += "\n".join(f"  – {line}" for line in lines) + "\n"
        if self.unreadable:
            text += f"{len(self.unreadable)} sauvegarde(s) illisible(s) (endommagées, ou d'une autre phrase de passe) "
            text += "ne peuvent pas être vérifiées et seraient supprimées :\n"
            text += "\n".join(f"  – {b.name}" for b in self.unreadable) + "\n"
        return text
