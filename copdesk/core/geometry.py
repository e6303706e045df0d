"""Board geometry: which frame holds a note, where new notes go."""

from __future__ import annotations

from collections.abc import Iterable

from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH, Frame

GAP = 20.0
FRAME_HEADER = 90.0  # room for a frame's title and prompt above its notes


def frame_at(frames: Iterable[Frame], x: float, y: float) -> Frame | None:
    """The top-most frame containing the point, or None."""
    best: Frame | None = None
    for f in frames:
        if f.deleted or not f.contains(x, y):
            continue
        if best is None or f.z > best.z or (f.z == best.z and f.id > best.id):
            best = f
    return best


def grid_positions(
    count: int,
    *,
    origin: tuple[float, float],
    columns: int,
    width: float = NOTE_WIDTH,
    height: float = NOTE_HEIGHT,
    gap: float = GAP,
    start: int = 0,
) -> list[tuple[float, float]]:
    """Positions of ``count`` notes in a grid, row by row, from slot ``start``."""
    columns = max(1, columns)
    ox, oy = origin
    return [
        (
            ox + ((start + i) % columns) * (width + gap),
            oy + ((start + i) // columns) * (height + gap),
        )
        for i in range(count)
    ]


def columns_for(frame: Frame, width: float = NOTE_WIDTH, gap: float = GAP) -> int:
    """How many notes fit side by side in ``frame``: ``gap`` before the first and
    between them, the last one at most touching the frame's right edge."""
    return max(1, int((frame.width + 1e-6) // (width + gap)))


def frame_origin(frame: Frame, gap: float = GAP) -> tuple[float, float]:
    """The top-left corner of a frame's first grid slot (below its title)."""
    return (frame.x + gap, frame.y + FRAME_HEADER)
