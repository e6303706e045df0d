"""Editing a note's text in place, on the board, at the note's own size.

Enter commits, Shift+Enter starts a new line, Esc cancels, clicking away
commits. The editor only reports the result (``committed``/``cancelled``); the
window turns a commit into one undo command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from copdesk.core.palette import TEXT_COLOR, note_color
from copdesk.ui.board.note_item import NoteItem
from copdesk.ui.board.note_text import PADDING, fit_note_text
from copdesk.ui.board.typeface import board_font


class NoteEditor(QGraphicsTextItem):
    #: (note id, new text); the id is negative for a note not created yet
    committed = Signal(int, str)
    cancelled = Signal(int)

    def __init__(self, item: NoteItem) -> None:
        super().__init__()  # not a child: the note may leave the scene before us
        self.note_item = item
        note = item.note
        self._done = False
        size = fit_note_text(note.text, note.width, note.height).pixel_size if note.text else 20
        self.setFont(board_font(size))
        self.setDefaultTextColor(QColor(TEXT_COLOR))
        self.setPlainText(note.text)
        self.setTextWidth(note.width - 2 * PADDING + 8)
        self.setPos(item.pos().x() + PADDING - 4, item.pos().y() + PADDING - 4)
        self.setZValue(item.zValue() + 0.5)
        scene = item.scene()
        if scene is not None:
            scene.addItem(self)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self._fill = QColor(note_color(note.color))
        item.setFlag(NoteItem.GraphicsItemFlag.ItemIsMovable, False)
        item.editing = True
        item.update()

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect(), self._fill)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(commit=True)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu keeps editing
            self.finish(commit=True)

    def finish(self, *, commit: bool) -> None:
        """End the edit once: report it and leave the board."""
        if self._done:
            return
        self._done = True
        item = self.note_item
        item.editing = False
        item.setFlag(NoteItem.GraphicsItemFlag.ItemIsMovable, item.note.id >= 0)
        item.update()
        text = self.toPlainText()
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clearFocus()
        self.hide()
        QTimer.singleShot(0, self._leave_scene)  # not from inside our own event handler
        if commit:
            self.committed.emit(item.note.id, text)
        else:
            self.cancelled.emit(item.note.id)

    def _leave_scene(self) -> None:
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
