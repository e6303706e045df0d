"""Where a cluster's label goes: above its outline, unless that covers a frame's
title (or the prompt under it); then in the free part of that frame's title row,
right of the title; else below the outline.

Notes sit just under a frame's header, so a cluster in a frame's first row has
no room above it: its label moves up beside the frame's title instead of over it.

Labels placed before (``taken``) are as untouchable as a title: two clusters in
a frame's first row share its title row side by side. Where other things count
too (``blocked``, ``taken``; the poster) and the usual spots are all in the way,
the label slides along above or below its outline; rather than cover another
label it goes further down.

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


def grown(box: Box, margin: float) -> Box:
    """``box`` with ``margin`` added on every side."""
    return (box[0] - margin, box[1] - margin, box[2] + 2 * margin, box[3] + 2 * margin)


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


def _covered(box: Box, boxes: Iterable[Box]) -> float:
    return sum(overlap(box, b) for b in boxes)


def _touches(box: Box, header: FrameHeader) -> bool:
    return any(overlap(box, b) > 0 for b in (*header.keep, *header.texts))


def _slides(left: float, width: float, near: Sequence[Box], space: float) -> list[float]:
    """Left edges for a ``width`` wide label next to each box of ``near`` (right
    of it, then left of it), nearest to ``left`` first."""
    spots = {b[0] + b[2] + space for b in near} | {b[0] - space - width for b in near}
    return sorted(spots, key=lambda s: (abs(s - left), s))


def label_box(
    outline: Box,
    width: float,
    height: float,
    headers: Sequence[FrameHeader],
    *,
    gap: float,
    min_width: float = 0.0,
    blocked: Callable[[Box], float] | None = None,
    taken: Sequence[Box] = (),
    spacing: float | None = None,
) -> Box:
    """The box for a ``width`` × ``height`` label of the cluster drawn as ``outline``.

    ``blocked(box)`` adds the cost of other things the box covers (for example
    the area of notes outside the cluster). ``taken``: the labels placed before,
    which the box keeps ``spacing`` (default ``gap``) clear of; it covers one
    only if no spot tried is free of them. Beside a title the label may be
    narrower than ``width`` (its text is then cut), never narrower than
    ``min_width``.
    """
    x, y, w, h = outline
    space = gap if spacing is None else spacing
    # Every spot but those beside a title lies in ``region``: only the headers and
    # labels there can be in their way.
    region = grown((x - width, y - gap - height, w + 2 * width, h + 2 * (gap + height)), space)
    near = [hd for hd in headers if _touches(region, hd)]
    near_taken = [b for b in taken if overlap(region, b) > 0]

    def cost(box: Box, hs: Sequence[FrameHeader] = near, ts: Sequence[Box] = near_taken) -> float:
        total = _cost(box, hs, blocked)
        if ts:
            total += HARD * _covered(grown(box, space), ts)
        return total

    above = (x, y - gap - height, width, height)
    first = cost(above)
    if first == 0.0:
        return above
    candidates: list[tuple[float, Box]] = [(first, above)]
    for header in near:
        fx, fy, fw, fh = header.free_row
        room = min(width, fw)
        if not _touches(above, header) or room <= 0 or room < min(width, min_width):
            continue
        left = min(max(x, fx), fx + fw - room)  # as far over the cluster as the row allows
        # centred on the row; one taller than the row keeps off the prompt below it
        top = fy + (fh - height) / 2 if height <= fh else fy + fh - height
        beside = (left, top, room, height)
        candidates.append((cost(beside, headers, taken), beside))
        in_row = [b for b in taken if overlap(grown((fx, top, fw, height), space), b) > 0]
        for spot in _slides(left, room, in_row, space):
            # a narrower label where the row's rest is short, never below ``min_width``
            fits = min(room, fx + fw - max(spot, fx))
            if fits <= 0 or fits < min(width, min_width) or spot < fx:
                continue
            box = (spot, top, fits, height)
            candidates.append((cost(box, headers, taken), box))
    below = (x, y + h + gap, width, height)
    candidates.append((cost(below), below))
    if (taken or blocked is not None) and min(c[0] for c in candidates) > 0:
        # slide along above and below the outline, right-aligned and past the labels
        # in the way, while at least half the label stays over its cluster
        lo, hi = x - width / 2, x + w - width / 2
        for row in (above, below):
            band = grown((lo, row[1], hi - lo + width, height), space)
            beside_row = [b for b in near_taken if overlap(band, b) > 0]
            for spot in (x + w - width, *_slides(x, width, beside_row, space)):
                if lo <= spot <= hi:
                    box = (spot, row[1], width, height)
                    found = cost(box)
                    if found == 0.0:
                        return box  # every spot before it is in the way
                    candidates.append((found, box))
    best = min(candidates, key=lambda c: c[0])  # the first of equals: min is stable
    if taken and _covered(grown(best[1], space), taken) > 0:
        # Every spot tried covers a label: further down, one label height at a time;
        # a label no taller than this one blocks at most three such slots.
        for k in range(1, 3 * len(taken) + 2):
            slot = (x, y + h + gap + k * (height + space), width, height)
            if _covered(grown(slot, space), taken) == 0:
                return slot
    return best[1]
