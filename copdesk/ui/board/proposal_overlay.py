"""Suggested clusters shown on the board before anything changes.

Each proposed group gets a colour: its notes get a tinted overlay with a band
naming the group (a child item of the note, so it follows the note and never
touches the file). Clicking a tinted note, or the group's chip in the bar,
toggles the group. The bar above the board lists the groups with checkboxes
and offers Accept selected / Accept all / Dismiss; while the suggestion runs
it shows a busy indicator. The overlay only reports ``proposals_accepted``
or ``proposals_dismissed``; the controller makes the one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.clustering import ClusterProposal
from copdesk.ui.board.note_item import NoteItem
from copdesk.ui.board.typeface import board_font

#: Distinct, projector-safe group colours; the rest group is grey.
GROUP_COLORS: tuple[str, ...] = (
    "#d62828",
    "#1d6fd6",
    "#2a9d3f",
    "#e07a00",
    "#8e44ad",
    "#00897b",
    "#c2185b",
    "#6d4c41",
    "#3949ab",
    "#7cb342",
    "#f4511e",
    "#5e35b1",
)
REST_COLOR = "#7b8088"
BAND = 22.0


def group_color(index: int, proposal: ClusterProposal) -> QColor:
    return QColor(REST_COLOR if proposal.rest else GROUP_COLORS[index % len(GROUP_COLORS)])


class ProposalTint(QGraphicsItem):
    """The tint over one note: its group's colour and a band with the label."""

    def __init__(self, note: NoteItem, overlay: ProposalOverlay, index: int) -> None:
        super().__init__(note)
        self.overlay = overlay
        self.index = index
        self._rect = QRectF(0.0, 0.0, note.note.width, note.note.height)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-5.0, -5.0, 5.0, 5.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        proposal = self.overlay.proposals[self.index]
        chosen = self.overlay.is_chosen(self.index)
        color = group_color(self.index, proposal)
        fill = QColor(color)
        fill.setAlpha(26 if chosen else 10)
        painter.setBrush(fill)
        pen = QPen(color, 5.0 if chosen else 2.0)
        if not chosen:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self._rect.adjusted(-2.5, -2.5, 2.5, 2.5), 7.0, 7.0)
        band = QRectF(0.0, self._rect.height() - BAND, self._rect.width(), BAND)
        band_fill = QColor(color)
        band_fill.setAlpha(235 if chosen else 120)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band_fill)
        painter.drawRoundedRect(band, 5.0, 5.0)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(board_font(11, bold=True))
        text_rect = band.adjusted(8.0, 0.0, -8.0, 0.0)
        mark = "✓ " if chosen else ""
        text = QFontMetricsF(painter.font()).elidedText(
            mark + proposal.label, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.boundingRect().contains(event.pos()):
            self.overlay.toggle(self.index)
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # no note editing while a suggestion is on show


class ProposalBar(QWidget):
    """The bar above the board: busy state, then the groups and the choices."""

    accept_selected_clicked = Signal()
    accept_all_clicked = Signal()
    dismiss_clicked = Signal()
    group_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalBar")
        self.setStyleSheet(
            "#proposalBar { background: #ffffff; border-bottom: 1px solid #d0d4da; }"
        )
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: the suggestion is running
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.accept_selected = QPushButton(self.tr("Accept selected"), self)
        self.accept_selected.setObjectName("acceptSelected")
        self.accept_all = QPushButton(self.tr("Accept all"), self)
        self.accept_all.setObjectName("acceptAll")
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setObjectName("dismissProposal")
        self.accept_selected.clicked.connect(self.accept_selected_clicked)
        self.accept_all.clicked.connect(self.accept_all_clicked)
        self.dismiss.clicked.connect(self.dismiss_clicked)
        self.accept_selected.setDefault(True)
        self.boxes: list[QCheckBox] = []
        self._groups = QWidget(self)
        self._groups_layout = QHBoxLayout(self._groups)
        self._groups_layout.setContentsMargins(0, 0, 0, 0)
        self._groups_layout.setSpacing(10)
        scroll = QScrollArea(self)
        scroll.setWidget(self._groups)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(44)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.busy)
        top.addStretch(1)
        for button in (self.accept_selected, self.accept_all, self.dismiss):
            top.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.addLayout(top)
        column.addWidget(scroll)
        self._scroll = scroll
        self.hide()

    def show_busy(self, count: int) -> None:
        self._clear_groups()
        self.title.setText(self.tr("Suggesting clusters for %1 notes…").replace("%1", str(count)))
        self.busy.show()
        self._scroll.hide()
        self.accept_selected.hide()
        self.accept_all.hide()
        self.dismiss.setText(self.tr("Cancel"))
        self.show()

    def show_groups(self, proposals: Sequence[ClusterProposal], chosen: set[int]) -> None:
        self._clear_groups()
        groups = sum(1 for p in proposals if not p.rest)
        self.title.setText(
            (
                self.tr("Suggested: 1 cluster — click a group or its notes to choose")
                if groups == 1
                else self.tr("Suggested: %1 clusters — click a group or its notes to choose")
            ).replace("%1", str(groups))
        )
        self.busy.hide()
        for index, proposal in enumerate(proposals):
            color = group_color(index, proposal).name()
            box = QCheckBox(f"{proposal.label} ({len(proposal.note_ids)})", self._groups)
            box.setObjectName(f"proposal{index}")
            box.setChecked(index in chosen)
            tip = ", ".join(proposal.keywords)
            box.setToolTip(
                self.tr("Key words: %1").replace("%1", tip)
                if tip
                else self.tr("Notes that resemble no other note")
            )
            box.setStyleSheet(
                f"QCheckBox {{ border-left: 6px solid {color}; padding: 3px 6px; "
                "background: #f4f6f8; border-radius: 3px; }"
            )
            box.toggled.connect(lambda on, i=index: self.group_toggled.emit(i, on))
            self._groups_layout.addWidget(box)
            self.boxes.append(box)
        self._groups_layout.addStretch(1)
        self._scroll.show()
        self.accept_selected.show()
        self.accept_all.show()
        self.dismiss.setText(self.tr("Dismiss"))
        self.show()

    def set_checked(self, index: int, on: bool) -> None:
        box = self.boxes[index]
        if box.isChecked() != on:
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    def set_accept_enabled(self, enabled: bool) -> None:
        self.accept_selected.setEnabled(enabled)

    def _clear_groups(self) -> None:
        while self._groups_layout.count():
            entry = self._groups_layout.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = []


class ProposalOverlay(QObject):
    """The state of one suggestion on show: its groups, which are chosen, the tints."""

    proposals_accepted = Signal(object)  # list[ClusterProposal]
    proposals_dismissed = Signal()

    def __init__(self, bar: ProposalBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.proposals: list[ClusterProposal] = []
        self._chosen: set[int] = set()
        self._tints: list[ProposalTint] = []
        self.busy = False
        bar.accept_selected_clicked.connect(self.accept_selected)
        bar.accept_all_clicked.connect(self.accept_all)
        bar.dismiss_clicked.connect(self.dismiss)
        bar.group_toggled.connect(self._on_bar_group_toggled)

    @property
    def active(self) -> bool:
        return self.busy or bool(self.proposals)

    def is_chosen(self, index: int) -> bool:
        return index in self._chosen

    def chosen(self) -> list[ClusterProposal]:
        return [p for i, p in enumerate(self.proposals) if i in self._chosen]

    def show_busy(self, count: int) -> None:
        self.clear()
        self.busy = True
        self.bar.show_busy(count)

    def show_proposals(
        self, proposals: Sequence[ClusterProposal], note_items: dict[int, NoteItem]
    ) -> None:
        """Tint the notes of each group; every group but the rest starts chosen."""
        self.clear()
        self.proposals = list(proposals)
        self._chosen = {i for i, p in enumerate(self.proposals) if not p.rest}
        for index, proposal in enumerate(self.proposals):
            for note_id in proposal.note_ids:
                item = note_items.get(note_id)
                if item is not None:
                    self._tints.append(ProposalTint(item, self, index))
        self.bar.show_groups(self.proposals, self._chosen)
        self.bar.set_accept_enabled(bool(self._chosen))

    def toggle(self, index: int) -> None:
        self.set_chosen(index, index not in self._chosen)

    def set_chosen(self, index: int, on: bool) -> None:
        if on:
            self._chosen.add(index)
        else:
            self._chosen.discard(index)
        self.bar.set_checked(index, on)
        self.bar.set_accept_enabled(bool(self._chosen))
        for tint in self._tints:
            if tint.index == index and shiboken6.isValid(tint):
                tint.update()

    def accept_selected(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.clear()
            self.proposals_accepted.emit(chosen)

    def accept_all(self) -> None:
        """Every real group; notes that resemble no other note stay as they are."""
        chosen = [p for p in self.proposals if not p.rest]
        if chosen:
            self.clear()
            self.proposals_accepted.emit(chosen)

    def dismiss(self) -> None:
        was_active = self.active
        self.clear()
        if was_active:
            self.proposals_dismissed.emit()

    def clear(self) -> None:
        for tint in self._tints:
            if shiboken6.isValid(tint):
                scene = tint.scene()
                tint.setParentItem(None)
                if scene is not None:
                    scene.removeItem(tint)
        self._tints = []
        self.proposals = []
        self._chosen = set()
        self.busy = False
        self.bar.hide()

    def _on_bar_group_toggled(self, index: int, on: bool) -> None:
        self.set_chosen(index, on)
