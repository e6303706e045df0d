"""Where new notes go: into their frame's grid after the notes already there,
or, with no frame, into a grid below everything on the board."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from copdesk.core.geometry import GAP, columns_for, frame_origin, free_slot_index, grid_positions
from copdesk.core.models import NOTE_HEIGHT, Frame, Note, NoteDraft


def _frame_named(frames: Sequence[Frame], title: str) -> Frame | None:
    wanted = title.strip().casefold()
    if not wanted:
        return None
    for f in frames:
        if f.title.strip().casefold() == wanted or f.key.casefold() == wanted:
            return f
    return None


def place_drafts(
    drafts: Sequence[NoteDraft],
    frames: Sequence[Frame],
    existing: Sequence[Note],
    *,
    frame: Frame | None = None,
    origin: tuple[float, float] | None = None,
) -> list[NoteDraft]:
    """Give every draft a position.

    A draft naming a frame (``frame_title``) goes into that frame; otherwise
    into ``frame`` if given; otherwise into a grid at ``origin`` or below the
    board's content.
    """
    groups: dict[int | None, list[int]] = {}
    by_id = {f.id: f for f in frames}
    for i, d in enumerate(drafts):
        target = _frame_named(frames, d.frame_title) if d.frame_title else None
        target = target or frame
        groups.setdefault(target.id if target else None, []).append(i)
    placed = list(drafts)
    for fid, indices in groups.items():
        if fid is not None:
            f = by_id[fid]
            inside = [(n.x, n.y) for n in existing if n.frame_id == fid and not n.deleted]
            start = free_slot_index(f, inside)
            spots = grid_positions(
                len(indices), origin=frame_origin(f), columns=columns_for(f), start=start
            )
            for i, (x, y) in zip(indices, spots, strict=True):
                placed[i] = replace(drafts[i], x=x, y=y, frame_id=fid)
            continue
        if origin is None:
            bottoms = [n.y + n.height for n in existing if not n.deleted]
            bottoms += [f.y + f.height for f in frames]
            lefts = [n.x for n in existing if not n.deleted] + [f.x for f in frames]
            start_xy = (
                min(lefts, default=0.0),
                max(bottoms, default=0.0) + (GAP * 3 if bottoms else 0.0),
            )
        else:
            start_xy = origin
        columns = max(1, min(8, math.ceil(math.sqrt(len(indices) * 1.6))))
        spots = grid_positions(len(indices), origin=start_xy, columns=columns)
        for i, (x, y) in zip(indices, spots, strict=True):
            placed[i] = replace(drafts[i], x=x, y=y, frame_id=None)
    return placed


def grid_height(count: int, columns: int) -> float:
    rows = math.ceil(count / max(1, columns))
    return rows * (NOTE_HEIGHT + GAP)
