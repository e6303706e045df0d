"""File ▸ Export from the main window: the dialog, then the runner off the UI thread.

The board (and what a format reads from the whole community file: the open
actions, the rituals, the members and circles of the overview) is read on the
UI thread in one snapshot; the worker only renders and writes the file. The
community window opens the same dialog for the community-wide formats, also
when no session exists yet.
"""

from __future__ import annotations

import dataclasses
import re
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Board, Session
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

    def open_dialog(
        self,
        desk: Desk,
        session_id: int | None,
        language: str,
        *,
        initial_format: str = "poster",
        parent: QWidget | None = None,
    ) -> ExportDialog:
        """The export dialog for ``session_id``; without one (or opened on a
        community-wide format) the file is named after the community, and
        without one only the community-wide formats are offered."""
        from copdesk.ui.dialogs.export_dialog import ExportDialog

        community_stem = file_stem(desk.community_name or desk.path.stem)
        # with a session the dialog still names a whole-community format after the community
        stem = community_stem if session_id is None else file_stem(desk.session(session_id).title)
        folder = self._folder or desk.path.parent
        dialog = ExportDialog(
            folder,
            stem,
            templates=desk.templates(language),
            language=language,
            initial_format=initial_format,
            community_only=session_id is None,
            community_stem=community_stem,
            parent=parent or self._parent,
        )
        dialog.export_requested.connect(lambda request: self.run(desk, session_id, request))
        self.dialog = dialog
        dialog.open()
        return dialog

    def run(self, desk: Desk, session_id: int | None, request: ExportRequest) -> None:
        """Read what the export needs now, then render it in the executor."""
        from copdesk.export.formats import export_format, with_community_data
        from copdesk.export.target_guard import refuse_unsafe_target

        self._folder = Path(request.path).parent
        try:
            refuse_own_file(request.path, desk.path)
            refuse_unsafe_target(request.path, export_format(request.format_id).extension)
            if session_id is not None:
                board = desk.board(session_id)
            else:  # a community-wide export: the board only carries the community's name
                board = Board(desk.community_name, Session(0, desk.community_name, "", "", ""))
            options = with_community_data(request.format_id, desk, request.options)
        except CopdeskError as error:
            self.export_failed.emit(error)
            return
        self.runner().start(board, dataclasses.replace(request, options=options))

    def shutdown(self) -> None:
        if isinstance(self._executor, ThreadPoolExecutor):
            self._executor.shutdown(wait=True)
