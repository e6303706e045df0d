"""Start-up measurement: with ``COPDESK_EXIT_AFTER_FIRST_PAINT=1`` the app prints
``first-paint <epoch seconds>`` right after the main window's first paint, then quits.

Used by ``benchmarks/bench_cold_start.py``; without the variable nothing is installed.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "COPDESK_EXIT_AFTER_FIRST_PAINT"


class FirstPaintProbe(QObject):
    """Waits for the first paint event of ``window`` (or a widget inside it)."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._seen = True
            QTimer.singleShot(0, self._report)  # after this paint cycle has finished
        return False

    def _report(self) -> None:
        sys.stdout.write(f"first-paint {time.time():.6f}\n")
        sys.stdout.flush()
        self._app.removeEventFilter(self)
        self._app.quit()


def install_if_asked(app: QApplication, window: QWidget) -> None:
    if os.environ.get(ENV) == "1":
        app.installEventFilter(FirstPaintProbe(app, window))
