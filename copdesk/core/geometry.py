"""Board geometry: which frame holds a note, where new notes go."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
    return max(1, int((frame.width - gap) // (width + gap)))


def frame_origin(frame: Frame, gap: float = GAP) -> tuple[float, float]:
    return (frame.x + gap, frame.y + FRAME_HEADER)


def free_slot_index(
    frame: Frame, occupied: Sequence[tuple[float, float]], width: float = NOTE_WIDTH
) -> int:
    """The first grid slot of ``frame`` not covered by a note's top-left corner."""
    columns = columns_for(frame, width)
    origin = frame_origin(frame)
    taken = set()
    for x, y in occupied:
        col = round((x - origin[0]) / (width + GAP))
        row = round((y - origin[1]) / (NOTE_HEIGHT + GAP))
        if 0 <= col < columns and row >= 0:
            taken.add(row * columns + col)
    slot = 0
    while slot in taken:
        slot += 1
    return slot
