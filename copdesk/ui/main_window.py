"""The main window: sessions sidebar, the board, toolbar, menus, status bar.

Menus and the toolbar come from :mod:`actions_table`; the handlers named there
are the public methods below. Board gestures go through the
:class:`BoardController`; session changes are undo commands too.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Board, NoteDraft
from copdesk.desk.desk import Desk
from copdesk.ui.actions_table import build_actions, build_menus, build_toolbar
from copdesk.ui.board.board_controller import BIG_NUDGE, NUDGE, BoardController
from copdesk.ui.board.capture_bar import CaptureBar
from copdesk.ui.board.cluster_voting_tools import ClusterVotingTools
from copdesk.ui.board.find_bar import FindBar
from copdesk.ui.board.scene import BoardScene
from copdesk.ui.board.view import BoardView
from copdesk.ui.community_window import CommunityWindow
from copdesk.ui.empty_state import EmptyState
from copdesk.ui.error_dialogs import show_error
from copdesk.ui.export_flow import ExportFlow
from copdesk.ui.read_only_banner import ReadOnlyBanner
from copdesk.ui.session_docks import SessionDocks
from copdesk.ui.sessions_sidebar import SessionsSidebar
from copdesk.ui.settings import Settings
from copdesk.ui.window_menus import MenuHandlers
from copdesk.ui.window_sessions import SessionHandlers
from copdesk.ui.window_templates import TemplateHandlers

if TYPE_CHECKING:
    from copdesk.ui.panels.questions_panel import QuestionsPanel
    from copdesk.ui.timer.timer_controller import TimerController

log = logging.getLogger("copdesk.ui")

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class MainWindow(SessionHandlers, MenuHandlers, TemplateHandlers, QMainWindow):
    def __init__(
        self, desk: Desk, settings: Settings | None = None, *, defer_panels: bool = False
    ) -> None:
        """``defer_panels``: build the session's timer and agenda panels only in
        :meth:`load_deferred` (start-up paints the board first)."""
        super().__init__()
        self.settings = settings or Settings()
        self.desk = desk
        self.undo_stack = QUndoStack(self)
        self.scene = BoardScene()
        self.view = BoardView(self.scene, self)
        self.view.setObjectName("boardView")
        self.view.installEventFilter(self)
        self.board = BoardController(desk, self.undo_stack, self.scene, self.view)
        self.board.failed.connect(self._on_board_failed)
        self.board.session_needed.connect(self._on_board_session_needed)
        self.board.sessions_changed.connect(self.load_sessions)
        self.board.notes_shown.connect(self._update_status)
        self.board.session_imported.connect(self._on_board_session_imported)
        self.empty_state = EmptyState(self.view.viewport())
        self.empty_state.template_chosen.connect(self.create_session)
        self.empty_state.more_requested.connect(self.new_session)
        self.banner = ReadOnlyBanner(self)
        self.banner.save_copy_requested.connect(self.save_copy)
        self.find_bar = FindBar(self)
        self.find_bar.query_changed.connect(self._on_find_bar_query_changed)
        self.find_bar.next_requested.connect(self._on_find_bar_next_requested)
        self.find_bar.closed.connect(self.view.setFocus)
        self.capture_bar = CaptureBar(self)
        self.capture_bar.note_captured.connect(self._on_capture_bar_note_captured)
        self.capture_bar.authors_changed.connect(self.settings.set_authors)
        self.capture_bar.closed.connect(self.view.setFocus)
        self.capture_bar.set_authors(self.settings.authors())
        self._matches: list[int] = []
        self._match_index = -1
        self.cluster_tools = ClusterVotingTools(self, self.board)  # issue 4

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        tools = self.cluster_tools
        for widget in (
            self.banner,
            self.find_bar,
            tools.proposal_bar,
            tools.voting_bar,
            self.view,
            self.capture_bar,
        ):
            column.addWidget(widget, 1 if widget is self.view else 0)
        self.setCentralWidget(central)

        self.sidebar = SessionsSidebar(self)
        self.sidebar.session_chosen.connect(self.show_session)
        self.sidebar.new_requested.connect(self.new_session)
        self.sidebar.rename_requested.connect(self.rename_session)
        self.sidebar.duplicate_requested.connect(self.duplicate_session)
        self.sidebar.delete_requested.connect(self.delete_session)
        self.sidebar_dock = QDockWidget(self.tr("Sessions"), self)
        self.sidebar_dock.setObjectName("sessionsDock")
        self.sidebar_dock.setWidget(self.sidebar)
        self.sidebar_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sidebar_dock)
        self.resizeDocks([self.sidebar_dock], [230], Qt.Orientation.Horizontal)

        self.docks = SessionDocks(self, self.undo_stack, deferred=defer_panels)
        self.docks.question_pinned.connect(self._on_docks_question_pinned)
        self.docks.question_unpinned.connect(self._on_docks_question_unpinned)
        self.docks.save_failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.docks.session_needed.connect(self._on_board_session_needed)
        self.community_window: CommunityWindow | None = None
        self.export_flow = ExportFlow(self)
        self.export_flow.export_finished.connect(self._on_export_flow_finished)
        self.export_flow.export_failed.connect(
            lambda error: show_error(self, error, self.tr("Export"))
        )
        self.actions_by_id = build_actions(self, self.view, self._handler)
        self.menus = build_menus(self, self.actions_by_id)
        self.toolbar = build_toolbar(self, self.actions_by_id)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.undo_stack.canUndoChanged.connect(self._on_undo_stack_can_change)
        self.undo_stack.canRedoChanged.connect(self._on_undo_stack_can_change)
        self.undo_stack.undoTextChanged.connect(self._on_undo_stack_text_changed)
        self.undo_stack.redoTextChanged.connect(self._on_undo_stack_text_changed)
        self.view.zoom_changed.connect(lambda _z: self._update_status())

        self.zoom_label = QLabel(self)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.resize(1400, 900)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        self._rebuild_recent_menu()
        self.set_desk(desk)

    def load_deferred(self) -> None:
        """What start-up left for after the first paint."""
        self.docks.load_deferred()

    def _handler(self, name: str) -> object:
        return getattr(self, name)

    # -- the open file -------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        """Show a community file: its sessions, the last session shown, read-only state."""
        if desk is not self.desk:
            self.board.close_editor()
            self.desk.close()
        self.desk = desk
        self.board.desk = desk
        self.docks.clear()
        self._close_community_window()
        self.undo_stack.clear()
        path = str(desk.path)
        self.settings.set_last_file(path)
        self.settings.add_recent_file(path)
        self._rebuild_recent_menu()
        if desk.read_only:
            self.banner.show_reason(desk.path.name, desk.read_only_reason)
        else:
            self.banner.hide()
        self.sidebar.set_editable(not desk.read_only)
        self.scene.session_id = None
        self.load_sessions(self.settings.last_session(path))
        self._update_actions()

    def open_file(self, path: str, *, read_only: bool = False) -> bool:
        if Path(path).expanduser().absolute() == self.desk.path and not self.desk.file_missing():
            return True  # already open here
        if not self.may_leave_file():
            return False
        return self._switch_to_file(path, read_only=read_only)

    def _switch_to_file(self, path: str, *, read_only: bool = False) -> bool:
        try:
            desk = Desk.open(path, create=False, read_only=read_only)
        except CopdeskError as error:
            show_error(self, error, self.tr("Cannot open the file"))
            return False
        self.set_desk(desk)
        return True

    def open_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open community file"),
            str(self.desk.path.parent),
            self.tr("copdesk files (*.copdesk);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def _rebuild_recent_menu(self) -> None:
        menu = self.menus.get("recent") if hasattr(self, "menus") else None
        if menu is None:
            return
        menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if files:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Recent Files")).triggered.connect(self._clear_recent)
        menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._rebuild_recent_menu()

    # -- sessions -------------------------------------------------------------------
    def load_sessions(self, select: int | None = None) -> None:
        sessions = self.desk.sessions()
        ids = [s.id for s in sessions]
        current = self.scene.session_id
        wanted = select if select in ids else current if current in ids else None
        if wanted is None and ids:
            wanted = ids[0]
        self.sidebar.set_sessions(sessions, wanted)
        if wanted is None:
            self.scene.session_id = None
            self.scene.clear_board()
            self.docks.clear()
            self.empty_state.set_enabled_for_editing(not self.desk.read_only)
            self.empty_state.show_centered()
        elif wanted != current or select is not None:
            self.show_session(wanted, reload=wanted != current)
        self._update_title()

    def show_session(self, session_id: int, *, reload: bool = True) -> None:
        if session_id == self.scene.session_id and not reload:
            return
        self.board.close_editor()
        try:
            board = self.desk.board(session_id)
        except CopdeskError as error:
            show_error(self, error)
            return
        first = self.scene.session_id is None
        self.empty_state.hide()
        self.scene.show_board(board)
        self.scene.set_editable(not self.desk.read_only)
        self.cluster_tools.session_shown()
        self.capture_bar.set_frames(board.frames)
        self.docks.show_session(self.desk, board)
        self.docks.set_editable(not self.desk.read_only)
        self._restore_pinned_question(board)
        self.settings.set_last_session(str(self.desk.path), session_id)
        if self.sidebar.current_id() != session_id:
            self.sidebar.set_sessions(self.desk.sessions(), session_id)
        if first or reload:
            self.view.fit_board()
            QTimer.singleShot(0, self.view.fit_board)  # again once the layout has settled
        if self.find_bar.isVisible():
            self._on_find_bar_query_changed(self.find_bar.edit.text())
        self._update_title()
        self._update_status()
        self._update_actions()

    def _restore_pinned_question(self, board: Board) -> None:
        """The question pinned in this session last time (kept per file and session)."""
        wanted = self.settings.pinned_question(str(self.desk.path), board.session.id)
        questions = {q for f in board.frames for q in f.questions}
        panel = self.docks.questions
        if wanted and wanted in questions:
            if panel.pinned_question() != wanted:
                panel.pin(wanted)
        elif panel.pinned_question() is not None:
            panel.unpin()

    def _on_docks_question_pinned(self, question: str) -> None:
        if self.scene.session_id is not None:
            self.settings.set_pinned_question(str(self.desk.path), self.scene.session_id, question)

    def _on_docks_question_unpinned(self) -> None:
        if self.scene.session_id is not None:
            self.settings.set_pinned_question(str(self.desk.path), self.scene.session_id, "")

    def current_session_id(self) -> int | None:
        return self.scene.session_id

    @property
    def timer_controller(self) -> TimerController | None:
        """The current session's countdown (shared by the timer dock and the presenter)."""
        return self.docks.timer_controller

    @property
    def questions_panel(self) -> QuestionsPanel:
        return self.docks.questions

    # -- file menu --------------------------------------------------------------------------
    def import_notes(self) -> None:
        """File ▸ Import (Ctrl+I): notes from CSV or text into the session shown;
        a session JSON file becomes a new session (no session needs to be shown)."""
        if self.desk.read_only:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import notes"),
            str(Path.home()),
            self.tr("Notes or a session (*.csv *.txt *.json);;All files (*)"),
        )
        if path:
            try:
                notes = self.board.import_file(path)
            except CopdeskError as error:
                show_error(self, error, self.tr("Import"))
                return
            if notes:
                count = len(notes)
                text = self.tr("1 note imported.") if count == 1 else self.tr("%1 notes imported.")
                self.statusBar().showMessage(text.replace("%1", str(count)), 5000)

    def export_session(self) -> None:
        """File ▸ Export: the dialog, then the export off the UI thread with progress."""
        sid = self.scene.session_id
        if sid is None:
            self.statusBar().showMessage(self.tr("Choose a session to export."), 4000)
            return
        self.export_flow.open_dialog(self.desk, sid, self._language())

    def _on_export_flow_finished(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)

    # -- status ---------------------------------------------------------------------------------
    def _update_title(self) -> None:
        sid = self.scene.session_id
        name = self.desk.path.name
        session = ""
        if sid is not None:
            try:
                session = self.desk.session(sid).title
            except CopdeskError:
                session = ""
        file = f"{self.desk.community_name} ({name})"
        if self.desk.read_only:
            file += " " + self.tr("[read-only]")
        # The app name comes last: Qt appends the application display name to a
        # title that does not already end with it (xcb, Windows), so anything
        # after "copdesk" would make it appear twice.
        parts = [p for p in (session, file, "copdesk") if p]
        self.setWindowTitle(" — ".join(parts))

    def _update_status(self) -> None:
        self.zoom_label.setText(f"{round(self.view.zoom() * 100)} %")
        count = len(self.scene.note_items())
        text = self.tr("1 note") if count == 1 else self.tr("%1 notes")
        self.count_label.setText(text.replace("%1", str(count)))

    def _update_actions(self) -> None:
        from copdesk.ui.actions_table import specs

        editable = not self.desk.read_only
        has_session = self.scene.session_id is not None
        for spec in specs():
            action: QAction = self.actions_by_id[spec.id]
            if spec.edits:
                action.setEnabled(
                    editable
                    and (
                        has_session
                        or spec.id in ("file.new_session", "file.import", "file.import_template")
                    )
                )
        self.actions_by_id["edit.undo"].setEnabled(editable and self.undo_stack.canUndo())
        self.actions_by_id["edit.redo"].setEnabled(editable and self.undo_stack.canRedo())

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        """After every change: is the file still where it was?"""
        if shiboken6.isValid(self.undo_stack) and self.desk.file_missing():
            self.banner.show_missing(self.desk.path.name)

    def save_copy(self) -> None:
        """File ▸ Save a Copy: the whole community file, e.g. after it was deleted."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the community file"),
            str(self.desk.path.with_name(f"{self.desk.path.stem} copy.copdesk")),
            self.tr("copdesk files (*.copdesk)"),
        )
        if not path:
            return
        if not path.endswith(".copdesk"):
            path += ".copdesk"
        try:
            saved = self.desk.save_copy(path)
        except CopdeskError as error:
            show_error(self, error, self.tr("Save a copy"))
            return
        self.statusBar().showMessage(self.tr("Saved a copy to %1").replace("%1", str(saved)), 8000)
        if self.desk.file_missing():
            self._switch_to_file(str(saved))

    def may_leave_file(self) -> bool:
        """Before the open file is closed (quitting, opening another): when it was
        deleted or moved while open, its board lives only in this window, so ask
        to save a copy first. False when the user keeps the window as it is."""
        if not self.desk.file_missing():
            return True
        self.banner.show_missing(self.desk.path.name)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The file is gone"),
            self.tr(
                "“%1” was deleted or moved while it was open. Its board now lives only "
                "in this window: save a copy to keep it."
            ).replace("%1", self.desk.path.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("copdesk-file-gone")
        save = box.addButton(self.tr("Save a Copy…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Discard the Board"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is discard:
            return True
        if box.clickedButton() is save:
            self.save_copy()
            return not self.desk.file_missing()
        return False

    def _on_undo_stack_can_change(self, _can: bool) -> None:
        if shiboken6.isValid(self.undo_stack):  # not while the stack is being destroyed
            self._update_actions()

    def _on_undo_stack_text_changed(self, _text: str) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return
        from PySide6.QtCore import QCoreApplication

        # with nothing to undo or redo, the action's plain text from the actions table
        # ("&Redo"), not "&Redo %1" with an empty %1 (German: "Wiederherstellen:")
        for action_id, with_text, plain, text in (
            ("edit.undo", self.tr("&Undo %1"), "&Undo", self.undo_stack.undoText()),
            ("edit.redo", self.tr("&Redo %1"), "&Redo", self.undo_stack.redoText()),
        ):
            self.actions_by_id[action_id].setText(
                with_text.replace("%1", text)
                if text.strip()
                else QCoreApplication.translate("actions", plain)
            )

    # -- slots -------------------------------------------------------------------------------------
    def _on_board_failed(self, error: CopdeskError) -> None:
        show_error(self, error)
        self._reload_board()  # show what the file really holds

    def _reload_board(self) -> None:
        sid = self.scene.session_id
        if sid is None:
            return
        try:
            board = self.desk.board(sid)
        except CopdeskError:
            self.load_sessions()
            return
        selected = self.scene.selected_note_ids()
        self.scene.show_board(board)
        self.scene.set_editable(not self.desk.read_only)
        self.cluster_tools.session_shown()
        self.scene.select_notes(selected)
        self._update_status()

    def _on_board_session_needed(self, session_id: int) -> None:
        self.sidebar.set_sessions(self.desk.sessions(), session_id)
        self.show_session(session_id)

    def _on_find_bar_query_changed(self, query: str) -> None:
        self._matches = self.scene.highlight(query)
        self._match_index = -1
        self.find_bar.show_count(len(self._matches))

    def _on_find_bar_next_requested(self) -> None:
        if not self._matches:
            return
        self._match_index = (self._match_index + 1) % len(self._matches)
        item = self.scene.note_item(self._matches[self._match_index])
        if item is not None:
            self.scene.select_notes([item.note.id])
            self.view.ensureVisible(item, 80, 80)

    def _on_capture_bar_note_captured(
        self, text: str, frame_id: int | None, color: int, author: str
    ) -> None:
        draft = NoteDraft(text=text, color=color, author=author)
        origin = None
        if frame_id is None:
            p = self.view.mapToScene(self.view.viewport().rect().center())
            origin = (p.x(), p.y())
        notes = self.board.add_drafts(
            [draft], text=self.tr("Capture note"), frame_id=frame_id, origin=origin
        )
        if notes:
            item = self.scene.note_item(notes[0].id)
            if item is not None:
                self.view.ensureVisible(item, 40, 40)

    # -- events ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # back from the file manager: say at once when the file was deleted or moved
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.desk.file_missing()
        ):
            self.banner.show_missing(self.desk.path.name)
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ARROWS
            and self.board.editor is None
            and self.scene.selected_note_ids()
        ):
            dx, dy = _ARROWS[Qt.Key(event.key())]
            step = BIG_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
            self.board.nudge(dx * step, dy * step)
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.board.close_editor()
        if not self.may_leave_file():
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        if self.scene.session_id is not None:
            self.settings.set_last_session(str(self.desk.path), self.scene.session_id)
        self.settings.sync()
        self.docks.clear()
        self._close_community_window()
        self.export_flow.shutdown()
        self.cluster_tools.shutdown()
        self.desk.close()
        event.accept()
