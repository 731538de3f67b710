"""The version the window and the documents show is the project's (pyproject.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import workbench


def test_version_matches_pyproject() -> None:
    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8"))
    assert workbench.__version__ == project["project"]["version"]
