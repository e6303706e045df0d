"""A frame's guiding questions, shown on the board on demand.

Each frame with questions carries a small "? N" chip in its header; a click on it
opens this card over the frame's body (above the notes, so it can be read) and a
second click folds it away. Showing questions changes nothing in the file.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from copdesk.core.palette import FRAME_BORDER, FRAME_TITLE
from copdesk.ui.board.typeface import board_font

CARD_Z = 900_000.0  # above notes and clusters
CHIP_WIDTH = 74.0
CHIP_HEIGHT = 30.0
PAD = 16.0
FONT_PX = 17
MAX_HEIGHT = 900.0


def chip_rect(frame_width: float) -> QRectF:
    """Where the "? N" chip sits in a frame's header (item coordinates)."""
    return QRectF(frame_width - CHIP_WIDTH - 18.0, 16.0, CHIP_WIDTH, CHIP_HEIGHT)


def paint_chip(painter: QPainter, frame_width: float, count: int, open_: bool) -> None:
    rect = chip_rect(frame_width)
    painter.setPen(QPen(QColor(FRAME_BORDER), 1.2))
    painter.setBrush(QColor("#22313f") if open_ else QColor("#ffffff"))
    painter.drawRoundedRect(rect, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
    painter.setPen(QColor("#ffffff") if open_ else QColor(FRAME_TITLE))
    painter.setFont(board_font(15, bold=True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"? {count}")


class QuestionsCard(QGraphicsItem):
    """The list of a frame's guiding questions, wrapped, on a white card."""

    def __init__(self, questions: tuple[str, ...], width: float) -> None:
        super().__init__()
        self.setZValue(CARD_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.questions = questions
        self._width = max(160.0, width)
        self._lines = self._layout()

    def _layout(self) -> list[tuple[float, str]]:
        metrics = QFontMetricsF(board_font(FONT_PX))
        text_width = self._width - 2 * PAD - 18.0
        placed: list[tuple[float, str]] = []
        y = PAD
        for question in self.questions:
            box = metrics.boundingRect(
                QRectF(0, 0, text_width, 10_000),
                int(Qt.TextFlag.TextWordWrap),
                question,
            )
            if y + box.height() > MAX_HEIGHT - PAD:
                placed.append((y, "…"))
                y += metrics.height()
                break
            placed.append((y, question))
            y += box.height() + 8.0
        self._height = y + PAD - 8.0
        return placed

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._width, self._height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        r = self.boundingRect()
        painter.setPen(QPen(QColor(FRAME_BORDER), 1.5))
        painter.setBrush(QColor(255, 255, 255, 245))
        painter.drawRoundedRect(r, 10.0, 10.0)
        painter.setPen(QColor(FRAME_TITLE))
        painter.setFont(board_font(FONT_PX))
        text_width = self._width - 2 * PAD - 18.0
        for y, question in self._lines:
            painter.drawText(QRectF(PAD, y, 14.0, 24.0), Qt.AlignmentFlag.AlignLeft, "•")
            painter.drawText(
                QRectF(PAD + 18.0, y, text_width, MAX_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                question,
            )
