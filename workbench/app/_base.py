"""What every service of the application layer shares: its context and the change hub."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.context import Context
    from workbench.store.db import Database


class Service:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        # Read each time: a restore or a sign-in replaces the database of the context.
        return self.ctx.db

    def announce(self, case_id: int | None, what: str) -> None:
        self.ctx.changes.announce(case_id, what)
