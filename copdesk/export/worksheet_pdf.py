"""A blank worksheet: a template printed empty, for rooms that work on paper.

Each frame of the template is drawn at its place, with its title, prompt and
guiding questions, and ruled lines in the free space to write on. A header
leaves room for the date and the team.
"""

from __future__ import annotations

import io

from copdesk.core import palette
from copdesk.core.localtext import LocalList, LocalText
from copdesk.core.models import Board, Frame
from copdesk.core.templates import Template, TemplateFrame
from copdesk.export.board_drawing import Placement, Progress, draw_frame
from copdesk.export.fonts import SANS, draw_line, register_fonts, text_width
from copdesk.export.paper import Orientation, page_size
from copdesk.export.text_fit import draw_fitted, fit_text

MARGIN = 28.0
LINE_GAP = 22.0  # points between writing lines, comfortable handwriting


def template_from_board(board: Board) -> Template:
    """A session's frames as a template (to print a board's layout empty)."""
    frames = tuple(
        TemplateFrame(
            key=f.key or f"frame-{f.id}",
            title=LocalText.of(f.title or " "),
            prompt=LocalText.of(f.prompt),
            x=f.x,
            y=f.y,
            width=f.width,
            height=f.height,
            color=f.color,
            questions=LocalList.of(list(f.questions)),
        )
        for f in board.frames
        if not f.deleted
    )
    name = LocalText.of(board.session.title or "Worksheet")
    return Template(board.session.template_id or "board", name, LocalText(()), frames, ())


def worksheet_pdf(
    template: Template,
    language: str = "en",
    *,
    paper: str = "A4",
    orientation: Orientation | None = None,
    questions: bool = True,
    progress: Progress | None = None,
) -> bytes:
    """The empty worksheet of ``template`` in ``language`` as PDF bytes.

    Without an ``orientation`` the page turns to match the template's shape.
    """
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    frames = [
        Frame(
            id=i,
            session_id=0,
            title=f.title.get(language),
            prompt=f.prompt.get(language),
            x=f.x,
            y=f.y,
            width=f.width,
            height=f.height,
            color=f.color,
            key=f.key,
            questions=f.questions.get(language),
        )
        for i, f in enumerate(template.frames)
    ]
    if frames:
        x0 = min(f.x for f in frames)
        y0 = min(f.y for f in frames)
        bounds = (
            x0,
            y0,
            max(f.x + f.width for f in frames) - x0,
            max(f.y + f.height for f in frames) - y0,
        )
    else:
        bounds = (0.0, 0.0, 1000.0, 700.0)
    if orientation is None:
        orientation = "landscape" if bounds[2] >= bounds[3] else "portrait"
    width, height = page_size(paper, orientation)
    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height), pageCompression=1, initialFontName=SANS)
    name = template.name.get(language)
    c.setTitle(name)
    c.setCreator("copdesk")
    c.setSubject("copdesk worksheet")

    header = 22.0
    c.setFillColorRGB(*palette.hex_to_rgb(palette.TEXT_COLOR))
    fields = "Date: ____________   Team: ______________________"
    if language.startswith("de"):
        fields = "Datum: ____________   Team: ______________________"
    fields_width = text_width(fields, 10)
    title = fit_text(
        name, width - 2 * MARGIN - fields_width - 20, header, max_size=18, min_size=9, bold=True
    )
    draw_fitted(c, title, MARGIN, height - MARGIN, width - 2 * MARGIN, bold=True)
    c.setFillColorRGB(*palette.hex_to_rgb(palette.MUTED_TEXT))
    draw_line(c, width - MARGIN - fields_width, height - MARGIN - 14, fields, 10)

    box = (MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - header - 10)
    at = Placement.fit(bounds, box)
    min_size = 6.0 if paper.upper() == "A4" else 7.0
    for i, frame in enumerate(frames):
        free_top = draw_frame(c, frame, at, questions=questions, min_size=min_size, text_share=0.55)
        _writing_lines(c, at, frame, free_top)
        if progress:
            progress((i + 1) / max(len(frames), 1), "Drawing frames")
    c.showPage()
    c.save()
    return out.getvalue()


def _writing_lines(c: object, at: Placement, frame: Frame, free_top: float) -> None:
    x, y, w, _ = at.rect(frame.x, frame.y, frame.width, frame.height)
    inset = max(6.0, 14 * at.scale)
    c.setStrokeColorRGB(*palette.hex_to_rgb(palette.WRITING_LINE))  # type: ignore[attr-defined]
    c.setLineWidth(0.5)  # type: ignore[attr-defined]
    line_y = free_top - LINE_GAP
    while line_y > y + inset:
        c.line(x + inset, line_y, x + w - inset, line_y)  # type: ignore[attr-defined]
        line_y -= LINE_GAP
