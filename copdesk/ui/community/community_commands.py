"""Undo for the community views: one :class:`QUndoCommand` per gesture.

``redo()`` and ``undo()`` each call one desk operation, then ``on_change()``
so the view re-reads the desk; commands never touch widgets. Refusals: see
:class:`~copdesk.ui.guarded_command.RefusableCommand`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from copdesk.ui.guarded_command import GuardedCommand, Notify, Report


class DeskCommand(GuardedCommand):
    """A community edit given as two desk calls (see :class:`GuardedCommand`)."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        on_change: Notify,
        on_error: Report,
    ) -> None:
        super().__init__(text, on_change, on_error)
        self._do, self._undo = do, undo

    def apply(self) -> None:
        self._do()

    def revert(self) -> None:
        self._undo()


def push(
    stack: QUndoStack,
    text: str,
    do: Callable[[], object],
    undo: Callable[[], object],
    on_change: Notify,
    on_error: Report,
) -> bool:
    """Run ``do`` as an undoable step; False when the desk refused it."""
    command = DeskCommand(text, do, undo, on_change, on_error)
    stack.push(command)
    return not command.failed
