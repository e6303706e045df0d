"""Start-up measurement: with ``COPDESK_EXIT_AFTER_FIRST_PAINT=1`` the app prints
``first-paint <epoch seconds>`` when the main window's first paint has finished,
``ready <epoch seconds>`` once everything deferred is loaded and the event loop
runs, then quits.

Used by ``benchmarks/bench_cold_start.py``; without the variable nothing happens.
"""

from __future__ import annotations

import os
import sys
import time

from copdesk.ui.first_paint import FirstPaint

ENV = "COPDESK_EXIT_AFTER_FIRST_PAINT"


def asked() -> bool:
    return os.environ.get(ENV) == "1"


def _say(what: str) -> None:
    sys.stdout.write(f"{what} {time.time():.6f}\n")
    sys.stdout.flush()


def watch(watcher: FirstPaint) -> None:
    """Report the first paint seen by ``watcher``."""
    watcher.painted.connect(lambda: _say("first-paint"))


def report_ready() -> None:
    _say("ready")
