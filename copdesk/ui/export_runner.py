"""Run an export off the UI thread, show its progress, open the result.

The executor is injected: the app passes a thread pool (the qasync loop keeps
the window responsive meanwhile), tests pass a synchronous executor. The worker
reports progress through a Qt signal, so the progress dialog is only ever
touched on the UI thread. Cancelling stops the export at its next progress
report; since exports are written atomically, the old file stays as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from copdesk.core.errors import CopdeskError, ExportProblem
from copdesk.core.models import Board
from copdesk.export.formats import export_file, export_format
from copdesk.ui.dialogs.export_dialog import ExportRequest, format_name

log = logging.getLogger(__name__)


class ExportCancelled(CopdeskError):
    """The facilitator cancelled the export; nothing was written."""


class ExportRunner(QObject):
    """Carries out :class:`ExportRequest` objects, one at a time."""

    export_finished = Signal(object)  # Path
    export_failed = Signal(object)  # CopdeskError
    export_cancelled = Signal()
    progress_reported = Signal(float, str)
    _job_done = Signal(object)  # Future, delivered on the UI thread

    def __init__(
        self,
        executor: Executor,
        parent: QWidget | None = None,
        *,
        opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self._parent = parent
        self._opener = opener
        self._show_progress = show_progress
        self._cancelled = False
        self._busy = False
        self._request: ExportRequest | None = None
        self.progress: QProgressDialog | None = None
        self._job_done.connect(self._on_job_done, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, board: Board | None, request: ExportRequest) -> Future[Path] | None:
        """Begin ``request``; returns the worker's future (None when one is running)."""
        if self._busy:
            return None
        fmt = export_format(request.format_id)
        self._busy = True
        self._cancelled = False
        self._request = request
        if self._show_progress:
            self._open_progress(format_name(fmt))
        if fmt.needs_qt:
            from copdesk.ui.board_png import font_families

            font_families()  # register fonts on the UI thread before the worker draws

        def job() -> Path:
            if fmt.needs_qt:
                from copdesk.ui.board_png import render_board_png

                if board is None:
                    raise ExportProblem("Choose a session to export.")
                return render_board_png(board, request.path, request.options.scale, self._report)
            return export_file(fmt.id, board, request.path, request.options, self._report)

        future = self._executor.submit(job)
        future.add_done_callback(self._job_done.emit)
        return future

    def cancel(self) -> None:
        self._cancelled = True

    # -- worker side -------------------------------------------------------------
    def _report(self, fraction: float, message: str) -> None:
        if self._cancelled:
            raise ExportCancelled("The export was cancelled.")
        self.progress_reported.emit(fraction, message)

    # -- UI side -----------------------------------------------------------------
    def _open_progress(self, title: str) -> None:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 100, self._parent)
        dialog.setObjectName("export-progress")
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick exports never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_reported.connect(self._on_progress_reported)
        self.progress = dialog

    def _on_progress_reported(self, fraction: float, message: str) -> None:
        if self.progress is not None:
            self.progress.setLabelText(message)
            self.progress.setValue(round(max(0.0, min(1.0, fraction)) * 100))

    def _on_job_done(self, future: Future[Path]) -> None:
        request = self._request
        self._busy = False
        if self.progress is not None:
            self.progress_reported.disconnect(self._on_progress_reported)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        try:
            path = future.result()
        except ExportCancelled:
            self.export_cancelled.emit()
            return
        except CopdeskError as error:
            self.export_failed.emit(error)
            return
        except Exception:  # a bug: logged, shown as a plain message
            log.exception("export failed")
            self.export_failed.emit(
                ExportProblem(
                    "The export failed unexpectedly.", hint="Details are in the log file."
                )
            )
            return
        self.export_finished.emit(path)
        opened = request is not None and request.open_when_done
        if opened and not self._opener(QUrl.fromLocalFile(str(path))):
            log.info("no application opened %s", path)
