"""The docks that follow the current session: timer, agenda and guiding questions.

The timer and agenda panels are built per session (they hold that session's
countdown); switching session shuts the old countdown down cleanly. The
presenter view reuses :attr:`SessionDocks.timer_controller`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from copdesk.core.models import Board
from copdesk.ui.panels.questions_panel import QuestionsPanel

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from copdesk.desk.desk import Desk
    from copdesk.ui.timer.agenda_panel import AgendaPanel
    from copdesk.ui.timer.timer_controller import TimerController
    from copdesk.ui.timer.timer_panel import TimerPanel


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(16)
    return label


class SessionDocks(QObject):
    """Timer, agenda and questions docks of a main window."""

    timer_controller_changed = Signal(object)  # TimerController | None
    question_pinned = Signal(str)
    question_unpinned = Signal()
    save_failed = Signal(str)
    #: an undo/redo changed the agenda of a session not on show
    session_needed = Signal(int)

    def __init__(
        self, window: QMainWindow, undo_stack: QUndoStack, *, deferred: bool = False
    ) -> None:
        """``deferred``: panels wait for :meth:`load_deferred` (start-up)."""
        super().__init__(window)
        self.window = window
        self.undo_stack = undo_stack
        self._deferred = deferred
        self._pending: tuple[Desk, Board] | None = None
        self._editable = True
        self.timer_panel: TimerPanel | None = None
        self.agenda_panel: AgendaPanel | None = None
        self.timer_dock = self._dock(
            self.tr("Timer"), "timerDock", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.agenda_dock = self._dock(
            self.tr("Agenda"), "agendaDock", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.questions_dock = self._dock(
            self.tr("Guiding questions"), "questionsDock", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.questions = QuestionsPanel()
        self.questions.question_pinned.connect(self.question_pinned)
        self.questions.question_unpinned.connect(self.question_unpinned)
        self.questions_dock.setWidget(self.questions)
        window.tabifyDockWidget(self.agenda_dock, self.questions_dock)
        self.agenda_dock.raise_()
        self.clear()

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.window.addDockWidget(area, dock)
        return dock

    @property
    def timer_controller(self) -> TimerController | None:
        return self.timer_panel.controller if self.timer_panel is not None else None

    def docks(self) -> list[QDockWidget]:
        return [self.timer_dock, self.agenda_dock, self.questions_dock]

    def load_deferred(self) -> None:
        """Build the panels start-up held back (for the session on show, if any)."""
        self._deferred = False
        pending, self._pending = self._pending, None
        if pending is not None:
            self.show_session(*pending)

    def clear(self) -> None:
        """No session: shut the countdown down and show hints."""
        self._pending = None
        self._drop_panels()
        self.timer_dock.setWidget(_placeholder(self.tr("Open a session to use its timer.")))
        self.agenda_dock.setWidget(_placeholder(self.tr("Open a session to see its agenda.")))
        self.questions.set_frames(())
        self.timer_controller_changed.emit(None)

    def _drop_panels(self) -> None:
        if self.agenda_panel is not None:
            self._retarget_agenda_commands(self.agenda_panel)
        for panel in (self.timer_panel, self.agenda_panel):
            if panel is not None and shiboken6.isValid(panel):
                panel.controller.shutdown()
                panel.deleteLater()
        self.timer_panel = None
        self.agenda_panel = None

    def _retarget_agenda_commands(self, panel: AgendaPanel) -> None:
        """The agenda commands on the stack report to the panel that made them;
        that panel is going away. From now on they report to the docks, which
        reach whichever panel shows that session then (never the deleted one)."""
        from copdesk.ui.timer.agenda_commands import AgendaCommand

        session_id = panel.session_id
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if (
                isinstance(command, AgendaCommand)
                and getattr(command.on_change, "__self__", None) is panel
            ):
                command.on_change = lambda sid=session_id: self._on_agenda_command_done(sid)
                command.on_error = self.save_failed.emit

    def _on_agenda_command_done(self, session_id: int) -> None:
        controller = self.timer_controller
        if controller is not None and controller.session_id == session_id:
            controller.reload_agenda()
        else:
            self.session_needed.emit(session_id)  # shows it, agenda read afresh

    def show_session(self, desk: Desk, board: Board) -> None:
        """Build the panels of ``board``'s session (one shared countdown)."""
        session_id = board.session.id
        if self._deferred:  # start-up: the board is painted first
            self._pending = (desk, board)
            self.questions.set_frames(board.frames)
            for dock in (self.timer_dock, self.agenda_dock):
                dock.setWidget(QWidget())
            return
        if self.timer_panel is not None and self.timer_panel.controller.session_id == session_id:
            self.questions.set_frames(board.frames)
            return
        from copdesk.ui.timer.agenda_panel import AgendaPanel
        from copdesk.ui.timer.timer_panel import TimerPanel

        self._drop_panels()
        timer = TimerPanel(desk, session_id, self.undo_stack)
        agenda = AgendaPanel(desk, session_id, self.undo_stack, controller=timer.controller)
        timer.controller.save_failed.connect(self.save_failed)
        self.timer_panel, self.agenda_panel = timer, agenda
        self.timer_dock.setWidget(timer)
        self.agenda_dock.setWidget(agenda)
        self.set_editable(self._editable)  # also for panels built after the file opened
        self.questions.set_frames(board.frames)
        self.timer_controller_changed.emit(timer.controller)

    def set_editable(self, editable: bool) -> None:
        """A read-only file: the timer and the agenda (which write to it) are off."""
        self._editable = editable
        for panel in (self.timer_panel, self.agenda_panel):
            if panel is not None:
                panel.setEnabled(editable)

    def widget_for(self, dock: QDockWidget) -> QWidget | None:
        return dock.widget()
