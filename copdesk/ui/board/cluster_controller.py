"""Cluster gestures → undo commands, and suggested clusters off the UI thread.

The controller is the target of the cluster commands: it mirrors clusters and
notes on the scene. Suggesting runs :func:`suggest_clusters` in an injected
executor (the app passes a one-thread pool; tests a synchronous executor); the
result comes back to the UI thread through a queued signal and is shown by the
:class:`ProposalOverlay` until the facilitator accepts some or dismisses it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from copdesk.core.area_clustering import suggest_by_area
from copdesk.core.clustering import ClusterProposal
from copdesk.core.errors import CopdeskError
from copdesk.core.models import Cluster, Frame, Note
from copdesk.desk.desk import Desk
from copdesk.ui.board.board_controller import BoardController
from copdesk.ui.board.cluster_commands import (
    AcceptProposalCommand,
    CollapseCommand,
    DropCommand,
    GroupCommand,
    RenameClusterCommand,
    UngroupCommand,
)
from copdesk.ui.board.cluster_layer import MembershipChange
from copdesk.ui.board.commands import LayoutCommand
from copdesk.ui.board.proposal_overlay import ProposalOverlay

log = logging.getLogger("copdesk.ui")

Suggester = Callable[[Sequence[tuple[int, str]]], list[ClusterProposal]]


def _default_suggester(notes: Sequence[tuple[int, str]]) -> list[ClusterProposal]:
    from copdesk.core.clustering import suggest_clusters

    return suggest_clusters(notes)


class ClusterController(QObject):
    #: a plain sentence for the status bar
    message = Signal(str)
    #: a suggestion is on show (after the executor finished)
    proposals_shown = Signal(int)
    _suggestion_done = Signal(object, int)  # (Future, ticket), delivered on the UI thread

    def __init__(
        self,
        board: BoardController,
        overlay: ProposalOverlay,
        executor_factory: Callable[[], Executor],
        *,
        suggester: Suggester = _default_suggester,
        dialog_parent: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.board = board
        self.scene = board.scene
        self.overlay = overlay
        self.executor_factory = executor_factory
        #: the worker (made on first use by ``executor_factory``); tests set a synchronous one
        self.executor: Executor | None = None
        #: ``[(note_id, text)] -> proposals``; the core's suggest_clusters by default
        self.suggester = suggester
        self._dialog_parent = dialog_parent
        self._ticket = 0  # results of a cancelled or older suggestion are ignored
        self._session_of_ticket: int | None = None
        self.rename_dialog: QInputDialog | None = None
        self._scope: list[int] = []  # the notes of the suggestion on show
        self.scene.notes_dropped.connect(self._on_scene_notes_dropped)
        self.scene.cluster_activated.connect(self.rename_cluster)
        self._suggestion_done.connect(self._on_suggestion_done, Qt.ConnectionType.QueuedConnection)
        overlay.proposals_accepted.connect(self._on_overlay_proposals_accepted)
        overlay.proposals_dismissed.connect(self._on_overlay_proposals_dismissed)

    @property
    def desk(self) -> Desk:
        return self.board.desk

    # -- ClusterTarget ------------------------------------------------------------
    def show_clusters(
        self, session_id: int, clusters: Sequence[Cluster], notes: Sequence[Note]
    ) -> None:
        if session_id != self.scene.session_id:
            self.board.session_needed.emit(session_id)
            return
        self.scene.apply_notes(notes)
        self.scene.cluster_layer.apply_clusters(clusters)
        self.board.notes_shown.emit()

    def show_layout(self, session_id: int, frames: Sequence[Frame], notes: Sequence[Note]) -> None:
        self.board.show_layout(session_id, frames, notes)

    def report_failure(self, error: CopdeskError) -> None:
        self.board.report_failure(error)

    # -- helpers --------------------------------------------------------------------
    def _push(self, command: object) -> bool:
        if not self.board.editable:
            return False
        self.board.undo_stack.push(command)  # type: ignore[arg-type]
        return not getattr(command, "failed", False)

    def selected_clusters(self) -> list[int]:
        return self.scene.cluster_layer.selected_cluster_ids()

    def _need_cluster(self) -> list[int]:
        ids = self.selected_clusters()
        if not ids:
            self.message.emit(
                self.tr("Select a cluster first (click its label or one of its notes).")
            )
        return ids

    # -- gestures --------------------------------------------------------------------
    def group_selected(self, label: str = "") -> Cluster | None:
        """Ctrl+G: the selected notes become one cluster."""
        ids = self.scene.selected_note_ids()
        if not ids:
            self.message.emit(self.tr("Select the notes to group first."))
            return None
        command = GroupCommand(self, self.board.session_id, ids, label)
        if self._push(command) and command.cluster_id is not None:
            self._select_cluster(command.cluster_id)
            return self.desk.cluster(command.cluster_id)
        return None

    def ungroup_selected(self) -> None:
        """Ctrl+Shift+G: dissolve the selected clusters; their notes stay selected."""
        ids = self._need_cluster()
        if ids:
            members = [n for c in ids for n in self.scene.cluster_layer.members(c)]
            if self._push(UngroupCommand(self, self.board.session_id, ids)):
                self.scene.select_notes(members)

    def rename_cluster(self, cluster_id: int | None = None) -> None:
        """Ask for a new label (non-modal); double-clicking a chip does this too."""
        ids = [cluster_id] if cluster_id is not None else self._need_cluster()
        if not ids or not self.board.editable:
            return
        item = self.scene.cluster_layer.item(ids[0])
        if item is None:
            return
        dialog = QInputDialog(self._dialog_parent)
        dialog.setObjectName("renameClusterDialog")
        dialog.setWindowTitle(self.tr("Rename cluster"))
        dialog.setLabelText(self.tr("Label:"))
        dialog.setTextValue(item.cluster.label)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text, cid=ids[0]: self.set_label(cid, text))
        self.rename_dialog = dialog
        dialog.open()

    def set_label(self, cluster_id: int, label: str) -> None:
        item = self.scene.cluster_layer.item(cluster_id)
        if item is None:
            return
        old = item.cluster.label
        if label.strip() != old:
            sid = self.board.session_id
            self._push(RenameClusterCommand(self, sid, cluster_id, old, label.strip()))

    def toggle_collapsed(self) -> None:
        """Collapse the selected clusters to cards, or expand them if all are collapsed."""
        ids = self._need_cluster()
        items = [i for c in ids if (i := self.scene.cluster_layer.item(c)) is not None]
        if not items:
            return
        collapse = not all(i.collapsed for i in items)
        self._push(
            CollapseCommand(self, self.board.session_id, [i.cluster_id for i in items], collapse)
        )
        for item in items:
            item.setSelected(True)

    def tidy_selected(self) -> None:
        """Line the notes of each selected cluster up in a grid inside its frame
        (which grows when needed): one undo step."""
        ids = self._need_cluster()
        if not ids:
            return
        desk = self.desk
        text = (
            self.tr("Tidy cluster")
            if len(ids) == 1
            else self.tr("Tidy %1 clusters").replace("%1", str(len(ids)))
        )
        sid = self.board.session_id
        self._push(LayoutCommand(self.board, text, sid, lambda: desk.tidy_clusters(ids)))

    def _select_cluster(self, cluster_id: int) -> None:
        item = self.scene.cluster_layer.item(cluster_id)
        self.scene.clearSelection()
        if item is not None:
            item.setSelected(True)

    def _on_scene_notes_dropped(
        self, moved: dict[int, tuple[tuple[float, float], tuple[float, float]]], change: object
    ) -> None:
        assert isinstance(change, MembershipChange)
        positions = {i: new for i, (_old, new) in moved.items()}
        command = DropCommand(self, self.board.session_id, positions, change)
        if not self._push(command):
            before = [i.note for n in moved if (i := self.scene.note_item(n))]
            self.scene.apply_notes(before)

    # -- suggestions ------------------------------------------------------------------
    @property
    def suggesting(self) -> bool:
        return self.overlay.busy

    def suggest(self) -> Future[list[ClusterProposal]] | None:
        """Board ▸ Suggest clusters: the selected notes (two or more), else every
        note not yet in a cluster, grouped off the UI thread."""
        if not self.board.editable or self.overlay.busy:
            return None
        chosen = self.scene.selected_notes()
        if len(chosen) < 2:
            layer = self.scene.cluster_layer
            chosen = [n for n in self.scene.notes() if layer.cluster_of(n.id) is None]
        notes = [(n.id, n.text, n.frame_id) for n in sorted(chosen, key=lambda n: n.id)]
        self._scope = [i for i, _text, _frame in notes]
        if len(notes) < 2:
            self.message.emit(
                self.tr(
                    "Every note is already in a cluster. Select notes to regroup them, "
                    "or ungroup a cluster first."
                )
            )
            return None
        self._ticket += 1
        ticket = self._ticket
        self._session_of_ticket = self.board.session_id
        self.overlay.show_busy(len(notes))
        self.message.emit(
            self.tr("Suggesting clusters for %1 notes…").replace("%1", str(len(notes)))
        )
        if self.executor is None:
            self.executor = self.executor_factory()
        suggester = self.suggester
        # frame by frame: "Keep" and "Drop" notes never end up in one cluster
        future = self.executor.submit(suggest_by_area, notes, suggester)
        future.add_done_callback(lambda f: self._suggestion_done.emit(f, ticket))
        return future

    def _on_suggestion_done(self, future: Future[list[ClusterProposal]], ticket: int) -> None:
        if ticket != self._ticket or not self.overlay.busy:
            return  # cancelled, or a newer suggestion runs
        self.overlay.busy = False
        if self._session_of_ticket != self.scene.session_id:
            self.overlay.clear()
            return
        try:
            proposals = future.result()
        except CopdeskError as error:
            self.overlay.clear()
            self.report_failure(error)
            return
        except Exception:  # a bug: logged, said in plain words
            log.exception("suggesting clusters failed")
            self.overlay.clear()
            self.report_failure(
                CopdeskError(
                    self.tr("Clusters could not be suggested."),
                    hint=self.tr("Details are in the log file."),
                )
            )
            return
        items = {i.note.id: i for i in self.scene.note_items()}
        self.overlay.show_proposals(proposals, items)
        groups = sum(1 for p in proposals if not p.rest)
        self.message.emit(
            (
                self.tr("1 cluster suggested. Choose groups, then Accept selected.")
                if groups == 1
                else self.tr("%1 clusters suggested. Choose groups, then Accept selected.")
            ).replace("%1", str(groups))
        )
        self.proposals_shown.emit(len(proposals))

    def _on_overlay_proposals_accepted(self, proposals: list[ClusterProposal]) -> None:
        if self.scene.session_id is None:
            return
        command = AcceptProposalCommand(self, self.scene.session_id, proposals, self._scope)
        if self._push(command):
            count = len(command.cluster_ids)
            self.message.emit(
                (
                    self.tr("1 cluster made. Undo takes them back.")
                    if count == 1
                    else self.tr("%1 clusters made. Undo takes them back.")
                ).replace("%1", str(count))
            )

    def _on_overlay_proposals_dismissed(self) -> None:
        self._ticket += 1  # a suggestion still running is ignored when it ends
        self.message.emit(self.tr("Suggestion dismissed; the board is unchanged."))

    def session_changed(self) -> None:
        """Another session (or file) is shown: a suggestion on show no longer applies."""
        if self.overlay.active:
            self._ticket += 1
            self.overlay.clear()

    def shutdown(self) -> None:
        """Stop the worker thread (window closing); a running suggestion is dropped."""
        self._ticket += 1
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None
