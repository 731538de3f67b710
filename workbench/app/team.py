"""Team mode: accounts on the structure's server, sharing, and cases taken offline and brought back.

For now the operations are those of the store, named here so that the window and the commands
reach them through the application layer; changes brought back are announced for every case.
"""

from __future__ import annotations

from workbench.store import transfer
from workbench.store.accounts import ROLES, AccessDenied, Account, AccountRepository
from workbench.store.db import Database
from workbench.store.privacy import current_actor

__all__ = ["ROLES", "AccessDenied", "Account", "AccountRepository", "Database", "current_actor", "transfer"]
