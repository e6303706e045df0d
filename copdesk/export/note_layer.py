"""Draw many notes fast: batched paths and one text object when notes do not overlap.

A board's notes rarely overlap. Then the drawing order between notes does not
matter, and the page can be drawn in layers: all note rectangles (one path per
colour), all note texts (one text object), all vote dots, all vote counts. That
removes most colour and state changes from the PDF. Overlapping notes are drawn
one by one in their stacking order, as on screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from copdesk.core import palette
from copdesk.core.models import Note
from copdesk.export.fonts import SANS, runs, text_width
from copdesk.export.text_fit import ASCENT, FittedText, fit_text

Progress = Callable[[float, str], None]
DOT = "\u25cf"  # ● BLACK CIRCLE, the vote dot
DOT_EM = 0.79  # height of the ● glyph in em (DejaVu Sans Bold)


class TextBatch:
    """Blocks of text gathered for one PDF text object.

    A block is the lines of one note (or one label): it gets one text origin and
    each line moves down by the leading (``T*``), so the PDF holds one position
    per block instead of one per line. Right-to-left lines, aligned right, get
    an origin of their own.
    """

    def __init__(self) -> None:
        # (x, first baseline y, size, leading, bold, [(x offset, display text)])
        self.blocks: list[tuple[float, float, float, float, bool, list[tuple[float, str]]]] = []

    def add(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        if text:
            self.blocks.append((x, y, size, size * 1.2, bold, [(0.0, text)]))

    def add_fitted(
        self,
        fitted: FittedText,
        x: float,
        top: float,
        width: float,
        bold: bool = False,
        *,
        centred: bool = False,
    ) -> None:
        """Queue ``fitted`` in a box ``width`` wide from ``top`` down; ``centred``
        centres each line (as the board does), else lines start left (right to
        left ones right)."""
        if not fitted.lines:
            return
        y = top - fitted.size * ASCENT - (fitted.leading - fitted.size * 1.17) / 2
        lines = [
            (
                (width - line.width) / 2 if centred else width - line.width if line.rtl else 0.0,
                line.text,
            )
            for line in fitted.lines
        ]
        self.blocks.append((x, y, fitted.size, fitted.leading, bold, lines))

    def draw(self, c: Any) -> None:
        if not self.blocks:
            return
        text = c.beginText()
        current: tuple[str, float, float] = ("", 0.0, 0.0)
        for x, y, size, leading, bold, lines in self.blocks:
            start = lines[0][0] if lines else 0.0
            text.setTextOrigin(x + start, y)
            for dx, line in lines:
                if dx != start:  # this line starts left or right of the one before
                    text.moveCursor(dx - start, 0)
                    start = dx
                pieces = runs(line, bold) or [(current[0] or SANS, "")]
                last = len(pieces) - 1
                for k, (name, piece) in enumerate(pieces):
                    if (name, size, leading) != current:
                        text.setFont(name, size, leading)
                        current = (name, size, leading)
                    if k < last:
                        text.textOut(piece)
                    else:
                        text.textLine(piece)  # ends the line: T* to the next line's start
        c.drawText(text)


def notes_overlap(notes: tuple[Note, ...] | list[Note]) -> bool:
    """Whether any two notes overlap (touching edges do not count).

    Notes go into a grid of cells as large as the largest note, so each note is
    only compared with the notes in its own and the eight neighbouring cells.
    """
    if len(notes) < 2:
        return False
    cell_w = max(n.width for n in notes)
    cell_h = max(n.height for n in notes)
    spread = sum(n.x for n in notes) + sum(n.y for n in notes)  # inf or nan if any is
    if not (cell_w > 0 and cell_h > 0 and math.isfinite(cell_w + cell_h + spread)):
        return _notes_overlap_sweep(notes)
    grid: dict[tuple[int, int], list[Note]] = {}
    for a in notes:
        gx, gy = int(a.x // cell_w), int(a.y // cell_h)
        ax1, ay1 = a.x + a.width, a.y + a.height
        for cx in (gx - 1, gx, gx + 1):
            for cy in (gy - 1, gy, gy + 1):
                for b in grid.get((cx, cy), ()):
                    if b.x < ax1 and a.x < b.x + b.width and b.y < ay1 and a.y < b.y + b.height:
                        return True
        grid.setdefault((gx, gy), []).append(a)
    return False


def _notes_overlap_sweep(notes: tuple[Note, ...] | list[Note]) -> bool:
    """The same test by a sweep along x, for boards the grid cannot hold."""
    ordered = sorted(notes, key=lambda n: n.x)
    for i, a in enumerate(ordered):
        right = a.x + a.width
        for b in ordered[i + 1 :]:
            if b.x >= right:
                break
            if b.y < a.y + a.height and a.y < b.y + b.height:
                return True
    return False


def vote_badge(
    dots: TextBatch, counts: TextBatch, cx: float, cy: float, radius: float, votes: int
) -> None:
    """Queue a vote badge: a red dot with the count in white, centred on (cx, cy)."""
    radius = max(radius, 2.5)
    label = str(votes)
    size = radius * (1.1 if len(label) == 1 else 0.85 if len(label) == 2 else 0.65)
    dot = radius * 2 / DOT_EM
    dots.add(cx - text_width(DOT, dot, True) / 2, cy - dot * 0.29, DOT, dot, True)
    counts.add(cx - text_width(label, size, True) / 2, cy - size * 0.36, label, size, True)


def _rgb(color: str) -> tuple[float, float, float]:
    return palette.hex_to_rgb(color)


def draw_notes(
    c: Any,
    notes: tuple[Note, ...],
    votes: dict[int, int],
    at: Any,
    *,
    text: bool,
    min_size: float,
    text_size: float,
    padding: float,
    badge_radius: float,
    progress: Progress | None = None,
) -> None:
    """Draw ``notes`` (in stacking order) with their text and vote badges."""
    s = at.scale
    total = max(len(notes), 1)
    c.setLineWidth(max(0.25, 1.0 * s))
    layered = not notes_overlap(notes)
    groups: list[list[Note]] = [list(notes)] if layered else [[n] for n in notes]
    done = 0
    for group in groups:
        by_color: dict[int, list[Note]] = {}
        for note in group:
            by_color.setdefault(note.color % len(palette.NOTE_COLORS), []).append(note)
        for color, members in by_color.items():
            c.setFillColorRGB(*_rgb(palette.note_color(color)))
            c.setStrokeColorRGB(*_rgb(palette.note_border(color)))
            path = c.beginPath()
            for note in members:
                path.rect(*at.rect(note.x, note.y, note.width, note.height))
            c.drawPath(path, stroke=1, fill=1)
        lines, dots, counts = TextBatch(), TextBatch(), TextBatch()
        for note in group:
            x, y, w, h = at.rect(note.x, note.y, note.width, note.height)
            count = votes.get(note.id, 0)
            badge = badge_radius * s if count else 0.0
            if text:
                pad = padding * s
                inner = w - 2 * pad - badge * 1.6
                room = h - 2 * pad
                fitted = fit_text(
                    note.text,
                    inner,
                    room,
                    max_size=max(text_size * s, min_size),
                    min_size=min_size,
                )
                # centred across and down the note, as on the board
                top = y + h - pad - max(0.0, room - fitted.height) / 2
                lines.add_fitted(fitted, x + pad, top, inner, centred=True)
            if count:
                vote_badge(dots, counts, x + w - badge * 1.3, y + h - badge * 1.3, badge, count)
            done += 1
            if progress and done % 50 == 0:
                progress(0.1 + 0.8 * done / total, "Drawing notes")
        c.setFillColorRGB(*_rgb(palette.TEXT_COLOR))
        lines.draw(c)
        c.setFillColorRGB(*_rgb(palette.VOTE_DOT))
        dots.draw(c)
        c.setFillColorRGB(*_rgb(palette.VOTE_TEXT))
        counts.draw(c)
