"""The installer build: the windowed and the console executables, the bundled ROME release imported
on first use, the demo PDFs; the Windows version resource."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILT = REPO / "dist" / "atelier-cep"


def _windows_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("windows", REPO / "packaging" / "windows.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_windows_version_resource_is_a_valid_vsversioninfo() -> None:
    windows = _windows_module()
    text = windows.version_resource("atelier-cep", "0.1.0", "Atelier CEP", "atelier-cep.exe")
    # PyInstaller evaluates this text with its VSVersionInfo classes: here every call is recorded.
    calls: dict[str, list[object]] = {}

    def recorder(name: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: calls.setdefault(name, []).append((args, kwargs)) or name

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")  # fmt: skip
    ast.parse(text, mode="eval")
    eval(text, {"__builtins__": {}}, {n: recorder(n) for n in names})  # noqa: S307
    assert calls["FixedFileInfo"][0][1]["filevers"] == (0, 1, 0, 0)
    strings = {args[0]: args[1] for args, _ in calls["StringStruct"]}
    assert strings["ProductVersion"] == "0.1.0" and strings["OriginalFilename"] == "atelier-cep.exe"
    assert windows.version_numbers("1.2") == (1, 2, 0, 0)


def test_the_windows_icon_is_committed() -> None:
    icon = (REPO / "resources" / "icons" / "atelier-cep.ico").read_bytes()
    assert icon[:4] == b"\x00\x00\x01\x00" and int.from_bytes(icon[4:6], "little") >= 5


@pytest.mark.slow
@pytest.mark.rome
def test_build_and_run_the_installer(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py")],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=900,
    )
    window, console = BUILT / f"atelier-cep{SUFFIX}", BUILT / f"atelier-cep-console{SUFFIX}"
    assert (BUILT / "_internal" / "data" / "rome" / "francetravail_rome4_v460_csv.zip").is_file()
    data = ["--data-dir", str(tmp_path / "data")]
    info = subprocess.run(
        [str(console), *data, "rome", "info", "--json"], capture_output=True, text=True, check=True
    )
    assert json.loads(info.stdout)["counts"]["fiches"] == 1584  # imported on first use
    assert "fourni avec l'application a été importé" in info.stderr
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_SMOKE_TEST": "1"}
    fresh = ["--data-dir", str(tmp_path / "fresh")]  # the window imports it on first use too
    smoke = subprocess.run([str(window), *fresh], capture_output=True, text=True, env=env, timeout=180)
    assert "smoke-ok window=True rome=ROME 4.0 version 60 (25M09)" in smoke.stdout, smoke.stderr
    demo = subprocess.run(
        [str(console), *data, "demo", "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    pdfs = sorted((tmp_path / "demo").glob("*.pdf"))
    assert len(pdfs) >= 5 and all(p.read_bytes().startswith(b"%PDF-") for p in pdfs)
