"""The guiding-questions panel: the current board's questions grouped by frame.

The facilitator filters, picks one and pins it; the window shows a pinned
question large (here and on the projector, via ``question_pinned``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.models import Frame

QUESTION_ROLE = Qt.ItemDataRole.UserRole


class _WrappingTree(QTreeWidget):
    """A tree whose rows grow to show long questions in full, re-wrapped on resize."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrapDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class _WrapDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - 12
        if width < 40:
            return base
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(width, max(base.height(), needed.height() + 8))


class QuestionsPanel(QWidget):
    """Lists guiding questions by frame, with a filter and Pin / Unpin."""

    question_pinned = Signal(str)
    question_unpinned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPanel")
        self._pinned: str | None = None

        self._pinned_box = QFrame()
        self._pinned_box.setFrameShape(QFrame.Shape.StyledPanel)
        self._pinned_box.setObjectName("pinnedQuestion")
        self._pinned_label = QLabel()
        self._pinned_label.setWordWrap(True)
        self._pinned_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self._pinned_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self._pinned_label.setFont(big)
        self._pinned_label.setAccessibleName(self.tr("Pinned question"))
        pinned_layout = QVBoxLayout(self._pinned_box)
        pinned_caption = QLabel(self.tr("Pinned question"))
        pinned_layout.addWidget(pinned_caption)
        pinned_layout.addWidget(self._pinned_label)
        self._pinned_box.hide()

        self._filter = QLineEdit()
        self._filter.setPlaceholderText(self.tr("Filter questions…"))
        self._filter.setClearButtonEnabled(True)
        self._filter.setAccessibleName(self.tr("Filter questions"))

        self._tree = _WrappingTree()
        self._tree.setHeaderHidden(True)
        self._tree.setWordWrap(True)
        self._tree.setUniformRowHeights(False)
        self._tree.setAccessibleName(self.tr("Guiding questions"))

        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._pin = QPushButton(self.tr("&Pin"))
        self._pin.setToolTip(self.tr("Show the selected question large, also on the projector"))
        self._unpin = QPushButton(self.tr("&Unpin"))
        buttons = QHBoxLayout()
        buttons.addWidget(self._pin)
        buttons.addWidget(self._unpin)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self._pinned_box)
        layout.addWidget(self._filter)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._empty)
        layout.addLayout(buttons)

        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self._tree.itemActivated.connect(self._on_tree_item_activated)
        self._pin.clicked.connect(self._on_pin_clicked)
        self._unpin.clicked.connect(self.unpin)
        self.set_frames(())

    # -- public --------------------------------------------------------------
    def set_frames(self, frames: Sequence[Frame]) -> None:
        """Show the questions of these frames (a board's), keeping a pinned question."""
        self._tree.clear()
        for frame in sorted(frames, key=lambda f: (f.y, f.x)):
            if frame.deleted or not frame.questions:
                continue
            group = QTreeWidgetItem([frame.title or self.tr("Untitled frame")])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for question in frame.questions:
                child = QTreeWidgetItem([question])
                child.setData(0, QUESTION_ROLE, question)
                child.setToolTip(0, question)
                group.addChild(child)
            self._tree.addTopLevelItem(group)
        self._tree.expandAll()
        self._apply_filter()

    def question_count(self) -> int:
        return sum(
            self._tree.topLevelItem(i).childCount() for i in range(self._tree.topLevelItemCount())
        )

    def visible_questions(self) -> list[str]:
        out: list[str] = []
        for i in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                if not child.isHidden() and not group.isHidden():
                    out.append(str(child.data(0, QUESTION_ROLE)))
        return out

    def select_question(self, question: str) -> bool:
        for i in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                if child.data(0, QUESTION_ROLE) == question and not child.isHidden():
                    self._tree.setCurrentItem(child)
                    return True
        return False

    def selected_question(self) -> str | None:
        item = self._tree.currentItem()
        value = item.data(0, QUESTION_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def pinned_question(self) -> str | None:
        return self._pinned

    def set_filter(self, text: str) -> None:
        self._filter.setText(text)

    def pin(self, question: str) -> None:
        """Pin ``question`` (shown large) and announce it."""
        self._pinned = question
        self._pinned_label.setText(question)
        self._pinned_box.show()
        self._update_buttons()
        self.question_pinned.emit(question)

    def unpin(self) -> None:
        if self._pinned is None:
            return
        self._pinned = None
        self._pinned_label.clear()
        self._pinned_box.hide()
        self._update_buttons()
        self.question_unpinned.emit()

    # -- internals -----------------------------------------------------------
    def _apply_filter(self) -> None:
        needle = self._filter.text().casefold().strip()
        shown = 0
        for i in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(i)
            group_match = bool(needle) and needle in group.text(0).casefold()
            visible = 0
            for j in range(group.childCount()):
                child = group.child(j)
                hit = not needle or group_match or needle in child.text(0).casefold()
                child.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)
            shown += visible
        if self.question_count() == 0:
            self._empty.setText(self.tr("This board has no guiding questions."))
        elif shown == 0:
            self._empty.setText(self.tr("No question matches the filter."))
        self._empty.setVisible(shown == 0)
        self._tree.setVisible(shown > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self._tree.currentItem()
        selectable = self.selected_question() is not None and current is not None
        self._pin.setEnabled(selectable and not current.isHidden())
        self._unpin.setEnabled(self._pinned is not None)

    # -- slots ---------------------------------------------------------------
    def _on_filter_text_changed(self, _text: str) -> None:
        self._apply_filter()

    def _on_tree_current_item_changed(
        self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._update_buttons()

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        question = item.data(0, QUESTION_ROLE)
        if isinstance(question, str):
            self.pin(question)

    def _on_pin_clicked(self) -> None:
        question = self.selected_question()
        if question is not None:
            self.pin(question)
