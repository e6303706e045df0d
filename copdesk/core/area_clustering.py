"""Suggested clusters that respect the board's frames.

A note in "Keep" and a note in "Drop" may use the same words but mean opposite
things: suggestions are made frame by frame (notes outside any frame form one
area of their own), and accepted groups are gathered inside the frame their
notes came from. Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from copdesk.core.clustering import ClusterProposal
from copdesk.core.gather_layout import Block, Gathering, gather, home_of
from copdesk.core.models import Frame, Note

Suggester = Callable[[Sequence[tuple[int, str]]], list[ClusterProposal]]


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
    frames: Sequence[Frame],
    notes: Sequence[Note],
) -> Gathering:
    """Gather accepted groups inside the frame their notes are in.

    Each group goes to the frame most of its notes share and takes the first
    free place there from where that frame's notes of the suggestion started,
    clear of the notes that stay and of other clusters; the frame's loose notes
    of the suggestion (``loose``) follow. A frame too small grows and what lies
    below it moves down. Loose notes of frames without an accepted group do
    not move, nor do those still in a cluster (they stay with it). ``notes``
    are all the board's notes (see :func:`~copdesk.core.gather_layout.gather`).
    """
    frame_ids = {f.id for f in frames if not f.deleted}
    blocks = [Block(tuple(g)) for g in groups if g]
    areas = {home_of(b.notes, frame_ids) for b in blocks}
    blocks += [
        Block((n,), cluster=False)
        for n in loose
        if n.cluster_id is None and (n.frame_id if n.frame_id in frame_ids else None) in areas
    ]
    return gather(blocks, frames, notes)
