"""A frame (a template's column or bucket): title and prompt in its header,
moved by its header, resized by its corner grip. Its notes travel with it.

A drag is reported once, on release, through
:meth:`BoardScene.frame_gesture_finished`; the scene never writes anything.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from copdesk.core.geometry import FRAME_HEADER
from copdesk.core.label_spot import Box, FrameHeader
from copdesk.core.models import Frame
from copdesk.core.palette import FRAME_BORDER, FRAME_FILL, FRAME_TITLE, MUTED_TEXT
from copdesk.ui.board.item_gestures import board_scene_of, in_grip, paint_grip
from copdesk.ui.board.questions_card import QuestionsCard, chip_rect, paint_chip
from copdesk.ui.board.typeface import board_font
from copdesk.ui.presenter.view_flags import presenting

FRAME_TYPE = QGraphicsItem.UserType + 2
GRIP = 22.0
MIN_SIZE = 120.0
_Z_BASE = -100_000.0  # frames always lie below notes
TITLE_PX = 30
PROMPT_PX = 16
#: the prompt is larger on the audience view (see :meth:`FrameItem.paint`)
PRESENT_PROMPT_PX = 18
_INSET = 22.0
_TITLE_TOP = 12.0
_TITLE_HEIGHT = 40.0


def _title_box(width: float, questions: bool) -> QRectF:
    """Where the title is drawn (frame coordinates): its row, less the "? N" chip."""
    chip_room = chip_rect(width).width() + 12.0 if questions else 0.0
    return QRectF(_INSET, _TITLE_TOP, width - 2 * _INSET - chip_room, _TITLE_HEIGHT)


def _prompt_box(width: float) -> QRectF:
    return QRectF(_INSET, 52.0, width - 2 * _INSET, FRAME_HEADER - 56.0)


@lru_cache(maxsize=512)
def _header(title: str, prompt: str, width: float, questions: bool) -> FrameHeader:
    """The header's boxes in frame coordinates (see :func:`frame_header`)."""
    row = _title_box(width, questions)
    metrics = QFontMetricsF(board_font(TITLE_PX, bold=True))
    drawn = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(row.width()))
    title_width = min(row.width(), metrics.horizontalAdvance(drawn)) if drawn else 0.0
    keep: list[Box] = [(row.x(), row.y(), title_width, row.height())]
    if questions:
        chip = chip_rect(width)
        keep.append((chip.x(), chip.y(), chip.width(), chip.height()))
    texts: list[Box] = []
    if prompt:
        box = _prompt_box(width)
        used = QFontMetricsF(board_font(PRESENT_PROMPT_PX)).boundingRect(
            box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), prompt
        )
        texts.append((box.x(), box.y(), min(used.width(), box.width()), box.height()))
    free_left = row.x() + title_width + 16.0
    free = (free_left, row.y(), max(0.0, row.right() - free_left), row.height())
    return FrameHeader(tuple(keep), tuple(texts), free)


def frame_header(f: Frame) -> FrameHeader:
    """Where ``f``'s title, prompt and "? N" chip are drawn, in scene coordinates,
    and the free rest of its title row (where a cluster label may go)."""
    h = _header(f.title, f.prompt, f.width, bool(f.questions))

    def moved(b: Box) -> Box:
        return (b[0] + f.x, b[1] + f.y, b[2], b[3])

    return FrameHeader(tuple(map(moved, h.keep)), tuple(map(moved, h.texts)), moved(h.free_row))


class FrameItem(QGraphicsItem):
    def __init__(self, frame: Frame) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.frame = frame
        self._rect = QRectF()
        self._gesture: str | None = None  # "move" | "resize"
        self._press = QPointF()
        self._start = QRectF()
        self._carried: list[tuple[QGraphicsItem, QPointF]] = []
        self.questions_card: QuestionsCard | None = None
        self.set_frame(frame)

    def type(self) -> int:
        return FRAME_TYPE

    @property
    def frame_id(self) -> int:
        return self.frame.id

    def set_frame(self, frame: Frame) -> None:
        self.prepareGeometryChange()
        self.frame = frame
        self._rect = QRectF(0.0, 0.0, frame.width, frame.height)
        self.setPos(frame.x, frame.y)
        self.setZValue(_Z_BASE + frame.z)
        if self.questions_card is not None:
            self.show_questions(True)  # follow the frame's place, size and questions
        self.update()

    # -- guiding questions ---------------------------------------------------
    def questions_shown(self) -> bool:
        return self.questions_card is not None

    def show_questions(self, shown: bool) -> None:
        """Open or fold the card with this frame's guiding questions."""
        if self.questions_card is not None:
            card, self.questions_card = self.questions_card, None
            if card.scene() is not None:
                card.scene().removeItem(card)
        if shown and self.frame.questions and self.scene() is not None:
            card = QuestionsCard(self.frame.questions, self._rect.width() - 32.0)
            card.setPos(self.pos() + QPointF(16.0, FRAME_HEADER - 8.0))
            self.scene().addItem(card)
            self.questions_card = card
        self.update()

    def toggle_questions(self) -> None:
        self.show_questions(self.questions_card is None)

    def geometry(self) -> tuple[float, float, float, float]:
        return (self.pos().x(), self.pos().y(), self._rect.width(), self._rect.height())

    # -- hit zones -----------------------------------------------------------
    def _in_grip(self, p: QPointF) -> bool:
        return in_grip(self._rect, p, GRIP)

    def in_header(self, p: QPointF) -> bool:
        return 0 <= p.y() <= FRAME_HEADER - 14

    # -- Qt ------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3.0, -3.0, 3.0, 3.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        r = self._rect
        f = self.frame
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        present = presenting(widget)  # presenter hook: painting for the audience view
        selected = self.isSelected() and not present
        border = QPen(QColor("#1e6fd9") if selected else QColor(FRAME_BORDER))
        border.setWidthF(3.0 if selected else 1.2)
        painter.setPen(border)
        painter.setBrush(QColor(f.color or FRAME_FILL))
        painter.drawRoundedRect(r, 12.0, 12.0)
        if lod < 0.12:
            return
        painter.setPen(QColor(FRAME_TITLE))
        painter.setFont(board_font(TITLE_PX, bold=True))
        title_box = _title_box(r.width(), bool(f.questions))
        painter.drawText(
            title_box,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                f.title, Qt.TextElideMode.ElideRight, int(title_box.width())
            ),
        )
        if f.prompt and lod >= 0.3:
            painter.setPen(QColor(FRAME_TITLE if present else MUTED_TEXT))
            painter.setFont(board_font(PRESENT_PROMPT_PX if present else PROMPT_PX))
            painter.drawText(
                _prompt_box(r.width()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                f.prompt,
            )
        if f.questions and lod >= 0.3 and not present:
            paint_chip(painter, r.width(), len(f.questions), self.questions_card is not None)
        if lod >= 0.3 and not present:
            paint_grip(painter, r, QPen(QColor(FRAME_BORDER), 1.5))

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._in_grip(event.pos()):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        elif self.in_header(event.pos()):
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if self.frame.questions and chip_rect(self._rect.width()).contains(event.pos()):
            self.toggle_questions()
            event.accept()
            return
        if self._in_grip(event.pos()):
            self._gesture = "resize"
        elif self.in_header(event.pos()):
            self._gesture = "move"
            self.show_questions(False)
            scene = board_scene_of(self)
            self._carried = (
                [(item, item.pos()) for item in scene.notes_of_frame(self.frame.id)]
                if scene
                else []
            )
        else:
            event.ignore()  # the body belongs to the board: rubber band, double-click
            return
        self._press = event.scenePos()
        self._start = QRectF(self.pos(), self._rect.size())
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.scene():
            self.scene().clearSelection()
        self.setSelected(True)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        delta = event.scenePos() - self._press
        if self._gesture == "move":
            self.setPos(self._start.topLeft() + delta)
            for item, start in self._carried:
                item.setPos(start + delta)
        elif self._gesture == "resize":
            self.prepareGeometryChange()
            self._rect = QRectF(
                0.0,
                0.0,
                max(MIN_SIZE, self._start.width() + delta.x()),
                max(MIN_SIZE, self._start.height() + delta.y()),
            )
            self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        gesture, self._gesture = self._gesture, None
        self._carried = []
        if gesture is None:
            return
        old = (self._start.x(), self._start.y(), self._start.width(), self._start.height())
        new = tuple(float(round(v)) for v in self.geometry())
        scene = board_scene_of(self)
        if new != old and scene is not None:
            scene.frame_gesture_finished(self.frame.id, old, new)
