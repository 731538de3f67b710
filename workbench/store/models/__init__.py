"""Every case-file model, imported here so that ``Base.metadata`` knows all tables."""

from workbench.store.models.accounts import AccountRow, CaseShareRow, SignInFailureRow
from workbench.store.models.base import Base
from workbench.store.models.case import Case
from workbench.store.models.cep import (
    ActionRow,
    CepClosure,
    CepStay,
    CepStepDone,
    DecisionRow,
    FollowUpRow,
    HandedDocumentRow,
    MeetingRow,
    ProjectRow,
    ReferralRow,
)
from workbench.store.models.funding import FundingScenarioRow
from workbench.store.models.matching import (
    ExperienceRow,
    MatchFeedbackRow,
    MatchPreferencesRow,
    MatchSnapshotRow,
)
from workbench.store.models.privacy import AuditEntry
from workbench.store.models.transfer import CaseCheckoutRow, CheckoutRow, DatabaseInfo

__all__ = [
    "AccountRow",
    "CaseShareRow",
    "SignInFailureRow",
    "ActionRow",
    "Base",
    "Case",
    "CepClosure",
    "CepStay",
    "CepStepDone",
    "FollowUpRow",
    "HandedDocumentRow",
    "MeetingRow",
    "ProjectRow",
    "ReferralRow",
    "DecisionRow",
    "ExperienceRow",
    "FundingScenarioRow",
    "MatchFeedbackRow",
    "MatchPreferencesRow",
    "MatchSnapshotRow",
    "AuditEntry",
    "CaseCheckoutRow",
    "CheckoutRow",
    "DatabaseInfo",
]
