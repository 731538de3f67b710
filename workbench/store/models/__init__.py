"""Every case-file model, imported here so that ``Base.metadata`` knows all tables."""

from workbench.store.models.base import Base
from workbench.store.models.case import Case

__all__ = ["Base", "Case"]
