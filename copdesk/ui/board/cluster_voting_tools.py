"""Clusters, suggestions and dot voting, put together for the main window.

Builds the proposal bar, the voting bar, the ranking dock and the two
controllers, and wires them to the window's board, undo stack and status bar.
The window's Board-menu handlers call the methods here.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from copdesk.core.errors import CopdeskError
from copdesk.ui.board.board_controller import BoardController
from copdesk.ui.board.cluster_controller import ClusterController
from copdesk.ui.board.proposal_overlay import ProposalBar, ProposalOverlay
from copdesk.ui.board.voting_bar import VotingBar
from copdesk.ui.board.voting_controller import VotingController
from copdesk.ui.panels.ranking_panel import RankingPanel


def _suggestion_pool() -> Executor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="copdesk-suggest")


class ClusterVotingTools(QObject):
    def __init__(
        self,
        window: QMainWindow,
        board: BoardController,
        *,
        executor_factory: Callable[[], Executor] = _suggestion_pool,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.board = board
        self.proposal_bar = ProposalBar(window)
        self.overlay = ProposalOverlay(self.proposal_bar, self)
        self.clusters = ClusterController(
            board, self.overlay, executor_factory, dialog_parent=window
        )
        self.voting_bar = VotingBar(window)
        self.voting = VotingController(board, self.voting_bar)
        self.ranking = RankingPanel(window)
        self.ranking_dock = QDockWidget(self.tr("Ranking"), window)
        self.ranking_dock.setObjectName("rankingDock")
        self.ranking_dock.setWidget(self.ranking)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.ranking_dock)
        self.ranking_dock.hide()
        self.ranking_dock.visibilityChanged.connect(self._on_ranking_dock_visibility_changed)
        self.ranking.arrange_requested.connect(self.voting.arrange_by_votes)
        self.ranking.item_activated.connect(self._on_ranking_item_activated)
        self.voting.ranking_requested.connect(self.show_ranking)
        self.voting.votes_changed.connect(self.refresh_ranking)
        self.clusters.message.connect(self._status)
        self.voting.message.connect(self._status)
        board.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    # -- the window's hooks ------------------------------------------------------
    def session_shown(self) -> None:
        """A session (or another file) is on the board now."""
        self.clusters.session_changed()
        self.voting.refresh()

    def shutdown(self) -> None:
        """The window closes (and the file with it): stop the worker, stop listening."""
        self.clusters.shutdown()
        self.board.undo_stack.indexChanged.disconnect(self._on_undo_stack_index_changed)

    # -- ranking -------------------------------------------------------------------
    def show_ranking(self) -> None:
        self.ranking_dock.show()
        self.ranking_dock.raise_()
        self.refresh_ranking()

    def refresh_ranking(self) -> None:
        if not self.ranking_dock.isVisible():
            return
        sid = self.board.scene.session_id
        current = self.voting.current_round()
        if sid is None or current is None:
            self.ranking.show_ranking(None, [], {})
            return
        try:
            ranking = self.board.desk.ranking(sid, current.id)
        except CopdeskError as error:
            self._status(error.message)
            return
        layer = self.board.scene.cluster_layer
        sizes = {cid: len(layer.members(cid)) for cid in layer.items}
        self.ranking.show_ranking(current, ranking, sizes)

    def _on_ranking_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh_ranking()

    def _on_ranking_item_activated(self, kind: str, target_id: int) -> None:
        scene = self.board.scene
        if kind == "cluster":
            item = scene.cluster_layer.item(target_id)
            if item is not None:
                scene.clearSelection()
                item.setSelected(True)
                self.board.view.ensureVisible(item.boundingRect(), 60, 60)
            return
        note = scene.note_item(target_id)
        if note is not None and note.isVisible():
            scene.select_notes([target_id])
            self.board.view.ensureVisible(note, 60, 60)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        # undo/redo of any step may move a note into or out of a voted cluster
        if shiboken6.isValid(self.voting):  # not while the window is being torn down
            self.voting.refresh()
