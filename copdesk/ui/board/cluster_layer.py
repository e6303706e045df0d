"""The clusters of a board scene: one :class:`ClusterItem` per cluster row,
kept in step with the note items, and what a drop of notes means.

The layer is owned by the scene. It learns memberships from the notes the
scene applies (``Note.cluster_id``) and the clusters from the desk's rows; it
hides the notes of collapsed clusters, keeps outlines following notes while
they are dragged, and turns a finished drag into a :class:`MembershipChange`
(join a cluster, join a note, leave) for the controller to make one undo step.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTransform

from copdesk.core.box_grid import BoxGrid
from copdesk.core.label_spot import FrameHeader
from copdesk.core.models import Cluster, Note
from copdesk.ui.board.cluster_item import ClusterItem
from copdesk.ui.board.frame_item import frame_header
from copdesk.ui.board.note_item import NoteItem

if TYPE_CHECKING:
    from copdesk.ui.board.scene import BoardScene

ChangeKind = Literal["join_cluster", "join_note", "leave"]


@dataclass(frozen=True, slots=True)
class MembershipChange:
    """What a drop does to clusters: ``note_ids`` join cluster/note ``target``, or leave."""

    kind: ChangeKind
    note_ids: tuple[int, ...]
    target: int | None = None


class ClusterLayer:
    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self.items: dict[int, ClusterItem] = {}
        self._cluster_of: dict[int, int] = {}  # note id -> cluster id
        self._members: dict[int, set[int]] = {}  # cluster id -> note ids
        self._dragging: frozenset[int] = frozenset()
        self._headers: list[FrameHeader] | None = None
        self._chips = BoxGrid()  # every chip, so a chip keeps clear of the others

    # -- mirror ----------------------------------------------------------------
    def clear(self) -> None:
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items.clear()
        self._cluster_of.clear()
        self._members.clear()
        self._dragging = frozenset()
        self._headers = None
        self._chips = BoxGrid()

    def headers(self) -> list[FrameHeader]:
        """The frames' headers, which label chips keep clear of (made once per change)."""
        if self._headers is None:
            self._headers = [frame_header(f) for f in self.scene.frames() if not f.deleted]
        return self._headers

    def frames_changed(self) -> None:
        """Frames were added, moved, resized or renamed: place the chips again."""
        self._headers = None
        for item in self.items.values():
            item.relayout()

    def apply_clusters(self, clusters: Iterable[Cluster]) -> None:
        """Create, update or remove cluster items (other sessions are ignored)."""
        touched: set[int] = set()
        for cluster in clusters:
            if cluster.session_id != self.scene.session_id:
                continue
            item = self.items.get(cluster.id)
            if cluster.deleted:
                if item is not None:
                    self.scene.removeItem(item)
                    del self.items[cluster.id]
                    self._chips.remove(cluster.id)
                touched.add(cluster.id)
                continue
            if item is None:
                item = ClusterItem(cluster)
                item.headers = self.headers
                item.chips = self._chips
                self.items[cluster.id] = item
                self.scene.addItem(item)
            else:
                item.set_cluster(cluster)
            touched.add(cluster.id)
        self._refresh(touched)

    def notes_applied(self, notes: Iterable[Note]) -> None:
        """Follow the memberships and places of notes the scene just applied."""
        touched: set[int] = set()
        for note in notes:
            if note.session_id != self.scene.session_id:
                continue
            old = self._cluster_of.get(note.id)
            new = None if note.deleted else note.cluster_id
            if old is not None:
                touched.add(old)
            if old != new:
                if old is not None:
                    self._members.get(old, set()).discard(note.id)
                if new is None:
                    self._cluster_of.pop(note.id, None)
                else:
                    self._cluster_of[note.id] = new
                    self._members.setdefault(new, set()).add(note.id)
            if new is not None:
                touched.add(new)
            elif old is not None:  # out of a (maybe collapsed) cluster: show it again
                item = self.scene.note_item(note.id)
                if item is not None and not item.isVisible():
                    item.setVisible(True)
        self._refresh(touched)

    def _refresh(self, cluster_ids: Iterable[int]) -> None:
        for cid in cluster_ids:
            ids = self._members.get(cid, set())
            members = [i for n in ids if (i := self.scene.note_item(n)) is not None]
            item = self.items.get(cid)
            hidden = item is not None and item.collapsed
            for member in members:
                if member.isVisible() == hidden:
                    member.setVisible(not hidden)
            if item is not None:
                item.set_members(members)
                # every note of it deleted: the desk retired the cluster with them
                item.setVisible(bool(members))

    def set_votes(self, counts: Mapping[int, int]) -> None:
        """Dots per cluster (its own and its notes'); empty to show none."""
        for cid, item in self.items.items():
            n = counts.get(cid, 0)
            item.set_votes(f"● {n}" if n else "")

    # -- lookups ---------------------------------------------------------------------
    def item(self, cluster_id: int) -> ClusterItem | None:
        return self.items.get(cluster_id)

    def cluster_of(self, note_id: int) -> int | None:
        cid = self._cluster_of.get(note_id)
        return cid if cid in self.items else None

    def members(self, cluster_id: int) -> list[int]:
        return sorted(self._members.get(cluster_id, set()))

    def selected_cluster_ids(self) -> list[int]:
        """Clusters chosen directly, else the clusters of the chosen notes."""
        chosen = [i.cluster_id for i in self.scene.selectedItems() if isinstance(i, ClusterItem)]
        if chosen:
            return sorted(chosen)
        found = {self.cluster_of(n) for n in self.scene.selected_note_ids()}
        return sorted(c for c in found if c is not None)

    def cluster_at(self, pos: QPointF) -> ClusterItem | None:
        for item in self.scene.items(pos, deviceTransform=QTransform()):
            if isinstance(item, ClusterItem):
                return item
        return None

    # -- drags ---------------------------------------------------------------------------
    def follow_drag(self, dragged: Collection[int]) -> None:
        """Outlines follow a drag in progress; a cluster whose notes are only partly
        dragged keeps its outline around the notes that stay (a drag out shows)."""
        dragged = frozenset(dragged)
        self._dragging = dragged
        touched = {c for n in dragged if (c := self._cluster_of.get(n)) is not None}
        for cid in touched:
            item = self.items.get(cid)
            if item is None:
                continue
            members = self._members.get(cid, set())
            item.excluded = frozenset(members & dragged) if not members <= dragged else frozenset()
            item.relayout()

    def end_drag(self) -> None:
        touched = {c for n in self._dragging if (c := self._cluster_of.get(n)) is not None}
        self._dragging = frozenset()
        for cid in touched:
            item = self.items.get(cid)
            if item is not None:
                item.excluded = frozenset()
                item.relayout()

    def drop_change(self, dragged: Collection[int], pointer: QPointF) -> MembershipChange | None:
        """What dropping ``dragged`` notes with the pointer at ``pointer`` means.

        Over another note: join its cluster (or form one with it). Over a
        cluster's outline: join it. Elsewhere: the dragged notes whose cluster
        keeps other notes leave it when the pointer is outside its outline.
        Dragging notes within their own cluster, or a whole cluster, changes
        nothing."""
        ids = tuple(sorted(dragged))
        if not ids:
            return None
        chosen = set(ids)
        for hit in self.scene.items(pointer, deviceTransform=QTransform()):
            if isinstance(hit, NoteItem):
                if hit.note.id in chosen or not hit.isVisible() or hit.note.id < 0:
                    continue
                cid = self.cluster_of(hit.note.id)
                if cid is None:
                    return MembershipChange("join_note", ids, hit.note.id)
                return self._join(ids, cid)
            if isinstance(hit, ClusterItem):
                return self._join(ids, hit.cluster_id)
        leaving = []
        for note_id in ids:
            cid = self.cluster_of(note_id)
            if cid is None:
                continue
            if self._members.get(cid, set()) <= chosen:
                continue  # the whole cluster moved
            item = self.items[cid]
            if not item.outline_rect().contains(pointer):
                leaving.append(note_id)
        return MembershipChange("leave", tuple(leaving)) if leaving else None

    def _join(self, ids: tuple[int, ...], cluster_id: int) -> MembershipChange | None:
        if all(self._cluster_of.get(n) == cluster_id for n in ids):
            return None
        return MembershipChange("join_cluster", ids, cluster_id)
