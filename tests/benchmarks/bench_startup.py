"""Cold start, as a ratio to a bare PySide6 window measured in the same run, and opening a case.

Each start is a fresh process, started as ``workbench`` starts the window (``run_gui``'s steps). Two
times from launching it: the first window painted (the child prints "painted"; goal: ratio to the
bare window ≤ 1.5) and the main window shown with the case list loaded ("ready"); the children
also print the CPU time they used to the first paint, which a busy machine inflates less. They run
with compiled bytecode, as an installed application does (a private cache folder: nothing is
written beside the sources). Then, in this process, opening a rich case file with its first tab
(goal ≤ 150 ms), and the same opening as it was before (an application-wide style sheet and
event filter), measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 820)
window.show()
app.processEvents()
print("ready", time.process_time(), flush=True)
"""

APP = """
import sys, time
import workbench.cli  # what the ``workbench`` launcher imports first
from workbench.context import Context
from workbench.ui.app import finish_start, start_window
ctx = Context.create(sys.argv[1])
app, first = start_window(ctx)
print("painted", time.process_time(), flush=True)
finish_start(app, ctx)
ctx.db  # the passphrase comes from WORKBENCH_PASSPHRASE: no dialog to answer
from workbench.ui.main_window import MainWindow
from workbench.ui.tasks import wait_for_tasks
window = MainWindow(ctx)
window.show()
first.close()
wait_for_tasks()
app.processEvents()
assert window.case_list.model.total == 201
print("ready", flush=True)
"""


# The application-wide style sheet the window had before resources/styles went (workbench/ui/style.py).
FORMER_STYLE_SHEET = """
QLabel#fieldError { color: #b3261e; font-size: 11px; }
QLabel#errorBanner { background: #fdecea; color: #8c1d18; border: 1px solid #f3b6b0;
    border-radius: 4px; padding: 6px 10px; }
QLabel#archivedBanner { color: #6b5b00; }
QLabel#caseHeader { font-size: 15px; padding: 4px 2px; }
*[invalid="true"] { border: 1px solid #b3261e; border-radius: 3px; }
QGroupBox { font-weight: bold; margin-top: 10px; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QCheckBox { font-weight: normal; }
QLabel#emptyHint { color: #4a4a4a; font-size: 14px; padding: 24px; }
QTabBar { font-size: 13px; }
"""


def child_environment(cache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def start(code: str, env: dict[str, str], *args: str) -> tuple[float, float, float]:
    """(seconds to the first line "painted" or "ready", seconds to "ready", CPU seconds to the first)."""
    began = time.perf_counter()
    command = [sys.executable, "-c", code, *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        first, _, cpu = child.stdout.readline().strip().partition(" ")
        painted = time.perf_counter() - began
        ready = painted if first == "ready" else None
        if first == "painted" and child.stdout.readline().strip() == "ready":
            ready = time.perf_counter() - began
        child.wait()
    if ready is None:
        raise SystemExit(f"the child did not start: {first!r}")
    return painted, ready, float(cpu)


def open_case_timings(data: str) -> dict[str, tuple[list[float], list[float]]]:
    """Opening the rich case, with its first tab painted, in a window already up: (wall ms, CPU ms)
    as it is now and as it was before."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from workbench.context import Context
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow
    from workbench.ui.tasks import wait_for_tasks

    class FormerIdleFilter(QObject):  # the idle lock's former filter: every event of every object
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove}:
                pass
            return False

    app = create_application([])
    ctx = Context.create(data)
    window = MainWindow(ctx)
    window.show()
    wait_for_tasks()
    results: dict[str, tuple[list[float], list[float]]] = {}
    former = FormerIdleFilter()
    for setting in ("now", "before", "now again"):
        if setting == "before":
            app.setStyleSheet(FORMER_STYLE_SHEET)
            app.installEventFilter(former)
        else:
            app.setStyleSheet("")
            app.removeEventFilter(former)
        wall, cpu = results.setdefault(setting.split()[0], ([], []))
        for _ in range(RUNS):
            began, used = time.perf_counter(), time.process_time()
            view = window.open_case(1)
            QApplication.processEvents()
            wall.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - used) * 1000)
            window.forget_case(view.case_id)
            wait_for_tasks()
            QApplication.processEvents()
    window.close()
    ctx.close()
    del app
    return results


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WORKBENCH_PASSPHRASE", "phrase du banc de démarrage")  # no dialog to answer
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests.rich_case, run as a script
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as cache:
        from tests.rich_case import add_rich_case
        from workbench.context import Context
        from workbench.core.cases import CaseRecord
        from workbench.store.cases import CaseRepository

        ctx = Context.create(data)
        add_rich_case(ctx)  # case n° 1
        repo = CaseRepository(ctx.db)
        for n in range(200):
            repo.add(CaseRecord(last_name=f"Nom{n:03d}", first_name="Prénom", counsellor="Claire"))
        ctx.close()
        env = child_environment(cache)
        start(BARE, env)  # compile the bytecode and warm the file cache once,
        start(APP, env, data)  # as a second launch of the day would find them
        bare, bare_cpu, painted, painted_cpu, ready = [], [], [], [], []
        for _ in range(RUNS):
            first, _, cpu = start(BARE, env)
            bare.append(first)
            bare_cpu.append(cpu)
            first, listed, cpu = start(APP, env, data)
            painted.append(first)
            painted_cpu.append(cpu)
            ready.append(listed)
        opening = open_case_timings(data)
    median = statistics.median
    bare_ms, bare_cpu_ms = median(bare) * 1000, median(bare_cpu) * 1000
    painted_ms, painted_cpu_ms, ready_ms = (
        median(painted) * 1000,
        median(painted_cpu) * 1000,
        median(ready) * 1000,
    )
    print(
        f"load average              : {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end (2 cores)"
    )
    print(
        f"bare PySide6 window       : median {bare_ms:7.1f} ms over {RUNS} starts ({bare_cpu_ms:.1f} ms CPU)"
    )
    print(
        f"Atelier CEP first painted : median {painted_ms:7.1f} ms — ratio {painted_ms / bare_ms:.2f}× (goal ≤ 1.5×); "
        f"CPU {painted_cpu_ms:.1f} ms — ratio {painted_cpu_ms / bare_cpu_ms:.2f}×"
    )
    print(
        f"Atelier CEP list shown    : median {ready_ms:7.1f} ms — ratio {ready_ms / bare_ms:.2f}× (201 cases listed)"
    )
    wall, cpu = opening["now"]
    former_wall, former_cpu = opening["before"]
    print(
        f"opening a rich case       : median {median(wall):7.1f} ms, max {max(wall):.1f} ms, CPU {median(cpu):.1f} ms "
        f"over {len(wall)} openings (first tab built and painted; goal ≤ 150 ms)"
    )
    print(
        f"  as before (app-wide style sheet and event filter): median {median(former_wall):7.1f} ms, "
        f"CPU {median(former_cpu):.1f} ms — now {median(cpu) / median(former_cpu):.2f}× that CPU"
    )


if __name__ == "__main__":
    main()
