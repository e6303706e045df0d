"""Draw many notes fast: batched paths and one text object when notes do not overlap.

A board's notes rarely overlap. Then the drawing order between notes does not
matter, and the page can be drawn in layers: all note rectangles (one path per
colour), all note texts (one text object), all vote dots, all vote counts. That
removes most colour and state changes from the PDF. Overlapping notes are drawn
one by one in their stacking order, as on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from copdesk.core import palette
from copdesk.core.models import Note
from copdesk.export.fonts import runs, text_width
from copdesk.export.text_fit import ASCENT, FittedText, fit_text

Progress = Callable[[float, str], None]
DOT = "\u25cf"  # ● BLACK CIRCLE, the vote dot
DOT_EM = 0.79  # height of the ● glyph in em (DejaVu Sans Bold)


class TextBatch:
    """Lines of text gathered for one PDF text object."""

    def __init__(self) -> None:
        self.lines: list[tuple[float, float, str, float, bool]] = []

    def add(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        if text:
            self.lines.append((x, y, text, size, bold))

    def add_fitted(
        self, fitted: FittedText, x: float, top: float, width: float, bold: bool = False
    ) -> None:
        y = top - fitted.size * ASCENT - (fitted.leading - fitted.size * 1.17) / 2
        for line in fitted.lines:
            self.add(x + width - line.width if line.rtl else x, y, line.text, fitted.size, bold)
            y -= fitted.leading

    def draw(self, c: Any) -> None:
        if not self.lines:
            return
        text = c.beginText()
        current: tuple[str, float] = ("", 0.0)
        for x, y, line, size, bold in self.lines:
            text.setTextOrigin(x, y)
            for name, piece in runs(line, bold):
                if (name, size) != current:
                    text.setFont(name, size)
                    current = (name, size)
                text.textOut(piece)
        c.drawText(text)


def notes_overlap(notes: tuple[Note, ...] | list[Note]) -> bool:
    """Whether any two notes overlap (sweep along x; touching edges do not count)."""
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
                fitted = fit_text(
                    note.text,
                    inner,
                    h - 2 * pad,
                    max_size=max(text_size * s, min_size),
                    min_size=min_size,
                )
                lines.add_fitted(fitted, x + pad, y + h - pad, inner)
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
