"""Text that fits its note: wrapped, shrunk until it fits, cut with an ellipsis
only when even the smallest readable size does not fit.

Layouts are cached by (text, width, height), so a note is laid out once, not on
every repaint, and identical notes share the work.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QTextLayout, QTextOption

from copdesk.ui.board.typeface import board_font

PADDING = 12.0
MIN_PIXELS = 11  # the smallest text still readable from the back of a room
ELLIPSIS = "\u2026"
_CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class FittedLayout:
    """A laid-out text: draw it with :meth:`draw` at the note's top-left corner."""

    layouts: tuple[QTextLayout, ...]
    pixel_size: int
    truncated: bool

    def draw(self, painter: QPainter) -> None:
        origin = QPointF(0.0, 0.0)
        for layout in self.layouts:
            layout.draw(painter, origin)


def max_pixels(width: float, height: float) -> int:
    """The largest size for a note of this size (big enough for a projector)."""
    return max(MIN_PIXELS, int(min(width * 0.13, height * 0.2, 40)))


def _option() -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _lay_out(text: str, size: int, width: float) -> tuple[list[QTextLayout], float]:
    """One QTextLayout per paragraph at ``size`` pixels; returns them and their height."""
    font = board_font(size)
    option = _option()
    layouts: list[QTextLayout] = []
    y = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        layout.endLayout()
        layouts.append(layout)
    return layouts, y


def _fits(text: str, size: int, width: float, height: float) -> bool:
    return _lay_out(text, size, width)[1] <= height


def _truncated(
    text: str, size: int, width: float, height: float
) -> tuple[list[QTextLayout], float]:
    """The longest prefix of ``text`` + "…" that fits at ``size`` (binary search)."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if _fits(text[:mid].rstrip() + ELLIPSIS, size, width, height):
            low = mid
        else:
            high = mid - 1
    return _lay_out(text[:low].rstrip() + ELLIPSIS, size, width)


def _place(layouts: list[QTextLayout], height: float, box_h: float) -> None:
    """Centre the block vertically and move it inside the padding."""
    top = PADDING + max(0.0, (box_h - height) / 2)
    for layout in layouts:
        layout.setPosition(QPointF(PADDING, top))


_cache: OrderedDict[tuple[str, float, float], FittedLayout] = OrderedDict()


def _largest_fitting(fits: Callable[[int], bool], low: int, high: int, first_guess: int) -> int:
    """The largest size in ``low..high`` for which ``fits`` holds, given that it
    holds at ``low`` and fitting only gets harder as the size grows.

    The guess is usually right or a little too large (word wrap wastes some
    width), so it is probed first, then the size above it or a few below it;
    whatever is left open after that is binary-searched."""
    guess = min(max(first_guess, low), high)
    if fits(guess):
        low = guess
        if low < high:  # usually the next size up no longer fits
            if fits(low + 1):
                low += 1
            else:
                high = low
    else:
        high = guess - 1
        for _ in range(2):
            if high <= low:
                break
            if fits(high):
                low = high
                break
            high -= 1
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


def _estimate(
    measured: tuple[list[QTextLayout], float], size: int, high: int, box_w: float, box_h: float
) -> int:
    """A first guess at the largest fitting size, from one layout at ``size``:
    each paragraph's width and the line height grow in step with the size."""
    layouts, used = measured
    lines = sum(layout.lineCount() for layout in layouts)
    if not lines or used <= 0:
        return high
    widths = [
        sum(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())) / size
        for layout in layouts
    ]
    line_height = used / lines / size
    for guess in range(high, size, -1):
        rows = sum(max(1, math.ceil(w * guess / box_w)) for w in widths)
        if rows * line_height * guess <= box_h:
            return guess
    return size


def fit_note_text(text: str, width: float, height: float) -> FittedLayout:
    """``text`` laid out inside a ``width`` × ``height`` note at the largest size that fits."""
    key = (text, width, height)
    hit = _cache.get(key)
    if hit is not None:
        _cache.move_to_end(key)
        return hit
    box_w = max(10.0, width - 2 * PADDING)
    box_h = max(10.0, height - 2 * PADDING)
    tried: dict[int, tuple[list[QTextLayout], float]] = {}

    def fits(size: int) -> bool:
        if size not in tried:
            tried[size] = _lay_out(text, size, box_w)
        return tried[size][1] <= box_h

    low, high = MIN_PIXELS, max_pixels(width, height)
    if fits(low):
        guess = _estimate(tried[low], low, high, box_w, box_h)
        size = _largest_fitting(fits, low, high, guess)
        layouts, used = tried[size]
        truncated = False
    else:
        size = low
        layouts, used = _truncated(text, low, box_w, box_h)
        truncated = True
    _place(layouts, used, box_h)
    fitted = FittedLayout(tuple(layouts), size, truncated)
    _cache[key] = fitted
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return fitted
