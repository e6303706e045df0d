"""A cluster's notes in a tidy grid, and the box around notes.

Pure functions: they take notes and return new top-left positions
``{note_id: (x, y)}``. Where the grid goes on the board (inside its frame,
clear of other notes) is :mod:`copdesk.core.gather_layout`'s part.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from copdesk.core.geometry import GAP
from copdesk.core.models import Note

Box = tuple[float, float, float, float]  # x, y, width, height


def default_columns(count: int) -> int:
    """A near-square grid, wider than tall: 1→1, 4→2, 5→3, 10→4."""
    return max(1, math.ceil(math.sqrt(max(count, 1))))


def tidy_grid(
    notes: Sequence[Note],
    origin: tuple[float, float],
    columns: int | None = None,
    *,
    gap: float = GAP,
) -> dict[int, tuple[float, float]]:
    """Lay ``notes`` out row by row from ``origin``, in reading order of where
    they are now (top to bottom, then left to right), so a tidy keeps the
    rough order the room gave them. Cells are as large as the largest note."""
    if not notes:
        return {}
    cols = max(1, columns if columns is not None else default_columns(len(notes)))
    cell_w = max(n.width for n in notes) + gap
    cell_h = max(n.height for n in notes) + gap
    ordered = sorted(notes, key=lambda n: (round(n.y / cell_h), n.x, n.id))
    ox, oy = origin
    return {
        n.id: (ox + (i % cols) * cell_w, oy + (i // cols) * cell_h) for i, n in enumerate(ordered)
    }


def bounding_box(notes: Sequence[Note]) -> Box:
    """The smallest box around ``notes`` (0-size box at the origin if none)."""
    if not notes:
        return (0.0, 0.0, 0.0, 0.0)
    left = min(n.x for n in notes)
    top = min(n.y for n in notes)
    right = max(n.x + n.width for n in notes)
    bottom = max(n.y + n.height for n in notes)
    return (left, top, right - left, bottom - top)
