"""What board items share for their own gestures: the resize grip in their
bottom-right corner (frames, selected notes) and the scene they report a
finished gesture to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

if TYPE_CHECKING:
    from copdesk.ui.board.scene import BoardScene

_GRIP_LINES = (6.0, 12.0, 18.0)  # insets of the three diagonal strokes


def in_grip(rect: QRectF, pos: QPointF, size: float) -> bool:
    """``pos`` (item coordinates) lies in the ``size`` × ``size`` corner of ``rect``."""
    return pos.x() >= rect.right() - size and pos.y() >= rect.bottom() - size


def paint_grip(painter: QPainter, rect: QRectF, pen: QPen) -> None:
    painter.setPen(pen)
    for inset in _GRIP_LINES:
        painter.drawLine(
            QPointF(rect.right() - inset, rect.bottom() - 3.0),
            QPointF(rect.right() - 3.0, rect.bottom() - inset),
        )


def board_scene_of(item: QGraphicsItem) -> BoardScene | None:
    """The board ``item`` is on (None when it is on no board)."""
    from copdesk.ui.board.scene import BoardScene  # the scene imports the items

    scene = item.scene()
    return scene if isinstance(scene, BoardScene) else None
