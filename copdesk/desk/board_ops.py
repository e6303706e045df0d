"""Board gestures that need more than one of the basic note/frame operations,
still in one transaction each: placing new notes into a chosen frame or at a
point, and putting a frame layout back exactly (the undo of a frame move).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from copdesk.core.errors import NotFound
from copdesk.core.models import Frame, Note, NoteDraft
from copdesk.core.placement import place_drafts

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk


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
        or below the board) and add them in one transaction."""
        frames = self.frames(session_id)
        target = None
        if frame_id is not None:
            target = next((f for f in frames if f.id == frame_id), None)
            if target is None:
                raise NotFound("That frame no longer exists.")
        with self._write():
            placed = place_drafts(
                drafts, frames, self.notes(session_id), frame=target, origin=origin
            )
            return self.add_notes(session_id, placed)

    def put_layout(self: Desk, frames: Sequence[Frame], notes: Sequence[Note]) -> list[Frame]:
        """Write frames' geometry and notes back exactly as given (one transaction)."""
        with self._write() as db:
            db.conn.executemany(
                "UPDATE frames SET x = ?, y = ?, width = ?, height = ?, deleted = ? WHERE id = ?",
                [(f.x, f.y, f.width, f.height, int(f.deleted), f.id) for f in frames],
            )
            self.put_notes(notes)
        return [self.frame(f.id) for f in frames]
