"""Cold start to a usable window, as a ratio to a bare PySide6 window measured in the same run.

Each start is a fresh process; the time runs from launching it to the window shown with the case
list loaded (the child prints "ready"). Goal: ratio ≤ 1.5.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7

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
from workbench.ui.app import create_application
from workbench.ui.main_window import MainWindow
from workbench.ui.tasks import wait_for_tasks
app = create_application([])
ctx = Context.create(sys.argv[1])
window = MainWindow(ctx)
window.show()
wait_for_tasks()
app.processEvents()
assert window.case_list.model.total == 200
print("ready", flush=True)
"""


def start(code: str, *args: str) -> float:
    began = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        elapsed = time.perf_counter() - began
        child.wait()
    if line != "ready":
        raise SystemExit(f"the child did not start: {line!r}")
    return elapsed


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WORKBENCH_PASSPHRASE", "phrase du banc de démarrage")  # no dialog to answer
    with tempfile.TemporaryDirectory() as data:
        from workbench.context import Context
        from workbench.core.cases import CaseRecord
        from workbench.store.cases import CaseRepository

        ctx = Context.create(data)
        repo = CaseRepository(ctx.db)
        for n in range(200):
            repo.add(CaseRecord(last_name=f"Nom{n:03d}", first_name="Prénom", counsellor="Claire"))
        ctx.close()
        start(APP, data)  # warm the file cache once, as a second launch of the day would be
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(start(BARE))
            app.append(start(APP, data))
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    print(f"bare PySide6 window : median {bare_ms:7.1f} ms over {RUNS} starts")
    print(f"Atelier CEP window  : median {app_ms:7.1f} ms over {RUNS} starts (200 cases listed)")
    print(f"ratio               : {app_ms / bare_ms:.2f}× (goal ≤ 1.5×)")


if __name__ == "__main__":
    main()
