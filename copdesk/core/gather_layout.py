"""Where gathered notes go: accepted suggested clusters, a tidied cluster,
clusters (and lone notes) arranged by votes.

A :class:`Block` is what moves as one: a cluster's notes, laid out in a tidy
grid (or keeping their arrangement) with room around them for the cluster's
outline and, above, its label chip; or one lone note. Each block goes into the
area most of its notes are in: a frame, or the board outside every frame.

In a frame, a block takes the first free place, row by row from where the
area's moving notes started (from the frame's top when all its notes move)
and within the frame's width, that covers no note staying put and no other
cluster. A frame too small for its blocks grows, and what
lies below it moves down, by the rule of imports
(:class:`~copdesk.core.placement.BoardRoom`). Outside frames, blocks also keep
clear of every frame. Gathered notes belong to their area's frame afterwards;
every other note keeps its frame (those below a grown frame move with it).

Pure: no Qt, no SQL, no I/O.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from copdesk.core.cluster_layout import Box, bounding_box, default_columns, tidy_grid
from copdesk.core.geometry import FRAME_HEADER, GAP
from copdesk.core.models import NOTE_WIDTH, Frame, Note
from copdesk.core.placement import BoardRoom

#: Room around a cluster's notes for its outline and, above, its label chip.
OUTLINE_PAD = 16.0
CHIP_SPACE = 48.0
#: Outside frames, gathered blocks fill rows at least this wide.
MIN_ROW_WIDTH = 5 * (NOTE_WIDTH + GAP)
_EPS = 0.5  # closer than this counts as touching (float noise)

Positions = dict[int, tuple[float, float]]


@dataclass(frozen=True, slots=True)
class Block:
    """Notes that move as one: a cluster (``cluster``) or a single lone note."""

    notes: tuple[Note, ...]
    cluster: bool = True
    #: a cluster's grid columns (default :func:`group_columns`); fewer where the frame is narrower
    columns: int | None = None
    #: keep the notes' arrangement (arrange by votes) where it fits the area's width
    keep_shape: bool = False


@dataclass(frozen=True, slots=True)
class Gathering:
    """The new layout: frames that grew or moved (as they become), new places
    of every note that moves, and the frame of every gathered note."""

    frames: tuple[Frame, ...] = ()
    moves: Positions = field(default_factory=dict)
    homes: dict[int, int | None] = field(default_factory=dict)


def group_columns(count: int) -> int:
    """Small groups in one row (less empty space), larger ones near-square."""
    return count if count <= 3 else default_columns(count)


def home_of(notes: Iterable[Note], frame_ids: Collection[int]) -> int | None:
    """The frame most of ``notes`` are in (None: outside every frame).
    Ties go to the board outside frames, then to the lowest frame id."""
    counts: dict[int | None, int] = {}
    for n in notes:
        key = n.frame_id if n.frame_id in frame_ids else None
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], 1 if k is None else -k))


def cluster_box(notes: Sequence[Note]) -> Box:
    """A cluster's outline with its label chip's room above it."""
    x, y, w, h = bounding_box(notes)
    return (
        x - OUTLINE_PAD,
        y - OUTLINE_PAD - CHIP_SPACE,
        w + 2 * OUTLINE_PAD,
        h + 2 * OUTLINE_PAD + CHIP_SPACE,
    )


def _overlaps(a: Box, b: Box, gap: float = 0.0) -> bool:
    return (
        a[0] < b[0] + b[2] + gap - _EPS
        and b[0] < a[0] + a[2] + gap - _EPS
        and a[1] < b[1] + b[3] + gap - _EPS
        and b[1] < a[1] + a[3] + gap - _EPS
    )


def _widest(notes: Iterable[Note]) -> float:
    return max(n.width for n in notes)


def _note_box(n: Note) -> Box:
    return (n.x, n.y, n.width, n.height)


def _shape(block: Block, width: float) -> tuple[Positions, float, float]:
    """The block's notes relative to their top-left corner, and the size of
    them all, at most ``width`` wide where a grid column allows."""
    notes = block.notes
    left, top, w, h = bounding_box(notes)
    if not block.cluster or (block.keep_shape and w <= width + _EPS):
        return {n.id: (n.x - left, n.y - top) for n in notes}, w, h
    cell = max(n.width for n in notes) + GAP
    fit = max(1, int((width + GAP + _EPS) // cell))
    columns = min(block.columns or group_columns(len(notes)), fit)
    grid = tidy_grid(notes, (0.0, 0.0), columns)
    by_id = {n.id: n for n in notes}
    w = max(x + by_id[i].width for i, (x, _y) in grid.items())
    h = max(y + by_id[i].height for i, (_x, y) in grid.items())
    return grid, w, h


class Boxes:
    """Boxes kept in order of their top edge, so the few near a row are found
    quickly (a frame may hold thousands of notes)."""

    def __init__(self, boxes: Iterable[Box] = ()) -> None:
        self._items = sorted(boxes, key=lambda b: b[1])
        self._tops = [b[1] for b in self._items]
        self._bottoms = sorted({b[1] + b[3] for b in self._items})
        self._tallest = max((b[3] for b in self._items), default=0.0)

    def add(self, box: Box) -> None:
        i = bisect_right(self._tops, box[1])
        self._tops.insert(i, box[1])
        self._items.insert(i, box)
        bottom = box[1] + box[3]
        j = bisect_left(self._bottoms, bottom)
        if j == len(self._bottoms) or self._bottoms[j] != bottom:
            self._bottoms.insert(j, bottom)
        self._tallest = max(self._tallest, box[3])

    def rows_from(self, top: float, gap: float) -> Iterator[float]:
        """``top``, then each bottom edge plus ``gap`` below it, in order."""
        yield top
        for bottom in self._bottoms[bisect_right(self._bottoms, top - gap) :]:
            if bottom + gap > top:
                yield bottom + gap

    def __iter__(self) -> Iterator[Box]:
        return iter(self._items)

    def between(self, y0: float, y1: float) -> list[Box]:
        """The boxes reaching below ``y0`` and starting above ``y1``."""
        lo = bisect_left(self._tops, y0 - self._tallest)
        hi = bisect_left(self._tops, y1)
        return [b for b in self._items[lo:hi] if b[1] + b[3] > y0]


def free_spot(
    size: tuple[float, float],
    taken: Boxes | Sequence[Box],
    *,
    left: float,
    right: float,
    top: float,
    prefer: float | None = None,
    after: tuple[float, float] | None = None,
    gap: float = GAP,
) -> tuple[float, float]:
    """The top-left corner of the first free place for a box of ``size``: the
    highest one at or below ``top``, then the one nearest ``prefer`` (else the
    leftmost), that keeps ``gap`` from every box in ``taken`` and lies between
    ``left`` and ``right`` (a box wider than that goes to ``left``). With
    ``after`` = (y, x), a place on row ``y`` starts at ``x`` or further right
    and no place is higher: blocks then follow each other in reading order."""
    boxes = taken if isinstance(taken, Boxes) else Boxes(taken)
    w, h = size
    last = max(left, right - w)
    if after is not None:
        top = after[0]
    for y in boxes.rows_from(top, gap):
        band = boxes.between(y - gap + _EPS, y + h + gap - _EPS)
        xs = sorted({left, *(b[0] + b[2] + gap for b in band)})
        first = left
        if after is not None and abs(y - after[0]) < _EPS:
            first = after[1]
            xs = [x for x in xs if x >= first - _EPS]
            xs.insert(0, first)
        elif prefer is not None:
            xs.insert(0, min(max(prefer, left), last))
        for x in xs:
            if x < first - _EPS or x > last + _EPS:
                continue
            box = (x, y, w, h)
            if not any(_overlaps(box, b, gap) for b in band):
                return (x, y)
    raise AssertionError("unreachable: below every box there is room")  # pragma: no cover


class _Gatherer:
    def __init__(self, frames: Sequence[Frame], notes: Sequence[Note], moving: set[int]) -> None:
        self.room = BoardRoom(frames, notes)
        self.moving = moving
        self.homes: dict[int, int | None] = {}

    def stayers(self) -> list[Note]:
        return [n for n in self.room.notes.values() if n.id not in self.moving]

    def obstacles(self, keep: list[Note], area: Box | None = None) -> list[Box]:
        """The notes in ``keep`` and the outlines (with label room) of the clusters
        that stay, those reaching into ``area`` if given."""
        members: dict[int, list[Note]] = {}
        for n in self.stayers():
            if n.cluster_id is not None:
                members.setdefault(n.cluster_id, []).append(n)
        clusters = [cluster_box(m) for m in members.values()]
        if area is not None:
            clusters = [b for b in clusters if _overlaps(b, area)]
        return [_note_box(n) for n in keep] + clusters

    def lay_out(
        self,
        blocks: Sequence[Block],
        home: int | None,
        obstacles: Iterable[Box],
        *,
        left: float,
        right: float,
        top: float,
        prefer: float,
        in_order: bool,
    ) -> tuple[float, float]:
        """Place the blocks (notes between ``left`` and ``right``, from ``top``);
        returns the right and bottom edges the area must hold."""
        taken = Boxes(obstacles)
        need_right, need_bottom = left, top
        after: tuple[float, float] | None = None
        # (kind, width, height, y): no box of that kind and at least that size fits
        # higher than y (boxes are only added), so a later search may start there
        floors: list[tuple[bool, float, float, float]] = []
        for block in blocks:
            pad = OUTLINE_PAD if block.cluster else 0.0
            head = pad + (CHIP_SPACE if block.cluster else 0.0)
            margin = GAP if block.cluster else 0.0  # an outline keeps off the frame's edge
            inner, w, h = _shape(block, right - margin - left)
            box_w, box_h = w + 2 * pad, h + head + pad
            start = top - head
            if not in_order:
                start = max(
                    [start]
                    + [
                        y
                        for c, fw, fh, y in floors
                        if c == block.cluster and fw <= box_w and fh <= box_h
                    ]
                )
            bx, by = free_spot(
                (box_w, box_h),
                taken,
                left=left - pad,
                right=right - margin + pad,
                top=start,
                prefer=prefer - pad,
                after=None if after is None else (after[0] - head, after[1]),
            )
            floors.append((block.cluster, box_w, box_h, by))
            taken.add((bx, by, box_w, box_h))
            ox, oy = bx + pad, by + head
            if in_order:  # the next block: on this row further right, or below
                after = (oy, bx + box_w + GAP)
            for n in block.notes:
                dx, dy = inner[n.id]
                self.room.notes[n.id] = replace(
                    self.room.notes[n.id], x=ox + dx, y=oy + dy, frame_id=home
                )
                self.homes[n.id] = home
            need_right = max(need_right, ox + w + margin)
            need_bottom = max(need_bottom, oy + h + GAP)
        return need_right, need_bottom

    def fill_frame(self, frame_id: int, blocks: Sequence[Block], in_order: bool) -> None:
        f = self.room.frames[frame_id]
        frame_box = (f.x, f.y, f.width, f.height)
        keep = [
            n
            for n in self.stayers()
            if n.frame_id == frame_id or _overlaps(_note_box(n), frame_box)
        ]
        own = [
            self.room.notes[n.id]
            for b in blocks
            for n in b.notes
            if self.room.notes[n.id].frame_id == frame_id
        ]
        left, origin = f.x + GAP, f.y + FRAME_HEADER
        top, prefer = origin, left  # all the frame's notes move: from its first grid slot
        if keep and own:  # else from where the moving notes started
            top = max(origin, min(n.y for n in own))
            prefer = max(left, min(n.x for n in own))
        right, bottom = self.lay_out(
            blocks,
            frame_id,
            self.obstacles(keep, frame_box),
            left=left,
            right=f.x + f.width,
            top=top,
            prefer=prefer,
            in_order=in_order,
        )
        width, height = max(f.width, right - f.x), max(f.height, bottom - f.y)
        if (width, height) != (f.width, f.height):
            self.room.grow(frame_id, width, height)

    def fill_open(self, blocks: Sequence[Block], in_order: bool) -> None:
        """Blocks outside every frame: near where their notes were, clear of frames."""
        notes = [self.room.notes[n.id] for b in blocks for n in b.notes]
        own = [n for n in notes if n.frame_id is None] or notes
        left, top, width, _h = bounding_box(own)
        widest = max(
            bounding_box(b.notes)[2] if b.keep_shape or not b.cluster else _widest(b.notes)
            for b in blocks
        )
        right = left + max(width, MIN_ROW_WIDTH, widest + 2 * GAP)
        taken = [(f.x, f.y, f.width, f.height) for f in self.room.frames.values()]
        taken += self.obstacles(self.stayers())
        self.lay_out(
            blocks,
            None,
            taken,
            left=left,
            right=right,
            top=top,
            prefer=left,
            in_order=in_order,
        )


def gather(
    blocks: Sequence[Block],
    frames: Sequence[Frame],
    notes: Sequence[Note],
    *,
    in_order: bool = False,
) -> Gathering:
    """Gather each block in the area most of its notes are in.

    ``notes`` are all the board's notes (the blocks' among them, by id: their
    current places count); ``frames`` all its frames. Blocks of one area keep
    their order; with ``in_order`` each starts at or after the one before in
    reading order (arrange by votes), else each takes the first free place.
    """
    frames = [f for f in frames if not f.deleted]
    current = {n.id: n for n in notes if not n.deleted}
    blocks = [
        replace(b, notes=tuple(current[n.id] for n in b.notes if n.id in current)) for b in blocks
    ]
    blocks = [b for b in blocks if b.notes]
    moving = {n.id for b in blocks for n in b.notes}
    work = _Gatherer(frames, list(current.values()), moving)
    frame_ids = set(work.room.frames)
    areas: dict[int | None, list[Block]] = {}
    for block in blocks:
        areas.setdefault(home_of(block.notes, frame_ids), []).append(block)
    for fid in sorted(
        (k for k in areas if k is not None),
        key=lambda k: (work.room.frames[k].y, work.room.frames[k].x, k),
    ):
        work.fill_frame(fid, areas[fid], in_order)
    if None in areas:
        work.fill_open(areas[None], in_order)
    moves = {
        nid: (n.x, n.y)
        for nid, n in work.room.notes.items()
        if nid in moving or (n.x, n.y) != (current[nid].x, current[nid].y)
    }
    changed = sorted(work.room.changed_frames)
    return Gathering(
        frames=tuple(work.room.frames[fid] for fid in changed),
        moves=moves,
        homes=work.homes,
    )
