"""One QUndoCommand per voting gesture: start, close, reveal/hide a round,
add or remove a dot.

Starting a round again after an undo makes a new row, so the commands of one
round share a :class:`RoundRef` that the start command keeps up to date; a dot
put back by a redo lands in the round as it is now. Arranging by votes only
moves notes: a plain :class:`~commands.NotesCommand`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Vote, VoteTarget
from copdesk.desk.desk import Desk
from copdesk.ui.board.commands import _DeskCommand


class VotingTarget(Protocol):
    desk: Desk

    def show_votes(self, session_id: int) -> None: ...
    def report_failure(self, error: CopdeskError) -> None: ...


class RoundRef:
    """The id of one voting round as the undo history sees it."""

    def __init__(self, round_id: int) -> None:
        self.id = round_id


class _VoteCommand(_DeskCommand):
    target: VotingTarget  # type: ignore[assignment]

    def __init__(self, target: VotingTarget, text: str, session_id: int, ref: RoundRef) -> None:
        super().__init__(target, text)  # type: ignore[arg-type]
        self.session_id = session_id
        self.ref = ref

    @property
    def desk(self) -> Desk:
        return self.target.desk

    def _shown(self) -> None:
        self.target.show_votes(self.session_id)


class StartRoundCommand(_VoteCommand):
    """A new round (the open one, if any, closes); undo removes it again."""

    def __init__(
        self, target: VotingTarget, session_id: int, votes_per_person: int, hidden: bool
    ) -> None:
        super().__init__(
            target, QCoreApplication.translate("commands", "Start voting"), session_id, RoundRef(0)
        )
        self.votes_per_person = votes_per_person
        self.hidden = hidden
        self.previous: int | None = None

    def _redo(self) -> None:
        desk = self.desk
        current = desk.current_round(self.session_id)
        self.previous = current.id if current is not None and current.open else None
        self.ref.id = desk.start_round(self.session_id, self.votes_per_person, self.hidden).id
        self._shown()

    def _undo(self) -> None:
        self.desk.discard_round(self.ref.id)
        if self.previous is not None:
            self.desk.reopen_round(self.previous)
        self._shown()


class CloseRoundCommand(_VoteCommand):
    def __init__(self, target: VotingTarget, session_id: int, ref: RoundRef) -> None:
        super().__init__(
            target, QCoreApplication.translate("commands", "Close voting round"), session_id, ref
        )

    def _redo(self) -> None:
        self.desk.close_round(self.ref.id)
        self._shown()

    def _undo(self) -> None:
        self.desk.reopen_round(self.ref.id)
        self._shown()


class RevealCommand(_VoteCommand):
    """Show the counts (reveal) or hide them again."""

    def __init__(self, target: VotingTarget, session_id: int, ref: RoundRef, reveal: bool):
        super().__init__(
            target,
            QCoreApplication.translate("commands", "Reveal votes")
            if reveal
            else QCoreApplication.translate("commands", "Hide votes"),
            session_id,
            ref,
        )
        self.reveal = reveal

    def _set(self, reveal: bool) -> None:
        if reveal:
            self.desk.reveal_round(self.ref.id)
        else:
            self.desk.hide_round(self.ref.id)
        self._shown()

    def _redo(self) -> None:
        self._set(self.reveal)

    def _undo(self) -> None:
        self._set(not self.reveal)


class AddVoteCommand(_VoteCommand):
    def __init__(
        self,
        target: VotingTarget,
        session_id: int,
        ref: RoundRef,
        kind: VoteTarget,
        target_id: int,
        participant: str = "",
    ) -> None:
        super().__init__(target, QCoreApplication.translate("commands", "Vote"), session_id, ref)
        self.kind: VoteTarget = kind
        self.target_id = target_id
        self.participant = participant
        self.vote: Vote | None = None

    def _redo(self) -> None:
        desk = self.desk
        if self.vote is None:
            self.vote = desk.add_vote(self.ref.id, self.kind, self.target_id, self.participant)
        else:
            self.vote = desk.restore_vote(replace(self.vote, round_id=self.ref.id))
        self._shown()

    def _undo(self) -> None:
        assert self.vote is not None
        self.desk.delete_vote(self.vote.id)
        self._shown()


class RemoveVoteCommand(_VoteCommand):
    """Take one dot off (the participant's newest on the target); a removal that
    finds no dot makes no undo step."""

    def __init__(
        self,
        target: VotingTarget,
        session_id: int,
        ref: RoundRef,
        kind: VoteTarget,
        target_id: int,
        participant: str = "",
    ) -> None:
        super().__init__(
            target, QCoreApplication.translate("commands", "Remove vote"), session_id, ref
        )
        self.kind: VoteTarget = kind
        self.target_id = target_id
        self.participant = participant
        self.vote: Vote | None = None
        self.removed = False

    def _redo(self) -> None:
        desk = self.desk
        if not self.removed:
            self.vote = desk.remove_vote(self.ref.id, self.kind, self.target_id, self.participant)
            self.removed = True
            if self.vote is None:
                self.setObsolete(True)
                return
        elif self.vote is not None:
            desk.delete_vote(self.vote.id)
        self._shown()

    def _undo(self) -> None:
        if self.vote is not None:
            self.desk.restore_vote(replace(self.vote, round_id=self.ref.id))
        self._shown()
