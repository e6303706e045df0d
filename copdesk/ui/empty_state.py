"""What the board shows when the community file has no session yet.

A first start opens an empty community file: instead of a blank canvas, the
board offers the three steps of a growing community as one-click starts, and
the full template choice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

#: The three steps of a growing community, each with its quick starts
#: (template id, button text). The step number shows once, in the step's heading:
#: the learning-goals workshop and the community retro both belong to step 2.
STEPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("EmptyState", "1 · Micro-learning clusters"),
        (
            (
                "learning-circles",
                QT_TRANSLATE_NOOP("EmptyState", "Learning circles — pair people up by interest"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EmptyState", "2 · Structure"),
        (
            (
                "learning-goals",
                QT_TRANSLATE_NOOP("EmptyState", "Learning-goals workshop — goals, topics, formats"),
            ),
            (
                "community-retro",
                QT_TRANSLATE_NOOP("EmptyState", "Community retro — Keep / Drop / Add, actions"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("EmptyState", "3 · Formalize"),
        (("community-canvas", QT_TRANSLATE_NOOP("EmptyState", "Community canvas — the poster")),),
    ),
)


CARD_WIDTH = 560
CARD_MARGIN = 28  # left and right, inside the card
BUTTON_PADDING = 14  # left and right, inside a button
# the room a button has for its text (the frame of the button style takes a little)
TEXT_WIDTH = CARD_WIDTH - 2 * CARD_MARGIN - 2 * BUTTON_PADDING - 8


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with line breaks so that no line is wider than ``width``: after the
    dash of "Name — what it is" when both halves fit, otherwise word by word
    (a single word too long for a line stays whole)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    head, dash, tail = text.partition(" — ")
    if dash and all(metrics.horizontalAdvance(p) <= width for p in (head + " —", tail)):
        return f"{head} —\n{tail}"
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class EmptyState(QFrame):
    """A centred card over the board's viewport with quick starts."""

    template_chosen = Signal(str)
    more_requested = Signal()

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("emptyState")
        self.setStyleSheet(
            "#emptyState { background: #ffffff; border: 1px solid #c9d0d6; border-radius: 14px; }"
            "QLabel#emptyTitle { color: #1a1a1a; }"
            "QLabel#emptyText { color: #4a525a; }"
            "QLabel#emptyStep { color: #4a525a; font-weight: bold; margin-top: 6px; }"
            "QPushButton { text-align: left; font-size: 15px;"
            f" padding: 10px {BUTTON_PADDING}px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(CARD_MARGIN, 24, CARD_MARGIN, 24)
        layout.setSpacing(10)
        title = QLabel(self.tr("Start your first session"))
        title.setObjectName("emptyTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Everything of this community lives in one file. Pick where your "
                "community stands — you can add more sessions at any time."
            )
        )
        text.setObjectName("emptyText")
        text.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        self.buttons: dict[str, QPushButton] = {}
        self.step_labels: list[QLabel] = []
        for heading, starts in STEPS:
            step = QLabel(QCoreApplication.translate("EmptyState", heading))
            step.setObjectName("emptyStep")
            self.step_labels.append(step)
            layout.addWidget(step)
            for template_id, label in starts:
                text = QCoreApplication.translate("EmptyState", label)
                button = QPushButton(text)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setToolTip(text)
                button.setAccessibleName(text)
                button.clicked.connect(lambda _=False, t=template_id: self.template_chosen.emit(t))
                self.buttons[template_id] = button
                layout.addWidget(button)
                button.ensurePolished()  # the style sheet's font decides the width of the text
                # a longer (German) text takes a second line instead of being cut
                button.setText(wrapped(text, button.fontMetrics(), TEXT_WIDTH))
        layout.addSpacing(6)
        more = QPushButton(self.tr("All templates…  (Ctrl+N)"))
        more.clicked.connect(self.more_requested)
        self.more_button = more
        layout.addWidget(more)
        self.setFixedWidth(CARD_WIDTH)
        self.adjustSize()
        viewport.installEventFilter(self)
        self.hide()

    def set_enabled_for_editing(self, editable: bool) -> None:
        for button in [*self.buttons.values(), self.more_button]:
            button.setEnabled(editable)

    def show_centered(self) -> None:
        self._center()
        self.show()
        self.raise_()

    def _center(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.adjustSize()
            self.move(
                max(0, (parent.width() - self.width()) // 2),
                max(0, (parent.height() - self.height()) // 2),
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._center()
        return False
