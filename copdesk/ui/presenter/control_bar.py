"""The floating control bar: the facilitator's buttons when the audience has the screen.

With one screen (or mirrored screens) the audience window covers the laptop,
so this small always-on-top tool window keeps the timer (start / pause, next
agenda step), focus stepping, blanking and leaving within reach. It can be
dragged anywhere by its grip. The presenter keys work while it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

_TOGGLE_TEXT = {
    "idle": QT_TRANSLATE_NOOP("ControlBar", "▶ Start"),
    "running": QT_TRANSLATE_NOOP("ControlBar", "❚❚ Pause"),
    "paused": QT_TRANSLATE_NOOP("ControlBar", "▶ Resume"),
}
STYLE = """
QWidget#presenterControlBar { background: #1b222c; border: 1px solid #3b4654; }
QToolButton { color: #ffffff; background: #2b3542; border: 1px solid #46556a;
    border-radius: 6px; padding: 6px 10px; font-size: 14px; }
QToolButton:hover { background: #36465a; }
QToolButton:checked { background: #ffd54f; color: #1a1a1a; }
QToolButton:disabled { color: #7d8794; }
QLabel#controlBarGrip { color: #7d8794; font-size: 18px; padding: 0 4px; }
QLabel#controlBarTime { color: #ffffff; font-size: 18px; font-weight: bold; padding: 0 6px; }
"""


class ControlBar(QWidget):
    toggle_timer_requested = Signal()
    next_step_requested = Signal()
    previous_target_requested = Signal()
    next_target_requested = Signal()
    follow_requested = Signal()
    blank_toggled = Signal(bool)
    exit_requested = Signal()
    #: a presenter key pressed while the bar has the focus (forwarded by the controller)
    key_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        super().__init__(parent, flags)
        self.setObjectName("presenterControlBar")
        self.setWindowTitle(self.tr("copdesk — presenter controls"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(6)
        grip = QLabel("⠿", self)
        grip.setObjectName("controlBarGrip")
        grip.setToolTip(self.tr("Drag to move the bar"))
        row.addWidget(grip)
        self.time_label = QLabel("", self)
        self.time_label.setObjectName("controlBarTime")
        row.addWidget(self.time_label)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("toggle", self.tr(_TOGGLE_TEXT["idle"]), self.tr("Start, pause or resume the timer")),
            ("next_step", self.tr("Next step ▸"), self.tr("Next agenda step")),
            ("previous", "◀", self.tr("Previous frame or cluster (PageUp)")),
            ("next", "▶", self.tr("Next frame or cluster (PageDown)")),
            ("follow", self.tr("Follow me"), self.tr("Show what my window shows (F)")),
            ("blank", self.tr("Blank"), self.tr("Blank the screen (B)")),
            ("exit", self.tr("Exit"), self.tr("Leave presenter mode (Esc)")),
        ):
            button = QToolButton(self)
            button.setObjectName(f"controlBar_{key}")
            button.setText(text)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
            self.buttons[key] = button
        self.buttons["blank"].setCheckable(True)
        self.buttons["toggle"].clicked.connect(self.toggle_timer_requested)
        self.buttons["next_step"].clicked.connect(self.next_step_requested)
        self.buttons["previous"].clicked.connect(self.previous_target_requested)
        self.buttons["next"].clicked.connect(self.next_target_requested)
        self.buttons["follow"].clicked.connect(self.follow_requested)
        self.buttons["blank"].toggled.connect(self.blank_toggled)
        self.buttons["exit"].clicked.connect(self.exit_requested)
        self._drag_from: QPoint | None = None
        self.set_timer_available(False)

    # -- state shown ---------------------------------------------------------------
    def set_timer_available(self, available: bool) -> None:
        self.buttons["toggle"].setEnabled(available)
        self.buttons["next_step"].setEnabled(available)
        self.time_label.setVisible(available)

    def set_timer_state(self, state: str) -> None:
        self.buttons["toggle"].setText(self.tr(_TOGGLE_TEXT.get(state, _TOGGLE_TEXT["idle"])))

    def set_time(self, text: str) -> None:
        self.time_label.setText(text)

    def set_blank(self, blank: bool) -> None:
        button = self.buttons["blank"]
        if button.isChecked() != blank:
            button.blockSignals(True)
            button.setChecked(blank)
            button.blockSignals(False)

    def set_following(self, following: bool) -> None:
        self.buttons["follow"].setEnabled(not following)

    def place_on(self, screen_rect: tuple[int, int, int, int]) -> None:
        """Bottom centre of the screen, clear of the edge."""
        self.adjustSize()
        x, y, w, h = screen_rect
        self.move(x + (w - self.width()) // 2, y + h - self.height() - max(16, h // 30))

    # -- Qt ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(int(event.key()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)
