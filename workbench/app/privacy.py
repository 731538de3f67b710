"""Privacy: retention (cases past the period, and their erasure), backups, passphrases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from workbench.app import changes
from workbench.app._base import Service
from workbench.store import backups, crypto
from workbench.store.backups import Backup
from workbench.store.cases import CaseRepository
from workbench.store.crypto import WrongPassphrase, check_new_passphrase
from workbench.store.db import DamagedDatabase, check_passphrase
from workbench.store.privacy import DEFAULT_RETENTION_MONTHS, PrivacyRepository, RetentionDue

__all__ = [
    "DEFAULT_RETENTION_MONTHS",
    "Backup",
    "DamagedDatabase",
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

    def erase_cases(self, case_ids: list[int], progress: Callable[[int, int], None] | None = None) -> int:
        """Erase exactly these cases, one by one (``progress(done, total)`` may raise to stop)."""
        repo = CaseRepository(self.db)
        for done, case_id in enumerate(case_ids):
            if progress is not None:
                progress(done, len(case_ids))
            repo.erase(case_id)
            self.announce(case_id, changes.ERASED)
        return len(case_ids)
