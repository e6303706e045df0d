"""Where a cluster's notes go: tidy into a grid, arrange clusters by votes.

Pure functions: they take notes (and boxes) and return new top-left positions
``{note_id: (x, y)}``; the desk writes them in one statement.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from copdesk.core.geometry import GAP
from copdesk.core.models import Note

Box = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True, slots=True)
class RankedGroup:
    """A cluster (or a lone note) to arrange: its notes and its vote count."""

    key: tuple[str, int]  # ("cluster", id) or ("note", id)
    note_ids: tuple[int, ...]
    votes: int


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


def arrange_by_votes(
    groups: Sequence[RankedGroup],
    boxes: Mapping[tuple[str, int], Box],
    notes: Mapping[int, Note],
    *,
    origin: tuple[float, float] | None = None,
    max_row_width: float = 2400.0,
    gap: float = GAP * 3,
) -> dict[int, tuple[float, float]]:
    """Place groups in rank order (most votes first), left to right in rows.

    Each group keeps its inner layout: its notes move by the same offset, so a
    cluster arrives as the room shaped it. Rows wrap at ``max_row_width``; a
    row is as tall as its tallest group. Ties keep the order given.
    ``origin`` defaults to the top-left of all boxes together.
    """
    ranked = sorted(enumerate(groups), key=lambda ig: (-ig[1].votes, ig[0]))
    present = [g for _, g in ranked if g.key in boxes]
    if not present:
        return {}
    if origin is None:
        origin = (min(boxes[g.key][0] for g in present), min(boxes[g.key][1] for g in present))
    ox, oy = origin
    x, y, row_height = ox, oy, 0.0
    positions: dict[int, tuple[float, float]] = {}
    for group in present:
        bx, by, bw, bh = boxes[group.key]
        if x > ox and x + bw > ox + max_row_width:
            x, y, row_height = ox, y + row_height + gap, 0.0
        dx, dy = x - bx, y - by
        for note_id in group.note_ids:
            note = notes.get(note_id)
            if note is not None:
                positions[note_id] = (note.x + dx, note.y + dy)
        x += bw + gap
        row_height = max(row_height, bh)
    return positions
