"""An undo command that calls the desk and turns its refusals into messages.

``redo()`` runs :meth:`GuardedCommand.apply` and ``undo()`` runs
:meth:`GuardedCommand.revert`, each followed by ``on_change()`` so a view
re-reads the desk; commands never touch widgets. If the desk refuses the first
``redo()`` (a read-only file, a full disk), the command marks itself obsolete so
the stack drops it; every refusal's message goes to ``on_error``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from copdesk.core.errors import CopdeskError

Notify = Callable[[], None]
Report = Callable[[str], None]


class GuardedCommand(QUndoCommand):
    def __init__(self, text: str, on_change: Notify, on_error: Report) -> None:
        super().__init__(text)
        self.on_change = on_change
        self.on_error = on_error
        self._done_once = False
        self.failed = False  # the first redo was refused

    def redo(self) -> None:
        try:
            self.apply()
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
            self.revert()
        except CopdeskError as exc:
            self.on_error(str(exc))
            return
        self.on_change()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError
