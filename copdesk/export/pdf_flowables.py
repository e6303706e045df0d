"""Platypus building blocks drawn with copdesk's fonts.

ReportLab's Paragraph picks one font per fragment; :class:`TextBlock` instead
wraps with :mod:`text_fit` so that every character finds a bundled font and
right-to-left lines are ordered after wrapping. Imported lazily: it pulls in
``reportlab.platypus``.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from copdesk.core import palette
from copdesk.export.board_drawing import draw_board
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import SANS, clean_text, draw_line, draw_lines, text_width, visual_line
from copdesk.export.text_fit import ASCENT, Line, wrap_logical


class TextBlock(Flowable):  # type: ignore[misc]
    """Wrapped text at a fixed size that can split across pages."""

    def __init__(
        self,
        text: str,
        size: float = 10.0,
        *,
        bold: bool = False,
        color: str = palette.TEXT_COLOR,
        space_before: float = 0.0,
        space_after: float = 0.0,
        align: str = "left",
        lines: tuple[Line, ...] | None = None,
        gutter: float = 0.0,
        label: str = "",
        rule: bool = False,
    ) -> None:
        super().__init__()
        self.text = clean_text(text) if lines is None else ""
        self.size = size
        self.bold = bold
        self.color = color
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.align = align
        self.leading = size * 1.25
        self._lines: tuple[Line, ...] = lines or ()
        self._preset = lines is not None
        self._width = 0.0
        self.gutter = gutter  # a left column holding ``label`` (a vote count)
        self.label = clean_text(label)
        self.rule = rule  # a hairline below, like a table row

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._preset and (not self._lines or self._width != avail_width):
            room = max(avail_width - self.gutter, 1.0)
            logical = wrap_logical(self.text, room, self.size, self.bold)
            self._lines = tuple(
                Line(visual_line(t), text_width(t, self.size, self.bold), rtl) for t, rtl in logical
            )
        self._width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.leading + (4.0 if self.rule else 0.0)
        return (avail_width, self.height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int((avail_height - (4.0 if self.rule else 0.0)) // self.leading)
        if fit <= 0 or fit >= len(self._lines):
            return []  # nothing to split off here: platypus moves the block on
        head = TextBlock("", self.size, bold=self.bold, color=self.color, lines=self._lines[:fit])
        tail = TextBlock("", self.size, bold=self.bold, color=self.color, lines=self._lines[fit:])
        head.spaceBefore, tail.spaceAfter = self.spaceBefore, self.spaceAfter
        head.align = tail.align = self.align
        head.gutter = tail.gutter = self.gutter
        head.label, tail.rule = self.label, self.rule
        return [head, tail]

    def draw(self) -> None:
        c = self.canv
        top = self.height - (4.0 if self.rule else 0.0)
        y = top - self.size * ASCENT - (self.leading - self.size * 1.17) / 2
        if self.label:
            c.setFillColorRGB(*palette.hex_to_rgb(palette.TEXT_COLOR))
            label_width = text_width(self.label, self.size, True)
            draw_line(c, self.gutter - 8 - label_width, y, self.label, self.size, True)
        c.setFillColorRGB(*palette.hex_to_rgb(self.color))
        room = self.width - self.gutter
        placed: list[tuple[float, float, str]] = []
        for line in self._lines:
            if self.align == "right" or (self.align == "left" and line.rtl):
                x = room - line.width
            elif self.align == "center":
                x = (room - line.width) / 2
            else:
                x = 0.0
            placed.append((self.gutter + x, y, line.text))
            y -= self.leading
        draw_lines(c, placed, self.size, self.bold)
        if self.rule:
            c.setStrokeColorRGB(*palette.hex_to_rgb(palette.FRAME_BORDER))
            c.setLineWidth(0.3)
            c.line(0, 1.0, self.width, 1.0)


class BoardThumbnail(Flowable):  # type: ignore[misc]
    """The board's layout (frames, notes, clusters) scaled into a box, as vectors."""

    def __init__(self, facts: BoardFacts, max_height: float) -> None:
        super().__init__()
        self.facts = facts
        self.max_height = max_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        from copdesk.export.board_drawing import board_bounds

        _, _, bw, bh = board_bounds(self.facts)
        scale = min(avail_width / max(bw, 1.0), self.max_height / max(bh, 1.0))
        self.width, self.height = avail_width, max(bh * scale, 20.0)
        return (self.width, self.height)

    def draw(self) -> None:
        draw_board(
            self.canv, self.facts, (0, 0, self.width, self.height), note_text=False, min_size=3.5
        )


def numbered_canvas(footer_left: str, page_word: str = "Page", of_word: str = "of") -> type[Any]:
    """A Canvas class that writes "Page N of M" and a left footer on every page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = SANS  # no unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            size = 8.0
            self.setFillColorRGB(*palette.hex_to_rgb(palette.MUTED_TEXT))
            right = clean_text(f"{page_word} {number} {of_word} {total}")
            right_width = text_width(right, size)
            left = clean_text(footer_left)
            room = width - 2 * 56 - right_width - 16
            while left and text_width(left, size) > room:
                left = left[:-2] + "…"
            draw_line(self, 56, 30, visual_line(left), size)
            draw_line(self, width - 56 - right_width, 30, right, size)

    return NumberedCanvas


def build_a4_document(
    story: list[Flowable],
    *,
    margin: float,
    title: str,
    author: str,
    footer: str,
    subject: str = "",
) -> bytes:
    """Lay out ``story`` on numbered A4 portrait pages and return the PDF bytes."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author=author,
        subject=subject,
        creator="copdesk",
    )
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return out.getvalue()
