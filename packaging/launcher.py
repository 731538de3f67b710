"""Entry point of the installer build (PyInstaller needs a script, not a module)."""

import sys

from workbench.cli import main

sys.exit(main())
