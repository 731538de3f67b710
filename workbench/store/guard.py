"""One writer at a time where it matters: a lock on the data directory.

Every process that has the case database open holds a *shared* lock on the file ``verrou`` of the
data directory; restoring a backup and changing the passphrase replace files under everybody's feet,
so they take it *exclusively* and refuse, with a French message, while anyone else holds it. The
operating system drops a lock when its process ends, however it ends: a killed process never leaves
the directory locked.

POSIX: ``flock``. Windows: ``msvcrt`` byte-range locks — a shared holder locks one of ``SLOTS``
bytes, an exclusive holder all of them at once.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from workbench.errors import StorageError
from workbench.paths import FILE_MODE

LOCK_NAME = "verrou"
SLOTS = 128
WAIT_SECONDS = 5.0  # an opening waits this long for a restore or housekeeping to finish


class Busy(StorageError):
    """Another process holds the data directory."""


IN_USE = (
    "La base des dossiers est ouverte par un autre programme (une fenêtre d'Atelier CEP ou une "
    "commande en cours) : fermez-le puis recommencez. Rien n'a été changé."
)
BEING_REPLACED = (
    "Une restauration ou un changement de phrase de passe est en cours dans un autre programme : "
    "réessayez quand il sera terminé."
)


class DataDirLock:
    """The lock of one data directory, held by this object (not shared with other objects)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self.mode: str | None = None  # "shared", "exclusive" or None
        self._fd: int | None = None
        self._slot = 0

    def shared(self, wait: float = WAIT_SECONDS) -> None:
        """Hold the lock with other readers and writers of the database; Busy while it is exclusive."""
        deadline = time.monotonic() + wait
        while not self._take(exclusive=False):
            if time.monotonic() >= deadline:
                raise Busy(BEING_REPLACED)
            time.sleep(0.1)

    def exclusive(self) -> None:
        """Hold the lock alone (turning a shared hold into an exclusive one); Busy if anyone else has it."""
        was_shared = self.mode == "shared"
        if self._take(exclusive=True):
            return
        if was_shared and not self._take(exclusive=False):  # the hold we had is given back
            self.release()
        raise Busy(IN_USE)

    def try_exclusive(self) -> bool:
        try:
            self.exclusive()
        except Busy:
            return False
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self._unlock()
        finally:
            os.close(self._fd)
            self._fd, self.mode = None, None

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    # ---- Helpers

    def _open(self) -> int:
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            except OSError as exc:
                raise StorageError(
                    f"Impossible d'ouvrir le verrou du dossier des données « {self.path} » : {exc.strerror}."
                ) from exc
        return self._fd

    if sys.platform == "win32":

        def _take(self, exclusive: bool) -> bool:
            import msvcrt

            fd = self._open()
            if self.mode is not None:
                self._unlock()
            if exclusive:
                ranges = [(0, SLOTS)]
            else:
                slots = list(range(1, SLOTS))
                random.shuffle(slots)
                ranges = [(slot, 1) for slot in slots]
            for start, length in ranges:
                os.lseek(fd, start, os.SEEK_SET)
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
                except OSError:
                    continue
                self._slot, self.mode = start, "exclusive" if exclusive else "shared"
                return True
            return False

        def _unlock(self) -> None:
            import msvcrt

            if self._fd is None or self.mode is None:
                return
            os.lseek(self._fd, self._slot, os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_UNLCK, SLOTS if self.mode == "exclusive" else 1)
            self.mode = None

    else:

        def _take(self, exclusive: bool) -> bool:
            import fcntl

            fd = self._open()
            try:  # converting a flock is not atomic: a failure leaves nothing held
                fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            except BlockingIOError:
                self.mode = None
                return False
            self.mode = "exclusive" if exclusive else "shared"
            return True

        def _unlock(self) -> None:
            import fcntl

            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            self.mode = None
