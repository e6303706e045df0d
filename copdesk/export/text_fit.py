"""Wrap text into a box and shrink it until it fits.

:func:`fit_text` tries the largest size first and shrinks (binary search in
half-point steps) until the wrapped lines fit the box. Words wider than the box
are broken between characters; Chinese and Japanese text breaks between any two
characters, Korean (which puts spaces between words) at its spaces, as on screen.
Only when even the minimum size does not fit, the text is cut and the last line ends
with an ellipsis. Lines come back cleaned (see :func:`fonts.clean_text`) and in
display order, ready for :func:`fonts.draw_lines`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

from copdesk.export.fonts import (
    ELLIPSIS,
    WIDTHS,
    WORD_WIDTHS,
    char_font,
    clean_text,
    draw_lines,
    needs_reordering,
    visual_line,
    width1,
)

ASCENT = 0.93  # DejaVu Sans ascent per point of size
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"  # not Hangul syllables: Korean wraps at spaces
_TOKEN = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")
_HAS_CJK = re.compile(f"[{_CJK}]")


class Line(NamedTuple):
    text: str  # display order
    width: float  # in points at the fitted size
    rtl: bool  # the paragraph reads right to left: align right


class FittedText(NamedTuple):
    lines: tuple[Line, ...]
    size: float
    leading: float
    truncated: bool

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def _width1(text: str, bold: bool) -> float:
    return width1(text, bold)


def _is_rtl(paragraph: str) -> bool:
    for ch in paragraph:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _break_word(word: str, limit: float, bold: bool) -> list[str]:
    """Split an overlong word into pieces no wider than ``limit`` (size 1)."""
    widths = WIDTHS[bold]
    pieces: list[str] = []
    start = 0
    width = 0.0
    for i, w in enumerate(map(widths.__getitem__, word)):
        if i > start and width + w > limit:
            pieces.append(word[start:i])
            start, width = i, 0.0
        width += w
    if start < len(word):
        pieces.append(word[start:])
    return pieces


class _Paragraph:
    """One paragraph of cleaned text, measured once for every size tried."""

    __slots__ = ("_tokens", "bold", "rtl", "simple", "text", "width")

    def __init__(self, text: str, bold: bool) -> None:
        self.text = text
        self.rtl = _is_rtl(text)
        self.width = _width1(text, bold)
        self.simple = "  " not in text  # may come back whole, stripped
        self._tokens: list[tuple[str, bool, float]] | None = None
        self.bold = bold

    @property
    def tokens(self) -> list[tuple[str, bool, float]]:
        """(word, whether spaces precede it, width at size 1)."""
        if self._tokens is None:
            word_width = WORD_WIDTHS[self.bold].__getitem__
            self._tokens = [(t, gap, word_width(t)) for t, gap in _tokens(self.text)]
        return self._tokens


def _paragraphs(text: str, bold: bool) -> list[_Paragraph]:
    return [_Paragraph(paragraph, bold) for paragraph in text.split("\n")]


def wrap_logical(
    text: str, width: float, size: float, bold: bool = False, max_lines: int | None = None
) -> list[tuple[str, bool]]:
    """Cleaned ``text`` wrapped to ``width`` at ``size``: (logical line, rtl) pairs.

    With ``max_lines``, wrapping stops once more than that many lines exist.
    """
    return _wrap(_paragraphs(text, bold), width, size, bold, max_lines)


def _wrap(
    paragraphs: list[_Paragraph],
    width: float,
    size: float,
    bold: bool,
    max_lines: int | None = None,
) -> list[tuple[str, bool]]:
    stop = max_lines if max_lines is not None else 1 << 62
    limit = width / size if size > 0 else 0.0
    space = WIDTHS[bold][" "]
    lines: list[tuple[str, bool]] = []
    for paragraph in paragraphs:
        if paragraph.width <= limit and paragraph.simple:
            lines.append((paragraph.text.strip(" "), paragraph.rtl))  # fits on one line
        else:
            _wrap_paragraph(paragraph, limit, space, bold, lines, stop)
        if len(lines) > stop:
            return lines
    return lines


def _tokens(paragraph: str) -> list[tuple[str, bool]]:
    """Words with whether spaces precede them; CJK characters are words of their own."""
    if not _HAS_CJK.search(paragraph):
        return [(word, True) for word in paragraph.split()]
    tokens = []
    previous_end = 0
    for match in _TOKEN.finditer(paragraph):
        tokens.append((match.group(), match.start() > previous_end))
        previous_end = match.end()
    return tokens


def _wrap_paragraph(
    paragraph: _Paragraph,
    limit: float,
    space: float,
    bold: bool,
    lines: list[tuple[str, bool]],
    stop: int,
) -> None:
    rtl = paragraph.rtl
    line = ""
    line_width = 0.0
    for token, gap, w in paragraph.tokens:
        join_width = line_width + (space if gap and line else 0.0) + w
        if line and join_width <= limit:
            line = f"{line} {token}" if gap else line + token
            line_width = join_width
            continue
        if line:
            lines.append((line, rtl))
            if len(lines) > stop:
                return
        if w <= limit:
            line, line_width = token, w
            continue
        pieces = _break_word(token, limit, bold)
        lines.extend((piece, rtl) for piece in pieces[:-1])
        if len(lines) > stop:
            return
        line, line_width = pieces[-1], _width1(pieces[-1], bold)
    lines.append((line, rtl))


def _finish(
    logical: list[tuple[str, bool]],
    size: float,
    leading: float,
    bold: bool,
    truncated: bool,
    reorder: bool = True,
) -> FittedText:
    width = WIDTHS[bold].__getitem__
    lines = [
        Line(visual_line(text) if reorder else text, sum(map(width, text)) * size, rtl)
        for text, rtl in logical
    ]
    return FittedText(tuple(lines), size, leading, truncated)


def fit_text(
    text: str,
    width: float,
    height: float,
    *,
    max_size: float = 14.0,
    min_size: float = 5.0,
    bold: bool = False,
    spacing: float = 1.2,
    cleaned: bool = False,
) -> FittedText:
    """The largest size between ``min_size`` and ``max_size`` at which ``text``
    wrapped to ``width`` fits ``height``; cut with an ellipsis at ``min_size``
    only when nothing else fits.

    The text is cleaned, split into paragraphs and words and measured once; each
    size tried (binary search in half-point steps) only re-breaks the lines.
    """
    body = text if cleaned else clean_text(text)
    body = body.strip("\n ")
    if not body or width <= 0 or height <= 0:
        return FittedText((), min_size, min_size * spacing, bool(body))
    max_size = max(max_size, min_size)
    paragraphs = _paragraphs(body, bold)
    total = paragraphs[0].width if len(paragraphs) == 1 else _width1(body, bold)
    if total > 0:  # no size can fit more text than the box's area holds
        max_size = max(min(max_size, (width * height / (total * spacing)) ** 0.5), min_size)
    steps = max(0, int((max_size - min_size) * 2))
    sizes = [max_size - i * 0.5 for i in range(steps + 1)]
    if sizes[-1] > min_size:
        sizes.append(min_size)
    reorder = needs_reordering(body)
    longest = 0.0
    for paragraph in paragraphs:
        if paragraph.width * max_size <= width:
            longest = max(longest, paragraph.width)  # no word of it is wider at any size
        else:
            longest = max(longest, max((w for _, _, w in paragraph.tokens), default=0.0))
    # Sizes from ``whole`` on fit every word on a line: try them without breaking
    # words first, then the larger ones with words broken between characters.
    whole = 0
    while whole < len(sizes) and longest * sizes[whole] > width + 1e-6:
        whole += 1
    for low, high in ((whole, len(sizes) - 1), (0, whole - 1)):
        found: tuple[float, list[tuple[str, bool]]] | None = None
        while low <= high:  # binary search for the first (largest) size that fits
            mid = (low + high) // 2
            size = sizes[mid]
            room = int((height + 1e-6) // (size * spacing))
            lines = _wrap(paragraphs, width, size, bold, max_lines=room)
            if len(lines) <= room:
                found = (size, lines)
                high = mid - 1
            else:
                low = mid + 1
        if found is not None:
            return _finish(found[1], found[0], found[0] * spacing, bold, False, reorder)
    keep = int((height + 1e-6) // (min_size * spacing))
    wrapped = _wrap(paragraphs, width, min_size, bold, max_lines=keep)
    return _truncate(body, width, height, min_size, spacing, bold, wrapped)


def _truncate(
    body: str,
    width: float,
    height: float,
    size: float,
    spacing: float,
    bold: bool,
    wrapped: list[tuple[str, bool]] | None = None,
) -> FittedText:
    leading = size * spacing
    keep = int((height + 1e-6) // leading)
    lines = wrapped if wrapped is not None else wrap_logical(body, width, size, bold, keep)
    if keep <= 0:
        return FittedText((), size, leading, True)
    kept = lines[:keep]
    last, rtl = kept[-1]
    limit = width / size - char_font(ELLIPSIS, bold)[1]
    if _width1(last, bold) > limit:  # keep the longest start that leaves room for "…"
        last = last[: bisect_right(list(accumulate(map(WIDTHS[bold].__getitem__, last))), limit)]
    kept[-1] = (last.rstrip() + ELLIPSIS, rtl)
    return _finish(kept, size, leading, bold, True, needs_reordering(body))


def draw_fitted(
    canvas: object,
    fitted: FittedText,
    x: float,
    top: float,
    width: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw ``fitted`` in a box ``width`` wide whose top edge is at ``top`` (PDF y-up).

    ``align`` is "left" or "center"; right-to-left paragraphs align right.
    """
    y = top - fitted.size * ASCENT - (fitted.leading - fitted.size * 1.17) / 2
    placed: list[tuple[float, float, str]] = []
    for line in fitted.lines:
        if align == "center":
            lx = x + (width - line.width) / 2
        elif line.rtl:
            lx = x + width - line.width
        else:
            lx = x
        if line.text:
            placed.append((lx, y, line.text))
        y -= fitted.leading
    draw_lines(canvas, placed, fitted.size, bold)
