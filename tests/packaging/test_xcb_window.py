"""The real window on a real X server (Xvfb) with Qt's xcb platform, as a counsellor's Linux laptop
opens it: the other tests use the offscreen platform and cannot notice a system library that Qt's
xcb plugin needs and that is missing (``make system-deps`` installs them)."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb platform is Linux's")

REPO = Path(__file__).resolve().parents[2]


def xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A throwaway X server at 1366×768 on a free display number."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb est absent : installez le paquet Debian xvfb (make system-deps)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        number = os.read(read, 64).decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(10)


def open_window(display: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Start the application as `make run` does, on xcb; the smoke-test mode reports and quits."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "WORKBENCH_SMOKE_TEST": "1",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--data-dir", str(data_dir)],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_every_library_of_the_xcb_plugin_is_installed() -> None:
    linked = subprocess.run(["ldd", str(xcb_plugin())], capture_output=True, text=True, check=True).stdout
    missing = [line.split()[0] for line in linked.splitlines() if "not found" in line]
    assert missing == [], f"bibliothèques absentes pour Qt xcb : {missing} (make system-deps)"


@pytest.mark.rome
def test_the_window_opens_on_xcb_and_imports_the_bundled_release(display: str, tmp_path: Path) -> None:
    opened = open_window(display, tmp_path / "data")
    assert opened.returncode == 0, opened.stderr
    assert "smoke-ok window=True rome=ROME 4.0 version 60 (25M09)" in opened.stdout


def test_the_smoke_test_fails_when_a_library_qt_needs_is_missing(display: str, tmp_path: Path) -> None:
    # A broken libxcb-cursor.so.0 found first by the loader: as if the package were missing.
    hidden = tmp_path / "lib"
    hidden.mkdir()
    (hidden / "libxcb-cursor.so.0").write_bytes(b"")
    opened = open_window(display, tmp_path / "data", LD_LIBRARY_PATH=str(hidden))
    assert opened.returncode != 0 and "smoke-ok" not in opened.stdout
    assert 'Could not load the Qt platform plugin "xcb"' in opened.stderr
