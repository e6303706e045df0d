"""File ▸ Export from the main window: the dialog, then the runner off the UI thread.

The board (and for the actions list, the community's open actions; for the
summary, its rituals) is read on the UI thread in one snapshot; the worker only
renders and writes the file.
"""

from __future__ import annotations

import dataclasses
import re
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from copdesk.core.errors import CopdeskError
from copdesk.export.atomic_file import refuse_own_file

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk
    from copdesk.ui.dialogs.export_dialog import ExportDialog, ExportRequest
    from copdesk.ui.export_runner import ExportRunner


def file_stem(title: str) -> str:
    """A file name from a session title: letters, digits, dashes."""
    stem = re.sub(r"[^\w\-]+", "-", title, flags=re.UNICODE).strip("-_").lower()
    return stem[:60] or "session"


class ExportFlow(QObject):
    """Owns the export dialog and the runner of one main window."""

    export_finished = Signal(object)  # Path
    export_failed = Signal(object)  # CopdeskError

    def __init__(self, parent: QWidget, executor: Executor | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="export")
        self._runner: ExportRunner | None = None
        self.dialog: ExportDialog | None = None
        self._folder: Path | None = None

    def runner(self) -> ExportRunner:
        if self._runner is None:
            from copdesk.ui.export_runner import ExportRunner

            self._runner = ExportRunner(self._executor, self._parent)
            self._runner.export_finished.connect(self.export_finished)
            self._runner.export_failed.connect(self.export_failed)
        return self._runner

    def open_dialog(self, desk: Desk, session_id: int, language: str) -> ExportDialog:
        from copdesk.ui.dialogs.export_dialog import ExportDialog

        title = desk.session(session_id).title
        folder = self._folder or desk.path.parent
        dialog = ExportDialog(
            folder,
            file_stem(title),
            templates=desk.templates(language),
            language=language,
            parent=self._parent,
        )
        dialog.export_requested.connect(lambda request: self.run(desk, session_id, request))
        self.dialog = dialog
        dialog.open()
        return dialog

    def run(self, desk: Desk, session_id: int, request: ExportRequest) -> None:
        """Read what the export needs now, then render it in the executor."""
        self._folder = Path(request.path).parent
        try:
            refuse_own_file(request.path, desk.path)
            board = desk.board(session_id)
            options = request.options
            if request.format_id == "actions":
                options = dataclasses.replace(
                    options,
                    actions=tuple(desk.actions(status="open")),
                    session_titles={s.id: s.title for s in desk.sessions()},
                )
            elif request.format_id == "summary":
                options = dataclasses.replace(
                    options, rituals=tuple(desk.rituals()), today=date.today()
                )
        except CopdeskError as error:
            self.export_failed.emit(error)
            return
        self.runner().start(board, dataclasses.replace(request, options=options))

    def shutdown(self) -> None:
        if isinstance(self._executor, ThreadPoolExecutor):
            self._executor.shutdown(wait=True)
