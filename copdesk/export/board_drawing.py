"""Draw a board as vector graphics on a ReportLab canvas, scaled into a box.

Shared by the poster (full detail), the summary's thumbnail (no note text) and
the blank worksheet. Board coordinates grow downwards; PDF ones upwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from copdesk.core import palette
from copdesk.core.models import Frame
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import clean_text
from copdesk.export.note_layer import draw_notes
from copdesk.export.text_fit import draw_fitted, fit_text

Progress = Callable[[float, str], None]

# Sizes in board units (1 unit = 1 px at 100 % on screen).
FRAME_TITLE = 26.0
FRAME_PROMPT = 18.0
FRAME_QUESTION = 13.0
NOTE_TEXT = 24.0
NOTE_PADDING = 10.0
CLUSTER_LABEL = 16.0
CLUSTER_PADDING = 14.0
VOTE_RADIUS = 11.0


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


def draw_frame(
    c: Any,
    frame: Frame,
    at: Placement,
    *,
    questions: bool,
    min_size: float,
    language_questions: tuple[str, ...] | None = None,
    text_share: float = 0.35,
) -> float:
    """Draw a frame with its title, prompt and (optionally) guiding questions.

    Returns the page y where the frame's free area begins (below its texts).
    """
    x, y, w, h = at.rect(frame.x, frame.y, frame.width, frame.height)
    s = at.scale
    c.setLineWidth(max(0.4, 1.2 * s))
    c.setStrokeColorRGB(*_rgb(palette.FRAME_BORDER))
    c.setFillColorRGB(*_rgb(frame.color or palette.FRAME_FILL))
    c.roundRect(x, y, w, h, max(1.0, 8 * s), stroke=1, fill=1)
    inset = 12 * s
    inner = w - 2 * inset
    top = y + h - inset
    title = fit_text(
        frame.title,
        inner,
        max(h * 0.25, min_size * 1.3),
        max_size=max(FRAME_TITLE * s, min_size),
        min_size=min_size,
        bold=True,
    )
    c.setFillColorRGB(*_rgb(palette.FRAME_TITLE))
    draw_fitted(c, title, x + inset, top, inner, bold=True)
    top -= title.height + 2 * s
    blocks: list[str] = []
    if frame.prompt.strip():
        blocks.append(frame.prompt.strip())
    asked = language_questions if language_questions is not None else frame.questions
    if questions and asked:
        blocks.append("\n".join(f"• {q}" for q in asked))
    if blocks:
        body = fit_text(
            "\n".join(blocks),
            inner,
            max(h * text_share, min_size * 1.3),
            max_size=max(FRAME_PROMPT * s, min_size),
            min_size=min_size,
        )
        c.setFillColorRGB(*_rgb(palette.MUTED_TEXT))
        draw_fitted(c, body, x + inset, top, inner)
        top -= body.height
    return top - 4 * s


def draw_clusters(
    c: Any, facts: BoardFacts, at: Placement, *, min_size: float, votes_word: str
) -> None:
    s = at.scale
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
        total = facts.cluster_total(cluster)
        label = cluster.label.strip() or "Cluster"
        caption = f"{label} · {total} {votes_word if total != 1 else votes_word.rstrip('s')}"
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


def draw_board(
    c: Any,
    facts: BoardFacts,
    box: tuple[float, float, float, float],
    *,
    questions: bool = False,
    note_text: bool = True,
    min_size: float = 4.0,
    votes_word: str = "votes",
    progress: Progress | None = None,
) -> Placement:
    """Draw frames, clusters and notes of ``facts`` fitted into ``box``."""
    at = Placement.fit(board_bounds(facts), box)
    for frame in facts.frames:
        draw_frame(c, frame, at, questions=questions, min_size=min_size)
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
    draw_clusters(c, facts, at, min_size=min_size, votes_word=votes_word)
    return at


def footer_line(*parts: str) -> str:
    """Non-empty parts joined with middle dots, cleaned for drawing."""
    return clean_text(" · ".join(p.strip() for p in parts if p and p.strip()))
