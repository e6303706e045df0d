"""The log file in the platform's log folder: details users never see on screen.

The file is rotated when copdesk starts (``copdesk.log`` → ``copdesk.log.1`` …,
three kept) once it has grown past 1 MB. Rotating at start rather than on every
record keeps :mod:`logging.handlers` (and the socket and pickle modules it
imports) off the start-up path.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from copdesk.store.user_dirs import log_dir

MAX_BYTES = 1_000_000
KEEP = 3

_done: Path | None = None


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """Shift ``path`` to ``path.1`` (and older ones along) once it is too big."""
    try:
        if path.stat().st_size < max_bytes:
            return
    except OSError:
        return
    with contextlib.suppress(OSError):
        for index in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{index}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{index + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))


def setup_logging(level: int = logging.INFO) -> Path:
    global _done
    if _done is not None:
        return _done
    folder = log_dir()
    path = folder / "copdesk.log"
    root = logging.getLogger("copdesk")
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        rotate(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.propagate = False
    _done = path
    return path
