"""Room for a frame's guiding questions on the poster: under its title and
prompt, above its notes, never under them.

A board keeps about 90 units above a frame's first notes: room for a title and
a one-line prompt, not for a list of questions. Where a frame's notes leave too
little room, the board is opened up at that frame's first notes: everything
from there down moves down by the room needed and nothing changes size. Each
note keeps its place relative to its neighbours and to its frame's sides, a frame
that holds the line grows by that room, and frames side by side (a template's
row) open up at the same line once. A frame with room to spare changes nothing.

Lengths are in board units (1 unit = 1 px at 100 % on screen, y down), like the
board; the text is drawn scaled with the rest of the board.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from copdesk.core import palette
from copdesk.core.label_spot import Box
from copdesk.core.models import Frame, Note
from copdesk.export.board_drawing import (
    CLUSTER_PADDING,
    FRAME_INSET,
    FRAME_QUESTION,
    Placement,
    board_bounds,
    frame_texts,
)
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import text_width
from copdesk.export.note_layer import TextBatch
from copdesk.export.text_fit import ASCENT, FittedText, Line, fit_text

#: Between the questions and the notes below them: room for a cluster's outline.
QUESTION_GAP = CLUSTER_PADDING + 6.0
BULLET = "•"
MAX_COLUMNS = 3
MIN_COLUMN_EM = 24.0  # a column narrower than this many text sizes reads badly
_ROUNDS = 6
_EDGE = 1e-3  # board units: opening a frame just above its bottom edge grows it
#: Board units of room to spare: titles at the smallest text size grow a little
#: as the board shrinks; this much is enough to stop chasing them.
_SLACK = 1.0


@dataclass(frozen=True, slots=True)
class QuestionLayout:
    """Questions wrapped into columns at ``size`` (all lengths in one unit)."""

    size: float
    columns: tuple[tuple[FittedText, ...], ...]
    column_width: float
    column_gap: float
    indent: float  # the bullet's room left of each question
    spacing: float  # between two questions
    height: float

    def column_heights(self) -> list[float]:
        return [_stacked(column, self.spacing) for column in self.columns]

    def scaled(self, factor: float) -> QuestionLayout:
        """The same lines at ``factor`` times the size (board units to points)."""

        def fitted(f: FittedText) -> FittedText:
            lines = tuple(Line(ln.text, ln.width * factor, ln.rtl) for ln in f.lines)
            return FittedText(lines, f.size * factor, f.leading * factor, f.truncated)

        return QuestionLayout(
            self.size * factor,
            tuple(tuple(fitted(f) for f in column) for column in self.columns),
            self.column_width * factor,
            self.column_gap * factor,
            self.indent * factor,
            self.spacing * factor,
            self.height * factor,
        )


@dataclass(frozen=True, slots=True)
class QuestionBlock:
    """Where a frame's questions go on the opened board (board units)."""

    frame_id: int
    left: float
    top: float
    width: float
    bottom: float  # the lowest the text may reach: the notes are further down
    layout: QuestionLayout

    def boxes(self) -> list[Box]:
        """The columns as drawn: what cluster labels must leave clear."""
        step = self.layout.column_width + self.layout.column_gap
        boxes: list[Box] = []
        for i, (column, height) in enumerate(
            zip(self.layout.columns, self.layout.column_heights(), strict=True)
        ):
            used = max((ln.width for f in column for ln in f.lines), default=0.0)
            if column:
                boxes.append((self.left + i * step, self.top, self.layout.indent + used, height))
        return boxes


def _stacked(column: Sequence[FittedText], spacing: float) -> float:
    if not column:
        return 0.0
    return sum(f.height for f in column) + spacing * (len(column) - 1)


def _split(heights: Sequence[float], columns: int, spacing: float) -> list[int]:
    """Where to cut ``heights`` (in order) into ``columns`` runs so the tallest
    run is as short as possible: the start index of every run after the first."""
    n = len(heights)
    prefix = [0.0]
    for h in heights:
        prefix.append(prefix[-1] + h)

    def run(i: int, j: int) -> float:  # items i..j-1 stacked
        return prefix[j] - prefix[i] + spacing * (j - i - 1) if j > i else 0.0

    inf = float("inf")
    # best[c][j]: the tallest run when the first j items fill c runs; cut[c][j]: last run's start
    best = [[inf] * (n + 1) for _ in range(columns + 1)]
    cut = [[0] * (n + 1) for _ in range(columns + 1)]
    best[0][0] = 0.0
    for c in range(1, columns + 1):
        for j in range(n + 1):
            for i in range(j + 1):
                tallest = max(best[c - 1][i], run(i, j))
                if tallest < best[c][j]:
                    best[c][j], cut[c][j] = tallest, i
    starts: list[int] = []
    j = n
    for c in range(columns, 1, -1):
        j = cut[c][j]
        starts.append(j)
    return sorted(starts)


def question_layout(questions: Sequence[str], width: float, size: float) -> QuestionLayout:
    """``questions`` as a bulleted list ``width`` wide at ``size``; in two or
    three columns (none narrower than about 24 sizes) where that makes it much
    shorter."""
    indent = text_width(f"{BULLET} ", size)
    gap = size * 1.5
    spacing = size * 0.3

    def in_columns(k: int) -> QuestionLayout:
        column_width = max(0.0, (width - (k - 1) * gap) / k)
        fitted = [
            f
            for q in questions
            if (f := fit_text(q, column_width - indent, 1e9, max_size=size, min_size=size)).lines
        ]
        starts = [0, *_split([f.height for f in fitted], k, spacing), len(fitted)]
        columns = tuple(tuple(fitted[a:b]) for a, b in pairwise(starts))
        height = max((_stacked(c, spacing) for c in columns), default=0.0)
        return QuestionLayout(size, columns, column_width, gap, indent, spacing, height)

    chosen = in_columns(1)
    # one list reads best: columns only where they save a third of it and three lines
    worth = min(chosen.height * 2 / 3, chosen.height - 3 * size * 1.2)
    for k in range(2, min(MAX_COLUMNS, len(questions)) + 1):
        if (width - (k - 1) * gap) / k < MIN_COLUMN_EM * size:
            break
        layout = in_columns(k)
        if layout.height <= worth and layout.height < chosen.height:
            chosen = layout
    return chosen


@dataclass(frozen=True, slots=True)
class _Need:
    frame: Frame
    top: float  # where the questions start, below title and prompt (original board)
    cut: float  # the top of the frame's first notes under them (or its bottom)
    layout: QuestionLayout


def _header_height(frame: Frame, at: Placement, min_size: float) -> float:
    """From the frame's top to below its title and prompt, as drawn (board units)."""
    texts = frame_texts(frame, at, questions=False, min_size=min_size)
    body = texts.body.height if texts.body is not None else 0.0
    return FRAME_INSET + (texts.title.height + body) / at.scale + 2.0 + 4.0


def _needs(
    facts: BoardFacts, opened: Mapping[int, Frame], at: Placement, size: float, min_size: float
) -> list[_Need]:
    needs: list[_Need] = []
    for frame in facts.frames:
        if not frame.questions:
            continue
        top = frame.y + _header_height(opened[frame.id], at, min_size)
        left, right = frame.x + FRAME_INSET, frame.x + frame.width - FRAME_INSET
        bottom = frame.y + frame.height
        cut = bottom - _EDGE  # no notes: the frame itself grows, if need be
        for n in facts.notes:
            inside = n.x < right and left < n.x + n.width and frame.y <= n.y < bottom
            if inside and n.y + n.height > top:  # reaches below the title and prompt
                cut = min(cut, n.y)
        layout = question_layout(frame.questions, right - left, size)
        needs.append(_Need(frame, top, cut, layout))
    return needs


def _bands(needs: Sequence[_Need]) -> dict[float, float]:
    """Where the board opens up (y) and by how much, so each frame's questions
    fit between its prompt and its first notes."""
    bands: dict[float, float] = {}
    for need in sorted(needs, key=lambda n: n.cut):
        wanted = need.top + need.layout.height + QUESTION_GAP + _SLACK - need.cut
        # an opening between the frame's top and its notes gives it room too
        have = sum(b for c, b in bands.items() if need.frame.y <= c <= need.cut)
        if wanted > have + 1e-6:
            bands[need.cut] = bands.get(need.cut, 0.0) + wanted - have
    return bands


def _same(a: Mapping[float, float], b: Mapping[float, float]) -> bool:
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) < _SLACK for k in a)


def _shift(bands: Mapping[float, float], y: float, *, frame: bool = False) -> float:
    """Where board y lands once opened: a note's top moves down with every
    opening at or above it, a frame's edge only with those above it (a frame
    opened at its very top keeps its title there)."""
    return y + sum(b for c, b in bands.items() if c < y or (c == y and not frame))


def _opened(facts: BoardFacts, bands: Mapping[float, float]) -> BoardFacts:
    if not bands:
        return facts
    board = facts.board

    def frame(f: Frame) -> Frame:
        top = _shift(bands, f.y, frame=True)
        return replace(f, y=top, height=_shift(bands, f.y + f.height, frame=True) - top)

    def note(n: Note) -> Note:
        return replace(n, y=_shift(bands, n.y))

    return BoardFacts.of(
        replace(board, frames=tuple(map(frame, board.frames)), notes=tuple(map(note, board.notes)))
    )


def question_room(
    facts: BoardFacts, box: tuple[float, float, float, float], *, min_size: float
) -> tuple[BoardFacts, dict[int, QuestionBlock]]:
    """The board opened up where its frames' questions need room, and where each
    frame's questions go on it; fitted into the page ``box`` like
    :func:`board_drawing.draw_board` fits it."""
    if not any(f.questions for f in facts.frames):
        return facts, {}
    # The text size follows the board as it is: sized for the opened board, the
    # questions would need more room the more room they got (and might never fit).
    size = max(FRAME_QUESTION, min_size / Placement.fit(board_bounds(facts), box).scale)
    bands: dict[float, float] = {}
    opened = facts
    for _ in range(_ROUNDS):  # titles and prompts fit their frames: a few rounds settle
        at = Placement.fit(board_bounds(opened), box)
        frames = {f.id: f for f in opened.frames}
        wanted = _bands(_needs(facts, frames, at, size, min_size))
        if _same(wanted, bands):
            break
        bands, opened = wanted, _opened(facts, wanted)
    at = Placement.fit(board_bounds(opened), box)
    frames = {f.id: f for f in opened.frames}
    blocks: dict[int, QuestionBlock] = {}
    for need in _needs(facts, frames, at, size, min_size):
        frame = frames[need.frame.id]
        top = frame.y + _header_height(frame, at, min_size)
        bottom = _shift(bands, need.cut) - QUESTION_GAP
        width = frame.width - 2 * FRAME_INSET
        layout = need.layout
        while layout.height > bottom - top and layout.size > 0.5:
            layout = question_layout(need.frame.questions, width, layout.size * 0.95)
        blocks[frame.id] = QuestionBlock(
            frame.id, frame.x + FRAME_INSET, top, width, bottom, layout
        )
    return opened, blocks


def draw_questions(c: Any, blocks: Mapping[int, QuestionBlock], at: Placement) -> None:
    """Draw each block's questions, bulleted, in its columns."""
    batch = TextBatch()
    s = at.scale
    for block in blocks.values():
        layout = block.layout.scaled(s)
        left, top = at.point(block.left, block.top)
        floor = at.point(block.left, block.bottom)[1]
        for i, column in enumerate(layout.columns):
            x = left + i * (layout.column_width + layout.column_gap)
            y = top
            for fitted in column:
                if y - fitted.height < floor - 0.01:
                    break  # only when the room could not be made (never expected)
                baseline = y - fitted.size * ASCENT - (fitted.leading - fitted.size * 1.17) / 2
                rtl = fitted.lines[0].rtl
                text_x = x if rtl else x + layout.indent
                bullet_x = x + layout.column_width - layout.indent * 0.8 if rtl else x
                batch.add(bullet_x, baseline, BULLET, fitted.size)
                batch.add_fitted(fitted, text_x, y, layout.column_width - layout.indent)
                y -= fitted.height + layout.spacing
    c.setFillColorRGB(*palette.hex_to_rgb(palette.MUTED_TEXT))
    batch.draw(c)
