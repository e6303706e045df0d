"""Where a cluster's label goes: above its outline, unless that covers a frame's
title (or the prompt under it); then in the free part of that frame's title row,
right of the title; else below the outline.

Notes sit just under a frame's header, so a cluster in a frame's first row has
no room above it: its label moves up beside the frame's title instead of over it.

Pure geometry in board units (x right, y down), shared by the board scene and the
poster so both put a label in the same kind of place. A box is ``(x, y, w, h)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]

#: Cost of covering a frame title (or another must-stay-visible mark) per unit of
#: area: far above anything else, so such a spot is taken only when all are worse.
HARD = 1_000_000.0


@dataclass(frozen=True, slots=True)
class FrameHeader:
    """A frame's header as drawn.

    ``keep``: boxes a label must not cover (the title, a clickable chip);
    ``texts``: boxes better not covered (the prompt); ``free_row``: the rest of the
    title row, right of the title, where a label may go (zero width when none).
    """

    keep: tuple[Box, ...]
    texts: tuple[Box, ...]
    free_row: Box


def overlap(a: Box, b: Box) -> float:
    """The area ``a`` and ``b`` share (0 when they only touch)."""
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    if w <= 0:
        return 0.0
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if h > 0 else 0.0


def _cost(
    box: Box, headers: Iterable[FrameHeader], blocked: Callable[[Box], float] | None
) -> float:
    cost = 0.0
    for header in headers:
        for keep in header.keep:
            cost += HARD * overlap(box, keep)
        for text in header.texts:
            cost += overlap(box, text)
    if blocked is not None:
        cost += blocked(box)
    return cost


def _touches(box: Box, header: FrameHeader) -> bool:
    return any(overlap(box, b) > 0 for b in (*header.keep, *header.texts))


def label_box(
    outline: Box,
    width: float,
    height: float,
    headers: Sequence[FrameHeader],
    *,
    gap: float,
    min_width: float = 0.0,
    blocked: Callable[[Box], float] | None = None,
) -> Box:
    """The box for a ``width`` × ``height`` label of the cluster drawn as ``outline``.

    ``blocked(box)`` adds the cost of other things the box covers (for example
    the area of notes outside the cluster). Beside a title the label may be
    narrower than ``width`` (its text is then cut), never narrower than
    ``min_width``.
    """
    x, y, _width, h = outline
    above = (x, y - gap - height, width, height)
    cost = _cost(above, headers, blocked)
    if cost == 0.0:
        return above
    candidates: list[tuple[float, Box]] = [(cost, above)]
    for header in headers:
        fx, fy, fw, fh = header.free_row
        room = min(width, fw)
        if not _touches(above, header) or room <= 0 or room < min(width, min_width):
            continue
        left = min(max(x, fx), fx + fw - room)  # as far over the cluster as the row allows
        # centred on the row; one taller than the row keeps off the prompt below it
        top = fy + (fh - height) / 2 if height <= fh else fy + fh - height
        beside = (left, top, room, height)
        candidates.append((_cost(beside, headers, blocked), beside))
    below = (x, y + h + gap, width, height)
    candidates.append((_cost(below, headers, blocked), below))
    return min(candidates, key=lambda c: c[0])[1]  # the first of equals: min is stable
