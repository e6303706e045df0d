"""Suggested clusters that respect the board's frames.

A note in "Keep" and a note in "Drop" may use the same words but mean opposite
things: suggestions are made frame by frame (notes outside any frame form one
area of their own), and accepted groups are gathered inside the frame their
notes came from. Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from copdesk.core.clustering import ClusterProposal
from copdesk.core.gather_layout import gather_groups
from copdesk.core.geometry import GAP
from copdesk.core.models import NOTE_WIDTH, Frame, Note

Suggester = Callable[[Sequence[tuple[int, str]]], list[ClusterProposal]]
Positions = dict[int, tuple[float, float]]


def _areas(notes: Sequence[tuple[int, str, int | None]]) -> dict[int | None, list[tuple[int, str]]]:
    areas: dict[int | None, list[tuple[int, str]]] = {}
    for note_id, text, frame_id in notes:
        areas.setdefault(frame_id, []).append((note_id, text))
    return areas


def suggest_by_area(
    notes: Sequence[tuple[int, str, int | None]], suggester: Suggester
) -> list[ClusterProposal]:
    """Run ``suggester`` on the notes of each frame separately.

    Every note still ends in exactly one proposal: an area with a single note
    gives a one-note rest group. Areas come in the order of their first note.
    """
    proposals: list[ClusterProposal] = []
    for area in _areas(notes).values():
        if len(area) == 1:
            proposals.append(ClusterProposal("", (area[0][0],), (), rest=True))
            continue
        proposals.extend(suggester(area))
    return proposals


def gather_in_frames(
    groups: Sequence[Sequence[Note]],
    loose: Sequence[Note],
    frames: Mapping[int, Frame],
) -> Positions:
    """Gather accepted groups inside the frame their notes are in.

    Each group goes to the frame most of its notes share. Within a frame the
    groups are laid out in rows no wider than the frame, starting where the
    frame's notes start; the frame's loose notes follow. Loose notes of frames
    without an accepted group do not move.
    """
    by_area: dict[int | None, list[Sequence[Note]]] = {}
    for group in groups:
        if not group:
            continue
        counts: dict[int | None, int] = {}
        for n in group:
            counts[n.frame_id] = counts.get(n.frame_id, 0) + 1
        area = max(counts, key=lambda k: (counts[k], -1 if k is None else -k))
        by_area.setdefault(area, []).append(group)
    positions: Positions = {}
    for area, area_groups in by_area.items():
        area_loose = [n for n in loose if n.frame_id == area]
        frame = frames.get(area) if area is not None else None
        width: float | None = None
        if frame is not None:
            members = [n for g in area_groups for n in g] + area_loose
            left = min(n.x for n in members)
            width = max(NOTE_WIDTH + GAP, frame.x + frame.width - GAP - left)
        positions.update(gather_groups(area_groups, area_loose, max_row_width=width))
    return positions
