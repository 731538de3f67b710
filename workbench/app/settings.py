"""The settings as the window and the commands use them (declared in :mod:`workbench.settings`):
read from the data directory, saved after validation, and announced so open views follow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import settings as declared
from workbench.app import changes
from workbench.settings import MAX_LOCK_MINUTES, MAX_RETENTION_YEARS, Settings, StructureSettings

if TYPE_CHECKING:
    from workbench.context import Context

__all__ = [
    "MAX_LOCK_MINUTES",
    "MAX_RETENTION_YEARS",
    "Settings",
    "commission_dates",
    "StructureSettings",
    "from_json",
    "load",
    "retention_months",
    "save",
    "save_structure",
    "set_idle_lock",
    "set_retention_years",
    "settings_file",
    "structure",
]


def from_json(data: object) -> Settings:
    """Settings from their JSON form (ValidationError or UserError naming what is wrong)."""
    return declared.from_json(data)


def load(ctx: Context) -> Settings:
    return declared.load(ctx.paths)


def save(ctx: Context, value: Settings) -> Path:
    path = declared.save(ctx.paths, value)
    ctx.changes.announce(None, changes.SETTINGS)
    return path


def structure(ctx: Context) -> StructureSettings:
    return load(ctx).structure


def save_structure(ctx: Context, value: StructureSettings) -> Path:
    return save(ctx, replace(load(ctx), structure=value))


def retention_months(ctx: Context) -> int:
    """The retention period: the same value the RGPD notice prints and the purge uses."""
    return load(ctx).retention_months


def set_retention_years(ctx: Context, years: int) -> Path:
    current = load(ctx)
    return save(ctx, replace(current, structure=replace(current.structure, retention_years=years)))


def set_idle_lock(ctx: Context, minutes: int) -> Path:
    return save(ctx, replace(load(ctx), idle_lock_minutes=minutes))


def settings_file(ctx: Context) -> Path:
    return declared.settings_file(ctx.paths)


def commission_dates(ctx: Context) -> list[date]:
    """The dates of the regional Transitions Pro commissions the structure entered, in order."""
    return declared.commission_dates(structure(ctx))
