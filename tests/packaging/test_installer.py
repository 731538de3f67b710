"""The installer build: headless commands, the window with the bundled ROME release, the demo PDFs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.context import Context
from workbench.rome import reference

REPO = Path(__file__).resolve().parents[2]
BUILT = REPO / "dist" / "atelier-cep" / ("atelier-cep.exe" if sys.platform == "win32" else "atelier-cep")


def test_a_bundled_release_is_used_until_one_is_imported(
    ctx: Context, rome_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.rome.importer import active_database

    bundled = active_database(rome_release)
    monkeypatch.setattr(reference, "bundled_database", lambda: bundled)
    assert ctx.rome is not None and ctx.rome.path == bundled
    monkeypatch.setattr(reference, "bundled_database", lambda: None)
    assert ctx.rome is None


@pytest.mark.slow
@pytest.mark.rome
def test_build_and_run_the_installer(tmp_path: Path) -> None:
    if not (REPO.parent / "shared" / "rome").exists():
        pytest.skip("the official ROME release is needed to build the installer")
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py")],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=900,
    )
    data = ["--data-dir", str(tmp_path / "data")]
    info = subprocess.run(
        [str(BUILT), *data, "rome", "info", "--json"], capture_output=True, text=True, check=True
    )
    assert json.loads(info.stdout)["counts"]["fiches"] == 1584
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_SMOKE_TEST": "1"}
    smoke = subprocess.run([str(BUILT), *data], capture_output=True, text=True, env=env, timeout=120)
    assert "smoke-ok window=True rome=ROME 4.0 version 60 (25M09)" in smoke.stdout
    demo = subprocess.run(
        [str(BUILT), *data, "demo", "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    pdfs = sorted((tmp_path / "demo").glob("*.pdf"))
    assert len(pdfs) >= 5 and all(p.read_bytes().startswith(b"%PDF-") for p in pdfs)
