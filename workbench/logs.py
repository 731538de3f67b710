"""Logging to a rotating file in the platform log directory (or the data directory's logs/).

The files are private to the user (0600 in a 0700 folder). Nothing personal is logged on purpose:
the database engines hide statement parameters (``hide_parameters=True``), so an error that quotes
a statement quotes no name, note or date of birth.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Any

from workbench.paths import private_dir, private_file

LOG_FILE_NAME = "atelier-cep.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the rotated ones included, is created 0600."""

    def _open(self) -> Any:
        private_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the application's log records to ``log_dir``; returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    try:
        private_dir(log_dir)
        handler: logging.Handler = PrivateRotatingFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_dir / LOG_FILE_NAME
