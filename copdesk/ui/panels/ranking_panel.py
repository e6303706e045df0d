"""The ranking panel: clusters and notes by their dots in the current round.

A cluster's score is its own dots plus its notes' (see ``Desk.ranking``);
ties share a rank. While the round hides its counts the panel says so and
lists nothing, so a projector showing the window never gives the result away.
Double-clicking a row shows that item on the board; self.tr("Arrange by votes") lays
the board out in this order (one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.models import VotingRound
from copdesk.core.ranking import RankedItem
from copdesk.core.text import fill

TARGET_ROLE = Qt.ItemDataRole.UserRole


class RankingPanel(QWidget):
    #: (kind, target id) of a row the facilitator wants to see on the board
    item_activated = Signal(str, int)
    arrange_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankingPanel")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("rankingTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["#", self.tr("Cluster or note"), self.tr("Dots")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.arrange_button = QPushButton(self.tr("Arrange by votes"), self)
        self.arrange_button.setToolTip(
            self.tr("Lay clusters and notes out in rank order (undoable)")
        )
        self.arrange_button.clicked.connect(self.arrange_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.arrange_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.summary)
        column.addWidget(self.tree, 1)
        column.addLayout(buttons)
        self.show_ranking(None, [], {})

    def show_ranking(
        self,
        voting_round: VotingRound | None,
        ranking: Sequence[RankedItem],
        cluster_sizes: dict[int, int],
    ) -> None:
        """Fill the list; only items with dots are listed, unvoted ones are counted."""
        self.tree.clear()
        if voting_round is None:
            self.summary.setText(self.tr("No voting round yet. Board ▸ Start Voting… begins one."))
            self.arrange_button.setEnabled(False)
            return
        if voting_round.hidden:
            self.summary.setText(
                self.tr("The counts are hidden until you reveal them (Board ▸ Reveal Votes).")
            )
            self.arrange_button.setEnabled(False)
            return
        voted = [r for r in ranking if r.votes > 0]
        state = self.tr("open") if voting_round.open else self.tr("closed")
        unvoted = len(ranking) - len(voted)
        rest = self.tr(" · %1 without dots").replace("%1", str(unvoted)) if unvoted else ""
        self.summary.setText(fill(self.tr("Round %1 · %2 with dots%3"), state, len(voted), rest))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for item in voted:
            if item.kind == "cluster":
                size = cluster_sizes.get(item.target_id, 0)
                notes = self.tr("1 note") if size == 1 else self.tr("%1 notes")
                caption = item.label or self.tr("Cluster")
                label = f"{caption} ({notes.replace('%1', str(size))})"

            else:
                label = item.label or self.tr("(empty note)")
            row = QTreeWidgetItem([str(item.rank), label, str(item.votes)])
            row.setData(0, TARGET_ROLE, (item.kind, item.target_id))
            row.setToolTip(1, label)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if item.kind == "cluster":
                for column in range(3):
                    row.setFont(column, bold)
            self.tree.addTopLevelItem(row)
        self.arrange_button.setEnabled(bool(ranking))

    def rows(self) -> list[tuple[str, str, int]]:
        """(kind, label, dots) of the listed rows, top first."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            kind, _target = row.data(0, TARGET_ROLE)
            out.append((kind, row.text(1), int(row.text(2))))
        return out

    def _on_tree_item_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        kind, target_id = row.data(0, TARGET_ROLE)
        self.item_activated.emit(kind, int(target_id))
