"""Errors in plain words: a CopdeskError becomes a message box (or a status-bar
line for small things); anything unexpected is logged and shown as a short
apology, and the app keeps running."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from copdesk.core.errors import CopdeskError

log = logging.getLogger("copdesk")

APOLOGY = QT_TRANSLATE_NOOP(
    "errors",
    "Sorry, something unexpected went wrong. Your board is saved; "
    "the details were written to the log file.",
)


def show_error(parent: QWidget | None, error: CopdeskError, title: str = "copdesk") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, parent=parent)
    if error.hint:
        box.setInformativeText(error.hint)
    box.setObjectName("copdesk-error")
    if _testing():
        box.show()  # never block a test; it closes with its parent
    else:
        box.exec()


def show_apology(parent: QWidget | None) -> None:
    apology = QCoreApplication.translate("errors", APOLOGY)
    box = QMessageBox(QMessageBox.Icon.Critical, "copdesk", apology, parent=parent)
    box.setObjectName("copdesk-apology")
    if _testing():
        box.show()
    else:
        box.exec()


def _testing() -> bool:
    return "pytest" in sys.modules


_showing = False


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log unexpected exceptions, show a short apology, keep the app running."""
    global _showing
    if isinstance(value, CopdeskError):
        log.info("user-facing error: %s", value)
    else:
        log.error("unexpected error", exc_info=(kind, value, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(value, CopdeskError):
            show_error(parent, value)
        else:
            show_apology(parent)
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = excepthook
