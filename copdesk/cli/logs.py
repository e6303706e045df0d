"""The log file in the platform's log folder: details users never see on screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from copdesk.store.user_dirs import log_dir

_done: Path | None = None


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
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.propagate = False
    _done = path
    return path
