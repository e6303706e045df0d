"""Undo commands that call the desk and turn its refusals into messages.

:class:`RefusableCommand` is the base of every desk-backed command. A desk
refusal (a read-only file, a full disk, a file deleted while open) never
leaves the stack out of step with the file:

- the first ``redo()`` (run by ``QUndoStack.push``) refused: the command marks
  itself ``failed`` and obsolete, so the stack drops it;
- a later ``undo()`` or ``redo()`` refused: nothing changed, the command is
  ``refused``, and :func:`undo_step`/:func:`redo_step` step the stack back over
  it (the command skips that one call). The step stays where it was and can be
  tried again once the file allows it.

:class:`GuardedCommand` gives a command as ``apply()``/``revert()``, each
followed by ``on_change()`` so a view re-reads the desk; commands never touch
widgets. Every refusal's message goes to ``on_error``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from copdesk.core.errors import CopdeskError

Notify = Callable[[], None]
Report = Callable[[str], None]


class RefusableCommand(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.failed = False  # the first redo was refused: the stack drops the command
        self.refused = False  # a later undo or redo was refused: nothing changed
        self._done_once = False

    def redo(self) -> None:
        self._attempt(self.forward)

    def undo(self) -> None:
        self._attempt(self.backward)

    def _attempt(self, step: Callable[[], None]) -> None:
        if self.refused:  # the stack steps back over a refused call: nothing to do
            self.refused = False
            return
        try:
            step()
        except CopdeskError as error:
            if self._done_once:
                self.refused = True
            else:
                self.failed = True
                self.setObsolete(True)
            self.report(error)
            return
        self._done_once = True

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def report(self, error: CopdeskError) -> None:
        raise NotImplementedError


def undo_step(stack: QUndoStack) -> None:
    """Undo one step; one the desk refused stays on the stack, not undone."""
    stack.undo()
    _step_back_if_refused(stack, stack.index(), stack.redo)


def redo_step(stack: QUndoStack) -> None:
    """Redo one step; one the desk refused stays on the stack, not redone."""
    stack.redo()
    _step_back_if_refused(stack, stack.index() - 1, stack.undo)


def _step_back_if_refused(stack: QUndoStack, index: int, step_back: Notify) -> None:
    command = stack.command(index) if 0 <= index < stack.count() else None
    if isinstance(command, RefusableCommand) and command.refused:
        step_back()


class GuardedCommand(RefusableCommand):
    def __init__(self, text: str, on_change: Notify, on_error: Report) -> None:
        super().__init__(text)
        self.on_change = on_change
        self.on_error = on_error

    def forward(self) -> None:
        self.apply()
        self.on_change()

    def backward(self) -> None:
        self.revert()
        self.on_change()

    def report(self, error: CopdeskError) -> None:
        self.on_error(str(error))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError
