"""The layers of README.md import one way; this test names any module that crosses them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
SHARED = {
    "workbench",
    "workbench.errors",
    "workbench.paths",
    "workbench.resources",
    "workbench.logs",
    "workbench.settings",
}

# layer → (allowed workbench layers, forbidden third-party roots)
RULES = {
    "core": ({"core"}, {"PySide6", "sqlalchemy", "alembic", "sqlite3", "reportlab", "sqlcipher3"}),
    "rome": ({"core", "rome"}, {"PySide6", "sqlalchemy", "alembic", "reportlab"}),
    "store": ({"core", "store"}, {"PySide6", "reportlab"}),
    "reports": ({"core", "rome", "store", "reports"}, {"PySide6"}),
    "app": ({"core", "rome", "store", "reports", "app", "context"}, {"PySide6"}),
    # The window and the commands reach the store and the ROME reference through the application layer.
    "commands": ({"core", "reports", "app", "commands", "context", "cli"}, {"PySide6", "sqlalchemy"}),
    "ui": ({"core", "reports", "app", "ui", "context", "cli"}, {"sqlalchemy", "sqlite3"}),
}


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_only_below(layer: str) -> None:
    allowed, forbidden = RULES[layer]
    crossings = []
    for path in modules_of(layer):
        for name in imports(path):
            root = name.split(".")[0]
            if (
                root in forbidden
                or root == "workbench"
                and name not in SHARED
                and name.split(".")[1] not in allowed
            ):
                crossings.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert crossings == []


def test_only_the_window_imports_the_ui() -> None:
    crossings = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and path.name != "cli.py"
        for name in imports(path)
        if name.startswith("workbench.ui")
    ]
    assert crossings == []
