"""A bad PySide6 wheel (6.12.0 on Python 3.11) aborts the interpreter after a few
thousand calls of Qt methods returning nothing. Make 100,000 such calls, as a
long drag does, so such a wheel is caught here and not in front of a room."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from copdesk.core.models import Note
from copdesk.ui.board.note_item import NoteItem

CALLS = 100_000


def test_one_hundred_thousand_void_qt_calls_survive(qtbot) -> None:
    scene = QGraphicsScene()
    rect = QGraphicsRectItem(0, 0, 10, 10)
    note = NoteItem(Note(id=1, session_id=1, text="drag me", x=0, y=0))
    scene.addItem(rect)
    scene.addItem(note)
    brush = QBrush(QColor("#fff176"))
    point = QPointF(0.0, 0.0)
    for i in range(CALLS // 4):
        rect.setPos(float(i % 500), 1.0)
        note.setPos(point)
        rect.setBrush(brush)
        note.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, i % 2 == 0)
    assert rect.pos().x() == float((CALLS // 4 - 1) % 500)
    assert note.pos() == point
