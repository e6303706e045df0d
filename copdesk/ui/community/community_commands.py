"""Undo for the community views: one :class:`QUndoCommand` per gesture.

``redo()`` and ``undo()`` each call one desk operation, then ``on_change()``
so the view re-reads the desk; commands never touch widgets. If the desk
refuses the first ``redo()``, the command makes itself obsolete (the stack drops
it) and the message goes to ``on_error``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from copdesk.core.errors import CopdeskError

Notify = Callable[[], None]
Report = Callable[[str], None]


class DeskCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        on_change: Notify,
        on_error: Report,
    ) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self.on_change, self.on_error = on_change, on_error
        self._done_once = False
        self.failed = False

    def redo(self) -> None:
        try:
            self._do()
        except CopdeskError as exc:
            if not self._done_once:
                self.setObsolete(True)
                self.failed = True
            self.on_error(str(exc))
            return
        self._done_once = True
        self.on_change()

    def undo(self) -> None:
        try:
            self._undo()
        except CopdeskError as exc:
            self.on_error(str(exc))
            return
        self.on_change()


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
