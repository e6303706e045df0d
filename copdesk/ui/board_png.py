"""The board as a PNG image, drawn with QPainter from the Board dataclasses.

Same palette and bundled fonts as the PDF exports; works without a display (a
QGuiApplication on the offscreen platform is created when none exists). Qt does
the text shaping, so right-to-left and complex scripts render fully here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from copdesk.core import palette
from copdesk.core.errors import ExportProblem
from copdesk.core.models import Board, Note
from copdesk.export.atomic_file import write_atomic
from copdesk.export.board_drawing import (
    CLUSTER_LABEL,
    CLUSTER_PADDING,
    FRAME_PROMPT,
    FRAME_TITLE,
    NOTE_PADDING,
    NOTE_TEXT,
    VOTE_RADIUS,
    board_bounds,
)
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import SCREEN_FONTS, font_path

MAX_SIDE = 16_000  # pixels; larger images exhaust memory on ordinary laptops
MARGIN = 24.0  # board units around the content
Progress = Callable[[float, str], None]

_families: list[str] = []


def _ensure_app() -> None:
    """A QApplication for painting text (the CLI has none; offscreen without a display)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])


def font_families() -> list[str]:
    """The bundled font families, in fallback order (registered once with Qt)."""
    from PySide6.QtGui import QFontDatabase

    if not _families:
        for name in SCREEN_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(font_path(name)))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in _families:
                    _families.append(family)
    return list(_families)


def _font(pixel_size: float, bold: bool = False) -> object:
    from PySide6.QtGui import QFont

    font = QFont()
    families = font_families()
    if families:
        font.setFamilies(families)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def render_board_image(board: Board, scale: float = 1.0, progress: Progress | None = None) -> bytes:
    """PNG bytes of ``board`` at ``scale`` pixels per board unit."""
    _ensure_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    facts = BoardFacts.of(board)
    bx, by, bw, bh = board_bounds(facts)
    width = round((bw + 2 * MARGIN) * scale)
    height = round((bh + 2 * MARGIN) * scale)
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ExportProblem(
            f"The image would be {width:,} × {height:,} pixels, too large to make.",
            hint="Choose a smaller scale.",
        )
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportProblem("There is not enough memory for an image this large.")
    image.fill(QColor(palette.BOARD_BACKGROUND))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.scale(scale, scale)
    p.translate(MARGIN - bx, MARGIN - by)
    wrap = int(Qt.TextFlag.TextWordWrap) | int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    )

    for frame in facts.frames:
        p.setPen(QPen(QColor(palette.FRAME_BORDER), 1.2))
        p.setBrush(QColor(frame.color or palette.FRAME_FILL))
        p.drawRoundedRect(QRectF(frame.x, frame.y, frame.width, frame.height), 8, 8)
        inner = QRectF(frame.x + 12, frame.y + 10, frame.width - 24, frame.height * 0.25)
        p.setPen(QColor(palette.FRAME_TITLE))
        p.setFont(_font(FRAME_TITLE, True))  # type: ignore[arg-type]
        used = p.boundingRect(inner, wrap, frame.title)
        p.drawText(inner, wrap, frame.title)
        if frame.prompt:
            below = QRectF(inner.x(), used.bottom() + 2, inner.width(), frame.height * 0.3)
            p.setPen(QColor(palette.MUTED_TEXT))
            p.setFont(_font(FRAME_PROMPT))  # type: ignore[arg-type]
            p.drawText(below, wrap, frame.prompt)

    total = max(len(facts.notes), 1)
    for i, note in enumerate(facts.notes):
        _draw_note(p, note, facts.note_votes.get(note.id, 0), wrap)
        if progress and i % 50 == 49:
            progress(0.1 + 0.8 * (i + 1) / total, "Drawing notes")

    for cluster in facts.clusters:
        members = facts.cluster_notes(cluster)
        if not members:
            continue
        x0 = min(n.x for n in members) - CLUSTER_PADDING
        y0 = min(n.y for n in members) - CLUSTER_PADDING
        x1 = max(n.x + n.width for n in members) + CLUSTER_PADDING
        y1 = max(n.y + n.height for n in members) + CLUSTER_PADDING
        pen = QPen(QColor(palette.CLUSTER_OUTLINE), 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(x0, y0, x1 - x0, y1 - y0), 10, 10)
        votes = facts.cluster_total(cluster)
        caption = f"{cluster.label or 'Cluster'} · {votes} vote{'s' if votes != 1 else ''}"
        p.setPen(QColor(palette.CLUSTER_LABEL))
        p.setFont(_font(CLUSTER_LABEL, True))  # type: ignore[arg-type]
        p.drawText(
            QRectF(x0, y0 - CLUSTER_LABEL * 1.5, max(x1 - x0, 400), CLUSTER_LABEL * 1.4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            caption,
        )
    p.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportProblem("The board image could not be encoded as PNG.")
    buffer.close()
    if progress:
        progress(1.0, "Image ready")
    return bytes(data.data())


def _draw_note(p: object, note: Note, votes: int, flags: int) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPen

    assert isinstance(p, QPainter)
    p.setPen(QPen(QColor(palette.note_border(note.color)), 1))
    p.setBrush(QColor(palette.note_color(note.color)))
    p.drawRect(QRectF(note.x, note.y, note.width, note.height))
    badge = VOTE_RADIUS if votes else 0.0
    box = QRectF(
        note.x + NOTE_PADDING,
        note.y + NOTE_PADDING,
        note.width - 2 * NOTE_PADDING - badge * 1.6,
        note.height - 2 * NOTE_PADDING,
    )
    size = NOTE_TEXT
    p.setPen(QColor(palette.TEXT_COLOR))
    anywhere = 0x2000  # Qt.TextWrapAnywhere: break overlong words
    while True:  # shrink until the wrapped text fits the note
        p.setFont(_font(size))  # type: ignore[arg-type]
        used = p.boundingRect(box, flags, note.text)
        too_wide = used.width() > box.width() + 0.5
        if too_wide:
            used = p.boundingRect(box, flags | anywhere, note.text)
        if used.height() <= box.height() or size <= 7:
            break
        size -= 1
    p.save()
    p.setClipRect(box)  # at the minimum size, text that still does not fit is cut
    p.drawText(box, flags | (anywhere if too_wide else 0), note.text)
    p.restore()
    if votes:
        cx = note.x + note.width - badge * 1.3
        cy = note.y + badge * 1.3
        p.setPen(QPen(QColor(palette.VOTE_DOT), 0))
        p.setBrush(QColor(palette.VOTE_DOT))
        p.drawEllipse(QRectF(cx - badge, cy - badge, 2 * badge, 2 * badge))
        p.setPen(QColor(palette.VOTE_TEXT))
        p.setFont(_font(badge * (1.1 if votes < 10 else 0.85), True))  # type: ignore[arg-type]
        p.drawText(QRectF(cx - badge, cy - badge, 2 * badge, 2 * badge), 0x84, str(votes))


def render_board_png(
    board: Board, path: str | Path, scale: float = 1.0, progress: Progress | None = None
) -> Path:
    """Write the board image to ``path`` atomically."""
    return write_atomic(path, render_board_image(board, scale, progress))
