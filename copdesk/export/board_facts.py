"""What the exports need to know about a board, computed once.

Vote tallies (one pass over the votes, not one per note), the live frames in
reading order, which frame and cluster each note belongs to, and notes ranked by
votes. Every export reads a board through this.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from copdesk.core.models import Board, Cluster, Frame, Note
from copdesk.core.ranking import shown_votes


def reading_order_key(frame: Frame) -> tuple[float, float]:
    """Frames in rows (top to bottom), left to right within a row."""
    return (round(frame.y / 80), frame.x)


@dataclass(frozen=True)
class BoardFacts:
    board: Board
    frames: tuple[Frame, ...]
    notes: tuple[Note, ...]
    clusters: tuple[Cluster, ...]
    note_votes: dict[int, int]
    cluster_votes: dict[int, int]
    vote_count: int  # the votes shown (see :func:`copdesk.core.ranking.shown_votes`)
    _frame_by_id: dict[int, Frame] = field(repr=False)
    _cluster_by_id: dict[int, Cluster] = field(repr=False)
    _members: dict[int, list[Note]] = field(repr=False)

    @classmethod
    def of(cls, board: Board) -> BoardFacts:
        frames = tuple(sorted((f for f in board.frames if not f.deleted), key=reading_order_key))
        notes = tuple(sorted((n for n in board.notes if not n.deleted), key=lambda n: (n.z, n.id)))
        clusters = tuple(c for c in board.clusters if not c.deleted)
        # the votes the board shows: the current round's, none while its counts are hidden
        shown = shown_votes(board.rounds, board.votes) or []
        tally = Counter((v.target_kind, v.target_id) for v in shown)
        members: dict[int, list[Note]] = {}
        for note in notes:
            if note.cluster_id is not None:
                members.setdefault(note.cluster_id, []).append(note)
        return cls(
            board,
            frames,
            notes,
            clusters,
            {n.id: tally.get(("note", n.id), 0) for n in notes},
            {c.id: tally.get(("cluster", c.id), 0) for c in clusters},
            len(shown),
            {f.id: f for f in frames},
            {c.id: c for c in clusters},
            members,
        )

    @property
    def title(self) -> str:
        return self.board.session.title or "Untitled session"

    @property
    def community(self) -> str:
        return self.board.community

    @property
    def date(self) -> str:
        """The session's date (ISO), from when it was created."""
        return session_date(self.board.session.created_at)

    def frame_of(self, note: Note) -> Frame | None:
        if note.frame_id is not None and note.frame_id in self._frame_by_id:
            return self._frame_by_id[note.frame_id]
        cx, cy = note.center
        for frame in reversed(self.frames):
            if frame.contains(cx, cy):
                return frame
        return None

    def cluster_of(self, note: Note) -> Cluster | None:
        if note.cluster_id is None:
            return None
        return self._cluster_by_id.get(note.cluster_id)

    def cluster_notes(self, cluster: Cluster) -> list[Note]:
        return list(self._members.get(cluster.id, ()))

    def cluster_total(self, cluster: Cluster) -> int:
        """Votes on the cluster itself plus votes on its notes."""
        own = self.cluster_votes.get(cluster.id, 0)
        return own + sum(self.note_votes.get(n.id, 0) for n in self.cluster_notes(cluster))

    def ranked(self, notes: list[Note]) -> list[Note]:
        """Most votes first; ties in board order (top to bottom, left to right)."""
        return sorted(notes, key=lambda n: (-self.note_votes.get(n.id, 0), n.y, n.x, n.id))

    def sections(self) -> list[tuple[Frame | None, list[Cluster], list[Note]]]:
        """Per frame (and a last ``None`` section for notes outside every frame):
        the clusters whose notes mostly sit in it, ranked, and its unclustered notes."""
        by_frame: dict[int | None, list[Note]] = {f.id: [] for f in self.frames}
        by_frame[None] = []
        for note in self.notes:
            frame = self.frame_of(note)
            by_frame[frame.id if frame else None].append(note)
        cluster_home: dict[int, int | None] = {}
        for cluster in self.clusters:
            homes = Counter(
                (f.id if (f := self.frame_of(n)) else None) for n in self.cluster_notes(cluster)
            )
            cluster_home[cluster.id] = homes.most_common(1)[0][0] if homes else None
        result: list[tuple[Frame | None, list[Cluster], list[Note]]] = []
        for frame in [*self.frames, None]:
            key = frame.id if frame else None
            clusters = sorted(
                (c for c in self.clusters if cluster_home[c.id] == key),
                key=lambda c: (-self.cluster_total(c), c.label.casefold(), c.id),
            )
            loose = [n for n in by_frame[key] if self.cluster_of(n) is None]
            if frame is not None or clusters or loose:
                result.append((frame, clusters, self.ranked(loose)))
        return result


def session_date(stamp: str) -> str:
    """The date part of an ISO timestamp; today's date when it is missing or malformed."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return datetime.now(UTC).date().isoformat()
