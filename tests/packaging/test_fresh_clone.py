"""A fresh clone with nothing beside it (no ../shared): the bundled ROME release matches jobs out of
the box, as a new user's first command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LEFT_OUT = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "*.egg-info",
)


@pytest.mark.rome
def test_a_clone_without_shared_matches_jobs_out_of_the_box(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    shutil.copytree(REPO, clone, ignore=LEFT_OUT)
    assert not (clone.parent / "shared").exists()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env |= {"PYTHONPATH": str(clone), "WORKBENCH_DATA_DIR": str(tmp_path / "data")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=clone, env=env, capture_output=True, text=True, timeout=300
        )

    where = run("-c", "import workbench.resources as r; print(r.data_path())")
    assert where.stdout.strip() == str(clone / "data")  # the clone's code and data, not this checkout's
    # Clerc d'avocat (appellation 12659) from 2015 to 2023.
    matched = run(
        "-m", "workbench", "match", "--appellation", "12659@2015-01..2023-06", "--top", "5", "--json"
    )
    assert matched.returncode == 0, matched.stderr
    assert "fourni avec l'application a été importé" in matched.stderr
    results = json.loads(matched.stdout)["results"]
    assert len(results) == 5 and all(r["code"][0] in "ABCDEFGHIJKLMN" for r in results)
