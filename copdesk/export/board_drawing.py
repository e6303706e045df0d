"""Draw a board as vector graphics on a ReportLab canvas, scaled into a box.

Shared by the poster (full detail), the summary's thumbnail (no note text) and
the blank worksheet. Board coordinates grow downwards; PDF ones upwards.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from copdesk.core import palette
from copdesk.core.label_spot import Box, FrameHeader, grown, label_box
from copdesk.core.models import Frame, Note
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import clean_text, text_width
from copdesk.export.note_layer import TextBatch, draw_notes
from copdesk.export.text_fit import FittedText, draw_fitted, fit_text

Progress = Callable[[float, str], None]

# Sizes in board units (1 unit = 1 px at 100 % on screen).
FRAME_TITLE = 26.0
FRAME_PROMPT = 18.0
FRAME_QUESTION = 15.0
NOTE_TEXT = 24.0
NOTE_PADDING = 10.0
CLUSTER_LABEL = 16.0
CLUSTER_PADDING = 14.0
VOTE_RADIUS = 11.0
FRAME_INSET = 12.0
#: A poster's cluster labels grow to at most this many times the largest note text.
LABEL_TO_NOTE_TEXT = 1.3
#: Points a poster's cluster label keeps clear of other labels and of notes.
LABEL_CLEARANCE = 2.0


@dataclass(frozen=True, slots=True)
class Placement:
    """Maps board coordinates into a page box (PDF points, y up)."""

    left: float
    top: float
    scale: float
    min_x: float
    min_y: float

    @classmethod
    def fit(
        cls, bounds: tuple[float, float, float, float], box: tuple[float, float, float, float]
    ) -> Placement:
        """Centre ``bounds`` (x, y, w, h board) in ``box`` (x, y, w, h page, y = bottom)."""
        bx, by, bw, bh = bounds
        x, y, w, h = box
        scale = min(w / max(bw, 1.0), h / max(bh, 1.0))
        left = x + (w - bw * scale) / 2
        top = y + h  # top-aligned: spare height goes below the board
        return cls(left, top, scale, bx, by)

    def point(self, bx: float, by: float) -> tuple[float, float]:
        return (
            self.left + (bx - self.min_x) * self.scale,
            self.top - (by - self.min_y) * self.scale,
        )

    def rect(self, bx: float, by: float, bw: float, bh: float) -> tuple[float, float, float, float]:
        """A board rectangle as (x, y-bottom, w, h) on the page."""
        px, py = self.point(bx, by)
        return (px, py - bh * self.scale, bw * self.scale, bh * self.scale)


def board_bounds(facts: BoardFacts) -> tuple[float, float, float, float]:
    """The rectangle holding every frame, note and cluster outline (board units)."""
    boxes = [(f.x, f.y, f.width, f.height) for f in facts.frames]
    pad = CLUSTER_PADDING + CLUSTER_LABEL * 1.6
    for n in facts.notes:
        if n.cluster_id is not None:
            boxes.append((n.x - pad, n.y - pad, n.width + 2 * pad, n.height + 2 * pad))
        else:
            boxes.append((n.x, n.y, n.width, n.height))
    if not boxes:
        return (0.0, 0.0, 800.0, 600.0)
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def _rgb(color: str) -> tuple[float, float, float]:
    return palette.hex_to_rgb(color)


@dataclass(frozen=True, slots=True)
class FrameTexts:
    """A frame's title and prompt (and questions) fitted to its header, page units."""

    title: FittedText
    body: FittedText | None
    left: float  # page x of the texts
    top: float  # page y of the title's top
    width: float  # room for the texts


def frame_texts(
    frame: Frame,
    at: Placement,
    *,
    questions: bool,
    min_size: float,
    language_questions: tuple[str, ...] | None = None,
    text_share: float = 0.35,
) -> FrameTexts:
    x, y, w, h = at.rect(frame.x, frame.y, frame.width, frame.height)
    s = at.scale
    inset = FRAME_INSET * s
    inner = w - 2 * inset
    title = fit_text(
        frame.title,
        inner,
        max(h * 0.25, min_size * 1.3),
        max_size=max(FRAME_TITLE * s, min_size),
        min_size=min_size,
        bold=True,
    )
    blocks: list[str] = []
    if frame.prompt.strip():
        blocks.append(frame.prompt.strip())
    asked = language_questions if language_questions is not None else frame.questions
    if questions and asked:
        blocks.append("\n".join(f"• {q}" for q in asked))
    body = None
    if blocks:
        body = fit_text(
            "\n".join(blocks),
            inner,
            max(h * text_share, min_size * 1.3),
            max_size=max(FRAME_PROMPT * s, min_size),
            min_size=min_size,
        )
    return FrameTexts(title, body, x + inset, y + h - inset, inner)


def draw_frame(
    c: Any,
    frame: Frame,
    at: Placement,
    *,
    questions: bool,
    min_size: float,
    language_questions: tuple[str, ...] | None = None,
    text_share: float = 0.35,
    texts: FrameTexts | None = None,
) -> float:
    """Draw a frame with its title, prompt and (optionally) guiding questions;
    ``texts``: those already fitted by :func:`frame_texts` with the same options.

    Returns the page y where the frame's free area begins (below its texts).
    """
    x, y, w, h = at.rect(frame.x, frame.y, frame.width, frame.height)
    s = at.scale
    c.setLineWidth(max(0.4, 1.2 * s))
    c.setStrokeColorRGB(*_rgb(palette.FRAME_BORDER))
    c.setFillColorRGB(*_rgb(frame.color or palette.FRAME_FILL))
    c.roundRect(x, y, w, h, max(1.0, 8 * s), stroke=1, fill=1)
    if texts is None:
        texts = frame_texts(
            frame,
            at,
            questions=questions,
            min_size=min_size,
            language_questions=language_questions,
            text_share=text_share,
        )
    top = texts.top
    c.setFillColorRGB(*_rgb(palette.FRAME_TITLE))
    draw_fitted(c, texts.title, texts.left, top, texts.width, bold=True)
    top -= texts.title.height + 2 * s
    if texts.body is not None:
        c.setFillColorRGB(*_rgb(palette.MUTED_TEXT))
        draw_fitted(c, texts.body, texts.left, top, texts.width)
        top -= texts.body.height
    return top - 4 * s


def frame_header(
    frame: Frame, at: Placement, texts: FrameTexts, *, keep: Sequence[Box] = ()
) -> FrameHeader:
    """Where :func:`draw_frame` puts ``frame``'s ``texts`` (from :func:`frame_texts`),
    in board units, for placing cluster labels around them; ``keep``: more boxes of
    the frame's header that labels must leave clear."""
    s = at.scale
    left = frame.x + FRAME_INSET
    top = frame.y + FRAME_INSET
    title_w = max((line.width for line in texts.title.lines), default=0.0) / s
    title_h = texts.title.height / s
    title: Box = (left, top, title_w, title_h)
    body: tuple[Box, ...] = ()
    if texts.body is not None and texts.body.lines:
        body_w = max(line.width for line in texts.body.lines) / s
        body = ((left, top + title_h + 2.0, body_w, texts.body.height / s),)
    free_left = left + title_w + CLUSTER_LABEL
    free_w = max(0.0, frame.x + frame.width - FRAME_INSET - free_left)
    return FrameHeader((title, *keep), body, (free_left, top, free_w, title_h))


class _NoteIndex:
    """Notes in a grid of cells at least as large as a note, to find the ones a
    label would cover."""

    def __init__(self, notes: tuple[Note, ...]) -> None:
        boxes = [
            ((n.x, n.y, n.width, n.height), n.cluster_id)
            for n in notes
            if math.isfinite(n.x + n.y + n.width + n.height)
        ]
        self.cell = max([400.0, *(max(b[2], b[3]) for b, _ in boxes)])
        self.cells: dict[tuple[int, int], list[tuple[Box, int | None]]] = {}
        for box, owner in boxes:
            key = (int(box[0] // self.cell), int(box[1] // self.cell))
            self.cells.setdefault(key, []).append((box, owner))

    def covered(self, box: Box, cluster_id: int, margin: float = 0.0) -> float:
        """The area of ``box`` (``margin`` wider on every side) over notes not in
        the cluster."""
        x, y, w, h = grown(box, margin) if margin else box
        if not math.isfinite(x + y + w + h):
            return 0.0
        box = (x, y, w, h)
        c = self.cell
        right, bottom = x + w, y + h
        total = 0.0
        for i in range(int(x // c) - 1, int(right // c) + 1):
            for j in range(int(y // c) - 1, int(bottom // c) + 1):
                for (ox, oy, ow, oh), owner in self.cells.get((i, j), ()):
                    # overlap(), inlined: this runs for every note near every candidate
                    if (
                        owner != cluster_id
                        and ox < right
                        and x < ox + ow
                        and oy < bottom
                        and y < oy + oh
                    ):
                        total += (min(right, ox + ow) - max(x, ox)) * (
                            min(bottom, oy + oh) - max(y, oy)
                        )
        return total


def cluster_caption(label: str, votes: int, votes_word: str | None) -> str:
    """A cluster's label with its votes ("Time · 3 votes"); the label alone when
    no votes are shown (``votes_word`` None) or it has none, as on the board."""
    label = label.strip() or "Cluster"
    if votes_word is None or votes <= 0:
        return label
    return f"{label} · {votes} {votes_word if votes != 1 else votes_word.rstrip('s')}"


def draw_clusters(
    c: Any,
    facts: BoardFacts,
    at: Placement,
    *,
    min_size: float,
    votes_word: str | None,
    label_size: float = 0.0,
    headers: list[FrameHeader] | None = None,
) -> list[Box]:
    """Outline each cluster and label it (at least ``label_size`` points) where
    the label covers no frame title, no other label and as few notes and prompts
    as possible. ``votes_word`` None: the captions name no votes.

    Returns where the labels went (board units; only with ``label_size``)."""
    s = at.scale
    # as large as asked, but not much larger than the note texts (a board shrunk
    # far to fit the paper would otherwise be buried under its labels)
    size = max(CLUSTER_LABEL * s, min_size, min(label_size, LABEL_TO_NOTE_TEXT * NOTE_TEXT * s))
    index = _NoteIndex(facts.notes) if label_size else None
    clear = LABEL_CLEARANCE / s if s > 0 else 0.0  # board units
    placed: list[Box] = []
    pills: dict[int, list[tuple[float, float, float, float]]] = {}
    texts = TextBatch()
    for cluster in facts.clusters:
        members = facts.cluster_notes(cluster)
        if not members:
            continue
        pad = CLUSTER_PADDING
        x0 = min(n.x for n in members) - pad
        y0 = min(n.y for n in members) - pad
        x1 = max(n.x + n.width for n in members) + pad
        y1 = max(n.y + n.height for n in members) + pad
        x, y, w, h = at.rect(x0, y0, x1 - x0, y1 - y0)
        c.setStrokeColorRGB(*_rgb(palette.CLUSTER_OUTLINE))
        c.setLineWidth(max(0.5, 2 * s))
        c.setDash(max(1.5, 6 * s), max(1.0, 4 * s))
        c.roundRect(x, y, w, h, max(1.0, 10 * s), stroke=1, fill=0)
        c.setDash()
        caption = cluster_caption(cluster.label, facts.cluster_total(cluster), votes_word)
        if index is None:  # the summary's thumbnail: small, just above the outline
            fitted = fit_text(
                caption,
                max(w, 40 * s),
                CLUSTER_LABEL * s * 1.3 + min_size * 1.3,
                max_size=max(CLUSTER_LABEL * s, min_size),
                min_size=min_size,
                bold=True,
            )
            c.setFillColorRGB(*_rgb(palette.CLUSTER_LABEL))
            draw_fitted(c, fitted, x, y + h + fitted.height + 1.5 * s, max(w, 40 * s), bold=True)
            continue
        pill = size * 1.35 / s  # the label's height in board units
        inset = size * 0.55 / s  # room left and right of its text
        wanted = (text_width(clean_text(caption), size, True) + 2.0) / s + 2 * inset
        bx, by, bw, bh = label_box(
            (x0, y0, x1 - x0, y1 - y0),
            wanted,
            pill,
            headers or [],
            gap=4.0,
            min_width=min(wanted, 8 * size / s),
            blocked=partial(index.covered, cluster_id=cluster.id, margin=clear),
            taken=placed,
            spacing=max(4.0, clear),
        )
        placed.append((bx, by, bw, bh))
        px, py, pw, ph = at.rect(bx, by, bw, bh)
        pills.setdefault(cluster.color % len(palette.NOTE_BORDERS), []).append((px, py, pw, ph))
        fitted = fit_text(caption, pw - 2 * inset * s, ph, max_size=size, min_size=size, bold=True)
        top = py + ph - (ph - fitted.height) / 2
        texts.add_fitted(fitted, px + inset * s, top, pw - 2 * inset * s, bold=True)
    # tags in the clusters' colours, as the board's chips, with dark text for print
    for color, boxes in pills.items():
        c.setFillColorRGB(*_rgb(palette.note_border(color)))
        path = c.beginPath()
        for px, py, pw, ph in boxes:
            path.roundRect(px, py, pw, ph, ph / 2)
        c.drawPath(path, stroke=0, fill=1)
    c.setFillColorRGB(*_rgb(palette.CLUSTER_LABEL))
    texts.draw(c)
    return placed


def draw_board(
    c: Any,
    facts: BoardFacts,
    box: tuple[float, float, float, float],
    *,
    note_text: bool = True,
    min_size: float = 4.0,
    votes_word: str | None = "votes",
    cluster_label_size: float = 0.0,
    keep_clear: Mapping[int, Sequence[Box]] | None = None,
    progress: Progress | None = None,
) -> Placement:
    """Draw frames (titles and prompts), clusters and notes of ``facts`` fitted
    into ``box``.

    ``cluster_label_size`` (points): cluster labels at least this large, placed
    clear of frame titles, other labels, notes and the ``keep_clear`` boxes of
    each frame (by id, board units: the poster's guiding questions), beside a
    frame's title where there is no room above the cluster; 0 keeps them small, above
    their outline (the summary's thumbnail). ``votes_word`` None: no vote counts
    in the cluster labels."""
    at = Placement.fit(board_bounds(facts), box)
    texts = [frame_texts(f, at, questions=False, min_size=min_size) for f in facts.frames]
    for frame, fitted in zip(facts.frames, texts, strict=True):
        draw_frame(c, frame, at, questions=False, min_size=min_size, texts=fitted)
    headers = (
        [
            frame_header(f, at, fitted, keep=(keep_clear or {}).get(f.id, ()))
            for f, fitted in zip(facts.frames, texts, strict=True)
        ]
        if cluster_label_size
        else None
    )
    draw_notes(
        c,
        facts.notes,
        facts.note_votes,
        at,
        text=note_text,
        min_size=min_size,
        text_size=NOTE_TEXT,
        padding=NOTE_PADDING,
        badge_radius=VOTE_RADIUS,
        progress=progress,
    )
    draw_clusters(
        c,
        facts,
        at,
        min_size=min_size,
        votes_word=votes_word,
        label_size=cluster_label_size,
        headers=headers,
    )
    return at


def footer_line(*parts: str) -> str:
    """Non-empty parts joined with middle dots, cleaned for drawing."""
    return clean_text(" · ".join(p.strip() for p in parts if p and p.strip()))
