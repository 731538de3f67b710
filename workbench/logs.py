"""Logging to a rotating file in the platform log directory (or the data directory's logs/)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "atelier-cep.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the application's log records to ``log_dir``; returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_dir / LOG_FILE_NAME
