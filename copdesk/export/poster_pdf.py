"""The canvas poster: a whole board on one page, as vector graphics.

Frames with their titles and prompts, notes in their colours at their board
positions scaled to fit the paper, clusters outlined with their labels, and a
footer naming community, session and date. Asked for, each frame's guiding
questions go under its prompt, above its notes (see :mod:`question_room`).
Votes show as on the board: the current round's, once it is not hidden.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from copdesk.core import palette
from copdesk.core.models import Board
from copdesk.core.ranking import shown_votes
from copdesk.export.board_drawing import Progress, draw_board, footer_line
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import SANS, draw_line, register_fonts, text_width
from copdesk.export.paper import Orientation, page_size
from copdesk.export.question_room import QuestionBlock, draw_questions, question_room
from copdesk.export.text_fit import draw_fitted, fit_text

MARGIN = 28.0  # points, about 1 cm
FOOTER = 18.0
#: Cluster labels at least this large (points) on A3, in proportion on other paper:
#: read on a printed poster from a step away.
CLUSTER_LABEL_A3 = 10.0
_A3_SHORT_SIDE = 841.89


@dataclass(frozen=True, slots=True)
class PosterOptions:
    paper: str = "A3"
    orientation: Orientation = "landscape"
    questions: bool = False
    min_text_size: float = 4.0  # points; smaller note text is cut with an ellipsis


def cluster_label_size(width: float, height: float) -> float:
    """The smallest cluster label (points) for a page of this size."""
    return CLUSTER_LABEL_A3 * min(width, height) / _A3_SHORT_SIDE


def poster_pdf(
    board: Board, options: PosterOptions = PosterOptions(), progress: Progress | None = None
) -> bytes:
    """The poster of ``board`` as PDF bytes."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    votes = shown_votes(board.rounds, board.votes)
    facts = BoardFacts.of(replace(board, votes=tuple(votes or ())))
    width, height = page_size(options.paper, options.orientation)
    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height), pageCompression=1, initialFontName=SANS)
    c.setTitle(facts.title)
    c.setAuthor(facts.community)
    c.setSubject("copdesk poster")
    c.setCreator("copdesk")
    if progress:
        progress(0.05, "Laying out the poster")

    # Title band.
    title_size = min(28.0, max(12.0, height / 36))
    title = fit_text(
        facts.title,
        width - 2 * MARGIN,
        title_size * 1.25,
        max_size=title_size,
        min_size=9,
        bold=True,
    )
    c.setFillColorRGB(*palette.hex_to_rgb(palette.TEXT_COLOR))
    draw_fitted(c, title, MARGIN, height - MARGIN, width - 2 * MARGIN, bold=True)
    top = height - MARGIN - max(title.height, title_size * 1.25) - 8

    box = (MARGIN, MARGIN + FOOTER, width - 2 * MARGIN, top - MARGIN - FOOTER)
    blocks: dict[int, QuestionBlock] = {}
    if options.questions:
        facts, blocks = question_room(facts, box, min_size=options.min_text_size)
    at = draw_board(
        c,
        facts,
        box,
        min_size=options.min_text_size,
        votes_word="votes" if votes is not None else None,
        cluster_label_size=cluster_label_size(width, height),
        keep_clear={frame_id: block.boxes() for frame_id, block in blocks.items()},
        progress=progress,
    )
    draw_questions(c, blocks, at)

    # Footer: community · session · date, and a note count on the right.
    c.setStrokeColorRGB(*palette.hex_to_rgb(palette.FRAME_BORDER))
    c.setLineWidth(0.5)
    c.line(MARGIN, MARGIN + FOOTER - 6, width - MARGIN, MARGIN + FOOTER - 6)
    c.setFillColorRGB(*palette.hex_to_rgb(palette.MUTED_TEXT))
    left = footer_line(facts.community, facts.title, facts.date)
    right = footer_line(f"{len(facts.notes)} notes", "copdesk")
    size = 8.0
    right_width = text_width(right, size)
    room = width - 2 * MARGIN - right_width - 12
    left_fit = fit_text(left, room, size * 1.3, max_size=size, min_size=5, cleaned=True)
    draw_fitted(c, left_fit, MARGIN, MARGIN + size * 0.2 + size * 1.2, room)
    draw_line(c, width - MARGIN - right_width, MARGIN + size * 0.4, right, size)
    c.showPage()
    c.save()
    if progress:
        progress(1.0, "Poster ready")
    return out.getvalue()
