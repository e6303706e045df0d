"""Find on the board: matching notes are highlighted and the rest dimmed.
Enter jumps to the next match; Esc closes the bar and clears the highlight."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class FindBar(QWidget):
    query_changed = Signal(str)
    next_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setStyleSheet("#findBar { background: #ffffff; border-bottom: 1px solid #d0d4da; }")
        self.setAutoFillBackground(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find notes…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.query_changed)
        self.edit.returnPressed.connect(self.next_requested)
        self.edit.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        close = QPushButton(self.tr("Done"), self)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(QLabel(self.tr("Find"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.query_changed.emit(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.query_changed.emit("")
        self.closed.emit()

    def show_count(self, count: int) -> None:
        if not self.edit.text().strip():
            self.count_label.clear()
        else:
            self.count_label.setText(
                self.tr("no match")
                if count == 0
                else self.tr("%1 match(es)").replace("%1", str(count))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close_bar()
            return True
        return super().eventFilter(watched, event)
