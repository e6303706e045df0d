"""Start-up in two steps: the window with its board is painted first; what the
first look does not need (the session's timer and agenda panels, the asyncio
event loop) is loaded right after.

:func:`wait_for_first_paint` runs Qt's own event loop until the window has
been painted once (or a timeout passed: a window that is never exposed, say
minimised or on another desktop, does not hold start-up up).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_MS = 2000


class FirstPaint(QObject):
    """Emits :attr:`painted` once the first paint of ``window`` (or a widget in
    it) has finished."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.done = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self.done = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after this paint cycle
        return False


def wait_for_first_paint(watcher: FirstPaint, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Process events until ``watcher`` saw its window painted; False on timeout."""
    loop = QEventLoop()
    painted: list[bool] = []
    watcher.painted.connect(lambda: painted.append(True))
    watcher.painted.connect(loop.quit)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(timeout_ms)
    loop.exec()
    timeout.stop()
    watcher.painted.disconnect(loop.quit)
    return bool(painted)
