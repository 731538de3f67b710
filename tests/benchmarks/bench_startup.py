"""Cold start, as a ratio to a bare PySide6 window measured in the same run, and opening a case.

Each start is a fresh process, started as ``workbench`` starts the window (``run_gui``'s steps). Two
times from launching it: the first window painted (the child prints "painted"; goal: ratio to the
bare window ≤ 1.5) and the main window shown with the case list loaded ("ready"). Then, in this
process, opening a rich case file with its first tab (goal ≤ 150 ms).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
CPU_OPENING: list[float] = []  # the same openings in CPU time, which a busy machine cannot inflate

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 820)
window.show()
app.processEvents()
print("ready", flush=True)
"""

APP = """
import sys
from workbench.context import Context
from workbench.ui.app import create_application, show_first_window
app = create_application([])
ctx = Context.create(sys.argv[1])
first = show_first_window(ctx)
print("painted", flush=True)
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


def start(code: str, *args: str) -> tuple[float, float]:
    """(seconds to the first line "painted" or "ready", seconds to "ready")."""
    began = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        painted = time.perf_counter() - began
        ready = painted if first == "ready" else None
        if first == "painted" and child.stdout.readline().strip() == "ready":
            ready = time.perf_counter() - began
        child.wait()
    if ready is None:
        raise SystemExit(f"the child did not start: {first!r}")
    return painted, ready


def open_case_timings(data: str) -> list[float]:
    """Opening the rich case, with its first tab painted, in a window already up (ms)."""
    from PySide6.QtWidgets import QApplication

    from workbench.context import Context
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow
    from workbench.ui.tasks import wait_for_tasks

    app = create_application([])
    ctx = Context.create(data)
    window = MainWindow(ctx)
    window.show()
    wait_for_tasks()
    timings = []
    for _ in range(RUNS):
        began, used = time.perf_counter(), time.process_time()
        view = window.open_case(1)
        QApplication.processEvents()
        timings.append((time.perf_counter() - began) * 1000)
        CPU_OPENING.append((time.process_time() - used) * 1000)
        window.forget_case(view.case_id)
        wait_for_tasks()
        QApplication.processEvents()
    window.close()
    ctx.close()
    del app
    return timings


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WORKBENCH_PASSPHRASE", "phrase du banc de démarrage")  # no dialog to answer
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests.rich_case, run as a script
    with tempfile.TemporaryDirectory() as data:
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
        start(APP, data)  # warm the file cache once, as a second launch of the day would be
        bare, painted, ready = [], [], []
        for _ in range(RUNS):
            bare.append(start(BARE)[0])
            first, listed = start(APP, data)
            painted.append(first)
            ready.append(listed)
        opening = open_case_timings(data)
    bare_ms = statistics.median(bare) * 1000
    painted_ms, ready_ms = statistics.median(painted) * 1000, statistics.median(ready) * 1000
    print(f"bare PySide6 window       : median {bare_ms:7.1f} ms over {RUNS} starts")
    print(
        f"Atelier CEP first painted : median {painted_ms:7.1f} ms — ratio {painted_ms / bare_ms:.2f}× (goal ≤ 1.5×)"
    )
    print(
        f"Atelier CEP list shown    : median {ready_ms:7.1f} ms — ratio {ready_ms / bare_ms:.2f}× (201 cases listed)"
    )
    print(
        f"opening a rich case       : median {statistics.median(opening):7.1f} ms, max {max(opening):.1f} ms "
        "(first tab built and painted; goal ≤ 150 ms)"
    )
    print(f"opening, CPU time         : median {statistics.median(CPU_OPENING):7.1f} ms")


if __name__ == "__main__":
    main()
