"""The composition root: what a command or the window needs, opened on first use.

``ctx.db`` is the case-file database (migrated on open), ``ctx.rome`` the active ROME reference
(``None`` until a release is imported). Commands and the window receive a Context instead of
reaching for globals, so tests build one on a temporary folder.
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

from workbench.paths import AppPaths

if TYPE_CHECKING:
    from workbench.rome.reference import RomeReference
    from workbench.store.db import Database


class Context:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths

    @classmethod
    def create(cls, data_dir: str | os.PathLike[str] | None = None) -> Context:
        return cls(AppPaths.resolve(data_dir))

    @cached_property
    def db(self) -> Database:
        from workbench.store.db import Database

        return Database.open(self.paths)

    @property
    def rome(self) -> RomeReference | None:
        """The active ROME release, re-read after an import changes it."""
        from workbench.rome.reference import open_active

        return open_active(self.paths)

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
