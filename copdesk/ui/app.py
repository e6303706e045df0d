"""Start the window: QApplication on a qasync event loop, bundled fonts, the
community file (the last one, else the default one), errors in plain words."""

from __future__ import annotations

import importlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from copdesk.core.errors import CopdeskError, FileInUse
from copdesk.desk.desk import Desk
from copdesk.ui.board.typeface import load_bundled_fonts
from copdesk.ui.error_dialogs import install_excepthook
from copdesk.ui.settings import Settings

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("copdesk.ui")


def make_application(qt_args: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["copdesk", *qt_args])
    app.setApplicationName("copdesk")
    app.setOrganizationName("copdesk")
    app.setApplicationDisplayName("copdesk")
    from copdesk.ui.app_icon import DESKTOP_FILE_NAME, app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    load_bundled_fonts()
    if not getattr(app, "_copdesk_translators", None):
        from copdesk.ui.language import install_translators

        # kept on the application so they live as long as it does
        app._copdesk_translators = install_translators(app)  # type: ignore[attr-defined]
    return app


def first_file(file: str | None, settings: Settings) -> str | None:
    """The file named on the command line, else the last one opened (if it still
    exists), else None: the default file in the user data folder."""
    if file:
        return file
    last = settings.last_file()
    return last if last and Path(last).is_file() else None


def open_desk(file: str | None, read_only: bool) -> Desk | None:
    """Open the file; on a problem explain it and offer another file, read-only
    opening (when another copdesk holds it) or quitting."""
    path = file
    while True:
        try:
            return Desk.open(
                path,
                create=path is None or not Path(path).exists(),
                read_only=read_only,
                backup=False,  # taken off the UI thread once the window shows
            )
        except CopdeskError as error:
            log.info("cannot open %s: %s", path, error)
            box = QMessageBox(QMessageBox.Icon.Warning, "copdesk", error.message)
            if error.hint:
                box.setInformativeText(error.hint)
            other = box.addButton(
                QCoreApplication.translate("app", "Open Another File…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            reader = None
            if isinstance(error, FileInUse) and not read_only:
                reader = box.addButton(
                    QCoreApplication.translate("app", "Open Read-Only"),
                    QMessageBox.ButtonRole.ActionRole,
                )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            clicked = box.clickedButton()
            if reader is not None and clicked is reader:
                read_only = True
                continue
            if clicked is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                QCoreApplication.translate("app", "Open community file"),
                str(Path.home()),
                QCoreApplication.translate("app", "copdesk files (*.copdesk);;All files (*)"),
            )
            if not chosen:
                return None
            path = chosen


def _release_offscreen_clipboard() -> None:
    """PySide6 crashes at exit on the offscreen platform while the clipboard owns
    copied notes; a real desktop keeps them for other apps, so only clear there."""
    if QApplication.platformName() == "offscreen":
        QApplication.clipboard().clear()


def back_up_in_background(
    loop: asyncio.AbstractEventLoop, desk: Desk
) -> asyncio.Future[None] | None:
    """The rolling backup of the opened file, in an executor (never blocks the window).

    Returns the executor's future (None for a read-only file: no backup)."""
    if desk.read_only:
        return None
    from copdesk.store.backups import take_backup

    path = desk.path

    def job() -> None:
        try:
            take_backup(path)
        except CopdeskError:
            log.exception("backup of %s failed", path)

    return loop.run_in_executor(None, job)


def run_app(file: str | None, read_only: bool, qt_args: list[str]) -> int:
    from copdesk.ui import first_paint_probe as probe
    from copdesk.ui.first_paint import FirstPaint, wait_for_first_paint
    from copdesk.ui.main_window import MainWindow

    app = make_application(qt_args)
    install_excepthook()
    settings = Settings()
    desk = open_desk(first_file(file, settings), read_only)
    if desk is None:
        return 1
    # First the window with its board, then what the first look does not need.
    window = MainWindow(desk, settings, defer_panels=True)
    watcher = FirstPaint(window)
    if probe.asked():  # start-up benchmark (benchmarks/bench_cold_start.py)
        probe.watch(watcher)
    window.show()
    wait_for_first_paint(watcher)
    window.load_deferred()
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.call_soon(back_up_in_background, loop, desk)
    # the first write needs sqlite-utils: load it now, off the UI thread
    loop.run_in_executor(None, importlib.import_module, "sqlite_utils")
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    app.aboutToQuit.connect(_release_offscreen_clipboard)
    if probe.asked():
        loop.call_soon(probe.report_ready)
        loop.call_soon(app.quit)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
