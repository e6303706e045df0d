"""An advisory lock so two running copdesk processes never write one file.

On POSIX ``flock`` on the database file itself: it is independent of the
``fcntl`` byte-range locks SQLite uses, and the kernel drops it when the process
dies, so a crash never leaves a stale lock. On Windows a sidecar ``.lock`` file is
locked with ``msvcrt``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process holds it."""
        if self._fd is not None:
            return True
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            fd = os.open(str(self.path) + ".lock", os.O_RDWR | os.O_CREAT)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(fd)
                return False
        else:
            import fcntl

            fd = os.open(self.path, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        os.close(fd)  # closing the descriptor releases flock / msvcrt locks
