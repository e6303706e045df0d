"""Where new notes go, and the room they need.

A draft goes into a frame's grid when it names the frame (``frame_title``), or
when a frame is chosen, or when it is put at a point inside a frame; it takes
the frame's free grid slots, after the notes already there. A frame too small
for its notes grows: wider only when not even one note fits across it, taller
otherwise. What lies below the growth (frames with their notes, loose notes)
moves down by as much as the nearest of them needs to keep its distance, and
likewise to the right for a wider frame, so the growth covers nothing.
Drafts for no frame go into a grid at a given point, or below everything.

Pure: no Qt, no SQL, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from copdesk.core.errors import ImportProblem
from copdesk.core.geometry import GAP, columns_for, frame_at, frame_origin, grid_positions
from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH, Frame, Note, NoteDraft

#: The most a growing frame keeps between itself and what it pushes away
#: (the templates leave 60 units between frames).
FRAME_SPACING = 3 * GAP
_TOUCH = 0.5  # rectangles closer than this do not overlap (float noise)


@dataclass(frozen=True, slots=True)
class Placement:
    """New notes' places and the room made for them."""

    drafts: tuple[NoteDraft, ...]  # positioned; placed into a frame carry its id
    frames: tuple[Frame, ...] = ()  # frames that grow or move, as they become
    moves: dict[int, tuple[float, float]] = field(default_factory=dict)  # note id → (x, y)


def frame_names(frames: Iterable[Frame]) -> str:
    """“Keep”, “Drop”, “Add” — or "none" — for messages."""
    return ", ".join(f"“{f.title}”" for f in frames) or "none"


def frame_named(frames: Sequence[Frame], title: str) -> Frame | None:
    """The frame with this title or template key (case and outer space ignored)."""
    wanted = title.strip().casefold()
    if not wanted:
        return None
    for f in frames:
        if f.title.strip().casefold() == wanted or f.key.casefold() == wanted:
            return f
    return None


def find_frame(frames: Sequence[Frame], title: str) -> Frame:
    """The frame named ``title``, or an :class:`ImportProblem` listing the frames."""
    found = frame_named(frames, title)
    if found is None:
        raise ImportProblem(
            f"This session has no frame “{title}” (its frames: {frame_names(frames)})."
        )
    return found


def check_frame_titles(drafts: Sequence[NoteDraft], frames: Sequence[Frame]) -> None:
    """Refuse drafts that name a frame the session does not have (a CSV's frame
    column), naming every unknown value once."""
    unknown = list(
        dict.fromkeys(
            d.frame_title
            for d in drafts
            if d.frame_title and frame_named(frames, d.frame_title) is None
        )
    )
    if not unknown:
        return
    shown = ", ".join(f"“{t}”" for t in unknown[:5])
    if len(unknown) > 5:
        shown += f" and {len(unknown) - 5:,} more"
    noun = "frame" if len(unknown) == 1 else "frames"
    raise ImportProblem(
        f"This session has no {noun} {shown}, named in the frame column "
        f"(its frames: {frame_names(frames)}). Nothing was imported."
    )


def _overlap(a0: float, a1: float, b0: float, b1: float) -> bool:
    return a0 < b1 - _TOUCH and b0 < a1 - _TOUCH


def _free_spots(frame: Frame, members: Sequence[Note], count: int) -> list[tuple[float, float]]:
    """The first ``count`` grid slots of ``frame`` that no member note covers."""
    columns = columns_for(frame)
    ox, oy = frame_origin(frame)
    sx, sy = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP
    taken: set[int] = set()
    for n in members:
        if not (math.isfinite(n.x) and math.isfinite(n.y)):
            continue
        first_col = max(0, math.floor((n.x - ox) / sx) - 1)
        last_col = min(columns - 1, math.floor((n.x + n.width - ox) / sx) + 1)
        first_row = max(0, math.floor((n.y - oy) / sy) - 1)
        last_row = math.floor((n.y + n.height - oy) / sy) + 1
        for row in range(first_row, last_row + 1):
            top = oy + row * sy
            if not _overlap(top, top + NOTE_HEIGHT, n.y, n.y + n.height):
                continue
            for col in range(first_col, last_col + 1):
                left = ox + col * sx
                if _overlap(left, left + NOTE_WIDTH, n.x, n.x + n.width):
                    taken.add(row * columns + col)
    spots: list[tuple[float, float]] = []
    slot = 0
    while len(spots) < count:
        if slot not in taken:
            row, col = divmod(slot, columns)
            spots.append((ox + col * sx, oy + row * sy))
        slot += 1
    return spots


class BoardRoom:
    """The board while room is made: frames, existing notes, placed drafts.

    Used by :func:`place_drafts` and by gathering notes into frames
    (:mod:`copdesk.core.gather_layout`): a frame that must hold more grows with
    :meth:`grow`, and what lies below (or right of) it moves along."""

    def __init__(
        self,
        frames: Sequence[Frame],
        notes: Sequence[Note],
        drafts: Sequence[NoteDraft] = (),
    ) -> None:
        self.frames = {f.id: f for f in frames}
        self.notes = {n.id: n for n in notes}
        self.drafts = list(drafts)
        self.changed_frames: set[int] = set()
        self.moved_notes: set[int] = set()

    def boxes(self, exclude: int) -> list[tuple[float, float, float, float]]:
        """Rectangles that must not be covered: other frames and loose notes."""
        out = [(f.x, f.y, f.width, f.height) for f in self.frames.values() if f.id != exclude]
        out += [(n.x, n.y, n.width, n.height) for n in self.notes.values() if n.frame_id is None]
        return out

    def shift(
        self, *, below: float | None = None, right_of: float | None = None, by: float
    ) -> None:
        """Move everything starting below ``below`` (or right of ``right_of``) by ``by``;
        a frame's notes go with it, wherever they are."""

        def starts_past(x: float, y: float) -> bool:
            if below is not None:
                return y >= below - _TOUCH
            assert right_of is not None
            return x >= right_of - _TOUCH

        dx, dy = (0.0, by) if below is not None else (by, 0.0)
        moved = {f.id for f in self.frames.values() if starts_past(f.x, f.y)}
        for fid in moved:
            f = self.frames[fid]
            self.frames[fid] = replace(f, x=f.x + dx, y=f.y + dy)
            self.changed_frames.add(fid)
        for n in list(self.notes.values()):
            carried = n.frame_id in moved
            if carried or (n.frame_id is None and starts_past(n.x, n.y)):
                self.notes[n.id] = replace(n, x=n.x + dx, y=n.y + dy)
                self.moved_notes.add(n.id)
        for i, d in enumerate(self.drafts):
            if d.frame_id in moved:
                self.drafts[i] = replace(d, x=d.x + dx, y=d.y + dy)

    def grow(self, frame_id: int, width: float, height: float) -> None:
        """Give a frame this size, first making room to its right, then below it."""
        f = self.frames[frame_id]
        if width > f.width:
            edge, new_edge = f.x + f.width, f.x + width
            need = 0.0
            for x, y, _w, h in self.boxes(frame_id):
                if x >= edge - _TOUCH and _overlap(y, y + h, f.y, f.y + max(height, f.height)):
                    need = max(need, new_edge + min(x - edge, FRAME_SPACING) - x)
            if need > 0:
                self.shift(right_of=edge, by=need)
            f = replace(self.frames[frame_id], width=width)
        if height > f.height:
            edge, new_edge = f.y + f.height, f.y + height
            need = 0.0
            for x, y, w, _h in self.boxes(frame_id):
                if y >= edge - _TOUCH and _overlap(x, x + w, f.x, f.x + f.width):
                    need = max(need, new_edge + min(y - edge, FRAME_SPACING) - y)
            if need > 0:
                self.shift(below=edge, by=need)
            f = replace(f, height=height)
        self.frames[frame_id] = f
        self.changed_frames.add(frame_id)


def place_drafts(
    drafts: Sequence[NoteDraft],
    frames: Sequence[Frame],
    existing: Sequence[Note],
    *,
    frame: Frame | None = None,
    origin: tuple[float, float] | None = None,
) -> Placement:
    """Give every draft a position, growing frames that need it.

    A draft naming a frame (``frame_title``) goes into that frame (a name the
    session does not know is refused); otherwise into ``frame`` if given;
    otherwise into the frame under ``origin``; otherwise into a grid at
    ``origin`` or below the board's content.
    """
    frames = [f for f in frames if not f.deleted]
    existing = [n for n in existing if not n.deleted]
    check_frame_titles(drafts, frames)
    if frame is not None:  # its current geometry; a frame gone since places nothing there
        frame = next((f for f in frames if f.id == frame.id), None)
    elif origin is not None:
        frame = frame_at(frames, *origin)
    groups: dict[int | None, list[int]] = {}
    for i, d in enumerate(drafts):
        target = frame_named(frames, d.frame_title) if d.frame_title else None
        target = target or frame
        groups.setdefault(target.id if target else None, []).append(i)
    board = BoardRoom(frames, existing, drafts)
    for fid in sorted((k for k in groups if k is not None), key=lambda k: board.frames[k].y):
        indices = groups[fid]
        f = board.frames[fid]
        width = f.width if f.width >= NOTE_WIDTH + GAP else NOTE_WIDTH + 2 * GAP
        roomy = replace(f, width=width)
        members = [n for n in board.notes.values() if n.frame_id == fid]
        spots = _free_spots(roomy, members, len(indices))
        bottom = f.y
        for i, (x, y) in zip(indices, spots, strict=True):
            board.drafts[i] = replace(drafts[i], x=x, y=y, frame_id=fid)
            bottom = max(bottom, y + drafts[i].height)
        height = max(f.height, bottom + GAP - f.y)
        if (width, height) != (f.width, f.height):
            board.grow(fid, width, height)
    loose = groups.get(None, [])
    if loose:
        if origin is None:
            placed = [board.drafts[i] for k, ix in groups.items() if k is not None for i in ix]
            rects = [(n.x, n.y + n.height) for n in board.notes.values()]
            rects += [(f.x, f.y + f.height) for f in board.frames.values()]
            rects += [(d.x, d.y + d.height) for d in placed]
            start_xy = (
                min((x for x, _ in rects), default=0.0),
                max((b for _, b in rects), default=0.0) + (GAP * 3 if rects else 0.0),
            )
        else:
            start_xy = origin
        columns = max(1, min(8, math.ceil(math.sqrt(len(loose) * 1.6))))
        spots = grid_positions(len(loose), origin=start_xy, columns=columns)
        for i, (x, y) in zip(loose, spots, strict=True):
            board.drafts[i] = replace(drafts[i], x=x, y=y, frame_id=None)
    return Placement(
        drafts=tuple(board.drafts),
        frames=tuple(board.frames[fid] for fid in sorted(board.changed_frames)),
        moves={nid: (board.notes[nid].x, board.notes[nid].y) for nid in sorted(board.moved_notes)},
    )


def grid_height(count: int, columns: int) -> float:
    rows = math.ceil(count / max(1, columns))
    return rows * (NOTE_HEIGHT + GAP)
