"""Gestures that gather notes into tidy places inside their frames: accepting
suggested clusters, tidying clusters, arranging by votes — one transaction each.

The layout comes from :mod:`copdesk.core.gather_layout`: gathered notes stay in
(and belong to) the frame most of their cluster is in, a frame too small grows
and what lies below it moves down. Each gesture returns a :class:`Relaid`,
everything it changed before and after, so undo and redo write one side back
with :meth:`~copdesk.desk.board_ops.BoardOps.put_layout` (notes carry their
cluster, so that also undoes the clusters an accepted suggestion made).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from copdesk.core.area_clustering import gather_in_frames
from copdesk.core.clustering import ClusterProposal
from copdesk.core.errors import CopdeskError
from copdesk.core.gather_layout import Block, Gathering, gather
from copdesk.core.models import Cluster, Frame, Note
from copdesk.desk.frames_ops import _check_geometry
from copdesk.desk.notes_ops import _check_point

if TYPE_CHECKING:
    from sqlite_utils import Database

    from copdesk.desk.desk import Desk


@dataclass(frozen=True, slots=True)
class Relaid:
    """What a gathering gesture changed, before and after (for undo and redo):
    the frames that grew or moved, and the notes that moved or changed cluster."""

    frames_before: list[Frame]
    frames_after: list[Frame]
    notes_before: list[Note]
    notes_after: list[Note]
    clusters: list[Cluster] = field(default_factory=list)  # made by the gesture


class GatherOps:
    def accept_proposal(
        self: Desk,
        session_id: int,
        proposals: Sequence[ClusterProposal],
        scope: Iterable[int] = (),
    ) -> Relaid:
        """Make the accepted suggested groups clusters and gather each inside its
        frame, in one transaction. ``scope`` is every note the suggestion
        covered: those left out of the clusters move out of their way (see
        :func:`~copdesk.core.area_clustering.gather_in_frames`)."""
        chosen = [i for p in proposals for i in p.note_ids]
        wanted = list(dict.fromkeys([*chosen, *scope]))
        with self._write() as db:
            before = {n.id: n for n in self.notes(session_id)}
            clusters = self.apply_proposal(session_id, proposals, include_rest=True)
            notes = self.notes(session_id)
            made = {c.id for c in clusters}
            groups: dict[int, list[Note]] = {c.id: [] for c in clusters}
            for n in notes:
                if n.cluster_id in made:
                    groups[n.cluster_id].append(n)
            grouped = {n.id for g in groups.values() for n in g}
            loose = [n for n in notes if n.id in wanted and n.id not in grouped]
            frames = self.frames(session_id)
            plan = gather_in_frames(list(groups.values()), loose, frames, notes)
            touched = [i for i in wanted if i in before]
            relaid = self._put_gathering(db, session_id, frames, before, plan, touched)
        return Relaid(
            relaid.frames_before,
            relaid.frames_after,
            relaid.notes_before,
            relaid.notes_after,
            [self.cluster(c.id) for c in clusters],
        )

    def tidy_clusters(self: Desk, cluster_ids: Sequence[int], columns: int | None = None) -> Relaid:
        """Line each cluster's notes up in a grid where it is (its top-left
        corner when that is free), inside the frame most of them are in,
        clear of other notes and clusters; one transaction."""
        clusters = [self.cluster(c) for c in dict.fromkeys(cluster_ids)]
        sessions = {c.session_id for c in clusters}
        if len(sessions) > 1:
            raise CopdeskError("Only clusters of the same board can be tidied together.")
        if not clusters:
            return Relaid([], [], [], [])
        session_id = sessions.pop()
        with self._write() as db:
            first = {n.id: n for n in self.notes(session_id)}
            frames_before = {f.id: f for f in self.frames(session_id)}
            changed: dict[int, None] = {}
            touched: dict[int, None] = {}
            for cluster in clusters:  # one by one: each where it is now
                notes = self.notes(session_id)
                members = tuple(n for n in notes if n.cluster_id == cluster.id)
                if not members:
                    continue
                frames = self.frames(session_id)
                plan = gather([Block(members, columns=columns)], frames, notes)
                step = self._put_gathering(
                    db, session_id, frames, first, plan, [n.id for n in members]
                )
                changed.update(dict.fromkeys(f.id for f in step.frames_after))
                touched.update(dict.fromkeys(n.id for n in step.notes_after))
        return Relaid(
            [frames_before[f] for f in changed],
            [self.frame(f) for f in changed],
            [first[n] for n in touched],
            self.notes_by_id(touched),
        )

    def arrange_by_votes(self: Desk, session_id: int, round_id: int | None = None) -> Relaid:
        """Lay clusters (and lone notes) out in rank order, most votes first,
        each cluster keeping its inner layout where it fits: frame by frame,
        inside the frame most of its notes are in (which grows when needed)."""
        with self._write() as db:
            notes = self.notes(session_id)
            if not notes:
                return Relaid([], [], [], [])
            votes = {(r.kind, r.target_id): r.votes for r in self.ranking(session_id, round_id)}
            live = {c.id for c in self.clusters(session_id)}
            members: dict[int, list[Note]] = {}
            for n in notes:
                if n.cluster_id in live:
                    members.setdefault(n.cluster_id, []).append(n)
            ranked = [
                (votes.get(("cluster", cid), 0), Block(tuple(members[cid]), keep_shape=True))
                for cid in sorted(members)
            ]
            ranked += [
                (votes.get(("note", n.id), 0), Block((n,), cluster=False))
                for n in notes
                if n.cluster_id not in live
            ]
            order = sorted(enumerate(ranked), key=lambda ib: (-ib[1][0], ib[0]))  # ties keep order
            blocks = [block for _i, (_votes, block) in order]
            frames = self.frames(session_id)
            plan = gather(blocks, frames, notes, in_order=True)
            before = {n.id: n for n in notes}
            return self._put_gathering(db, session_id, frames, before, plan, [])

    # -- internals ---------------------------------------------------------------------
    def _put_gathering(
        self: Desk,
        db: Database,
        session_id: int,
        frames: Sequence[Frame],
        before: dict[int, Note],
        plan: Gathering,
        touched: Sequence[int],
    ) -> Relaid:
        """Write a gathering (inside the caller's transaction): frames that grew
        or moved, the notes' new places and the gathered notes' frames. Pushed
        notes keep their frame; ``touched`` notes count as changed even if they
        did not move (their cluster did)."""
        for f in plan.frames:
            _check_geometry(f.x, f.y, f.width, f.height)
        for x, y in plan.moves.values():
            _check_point(x, y)
        current = {n.id: n for n in self.notes_by_id(plan.moves)}
        now = self._now()
        db.conn.executemany(
            "UPDATE frames SET x = ?, y = ?, width = ?, height = ? WHERE id = ?",
            [(f.x, f.y, f.width, f.height, f.id) for f in plan.frames],
        )
        db.conn.executemany(
            "UPDATE notes SET x = ?, y = ?, frame_id = ?, updated_at = ? WHERE id = ?",
            [
                (x, y, plan.homes.get(nid, current[nid].frame_id), now, nid)
                for nid, (x, y) in plan.moves.items()
                if nid in current
            ],
        )
        self._touch_session(db, session_id)
        old_frames = {f.id: f for f in frames}
        ids = [i for i in dict.fromkeys([*touched, *plan.moves]) if i in before]
        return Relaid(
            frames_before=[old_frames[f.id] for f in plan.frames],
            frames_after=[self.frame(f.id) for f in plan.frames],
            notes_before=[before[i] for i in ids],
            notes_after=self.notes_by_id(ids),
        )
