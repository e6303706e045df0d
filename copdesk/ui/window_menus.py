"""The main window's menu handlers (Edit, View, Community, Board, Help).

Each is named in :mod:`copdesk.ui.actions_table`; most hand the gesture to the
board controller, the docks or a dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from copdesk.ui.community_window import CommunityWindow
from copdesk.ui.guarded_command import redo_step, undo_step

if TYPE_CHECKING:
    from copdesk.ui.main_window import MainWindow


class MenuHandlers:
    """Mixed into :class:`MainWindow`."""

    # -- edit menu -------------------------------------------------------------------
    def undo(self: MainWindow) -> None:
        self.board.close_editor()
        undo_step(self.undo_stack)

    def redo(self: MainWindow) -> None:
        self.board.close_editor()
        redo_step(self.undo_stack)

    def cut(self: MainWindow) -> None:
        self.board.cut()

    def copy(self: MainWindow) -> None:
        self.board.copy()

    def paste(self: MainWindow) -> None:
        self.board.paste()

    def delete(self: MainWindow) -> None:
        self.board.delete_selected()

    def duplicate(self: MainWindow) -> None:
        self.board.duplicate()

    def select_all(self: MainWindow) -> None:
        self.scene.select_all_notes()

    def find(self: MainWindow) -> None:
        self.find_bar.open_bar()

    # -- view menu ---------------------------------------------------------------------
    def zoom_in(self: MainWindow) -> None:
        self.view.zoom_in()

    def zoom_out(self: MainWindow) -> None:
        self.view.zoom_out()

    def fit_board(self: MainWindow) -> None:
        self.view.fit_board()

    def actual_size(self: MainWindow) -> None:
        self.view.actual_size()

    def toggle_full_screen(self: MainWindow) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_id["view.full_screen"].setChecked(self.isFullScreen())

    def toggle_sidebar(self: MainWindow) -> None:
        self.sidebar_dock.setVisible(not self.sidebar_dock.isVisible())

    def toggle_timer_dock(self: MainWindow) -> None:
        self.docks.timer_dock.setVisible(not self.docks.timer_dock.isVisible())

    def toggle_agenda_dock(self: MainWindow) -> None:
        self.docks.agenda_dock.setVisible(not self.docks.agenda_dock.isVisible())
        self.docks.agenda_dock.raise_()

    def toggle_questions_dock(self: MainWindow) -> None:
        self.docks.questions_dock.setVisible(not self.docks.questions_dock.isVisible())
        self.docks.questions_dock.raise_()

    # -- community menu ------------------------------------------------------------------
    def _community(self: MainWindow) -> CommunityWindow:
        if self.community_window is None:
            self.community_window = CommunityWindow(
                self.desk, self.undo_stack, session_id=self.scene.session_id, parent=self
            )
            # a saved round puts its circles on the learning-circles board on show
            # (and undoing it takes them off)
            self.community_window.circles.board_changed.connect(self._reload_board)
            self.community_window.export_requested.connect(self.export_community)
        # circles go onto the board shown now, not the one shown when it opened
        self.community_window.circles.session_id = self.scene.session_id
        return self.community_window

    def _close_community_window(self: MainWindow) -> None:
        if self.community_window is not None:
            self.community_window.close()
            self.community_window.deleteLater()
            self.community_window = None

    def export_community(self: MainWindow, format_id: str = "community") -> None:
        """The export dialog on a community-wide format (overview, circles, actions),
        over the community window; it needs no session."""
        parent = self.community_window if self.community_window is not None else self
        self.export_flow.open_dialog(
            self.desk,
            self.scene.session_id,
            self._language(),
            initial_format=format_id,
            parent=parent,
        )

    def show_members(self: MainWindow) -> None:
        self._community().show_tab("members")

    def show_circles(self: MainWindow) -> None:
        self._community().show_tab("circles")

    def show_actions(self: MainWindow) -> None:
        self._community().show_tab("actions")

    def show_rituals(self: MainWindow) -> None:
        self._community().show_tab("rituals")

    # -- presenter mode (issue 8; copdesk/ui/presenter) ------------------------------------
    def toggle_presenter(self: MainWindow) -> None:
        """View ▸ Present (F5): open or close the audience window."""
        from copdesk.ui.presenter.presenter_controller import PresenterController

        presenter = getattr(self, "presenter", None)
        if presenter is None:
            presenter = self.presenter = PresenterController(self)
            presenter.active_changed.connect(self.actions_by_id["view.present"].setChecked)
        presenter.toggle()
        self.actions_by_id["view.present"].setChecked(presenter.is_active())

    # -- board menu ------------------------------------------------------------------------
    def new_note(self: MainWindow) -> None:
        self.board.new_note_at(self.view.cursor_scene_pos())

    def edit_note(self: MainWindow) -> None:
        self.board.edit_note()

    def open_capture(self: MainWindow) -> None:
        if self.board.editable:
            self.capture_bar.set_frames(self.scene.frames())
            self.capture_bar.open_bar()

    def bring_to_front(self: MainWindow) -> None:
        self.board.bring_to_front()

    def recolor_0(self: MainWindow) -> None:
        self.board.recolor(0)

    def recolor_1(self: MainWindow) -> None:
        self.board.recolor(1)

    def recolor_2(self: MainWindow) -> None:
        self.board.recolor(2)

    def recolor_3(self: MainWindow) -> None:
        self.board.recolor(3)

    def recolor_4(self: MainWindow) -> None:
        self.board.recolor(4)

    def recolor_5(self: MainWindow) -> None:
        self.board.recolor(5)

    def add_frame(self: MainWindow) -> None:
        if self.board.editable:
            self.board.add_frame(self.view.cursor_scene_pos())

    def rename_frame(self: MainWindow, frame_id: int | None = None) -> None:
        ids = [frame_id] if frame_id is not None else self.scene.selected_frame_ids()
        if not ids or not self.board.editable:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Select a frame first (click its title)."),
                4000,
            )
            return
        item = self.scene.frame_item(ids[0])
        if item is None:
            return
        title, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "Rename frame"),
            QCoreApplication.translate("MainWindow", "Title:"),
            text=item.frame.title,
        )
        if ok:
            self.board.rename_frame(ids[0], title)

    def delete_frame(self: MainWindow) -> None:
        ids = self.scene.selected_frame_ids()
        if ids:
            self.board.delete_frames(ids)
        else:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Select a frame first (click its title)."),
                4000,
            )

    # -- clusters and dot voting (issue 4; copdesk/ui/board/cluster_voting_tools.py) --------
    def group_notes(self: MainWindow) -> None:
        self.cluster_tools.clusters.group_selected()

    def ungroup_clusters(self: MainWindow) -> None:
        self.cluster_tools.clusters.ungroup_selected()

    def rename_cluster(self: MainWindow) -> None:
        self.cluster_tools.clusters.rename_cluster()

    def toggle_cluster_collapsed(self: MainWindow) -> None:
        self.cluster_tools.clusters.toggle_collapsed()

    def tidy_cluster(self: MainWindow) -> None:
        self.cluster_tools.clusters.tidy_selected()

    def suggest_clusters(self: MainWindow) -> None:
        self.cluster_tools.clusters.suggest()

    def start_voting(self: MainWindow) -> None:
        self.cluster_tools.voting.open_bar()

    def reveal_votes(self: MainWindow) -> None:
        self.cluster_tools.voting.toggle_revealed()

    def arrange_by_votes(self: MainWindow) -> None:
        self.cluster_tools.voting.arrange_by_votes()

    def show_ranking(self: MainWindow) -> None:
        self.cluster_tools.show_ranking()

    # -- help --------------------------------------------------------------------------------
    def show_shortcuts(self: MainWindow) -> None:
        from copdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).open()

    def show_about(self: MainWindow) -> None:
        from copdesk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).open()
