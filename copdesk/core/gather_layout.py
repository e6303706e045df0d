"""Where accepted suggested clusters go: each group gathered into a tidy grid,
the groups side by side in rows, in the area the notes came from.

Suggested groups are made of notes from all over a board; left in place their
outlines would overlap. Gathering keeps the region (its top-left corner and,
roughly, its width) and puts the loose notes of the suggestion (the groups not
accepted) after the clusters, so nothing ends up under a cluster. Pure: takes
notes, returns new top-left positions ``{note_id: (x, y)}``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from copdesk.core.cluster_layout import (
    Box,
    RankedGroup,
    arrange_by_votes,
    bounding_box,
    default_columns,
    tidy_grid,
)
from copdesk.core.geometry import GAP
from copdesk.core.models import NOTE_WIDTH, Note

#: Room around a cluster's notes for its outline and, above, its label chip.
OUTLINE_PAD = 16.0
CHIP_SPACE = 48.0
MIN_ROW_WIDTH = 5 * (NOTE_WIDTH + GAP)


def group_columns(count: int) -> int:
    """Small groups in one row (less empty space), larger ones near-square."""
    return count if count <= 3 else default_columns(count)


def gather_groups(
    groups: Sequence[Sequence[Note]],
    loose: Sequence[Note] = (),
    *,
    max_row_width: float | None = None,
) -> dict[int, tuple[float, float]]:
    """Positions that gather each group into a grid and lay groups out in rows.

    The first group's label chip starts at the top-left corner of all the
    notes given. Without ``max_row_width`` the rows are as wide as the notes
    were, widened step by step (up to three times) until the layout is no
    taller than the notes were, so it grows sideways before it grows down
    into whatever lies below. Group order is kept; loose notes follow the
    groups, one by one.
    """
    everything = [n for g in groups for n in g] + list(loose)
    if not everything:
        return {}
    left, top, width, height = bounding_box(everything)
    placed: dict[int, Note] = {}
    ranked: list[RankedGroup] = []
    boxes: dict[tuple[str, int], Box] = {}
    fit = None  # with a width limit, no group's own grid may be wider than a row
    if max_row_width is not None:
        fit = max(1, int((max_row_width - 2 * OUTLINE_PAD + GAP) // (NOTE_WIDTH + GAP)))
    for index, group in enumerate(g for g in groups if g):
        columns = group_columns(len(group))
        grid = tidy_grid(group, (0.0, 0.0), min(columns, fit) if fit else columns)
        moved = [replace(n, x=grid[n.id][0], y=grid[n.id][1]) for n in group]
        placed.update((n.id, n) for n in moved)
        x, y, w, h = bounding_box(moved)
        key = ("cluster", index)
        boxes[key] = (
            x - OUTLINE_PAD,
            y - OUTLINE_PAD - CHIP_SPACE,
            w + 2 * OUTLINE_PAD,
            h + 2 * OUTLINE_PAD + CHIP_SPACE,
        )
        ranked.append(RankedGroup(key, tuple(n.id for n in moved), 0))
    for note in loose:
        if note.id in placed:
            continue
        placed[note.id] = note
        key = ("note", note.id)
        boxes[key] = (note.x, note.y, note.width, note.height)
        ranked.append(RankedGroup(key, (note.id,), 0))

    def layout(row_width: float) -> dict[int, tuple[float, float]]:
        return arrange_by_votes(
            ranked, boxes, placed, origin=(left, top), max_row_width=row_width, gap=GAP * 2
        )

    if max_row_width is not None:
        return layout(max_row_width)
    row_width = max(width, MIN_ROW_WIDTH)
    limit = 3 * row_width
    step = NOTE_WIDTH + GAP
    while True:
        positions = layout(row_width)
        bottom = max(y + placed[i].height for i, (_x, y) in positions.items())
        if bottom - top <= height + OUTLINE_PAD + CHIP_SPACE or row_width >= limit:
            return positions
        row_width += step
