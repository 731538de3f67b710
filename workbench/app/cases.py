"""Case files: create, read, change, archive, erase, export (right of access), audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.app import changes
from workbench.app._base import Service
from workbench.core.cases import CaseRecord, CaseSummary
from workbench.paths import VIEWER_FOLDER, clear_private_temp
from workbench.store import transfer
from workbench.store.cases import CaseConflict, CaseNotFound, CaseRepository, ErasedNotCompacted
from workbench.store.export import export_case
from workbench.store.privacy import ACTIONS, AuditLine, PrivacyRepository

__all__ = ["ACTIONS", "AuditLine", "CaseConflict", "CaseNotFound", "Cases", "Erased", "ErasedNotCompacted"]


@dataclass(frozen=True)
class Erased:
    """An erased person: enough to find them in the backups made before."""

    case_id: int
    last_name: str


class Cases(Service):
    @property
    def _repo(self) -> CaseRepository:
        return CaseRepository(self.db)

    # ---- Reading

    def get(self, case_id: int) -> CaseRecord:
        return self._repo.get(case_id)

    def summaries(self, include_archived: bool = True) -> list[CaseSummary]:
        return self._repo.summaries(include_archived)

    def counsellors(self) -> list[str]:
        return self._repo.counsellors()

    def trail(self, case_id: int) -> list[AuditLine]:
        return PrivacyRepository(self.db).trail(case_id)

    def opened(self, case_id: int) -> None:
        """The case file was opened (audit trail)."""
        PrivacyRepository(self.db).log("consultation", case_id)

    def away(self, case_id: int) -> str | None:
        """On the server: who took this case offline (its changes here are merged when it is back)."""
        if self.db.is_sqlite:
            return None
        return transfer.taken_cases(self.db).get(case_id)

    def export(self, case_id: int) -> dict[str, Any]:
        """Everything held about the person (right of access); audited as an export."""
        return export_case(self.db, case_id)

    # ---- Writing

    def add(self, record: CaseRecord) -> int:
        case_id = self._repo.add(record)
        self.announce(case_id, changes.CASE)
        return case_id

    def update(self, record: CaseRecord) -> CaseRecord:
        saved = self._repo.update(record)
        self.announce(saved.id, changes.CASE)
        return saved

    def set_archived(self, case_id: int, archived: bool) -> CaseRecord:
        saved = self._repo.set_archived(case_id, archived)
        self.announce(case_id, changes.CASE)
        return saved

    def erase(self, case_id: int) -> Erased:
        """Erase the person everywhere in the database and the viewer's files; the backups that
        still hold them: :meth:`workbench.app.privacy.Privacy.left_in_backups`."""
        try:
            last_name = self._repo.erase(case_id)
        except ErasedNotCompacted:
            self.announce(case_id, changes.ERASED)  # erased all the same
            clear_private_temp(VIEWER_FOLDER)
            raise
        self.announce(case_id, changes.ERASED)
        clear_private_temp(VIEWER_FOLDER)  # PDFs handed to the viewer may name the person
        return Erased(case_id, last_name)
