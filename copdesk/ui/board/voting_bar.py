"""The voting bar above the board.

Before a round: votes per person, "hide counts until reveal" and Start.
During a round: who is voting ("Room" for a plain room count, or a typed
name), the dots that voter has left, Reveal / Hide counts, Close round.
After it: Reveal, the ranking, Arrange by votes and a new round. The bar only
reports what was asked for; the :class:`VotingController` does it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.models import VotingRound
from copdesk.core.text import fill
from copdesk.desk.vote_ops import MAX_VOTES_PER_PERSON
from copdesk.ui.flow_layout import FlowLayout

ROOM = QT_TRANSLATE_NOOP("VotingBar", "Room")


class VotingBar(QWidget):
    start_requested = Signal(int, bool)  # votes per person, hidden
    participant_chosen = Signal(str)  # "" = the room
    reveal_requested = Signal(bool)  # True: show the counts, False: hide them
    close_round_requested = Signal()
    ranking_requested = Signal()
    arrange_requested = Signal()
    new_round_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingBar")
        self.setStyleSheet("#votingBar { background: #ffffff; border-bottom: 1px solid #d0d4da; }")
        self.setAutoFillBackground(True)
        self.round: VotingRound | None = None
        self.title = QLabel(self.tr("Dot voting"), self)
        self.title.setStyleSheet("font-weight: 600;")
        # set-up
        self.votes_label = QLabel(self.tr("Votes per person:"), self)
        self.votes_box = QSpinBox(self)
        self.votes_box.setObjectName("votesPerPerson")
        self.votes_box.setRange(1, MAX_VOTES_PER_PERSON)
        self.votes_box.setValue(3)
        self.hidden_box = QCheckBox(self.tr("Hide counts until reveal"), self)
        self.hidden_box.setObjectName("hideCounts")
        self.start_button = QPushButton(self.tr("Start round"), self)
        self.start_button.setObjectName("startRound")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        # during a round
        self.voter_label = QLabel(self.tr("Voter:"), self)
        self.voter_box = QComboBox(self)
        self.voter_box.setObjectName("voterBox")
        self.voter_box.setEditable(True)
        self.voter_box.setInsertPolicy(QComboBox.InsertPolicy.InsertAlphabetically)
        self.voter_box.setMinimumWidth(110)
        self.voter_box.setToolTip(
            self.tr(
                "“Room” counts the dots of the whole room; type a name to count each person's dots"
            )
        )
        self.voter_box.addItem(self.tr(ROOM))
        self.voter_box.currentTextChanged.connect(self._on_voter_box_text_changed)
        self.left_label = QLabel(self)
        self.left_label.setObjectName("votesLeft")
        self.reveal_button = QPushButton(self.tr("Reveal"), self)
        self.reveal_button.setObjectName("revealVotes")
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.close_round_button = QPushButton(self.tr("Close round"), self)
        self.close_round_button.clicked.connect(self.close_round_requested)
        # after a round
        self.ranking_button = QPushButton(self.tr("Ranking"), self)
        self.ranking_button.clicked.connect(self.ranking_requested)
        self.arrange_button = QPushButton(self.tr("Arrange by votes"), self)
        self.arrange_button.clicked.connect(self.arrange_requested)
        self.new_round_button = QPushButton(self.tr("New round"), self)
        self.new_round_button.clicked.connect(self.new_round_requested)
        self.message = QLabel(self)
        self.message.setObjectName("votingMessage")
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.message.hide()  # shown while it has something to say
        self.hint = QLabel(self)
        self.hint.setObjectName("votingHint")
        self.hint.setStyleSheet("color: #5a5f66;")
        # the hint and the message each have a line of their own under the
        # controls and wrap there: they are read whole, yet never widen the
        # window (the docks would be pushed off the screen)
        for label in (self.hint, self.message):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(0)
            label.setWordWrap(True)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(self.tr("Leave voting (the round stays as it is)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        # what each state shows a part of (see _show_only)
        self._parts: tuple[QWidget, ...] = (
            self.votes_label,
            self.votes_box,
            self.hidden_box,
            self.start_button,
            self.voter_label,
            self.voter_box,
            self.left_label,
            self.reveal_button,
            self.close_round_button,
            self.ranking_button,
            self.arrange_button,
            self.new_round_button,
            self.hint,
        )
        # the controls flow onto a second line where German words do not fit in one
        controls = FlowLayout(spacing=8, line_spacing=4)
        for widget in (self.title, *self._parts):
            if widget is not self.hint:
                controls.addWidget(widget)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(controls, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 6, 6)
        column.setSpacing(3)
        column.addLayout(top)
        column.addWidget(self.hint)
        column.addWidget(self.message)
        self.show_setup()
        self.hide()

    # -- states ----------------------------------------------------------------
    def _show_only(self, *widgets: QWidget) -> None:
        for part in self._parts:
            part.setVisible(part in widgets)

    def show_setup(self) -> None:
        self.round = None
        self.title.setText(self.tr("Dot voting"))
        self.show_message("")
        self._show_only(self.votes_label, self.votes_box, self.hidden_box, self.start_button)

    def show_round(self, voting_round: VotingRound, votes_left: int | None, cast: int) -> None:
        """A round as the desk has it now: open (voting) or closed (results)."""
        self.round = voting_round
        self.reveal_button.setText(
            self.tr("Hide counts") if not voting_round.hidden else self.tr("Reveal")
        )
        if voting_round.open:
            hidden = self.tr(" · counts hidden") if voting_round.hidden else ""
            self.title.setText(
                fill(self.tr("Voting: %1 per person%2"), voting_round.votes_per_person, hidden)
            )
            self.show_votes_left(votes_left, cast)
            self.hint.setText(
                self.tr("Click a note or cluster to add a dot; right-click removes one")
            )
            self.hint.setToolTip(self.hint.text())
            self._show_only(
                self.voter_label,
                self.voter_box,
                self.left_label,
                self.reveal_button,
                self.close_round_button,
                self.hint,
            )
        else:
            dots = (self.tr("1 dot") if cast == 1 else self.tr("%1 dots")).replace("%1", str(cast))
            state = self.tr("counts hidden") if voting_round.hidden else self.tr("results")
            self.title.setText(fill(self.tr("Round closed: %1 · %2"), dots, state))
            self._show_only(
                self.reveal_button,
                self.ranking_button,
                self.arrange_button,
                self.new_round_button,
            )

    def show_votes_left(self, votes_left: int | None, cast: int) -> None:
        if votes_left is None:
            self.left_label.setText(
                (
                    self.tr("Room count · 1 dot cast")
                    if cast == 1
                    else self.tr("Room count · %1 dots cast")
                ).replace("%1", str(cast))
            )
        else:
            total = self.round.votes_per_person if self.round else votes_left
            self.left_label.setText(
                fill(self.tr("%1: %2 of %3 left"), self.participant(), votes_left, total)
            )

    def show_message(self, text: str) -> None:
        """A problem in red on a line of its own ("" takes it away)."""
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setVisible(bool(text))

    def set_participants(self, names: Sequence[str]) -> None:
        """Names offered in the voter box (typed names are kept)."""
        known = {self.voter_box.itemText(i) for i in range(self.voter_box.count())}
        for name in names:
            if name and name not in known:
                self.voter_box.addItem(name)

    def participant(self) -> str:
        """The chosen voter; "" for the room count."""
        text = self.voter_box.currentText().strip()
        return "" if text.casefold() == self.tr(ROOM).casefold() else text

    def choose_participant(self, name: str) -> None:
        """Choose a voter (a new name is added); "" chooses the room."""
        text = name.strip() or self.tr(ROOM)
        if self.voter_box.findText(text) < 0:
            self.voter_box.addItem(text)
        self.voter_box.setCurrentText(text)

    def open_bar(self) -> None:
        self.show()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    # -- slots -----------------------------------------------------------------
    def _on_start_button_clicked(self) -> None:
        self.start_requested.emit(self.votes_box.value(), self.hidden_box.isChecked())

    def _on_reveal_button_clicked(self) -> None:
        self.reveal_requested.emit(bool(self.round is not None and self.round.hidden))

    def _on_voter_box_text_changed(self, _text: str) -> None:
        self.show_message("")
        self.participant_chosen.emit(self.participant())

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
