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
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.errors import CopdeskError
from copdesk.core.models import NoteDraft
from copdesk.desk.desk import Desk
from copdesk.ui.actions_table import build_actions, build_menus, build_toolbar, shortcut_rows
from copdesk.ui.board.board_controller import BIG_NUDGE, NUDGE, BoardController
from copdesk.ui.board.capture_bar import CaptureBar
from copdesk.ui.board.cluster_voting_tools import ClusterVotingTools
from copdesk.ui.board.commands import SessionCommand
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


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, settings: Settings | None = None) -> None:
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

        self.docks = SessionDocks(self, self.undo_stack)
        self.docks.save_failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
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

    def current_session_id(self) -> int | None:
        return self.scene.session_id

    @property
    def timer_controller(self) -> TimerController | None:
        """The current session's countdown (shared by the timer dock and the presenter)."""
        return self.docks.timer_controller

    @property
    def questions_panel(self) -> QuestionsPanel:
        return self.docks.questions

    def new_session(self) -> None:
        """Ask for a template and a title (non-modal), then create the session."""
        if self.desk.read_only:
            return
        from copdesk.ui.dialogs.new_session_dialog import NewSessionDialog

        language = self._language()
        dialog = NewSessionDialog(self.desk.templates(language), language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.template_chosen.connect(self.create_session)
        self.new_session_dialog = dialog
        dialog.open()

    def create_session(self, template_id: str, title: str = "") -> None:
        desk = self.desk
        language = self._language()
        self.undo_stack.push(
            SessionCommand(
                self.board,
                self.tr("New session"),
                lambda: desk.create_session(template_id, title or None, language),
                revert=lambda s: desk.delete_session(s.id),
                redo_again=lambda s: desk.restore_session(s.id),
            )
        )

    def _language(self) -> str:
        from copdesk.ui.language import app_language

        return app_language()

    def rename_session(self, session_id: int, title: str) -> None:
        desk = self.desk
        old = desk.session(session_id).title
        self.undo_stack.push(
            SessionCommand(
                self.board,
                self.tr("Rename session"),
                lambda: desk.rename_session(session_id, title),
                revert=lambda s: desk.rename_session(s.id, old),
                redo_again=lambda s: desk.rename_session(s.id, title),
            )
        )

    def duplicate_session(self, session_id: int) -> None:
        desk = self.desk
        self.undo_stack.push(
            SessionCommand(
                self.board,
                self.tr("Duplicate session"),
                lambda: desk.duplicate_session(session_id),
                revert=lambda s: desk.delete_session(s.id),
                redo_again=lambda s: desk.restore_session(s.id),
            )
        )

    def delete_session(self, session_id: int) -> None:
        desk = self.desk
        self.undo_stack.push(
            SessionCommand(
                self.board,
                self.tr("Delete session"),
                lambda: desk.delete_session(session_id),
                revert=lambda s: desk.restore_session(s.id),
                redo_again=lambda s: desk.delete_session(s.id),
            )
        )
        self.statusBar().showMessage(
            self.tr("Session deleted. Undo (Ctrl+Z) brings it back."), 6000
        )

    # -- edit menu -------------------------------------------------------------------
    def undo(self) -> None:
        self.board.close_editor()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.board.close_editor()
        self.undo_stack.redo()

    def cut(self) -> None:
        self.board.cut()

    def copy(self) -> None:
        self.board.copy()

    def paste(self) -> None:
        self.board.paste()

    def delete(self) -> None:
        self.board.delete_selected()

    def duplicate(self) -> None:
        self.board.duplicate()

    def select_all(self) -> None:
        self.scene.select_all_notes()

    def find(self) -> None:
        self.find_bar.open_bar()

    # -- view menu ---------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def fit_board(self) -> None:
        self.view.fit_board()

    def actual_size(self) -> None:
        self.view.actual_size()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_id["view.full_screen"].setChecked(self.isFullScreen())

    def toggle_sidebar(self) -> None:
        self.sidebar_dock.setVisible(not self.sidebar_dock.isVisible())

    def toggle_timer_dock(self) -> None:
        self.docks.timer_dock.setVisible(not self.docks.timer_dock.isVisible())

    def toggle_agenda_dock(self) -> None:
        self.docks.agenda_dock.setVisible(not self.docks.agenda_dock.isVisible())
        self.docks.agenda_dock.raise_()

    def toggle_questions_dock(self) -> None:
        self.docks.questions_dock.setVisible(not self.docks.questions_dock.isVisible())
        self.docks.questions_dock.raise_()

    # -- community menu ------------------------------------------------------------------
    def _community(self) -> CommunityWindow:
        if self.community_window is None:
            self.community_window = CommunityWindow(
                self.desk, self.undo_stack, session_id=self.scene.session_id, parent=self
            )
        return self.community_window

    def _close_community_window(self) -> None:
        if self.community_window is not None:
            self.community_window.close()
            self.community_window.deleteLater()
            self.community_window = None

    def show_members(self) -> None:
        self._community().show_tab("members")

    def show_circles(self) -> None:
        self._community().show_tab("circles")

    def show_actions(self) -> None:
        self._community().show_tab("actions")

    def show_rituals(self) -> None:
        self._community().show_tab("rituals")

    # -- presenter mode (issue 8; copdesk/ui/presenter) ------------------------------------
    def toggle_presenter(self) -> None:
        """View ▸ Present (F5): open or close the audience window."""
        from copdesk.ui.presenter.presenter_controller import PresenterController

        presenter = getattr(self, "presenter", None)
        if presenter is None:
            presenter = self.presenter = PresenterController(self)
            presenter.active_changed.connect(self.actions_by_id["view.present"].setChecked)
        presenter.toggle()
        self.actions_by_id["view.present"].setChecked(presenter.is_active())

    # -- board menu ------------------------------------------------------------------------
    def new_note(self) -> None:
        self.board.new_note_at(self.view.cursor_scene_pos())

    def edit_note(self) -> None:
        self.board.edit_note()

    def open_capture(self) -> None:
        if self.board.editable:
            self.capture_bar.set_frames(self.scene.frames())
            self.capture_bar.open_bar()

    def bring_to_front(self) -> None:
        self.board.bring_to_front()

    def recolor_0(self) -> None:
        self.board.recolor(0)

    def recolor_1(self) -> None:
        self.board.recolor(1)

    def recolor_2(self) -> None:
        self.board.recolor(2)

    def recolor_3(self) -> None:
        self.board.recolor(3)

    def recolor_4(self) -> None:
        self.board.recolor(4)

    def recolor_5(self) -> None:
        self.board.recolor(5)

    def add_frame(self) -> None:
        if self.board.editable:
            self.board.add_frame(self.view.cursor_scene_pos())

    def rename_frame(self, frame_id: int | None = None) -> None:
        ids = [frame_id] if frame_id is not None else self.scene.selected_frame_ids()
        if not ids or not self.board.editable:
            self.statusBar().showMessage(self.tr("Select a frame first (click its title)."), 4000)
            return
        item = self.scene.frame_item(ids[0])
        if item is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename frame"), self.tr("Title:"), text=item.frame.title
        )
        if ok:
            self.board.rename_frame(ids[0], title)

    def delete_frame(self) -> None:
        ids = self.scene.selected_frame_ids()
        if ids:
            self.board.delete_frames(ids)
        else:
            self.statusBar().showMessage(self.tr("Select a frame first (click its title)."), 4000)

    # -- clusters and dot voting (issue 4; copdesk/ui/board/cluster_voting_tools.py) --------
    def group_notes(self) -> None:
        self.cluster_tools.clusters.group_selected()

    def ungroup_clusters(self) -> None:
        self.cluster_tools.clusters.ungroup_selected()

    def rename_cluster(self) -> None:
        self.cluster_tools.clusters.rename_cluster()

    def toggle_cluster_collapsed(self) -> None:
        self.cluster_tools.clusters.toggle_collapsed()

    def tidy_cluster(self) -> None:
        self.cluster_tools.clusters.tidy_selected()

    def suggest_clusters(self) -> None:
        self.cluster_tools.clusters.suggest()

    def start_voting(self) -> None:
        self.cluster_tools.voting.open_bar()

    def reveal_votes(self) -> None:
        self.cluster_tools.voting.toggle_revealed()

    def arrange_by_votes(self) -> None:
        self.cluster_tools.voting.arrange_by_votes()

    def show_ranking(self) -> None:
        self.cluster_tools.show_ranking()

    # -- file menu --------------------------------------------------------------------------
    def import_notes(self) -> None:
        if not self.board.editable:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import notes"),
            str(Path.home()),
            self.tr("Notes (*.csv *.txt);;All files (*)"),
        )
        if path:
            try:
                notes = self.board.import_file(path)
            except CopdeskError as error:
                show_error(self, error, self.tr("Import"))
                return
            self.statusBar().showMessage(
                self.tr("%1 notes imported.").replace("%1", str(len(notes))), 5000
            )

    def export_session(self) -> None:
        """File ▸ Export: the dialog, then the export off the UI thread with progress."""
        sid = self.scene.session_id
        if sid is None:
            self.statusBar().showMessage(self.tr("Choose a session to export."), 4000)
            return
        self.export_flow.open_dialog(self.desk, sid, self._language())

    def _on_export_flow_finished(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)

    # -- help --------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{a}</td><td><b>{k}</b></td></tr>" for a, k in shortcut_rows())
        extra = "".join(
            f"<tr><td>{what}</td><td>{keys}</td></tr>"
            for what, keys in (
                (
                    self.tr("Move selected notes"),
                    self.tr("<b>Arrow keys</b> (Shift: bigger steps)"),
                ),
                (self.tr("New note"), self.tr("<b>Double-click</b> the board")),
                (self.tr("Zoom around the cursor"), self.tr("<b>Ctrl+wheel</b>, pinch")),
                (self.tr("Pan"), self.tr("<b>Wheel</b>, <b>middle-drag</b>, <b>Space+drag</b>")),
                (
                    self.tr("While editing a note"),
                    self.tr("<b>Enter</b> done, <b>Shift+Enter</b> new line, <b>Esc</b> cancel"),
                ),
                (self.tr("Capture bar"), self.tr("<b>Enter</b> add, <b>Tab</b> next author")),
            )
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setText(f"<table cellspacing='6'>{rows}{extra}</table>")
        box.open()

    def show_about(self) -> None:
        from copdesk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).open()

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
        parts = [p for p in (session, f"{self.desk.community_name} ({name})", "copdesk") if p]
        suffix = " " + self.tr("[read-only]") if self.desk.read_only else ""
        self.setWindowTitle(" — ".join(parts) + suffix)

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
                action.setEnabled(editable and (has_session or spec.id == "file.new_session"))
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
            self.open_file(str(saved))

    def _on_undo_stack_can_change(self, _can: bool) -> None:
        if shiboken6.isValid(self.undo_stack):  # not while the stack is being destroyed
            self._update_actions()

    def _on_undo_stack_text_changed(self, _text: str) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return
        undo = self.undo_stack.undoText()
        redo = self.undo_stack.redoText()
        self.actions_by_id["edit.undo"].setText(self.tr("&Undo %1").replace("%1", undo).strip())
        self.actions_by_id["edit.redo"].setText(self.tr("&Redo %1").replace("%1", redo).strip())

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
