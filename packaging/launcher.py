"""Entry point of both executables (PyInstaller needs a script): the window, or a command.

The windowed executable has no standard streams on Windows (None): they are opened on the null
device before anything writes to them; the console executable has them and is unchanged.
"""

import os
import sys

for _name in ("stdin", "stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "r" if _name == "stdin" else "w", encoding="utf-8"))  # noqa: SIM115

from workbench.cli import main  # noqa: E402

sys.exit(main())
