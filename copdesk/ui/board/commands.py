"""One QUndoCommand per board gesture; each redo()/undo() is one desk call.

A command never touches scene items: it hands what the desk returned to its
target (the window), which mirrors it on the scene. The first ``redo()`` (run by
``QUndoStack.push``) performs the real operation; later redos and undos write the
recorded snapshots back with :meth:`Desk.put_notes`/:meth:`Desk.put_layout`, so
undo brings back the very same rows. Refusals are reported to the target; see
:class:`~copdesk.ui.guarded_command.RefusableCommand` for what the stack does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Frame, Note, Session
from copdesk.desk.board_ops import PlacedNotes
from copdesk.desk.desk import Desk
from copdesk.desk.gather_ops import Relaid
from copdesk.ui.guarded_command import RefusableCommand

log = logging.getLogger("copdesk.ui")

NUDGE_ID = 1001  # arrow-key moves of the same notes merge into one step


class BoardTarget(Protocol):
    desk: Desk

    def show_notes(self, session_id: int, notes: Sequence[Note], *, select: bool) -> None: ...
    def show_layout(
        self, session_id: int, frames: Sequence[Frame], notes: Sequence[Note]
    ) -> None: ...
    def show_sessions(self, select: int | None) -> None: ...
    def report_failure(self, error: CopdeskError) -> None: ...


class _DeskCommand(RefusableCommand):
    """A board command: refusals go to the target (see :class:`RefusableCommand`)."""

    def __init__(self, target: BoardTarget, text: str) -> None:
        super().__init__(text)
        self.target = target

    def forward(self) -> None:
        self._redo()

    def backward(self) -> None:
        self._undo()

    def report(self, error: CopdeskError) -> None:
        self.target.report_failure(error)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class NotesCommand(_DeskCommand):
    """Any change of notes: ``operation`` runs once; ``before`` is their state
    before it (None for new notes: undo then marks them deleted)."""

    def __init__(
        self,
        target: BoardTarget,
        text: str,
        session_id: int,
        operation: Callable[[], list[Note]],
        before: Sequence[Note] | None = None,
        *,
        select: bool = False,
        merge_id: int = -1,
    ) -> None:
        super().__init__(target, text)
        self.session_id = session_id
        self._operation = operation
        self.before: list[Note] | None = list(before) if before is not None else None
        self.after: list[Note] | None = None
        self._select = select
        self._merge_id = merge_id

    def _redo(self) -> None:
        desk = self.target.desk
        if self.after is None:
            self.after = self._operation()
            if self.before is None:
                self.before = [replace(n, deleted=True) for n in self.after]
            notes = self.after
        else:
            notes = desk.put_notes(self.after)
        self.target.show_notes(self.session_id, notes, select=self._select)

    def _undo(self) -> None:
        notes = self.target.desk.put_notes(self.before or [])
        self.target.show_notes(self.session_id, notes, select=False)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NotesCommand) or other.id() != self.id() or other.after is None:
            return False
        mine = {n.id for n in self.after or []}
        if mine != {n.id for n in other.after}:
            return False
        self.after = other.after
        return True


class PlaceNotesCommand(_DeskCommand):
    """New notes laid out by the desk (an import, a paste, a capture): their
    frames may have grown and what was in the way moved along.

    ``operation`` runs once and returns the :class:`PlacedNotes`; undo puts the
    changed frames and moved notes back and marks the new notes deleted, redo
    writes the placed layout again."""

    def __init__(
        self,
        target: BoardTarget,
        text: str,
        session_id: int,
        operation: Callable[[], PlacedNotes],
        *,
        select: bool = False,
    ) -> None:
        super().__init__(target, text)
        self.session_id = session_id
        self._operation = operation
        self._select = select
        self.after: list[Note] | None = None  # the new notes
        self._layout: tuple[list[Frame], list[Note], list[Frame], list[Note]] | None = None

    def _redo(self) -> None:
        desk = self.target.desk
        if self._layout is None:
            placed = self._operation()
            self.after = placed.notes
            self._layout = (
                placed.frames_before,
                placed.moved_before + [replace(n, deleted=True) for n in placed.notes],
                placed.frames_after,
                placed.moved_after + placed.notes,
            )
            frames, notes = placed.frames_after, placed.moved_after + placed.notes
        else:
            frames = desk.put_layout(self._layout[2], self._layout[3])
            notes = desk.notes_by_id(n.id for n in self._layout[3])
        self.target.show_layout(self.session_id, frames, [])
        self.target.show_notes(self.session_id, notes, select=self._select)

    def _undo(self) -> None:
        assert self._layout is not None
        desk = self.target.desk
        frames = desk.put_layout(self._layout[0], self._layout[1])
        notes = desk.notes_by_id(n.id for n in self._layout[1])
        self.target.show_layout(self.session_id, frames, [])
        self.target.show_notes(self.session_id, notes, select=False)


class LayoutCommand(_DeskCommand):
    """Notes gathered into tidy places (tidy a cluster, arrange by votes,
    accept suggested clusters): frames may have grown and what lay below them
    moved. ``operation`` runs once and returns the :class:`Relaid`; undo and
    redo write one side of it back, each in one transaction."""

    def __init__(
        self,
        target: BoardTarget,
        text: str,
        session_id: int,
        operation: Callable[[], Relaid],
    ) -> None:
        super().__init__(target, text)
        self.session_id = session_id
        self._operation = operation
        self.relaid: Relaid | None = None

    def _redo(self) -> None:
        desk = self.target.desk
        if self.relaid is None:
            self.relaid = self._operation()
            frames, notes = self.relaid.frames_after, self.relaid.notes_after
        else:
            frames = desk.put_layout(self.relaid.frames_after, self.relaid.notes_after)
            notes = desk.notes_by_id(n.id for n in self.relaid.notes_after)
        self._show(frames, notes)

    def _undo(self) -> None:
        assert self.relaid is not None
        desk = self.target.desk
        frames = desk.put_layout(self.relaid.frames_before, self.relaid.notes_before)
        self._show(frames, desk.notes_by_id(n.id for n in self.relaid.notes_before))

    def _show(self, frames: Sequence[Frame], notes: Sequence[Note]) -> None:
        self.target.show_layout(self.session_id, frames, notes)


class FrameLayoutCommand(_DeskCommand):
    """Frames moved, resized, added back or deleted; their notes follow.

    ``operation`` returns the frames it changed; undo puts frames and all the
    session's notes back as they were."""

    def __init__(
        self,
        target: BoardTarget,
        text: str,
        session_id: int,
        operation: Callable[[], list[Frame]],
        frame_ids: Sequence[int] = (),
    ) -> None:
        super().__init__(target, text)
        self.session_id = session_id
        self._operation = operation
        self._frame_ids = list(frame_ids)
        self._before: tuple[list[Frame], list[Note]] | None = None
        self.frames: list[Frame] = []

    def _redo(self) -> None:
        desk = self.target.desk
        if self._before is None:
            self._before = (
                [desk.frame(fid) for fid in self._frame_ids],
                desk.notes(self.session_id),
            )
        self.frames = self._operation()
        if not self._frame_ids:  # a new frame: undo deletes it
            self._frame_ids = [f.id for f in self.frames]
            self._before = ([replace(f, deleted=True) for f in self.frames], self._before[1])
            self._operation = lambda: [desk.restore_frame(fid) for fid in self._frame_ids]
        self.target.show_layout(self.session_id, self.frames, desk.notes(self.session_id))

    def _undo(self) -> None:
        assert self._before is not None
        frames, notes = self._before
        desk = self.target.desk
        changed = desk.put_layout(frames, notes)
        self.target.show_layout(self.session_id, changed, desk.notes(self.session_id))


class FrameTitleCommand(_DeskCommand):
    def __init__(
        self, target: BoardTarget, session_id: int, frame_id: int, old: str, new: str
    ) -> None:
        super().__init__(target, QCoreApplication.translate("commands", "Rename frame"))
        self.session_id = session_id
        self._frame_id = frame_id
        self._old = old
        self._new = new

    def _set(self, title: str) -> None:
        frame = self.target.desk.update_frame(self._frame_id, title=title)
        self.target.show_layout(self.session_id, [frame], [])

    def _redo(self) -> None:
        self._set(self._new)

    def _undo(self) -> None:
        self._set(self._old)


class SessionCommand(_DeskCommand):
    """Create, duplicate, rename or delete a session.

    ``operation`` runs once and returns the session; ``redo_again`` and ``revert``
    take that session and repeat or revert the change."""

    def __init__(
        self,
        target: BoardTarget,
        text: str,
        operation: Callable[[], Session],
        revert: Callable[[Session], Session],
        redo_again: Callable[[Session], Session],
        *,
        select_after: bool = True,
    ) -> None:
        super().__init__(target, text)
        self._operation = operation
        self._revert = revert
        self._redo_again = redo_again
        self._select_after = select_after
        self.session: Session | None = None

    def _redo(self) -> None:
        if self.session is None:
            self.session = self._operation()
        else:
            self.session = self._redo_again(self.session)
        chosen = None if self.session.deleted else self.session.id
        self.target.show_sessions(chosen if self._select_after else None)

    def _undo(self) -> None:
        assert self.session is not None
        reverted = self._revert(self.session)
        self.target.show_sessions(None if reverted.deleted else reverted.id)
