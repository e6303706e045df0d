"""A sticky note on the board: a fixed-size item drawn from its Note row.

Painting is cheap by design (Qt's 40000 Chips example): a fixed bounding rect,
a device-coordinate cache, and less detail when zoomed out. The text layout is
computed once per text and size (see :mod:`note_text`). A badge slot in the
top-right corner shows a count (dot votes) when set.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from copdesk.core.models import Note
from copdesk.core.palette import (
    MUTED_TEXT,
    TEXT_COLOR,
    VOTE_DOT,
    VOTE_TEXT,
    note_border,
    note_color,
)
from copdesk.ui.board.item_gestures import board_scene_of, in_grip, paint_grip
from copdesk.ui.board.note_text import FittedLayout, fit_note_text
from copdesk.ui.board.typeface import board_font
from copdesk.ui.presenter.view_flags import presentation_text, presenting, votes_hidden

NOTE_TYPE = QGraphicsItem.UserType + 1
SHADOW = QColor(0, 0, 0, 38)
SELECTION = QColor("#1e6fd9")
MATCH = QColor("#ff6d00")
LOD_PLAIN = 0.12  # below this scale: a coloured block only
LOD_TEXT = 0.22  # below this scale: no text
#: below this scale the 3-unit shadow offset is under a pixel on screen; a
#: translucent antialiased fill at small scales is also Qt's slowest one
#: (~30x an opaque fill), so overview paints skip what nobody could see
LOD_SHADOW = 0.5
_MARGIN = 6.0  # room for the shadow and the selection outline
GRIP = 20.0  # the resize grip of a selected note: its bottom-right corner
MIN_WIDTH, MIN_HEIGHT = 80.0, 60.0  # small enough to tuck away, big enough to read
MAX_SIZE = 2000.0  # as the desk allows

# Find states
NORMAL, MATCHED, DIMMED = 0, 1, 2

_fills: dict[int, QColor] = {}
_borders: dict[int, QPen] = {}


def _fill(color: int) -> QColor:
    if color not in _fills:
        _fills[color] = QColor(note_color(color))
    return _fills[color]


def _border(color: int) -> QPen:
    if color not in _borders:
        pen = QPen(QColor(note_border(color)), 1.2)
        pen.setCosmetic(False)
        _borders[color] = pen
    return _borders[color]


class NoteItem(QGraphicsItem):
    """One note; ``note`` is the row it mirrors."""

    def __init__(self, note: Note) -> None:
        super().__init__()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.note = note
        self.badge = ""  # the badge slot: e.g. a vote count
        self.find_state = NORMAL
        self.editing = False  # the in-place editor draws the text meanwhile
        self._layout: FittedLayout | None = None
        self._resize_from: QSizeF | None = None  # size when a grip drag began
        self._press = QPointF()
        self.setAcceptHoverEvents(True)
        self._rect = QRectF(0.0, 0.0, note.width, note.height)
        self._bounds = self._rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        self.setPos(note.x, note.y)
        self.setZValue(note.z)

    def type(self) -> int:
        return NOTE_TYPE

    @property
    def note_id(self) -> int:
        return self.note.id

    # -- mirror the row ------------------------------------------------------
    def set_note(self, note: Note) -> None:
        old = self.note
        self.note = note
        if (old.width, old.height) != (note.width, note.height):
            self._set_size(note.width, note.height)
        if old.text != note.text:
            self._layout = None
        if (self.pos().x(), self.pos().y()) != (note.x, note.y):
            self.setPos(note.x, note.y)
        if self.zValue() != note.z:
            self.setZValue(note.z)
        if (old.text, old.color, old.author, old.width, old.height) != (
            note.text,
            note.color,
            note.author,
            note.width,
            note.height,
        ):
            self.update()

    def set_badge(self, text: str) -> None:
        if text != self.badge:
            self.badge = text
            self.update()

    def set_find_state(self, state: int) -> None:
        if state != self.find_state:
            self.find_state = state
            self.setOpacity(0.22 if state == DIMMED else 1.0)
            self.update()

    def text_layout(self) -> FittedLayout:
        if self._layout is None:
            self._layout = fit_note_text(self.note.text, self.note.width, self._text_height())
        return self._layout

    def _text_height(self) -> float:
        return self.note.height - (16.0 if self.note.author else 0.0)

    # -- Qt ------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = self._rect
        note = self.note
        present = presenting(widget)  # presenter hook: painting for the audience view
        selected = self.isSelected() and not present
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_PLAIN:
            painter.fillRect(rect, _fill(note.color))
            if selected or self.find_state == MATCHED:
                painter.setPen(QPen(SELECTION if selected else MATCH, 2.0 / max(lod, 0.01)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        if not present and lod >= LOD_SHADOW:
            painter.setBrush(SHADOW)
            painter.drawRoundedRect(rect.translated(1.5, 3.0), 5.0, 5.0)
        painter.setBrush(_fill(note.color))
        painter.setPen(_border(note.color))
        painter.drawRoundedRect(rect, 5.0, 5.0)
        if lod >= LOD_TEXT and not self.editing:
            painter.setPen(QColor(TEXT_COLOR))
            if present:  # the room: the whole note for the text, no author line
                presentation_text(note).draw(painter)
            else:
                self.text_layout().draw(painter)
            if note.author and not present:
                painter.setPen(QColor(MUTED_TEXT))
                painter.setFont(board_font(11))
                painter.drawText(
                    QRectF(10.0, rect.height() - 20.0, rect.width() - 20.0, 16.0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    note.author,
                )
        if self.badge and not votes_hidden(widget):
            self._paint_badge(painter, rect)
        if selected or self.find_state == MATCHED:
            pen = QPen(SELECTION if selected else MATCH, 3.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), 7.0, 7.0)
        if selected and self.resizable() and lod >= LOD_TEXT:
            paint_grip(painter, rect, QPen(SELECTION, 2.0))

    # -- resizing by the grip --------------------------------------------------
    def resizable(self) -> bool:
        """Selected, on an editable board, not being typed in."""
        return (
            self.isSelected()
            and bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            and not self.editing
        )

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.resizable() and in_grip(self._rect, event.pos(), GRIP):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.resizable()
            and in_grip(self._rect, event.pos(), GRIP)
        ):
            self._resize_from = QSizeF(self.note.width, self.note.height)
            self._press = event.scenePos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resize_from is None:
            super().mouseMoveEvent(event)
            return
        delta = event.scenePos() - self._press
        width = min(MAX_SIZE, max(MIN_WIDTH, round(self._resize_from.width() + delta.x())))
        height = min(MAX_SIZE, max(MIN_HEIGHT, round(self._resize_from.height() + delta.y())))
        if (width, height) != (self._rect.width(), self._rect.height()):
            self._set_size(width, height)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        start, self._resize_from = self._resize_from, None
        if start is None:
            super().mouseReleaseEvent(event)
            return
        new = (self._rect.width(), self._rect.height())
        scene = board_scene_of(self)
        if new != (start.width(), start.height()) and scene is not None:
            scene.note_resize_finished(self.note.id, (start.width(), start.height()), new)

    def restore_size(self) -> None:
        """Back to the row's size (a resize the desk refused)."""
        if (self._rect.width(), self._rect.height()) != (self.note.width, self.note.height):
            self._set_size(self.note.width, self.note.height)

    def _set_size(self, width: float, height: float) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(0.0, 0.0, width, height)
        self._bounds = self._rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        self._layout = None
        self.update()

    def _paint_badge(self, painter: QPainter, rect: QRectF) -> None:
        badge = QRectF(rect.right() - 30.0, -8.0, 36.0, 26.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(VOTE_DOT)))
        painter.drawRoundedRect(badge, 13.0, 13.0)
        painter.setPen(QColor(VOTE_TEXT))
        painter.setFont(board_font(14, bold=True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.badge)
