"""Where the workbench keeps its files.

Everything lives under one data directory: the platform's user data directory (platformdirs),
or the one given by ``workbench --data-dir DIR`` / the ``WORKBENCH_DATA_DIR`` environment variable.
Logs go to the platform log directory unless a data directory was given, in which case they stay
inside it (tests and portable installs keep everything in one place).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from workbench import APP_ID

DATA_DIR_ENV = "WORKBENCH_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The files and folders of one workbench installation."""

    data_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(data_dir=root, log_dir=root / "logs")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )

    @property
    def case_db(self) -> Path:
        """The SQLite file holding the beneficiaries' case files."""
        return self.data_dir / "cases.db"

    @property
    def rome_dir(self) -> Path:
        """Imported ROME releases, one reference database per release."""
        return self.data_dir / "rome"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> None:
        """Create the folders, private to the user; raises OSError when the location is not writable."""
        for folder in (self.data_dir, self.log_dir, self.rome_dir, self.backup_dir):
            private_dir(folder)


# Case files hold health and disability data: what the workbench writes is for its user alone
# (no effect on Windows, where the user's profile folders are already private).
FILE_MODE, DIR_MODE = 0o600, 0o700


def private_dir(folder: Path) -> Path:
    """``folder`` created if needed, readable by its owner only (also when an older version made it)."""
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, DIR_MODE)
    return folder


def private_file(path: Path) -> Path:
    """``path`` created empty if needed, readable by its owner only, before anything is written in it.

    SQLite gives a database's -wal and -shm files the mode of the database itself.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE))
    if os.name == "posix":
        os.chmod(path, FILE_MODE)
    return path


TEMP_PREFIX = "atelier-cep-"
VIEWER_FOLDER = "visionneuse"


def private_temp_dir() -> Path:
    """This user's private temporary folder for previews (0700, emptied at start-up, on close and on
    erasure by :func:`clear_private_temp`): rendered pages and the PDF handed to the system viewer."""
    base = Path(tempfile.gettempdir())
    owner = str(os.getuid()) if hasattr(os, "getuid") else "".join(c for c in getpass_user() if c.isalnum())
    folder = base / f"{TEMP_PREFIX}{owner}"
    private_dir(folder)
    if os.name == "posix":
        info = os.lstat(folder)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():  # someone else's: not ours to use
            raise OSError(f"{folder} n'appartient pas à cet utilisateur")
    return folder


def clear_private_temp(only: str | None = None) -> None:
    """Remove what the previews left (``only``: one sub-folder, e.g. the viewer's files), and the
    ``atelier-cep-apercu-*`` folders an earlier version left in the temporary folder."""
    try:
        folder = private_temp_dir()
    except OSError:
        return
    targets = [folder / only] if only else list(folder.iterdir())
    if only is None:
        targets += [p for p in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}apercu-*") if _owned(p)]
    for target in targets:
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)


def _owned(path: Path) -> bool:
    try:
        return os.name != "posix" or os.lstat(path).st_uid == os.getuid()
    except OSError:
        return False


def getpass_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "utilisateur"
