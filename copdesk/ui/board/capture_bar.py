"""Fast capture: type note after note while the room talks.

Enter adds the note (to the chosen frame) and clears the bar; Up and Down
choose the frame; Tab and Shift+Tab cycle the author or table, each with its
note colour; Esc closes.
The bar only reports ``note_captured``; the window adds the note.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from copdesk.core.models import NOTE_COLOR_COUNT, Frame
from copdesk.core.palette import TEXT_COLOR, note_border, note_color


class CaptureBar(QWidget):
    #: (text, frame id or None, colour, author)
    note_captured = Signal(str, object, int, str)
    authors_changed = Signal(list)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.setStyleSheet("#captureBar { background: #ffffff; border-top: 1px solid #d0d4da; }")
        self.setAutoFillBackground(True)
        self._authors: list[str] = []
        self._author = 0
        self.frame_box = QComboBox(self)
        self.frame_box.setToolTip(self.tr("The frame new notes go into (Up / Down to change)"))
        self.frame_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # long frame titles must not widen the window; the list shows them whole
        self.frame_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.frame_box.setMinimumContentsLength(16)
        self.author_button = QToolButton(self)
        self.author_button.setToolTip(
            self.tr("Author or table (Tab / Shift+Tab to change; click to edit)")
        )
        self.author_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.author_button.clicked.connect(self._on_author_button_clicked)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("captureEdit")
        self.edit.setPlaceholderText(self.tr("Type a note and press Enter…"))
        self.edit.setMinimumWidth(200)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #5a5f66;")
        close = QPushButton(self.tr("Close"), self)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(QLabel(self.tr("Capture into"), self))
        layout.addWidget(self.frame_box)
        layout.addWidget(self.author_button)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        self._added = 0
        self.hide()

    # -- content -------------------------------------------------------------
    def set_frames(self, frames: Sequence[Frame]) -> None:
        had_choice = self.frame_box.count() > 0
        current = self.frame_box.currentData()
        self.frame_box.clear()
        self.frame_box.addItem(self.tr("Board (no frame)"), None)
        for f in sorted(frames, key=lambda f: (f.y, f.x)):
            self.frame_box.addItem(f.title or self.tr("Untitled frame"), f.id)
        self.frame_box.view().setMinimumWidth(self.frame_box.view().sizeHintForColumn(0) + 24)
        index = self.frame_box.findData(current) if had_choice else -1
        # first time (or the chosen frame is gone): the first frame, if any
        self.frame_box.setCurrentIndex(index if index >= 0 else min(1, self.frame_box.count() - 1))

    def set_authors(self, names: Sequence[str]) -> None:
        self._authors = list(names)
        self._author = min(self._author, max(0, len(self._authors) - 1))
        self._show_author()

    def author(self) -> str:
        return self._authors[self._author] if self._authors else ""

    def color(self) -> int:
        return self._author % NOTE_COLOR_COUNT

    def cycle_author(self, step: int = 1) -> None:
        if self._authors:
            self._author = (self._author + step) % len(self._authors)
            self._show_author()

    def cycle_frame(self, step: int) -> None:
        """The previous or next frame as the target, without leaving the text."""
        count = self.frame_box.count()
        if count:
            self.frame_box.setCurrentIndex((self.frame_box.currentIndex() + step) % count)

    def _show_author(self) -> None:
        color = self.color()
        self.author_button.setText(self.author() or self.tr("(no author)"))
        self.author_button.setStyleSheet(
            f"QToolButton {{ background: {note_color(color)}; color: {TEXT_COLOR};"
            f" border: 1px solid {note_border(color)}; border-radius: 4px; padding: 3px 8px; }}"
        )

    # -- open / close -----------------------------------------------------------
    def open_bar(self) -> None:
        self._added = 0
        self.count_label.clear()
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    # -- events -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Tab:
                self.cycle_author(1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.cycle_author(-1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.cycle_frame(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _on_edit_return_pressed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        self.note_captured.emit(text, self.frame_box.currentData(), self.color(), self.author())
        self.edit.clear()
        self._added += 1
        self.count_label.setText(self.tr("%1 added").replace("%1", str(self._added)))

    def _on_author_button_clicked(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Authors and tables"),
            self.tr("Names, separated by commas:"),
            text=", ".join(self._authors),
        )
        if ok:
            names = [n.strip() for n in text.split(",") if n.strip()]
            self.set_authors(names)
            self.authors_changed.emit(names)
