"""Board gestures that need more than one of the basic note/frame operations,
still in one transaction each: placing new notes into a chosen frame or at a
point (growing the frame and making room when they do not fit), and putting a
frame layout back exactly (the undo of a frame move or of such a placement).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from copdesk.core.errors import NotFound
from copdesk.core.models import Frame, Note, NoteDraft
from copdesk.core.placement import find_frame, place_drafts
from copdesk.desk.frames_ops import _check_geometry
from copdesk.desk.notes_ops import _check_point

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk


@dataclass(frozen=True, slots=True)
class PlacedNotes:
    """What placing notes changed: the new notes, and the frames and notes that
    grew or moved to make room for them (before and after, for undo)."""

    notes: list[Note]
    frames_before: list[Frame]
    frames_after: list[Frame]
    moved_before: list[Note]
    moved_after: list[Note]


class BoardOps:
    def place_notes(
        self: Desk,
        session_id: int,
        drafts: Sequence[NoteDraft],
        *,
        frame_id: int | None = None,
        origin: tuple[float, float] | None = None,
    ) -> list[Note]:
        """Lay drafts out in a tidy grid (in ``frame_id``'s grid, or at ``origin``,
        or below the board) and add them in one transaction; see
        :meth:`place_notes_with_room`."""
        return self.place_notes_with_room(
            session_id, drafts, frame_id=frame_id, origin=origin
        ).notes

    def place_notes_with_room(
        self: Desk,
        session_id: int,
        drafts: Sequence[NoteDraft],
        *,
        frame_id: int | None = None,
        frame_title: str | None = None,
        origin: tuple[float, float] | None = None,
    ) -> PlacedNotes:
        """Lay drafts out and add them in one transaction.

        A draft naming a frame goes there (an unknown name refuses the whole
        placement); the others go into ``frame_id`` or the frame titled
        ``frame_title``, else into the frame under ``origin``, else into a grid at
        ``origin`` or below the board. A frame too small for its notes grows,
        and the frames and loose notes in its way move along (see
        :mod:`copdesk.core.placement`)."""
        frames = self.frames(session_id)
        target = None
        if frame_id is not None:
            target = next((f for f in frames if f.id == frame_id), None)
            if target is None:
                raise NotFound("That frame no longer exists.")
        elif frame_title:
            target = find_frame(frames, frame_title)
        with self._write() as db:
            existing = self.notes(session_id)
            plan = place_drafts(drafts, frames, existing, frame=target, origin=origin)
            for f in plan.frames:
                _check_geometry(f.x, f.y, f.width, f.height)
            for x, y in plan.moves.values():
                _check_point(x, y)
            before = {f.id: f for f in frames}
            moved_before = [n for n in existing if n.id in plan.moves]
            db.conn.executemany(
                "UPDATE frames SET x = ?, y = ?, width = ?, height = ? WHERE id = ?",
                [(f.x, f.y, f.width, f.height, f.id) for f in plan.frames],
            )
            db.conn.executemany(
                "UPDATE notes SET x = ?, y = ? WHERE id = ?",
                [(x, y, nid) for nid, (x, y) in plan.moves.items()],
            )
            notes = self.add_notes(session_id, plan.drafts)
        return PlacedNotes(
            notes=notes,
            frames_before=[before[f.id] for f in plan.frames],
            frames_after=[self.frame(f.id) for f in plan.frames],
            moved_before=moved_before,
            moved_after=self.notes_by_id(n.id for n in moved_before),
        )

    def put_layout(self: Desk, frames: Sequence[Frame], notes: Sequence[Note]) -> list[Frame]:
        """Write frames' geometry and notes back exactly as given (one transaction)."""
        with self._write() as db:
            db.conn.executemany(
                "UPDATE frames SET x = ?, y = ?, width = ?, height = ?, deleted = ? WHERE id = ?",
                [(f.x, f.y, f.width, f.height, int(f.deleted), f.id) for f in frames],
            )
            self.put_notes(notes)
        return [self.frame(f.id) for f in frames]
