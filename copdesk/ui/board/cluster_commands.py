"""One QUndoCommand per cluster gesture: group, ungroup, a drop that joins or
leaves, rename, collapse, and accepting suggested clusters.

Like :mod:`commands`, a command never touches items: its first ``redo()``
performs the desk operation and later redos/undos use the desk's undo
operations (``set_membership``, ``restore_clusters``, ...); the target mirrors
what comes back. Accepting suggested clusters, tidying a cluster and arranging
by votes gather notes inside their frames (which may grow): they are
:class:`~commands.LayoutCommand` steps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from copdesk.core.clustering import ClusterProposal
from copdesk.core.errors import CopdeskError
from copdesk.core.models import Cluster, Frame, Note
from copdesk.desk.desk import Desk
from copdesk.ui.board.cluster_layer import MembershipChange
from copdesk.ui.board.commands import LayoutCommand, _DeskCommand

Positions = Mapping[int, tuple[float, float]]


class ClusterTarget(Protocol):
    desk: Desk

    def show_clusters(
        self, session_id: int, clusters: Sequence[Cluster], notes: Sequence[Note]
    ) -> None: ...
    def show_layout(
        self, session_id: int, frames: Sequence[Frame], notes: Sequence[Note]
    ) -> None: ...
    def report_failure(self, error: CopdeskError) -> None: ...


class _ClusterCommand(_DeskCommand):
    target: ClusterTarget  # type: ignore[assignment]

    def __init__(self, target: ClusterTarget, text: str, session_id: int) -> None:
        super().__init__(target, text)  # type: ignore[arg-type]
        self.session_id = session_id

    @property
    def desk(self) -> Desk:
        return self.target.desk

    def _show(self, cluster_ids: Iterable[int], notes: Sequence[Note]) -> None:
        clusters = [self.desk.cluster(c) for c in dict.fromkeys(cluster_ids)]
        self.target.show_clusters(self.session_id, clusters, notes)

    def _membership_undo(self, before: Mapping[int, int | None], touched: Iterable[int]) -> None:
        notes = self.desk.set_membership(before)
        self._show([*touched, *(c for c in before.values() if c is not None)], notes)


class GroupCommand(_ClusterCommand):
    """Selected notes become a new cluster (Ctrl+G)."""

    def __init__(
        self, target: ClusterTarget, session_id: int, note_ids: Sequence[int], label: str = ""
    ) -> None:
        super().__init__(target, QCoreApplication.translate("commands", "Group notes"), session_id)
        self.note_ids = list(note_ids)
        self.label = label
        self.before: dict[int, int | None] = {}
        self.cluster_id: int | None = None

    def _redo(self) -> None:
        desk = self.desk
        if self.cluster_id is None:
            self.before = desk.membership(self.note_ids)
            cluster = desk.group_notes(self.session_id, self.note_ids, self.label)
            self.cluster_id = cluster.id
        else:
            desk.restore_cluster(self.cluster_id, self.note_ids)
        old = [c for c in self.before.values() if c is not None]
        self._show([self.cluster_id, *old], desk.notes_by_id(self.note_ids))

    def _undo(self) -> None:
        assert self.cluster_id is not None
        self._membership_undo(self.before, [self.cluster_id])


class UngroupCommand(_ClusterCommand):
    """Dissolve clusters; their notes stay where they are (Ctrl+Shift+G)."""

    def __init__(self, target: ClusterTarget, session_id: int, cluster_ids: Sequence[int]):
        text = (
            QCoreApplication.translate("commands", "Ungroup")
            if len(cluster_ids) == 1
            else QCoreApplication.translate("commands", "Ungroup %1 clusters").replace(
                "%1", str(len(cluster_ids))
            )
        )
        super().__init__(target, text, session_id)
        self.cluster_ids = list(cluster_ids)
        self.members: dict[int, list[int]] = {}

    def _redo(self) -> None:
        desk = self.desk
        if not self.members:
            self.members = {c: [n.id for n in desk.cluster_notes(c)] for c in self.cluster_ids}
        for cid in self.cluster_ids:
            desk.ungroup(cid)
        ids = [n for members in self.members.values() for n in members]
        self._show(self.cluster_ids, desk.notes_by_id(ids))

    def _undo(self) -> None:
        desk = self.desk
        desk.restore_clusters(self.members)
        ids = [n for members in self.members.values() for n in members]
        self._show(self.cluster_ids, desk.notes_by_id(ids))


class DropCommand(_ClusterCommand):
    """Notes dragged onto a note or a cluster (join) or out of their cluster
    (leave): the move and the membership change are one undo step."""

    def __init__(
        self,
        target: ClusterTarget,
        session_id: int,
        positions: Positions,
        change: MembershipChange,
    ) -> None:
        texts = {
            "join_cluster": QCoreApplication.translate("commands", "Join cluster"),
            "join_note": QCoreApplication.translate("commands", "Group notes"),
            "leave": QCoreApplication.translate("commands", "Leave cluster"),
        }
        super().__init__(target, texts[change.kind], session_id)
        self.positions = dict(positions)
        self.change = change
        self.before_notes: list[Note] = []
        self.before: dict[int, int | None] = {}
        self.after: dict[int, int | None] | None = None

    def _ids(self) -> list[int]:
        ids = [*self.positions, *self.change.note_ids]
        if self.change.kind == "join_note" and self.change.target is not None:
            ids.append(self.change.target)
        return list(dict.fromkeys(ids))

    def _redo(self) -> None:
        desk = self.desk
        ids = self._ids()
        if self.after is None:
            self.before_notes = desk.notes_by_id(ids)
            self.before = {n.id: n.cluster_id for n in self.before_notes}
            desk.move_notes(self.positions)
            change = self.change
            if change.kind == "join_cluster" and change.target is not None:
                desk.join_cluster(change.note_ids, change.target)
            elif change.kind == "join_note" and change.target is not None:
                desk.join_note(change.note_ids, change.target)
            else:
                desk.leave_cluster(change.note_ids)
            self.after = desk.membership(ids)
        else:
            desk.set_membership(self.after)
            desk.move_notes(self.positions)
        touched = [c for c in (*self.before.values(), *self.after.values()) if c is not None]
        self._show(touched, desk.notes_by_id(ids))

    def _undo(self) -> None:
        desk = self.desk
        desk.set_membership(self.before)
        notes = desk.put_notes(self.before_notes)
        after = self.after or {}
        touched = [c for c in (*self.before.values(), *after.values()) if c is not None]
        self._show(touched, notes)


class RenameClusterCommand(_ClusterCommand):
    def __init__(
        self, target: ClusterTarget, session_id: int, cluster_id: int, old: str, new: str
    ) -> None:
        super().__init__(
            target, QCoreApplication.translate("commands", "Rename cluster"), session_id
        )
        self.cluster_id = cluster_id
        self.old = old
        self.new = new

    def _set(self, label: str) -> None:
        cluster = self.desk.rename_cluster(self.cluster_id, label)
        self.target.show_clusters(self.session_id, [cluster], [])

    def _redo(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)


class CollapseCommand(_ClusterCommand):
    """Collapse clusters to a card, or expand them again."""

    def __init__(
        self, target: ClusterTarget, session_id: int, cluster_ids: Sequence[int], collapsed: bool
    ) -> None:
        super().__init__(
            target,
            QCoreApplication.translate("commands", "Collapse cluster")
            if collapsed
            else QCoreApplication.translate("commands", "Expand cluster"),
            session_id,
        )
        self.cluster_ids = list(cluster_ids)
        self.collapsed = collapsed

    def _set(self, collapsed: bool) -> None:
        clusters = [self.desk.set_cluster_collapsed(c, collapsed) for c in self.cluster_ids]
        self.target.show_clusters(self.session_id, clusters, [])

    def _redo(self) -> None:
        self._set(self.collapsed)

    def _undo(self) -> None:
        self._set(not self.collapsed)


class AcceptProposalCommand(LayoutCommand):
    """Suggested groups accepted: the new clusters, each gathered inside the
    frame its notes came from (see :func:`~copdesk.core.area_clustering.gather_in_frames`;
    the frame grows when needed), are one undo step. ``scope`` is every note the
    suggestion covered: the notes of groups not accepted move out of the
    clusters' way."""

    target: ClusterTarget  # type: ignore[assignment]

    def __init__(
        self,
        target: ClusterTarget,
        session_id: int,
        proposals: Sequence[ClusterProposal],
        scope: Sequence[int] = (),
    ) -> None:
        count = len(proposals)
        text = (
            QCoreApplication.translate("commands", "Accept suggested cluster")
            if count == 1
            else QCoreApplication.translate("commands", "Accept %1 suggested clusters").replace(
                "%1", str(count)
            )
        )
        desk = target.desk
        chosen = list(proposals)
        covered = list(scope)
        super().__init__(
            target,  # type: ignore[arg-type]
            text,
            session_id,
            lambda: desk.accept_proposal(session_id, chosen, covered),
        )

    def _show(self, frames: Sequence[Frame], notes: Sequence[Note]) -> None:
        assert self.relaid is not None
        relaid = self.relaid
        ids = [c.id for c in relaid.clusters]
        ids += [n.cluster_id for n in (*relaid.notes_before, *relaid.notes_after) if n.cluster_id]
        desk = self.target.desk
        self.target.show_layout(self.session_id, frames, [])
        clusters = [desk.cluster(c) for c in dict.fromkeys(ids)]
        self.target.show_clusters(self.session_id, clusters, notes)

    @property
    def cluster_ids(self) -> list[int]:
        return [c.id for c in self.relaid.clusters] if self.relaid else []
