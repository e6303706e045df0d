"""Dot voting on the board: the bar's requests and clicks become undo commands.

While the voting bar is open and the round is open, a click on a note or a
cluster adds a dot for the chosen voter; a right-click or Alt+click removes
one. The clicks are taken from the board's viewport by an event filter, so
the scene's own gestures (select, drag) are simply not reached meanwhile.
A named voter who has used up their dots gets a message in the bar, not a
dialog. Badges follow the round's ``hidden`` flag (see ``BoardScene.show_votes``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent

from copdesk.core.errors import CopdeskError
from copdesk.core.models import VoteTarget, VotingRound
from copdesk.core.text import fill
from copdesk.desk.desk import Desk
from copdesk.ui.board.board_controller import BoardController
from copdesk.ui.board.commands import LayoutCommand
from copdesk.ui.board.vote_commands import (
    AddVoteCommand,
    CloseRoundCommand,
    RemoveVoteCommand,
    RevealCommand,
    RoundRef,
    StartRoundCommand,
)
from copdesk.ui.board.voting_bar import VotingBar

_MOUSE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.ContextMenu,
)


class VotingController(QObject):
    message = Signal(str)
    #: the votes or the round changed (the ranking panel refreshes)
    votes_changed = Signal()
    ranking_requested = Signal()

    def __init__(self, board: BoardController, bar: VotingBar) -> None:
        super().__init__()
        self.board = board
        self.scene = board.scene
        self.bar = bar
        self.ref: RoundRef | None = None
        self.participant = ""
        board.view.viewport().installEventFilter(self)
        bar.start_requested.connect(self.start_round)
        bar.participant_chosen.connect(self._on_bar_participant_chosen)
        bar.reveal_requested.connect(self.set_revealed)
        bar.close_round_requested.connect(self.close_round)
        bar.new_round_requested.connect(self.bar.show_setup)
        bar.arrange_requested.connect(self.arrange_by_votes)
        bar.ranking_requested.connect(self.ranking_requested)

    @property
    def desk(self) -> Desk:
        return self.board.desk

    @property
    def voting(self) -> bool:
        """Clicks vote: the bar is open and the current round is open."""
        current = self.current_round()
        return self.bar.isVisible() and current is not None and current.open

    def current_round(self) -> VotingRound | None:
        sid = self.scene.session_id
        if sid is None:
            return None
        try:
            return self.desk.current_round(sid)
        except CopdeskError:
            return None

    # -- VotingTarget ------------------------------------------------------------
    def show_votes(self, session_id: int) -> None:
        if session_id != self.scene.session_id:
            self.board.session_needed.emit(session_id)
            return
        self.refresh()

    def report_failure(self, error: CopdeskError) -> None:
        self.board.report_failure(error)

    def refresh(self) -> None:
        """Badges and the bar from the desk (after every step and session change)."""
        sid = self.scene.session_id
        current = self.current_round()
        votes = self.desk.votes(sid, current.id) if sid is not None and current else []
        self.scene.show_votes(current, votes)
        if current is None:
            self.ref = None
            self.bar.show_setup()
        else:
            if self.ref is None or self.ref.id != current.id:
                self.ref = self._ref_for(current)
            self.bar.set_participants(sorted({v.participant for v in votes if v.participant}))
            self.bar.show_round(current, self._votes_left(current), len(votes))
        self.votes_changed.emit()

    def _ref_for(self, voting_round: VotingRound) -> RoundRef:
        """The undo history's handle of this round (shared with its start command)."""
        stack = self.board.undo_stack
        for index in range(stack.index() - 1, -1, -1):
            command = stack.command(index)
            if isinstance(command, StartRoundCommand) and command.ref.id == voting_round.id:
                return command.ref
        return RoundRef(voting_round.id)

    def _votes_left(self, voting_round: VotingRound) -> int | None:
        if not self.participant:
            return None
        return self.desk.votes_left(voting_round.id, self.participant)

    # -- the bar's requests ----------------------------------------------------------
    def open_bar(self) -> None:
        """Board ▸ Start voting…: the bar, set up for a new round or the open one."""
        if self.scene.session_id is None:
            return
        self.bar.open_bar()
        self.refresh()
        current = self.current_round()
        if current is not None and not current.open:
            self.bar.show_setup()
        if current is None or not current.open:
            self.bar.votes_box.setFocus()

    def start_round(self, votes_per_person: int = 3, hidden: bool = False) -> None:
        if not self.board.editable:
            return
        command = StartRoundCommand(self, self.board.session_id, votes_per_person, hidden)
        self.board.undo_stack.push(command)
        if not command.failed:
            self.ref = command.ref
            self.bar.open_bar()
            self.refresh()
            self.message.emit(self.tr("Voting started: click notes or clusters to add dots."))

    def close_round(self) -> None:
        if self.ref is not None and self.board.editable:
            self.board.undo_stack.push(CloseRoundCommand(self, self.board.session_id, self.ref))

    def set_revealed(self, reveal: bool) -> None:
        current = self.current_round()
        if current is None or self.ref is None or not self.board.editable:
            self.message.emit(self.tr("No voting round yet: Board ▸ Start Voting."))
            return
        if current.hidden == (not reveal):
            return
        self.board.undo_stack.push(RevealCommand(self, self.board.session_id, self.ref, reveal))

    def toggle_revealed(self) -> None:
        """Board ▸ Reveal votes: reveal hidden counts, or hide them again."""
        current = self.current_round()
        self.set_revealed(bool(current is not None and current.hidden))

    def arrange_by_votes(self) -> None:
        """Lay clusters and lone notes out in rank order: one undo step."""
        current = self.current_round()
        if current is None or not self.board.editable:
            self.message.emit(self.tr("No votes yet: start a voting round first."))
            return
        sid = self.board.session_id
        desk = self.desk
        round_id = current.id
        self.board.undo_stack.push(
            LayoutCommand(
                self.board,
                self.tr("Arrange by votes"),
                sid,
                lambda: desk.arrange_by_votes(sid, round_id),
            )
        )
        self.board.view.fit_board()

    def choose_participant(self, name: str) -> None:
        self.bar.choose_participant(name)

    def _on_bar_participant_chosen(self, name: str) -> None:
        self.participant = name
        current = self.current_round()
        if current is not None and current.open:
            votes = len(self.desk.votes(current.session_id, current.id))
            self.bar.show_votes_left(self._votes_left(current), votes)

    # -- clicks ----------------------------------------------------------------------
    def vote_at(self, pos: QPointF, *, remove: bool = False) -> bool:
        """A dot on (or off) the note or cluster at ``pos``; False if nothing is there."""
        target = self._target_at(pos)
        if target is None:
            return False
        kind, target_id = target
        current = self.current_round()
        if current is None or not current.open or self.ref is None:
            return True
        if not self.board.editable:
            self.bar.show_message(self.tr("This file is open read-only: votes cannot be added."))
            return True
        sid = self.board.session_id
        who = self.participant
        if remove:
            self.board.undo_stack.push(RemoveVoteCommand(self, sid, self.ref, kind, target_id, who))
            return True
        left = self._votes_left(current)
        if left == 0:
            self.bar.show_message(
                fill(
                    self.tr("%1 has used all %2 votes. Right-click one of their dots to move it."),
                    who,
                    current.votes_per_person,
                )
            )
            return True
        self.bar.show_message("")
        self.board.undo_stack.push(AddVoteCommand(self, sid, self.ref, kind, target_id, who))
        return True

    def _target_at(self, pos: QPointF) -> tuple[VoteTarget, int] | None:
        note = self.scene.note_at(pos)
        if note is not None and note.isVisible() and note.note.id > 0:
            return ("note", note.note.id)
        cluster = self.scene.cluster_layer.cluster_at(pos)
        if cluster is not None:
            return ("cluster", cluster.cluster_id)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _MOUSE or not self.voting:
            return False
        if event.type() == QEvent.Type.ContextMenu:
            return True  # right-click removes a dot; no menu meanwhile
        if not isinstance(event, QMouseEvent):
            return False
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False
        pos = self.board.view.mapToScene(event.position().toPoint())
        if self._target_at(pos) is None:
            return False  # the empty board still pans and rubber-bands
        if event.type() == QEvent.Type.MouseButtonPress:
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            self.vote_at(pos, remove=alt or button == Qt.MouseButton.RightButton)
        return True
