"""Undoable agenda edits: one :class:`QUndoCommand` per gesture, each calling one desk op.

``redo()`` and ``undo()`` call the desk, then ``on_change()`` so the panel and
the timer re-read the agenda: commands never touch widgets. If the desk refuses
the first ``redo()`` (a read-only file, a full disk), the command marks itself
obsolete so the stack drops it, and the message goes to ``on_error``.
Successive edits of the same field of the same step (spin-box clicks, typing)
merge into one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from copdesk.ui.guarded_command import GuardedCommand, Notify, Report

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

_EDIT_IDS = {"title": 5101, "minutes": 5102, "notes": 5103}


class AgendaCommand(GuardedCommand):
    """An agenda edit of one session's desk (see :class:`GuardedCommand`)."""

    def __init__(self, desk: Desk, text: str, on_change: Notify, on_error: Report) -> None:
        super().__init__(text, on_change, on_error)
        self.desk = desk


class AddStep(AgendaCommand):
    def __init__(
        self,
        desk: Desk,
        session_id: int,
        title: str,
        minutes: float,
        on_change: Notify,
        on_error: Report,
        *,
        notes: str = "",
        position: int | None = None,
    ) -> None:
        super().__init__(
            desk,
            QCoreApplication.translate("commands", "Add step “%1”").replace("%1", title),
            on_change,
            on_error,
        )
        self.session_id = session_id
        self.title = title
        self.minutes = minutes
        self.notes = notes
        self.position = position
        self.step_id: int | None = None

    def apply(self) -> None:
        if self.step_id is None:
            step = self.desk.add_step(
                self.session_id, self.title, self.minutes, self.notes, self.position
            )
            self.step_id = step.id
        else:
            self.desk.restore_step(self.step_id)

    def revert(self) -> None:
        if self.step_id is not None:
            self.desk.remove_step(self.step_id)


class RemoveStep(AgendaCommand):
    def __init__(
        self, desk: Desk, step_id: int, title: str, on_change: Notify, on_error: Report
    ) -> None:
        super().__init__(
            desk,
            QCoreApplication.translate("commands", "Remove step “%1”").replace("%1", title),
            on_change,
            on_error,
        )
        self.step_id = step_id

    def apply(self) -> None:
        self.desk.remove_step(self.step_id)

    def revert(self) -> None:
        self.desk.restore_step(self.step_id)


class MoveStep(AgendaCommand):
    def __init__(
        self,
        desk: Desk,
        step_id: int,
        old_position: int,
        new_position: int,
        on_change: Notify,
        on_error: Report,
    ) -> None:
        super().__init__(
            desk, QCoreApplication.translate("commands", "Reorder agenda"), on_change, on_error
        )
        self.step_id = step_id
        self.old_position = old_position
        self.new_position = new_position

    def apply(self) -> None:
        self.desk.move_step(self.step_id, self.new_position)

    def revert(self) -> None:
        self.desk.move_step(self.step_id, self.old_position)


class EditStep(AgendaCommand):
    """Change one field (``title``, ``minutes`` or ``notes``) of a step."""

    def __init__(
        self,
        desk: Desk,
        step_id: int,
        field: str,
        old: str | float,
        new: str | float,
        on_change: Notify,
        on_error: Report,
    ) -> None:
        if field not in _EDIT_IDS:
            raise ValueError(f"unknown agenda field {field!r}")
        label = {
            "title": QCoreApplication.translate("commands", "Rename step"),
            "minutes": QCoreApplication.translate("commands", "Change step length"),
            "notes": QCoreApplication.translate("commands", "Edit notes"),
        }
        super().__init__(desk, label[field], on_change, on_error)
        self.step_id = step_id
        self.field = field
        self.old = old
        self.new = new

    def id(self) -> int:
        return _EDIT_IDS[self.field]

    def mergeWith(self, other: QUndoCommand) -> bool:
        if other.isObsolete() or not isinstance(other, EditStep):
            return False
        if (other.step_id, other.field) != (
            self.step_id,
            self.field,
        ):
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        self.desk.update_step(self.step_id, **{self.field: self.new})  # type: ignore[arg-type]

    def revert(self) -> None:
        self.desk.update_step(self.step_id, **{self.field: self.old})  # type: ignore[arg-type]
