"""Refused undo and redo keep the stack in step with the file (GuardedCommand)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from copdesk.core.errors import FileProblem
from copdesk.ui.community.community_commands import push
from copdesk.ui.guarded_command import redo_step, undo_step


class Store:
    """A value behind a disk that can fill up."""

    def __init__(self) -> None:
        self.value = "old"
        self.full = False
        self.changes = 0

    def set(self, value: str) -> None:
        if self.full:
            raise FileProblem("The disk is full, so the last change was not saved.")
        self.value = value
        self.changes += 1


def _push(stack: QUndoStack, store: Store, errors: list[str]) -> bool:
    return push(
        stack,
        "Rename",
        lambda: store.set("new"),
        lambda: store.set("old"),
        lambda: None,
        errors.append,
    )


def test_a_refused_first_step_never_reaches_the_stack(qtbot: QtBot) -> None:
    stack, store, errors = QUndoStack(), Store(), []
    store.full = True
    assert not _push(stack, store, errors)
    assert stack.count() == 0 and store.value == "old"
    assert errors == ["The disk is full, so the last change was not saved."]


def test_a_refused_undo_stays_on_the_stack_and_undoes_later(qtbot: QtBot) -> None:
    stack, store, errors = QUndoStack(), Store(), []
    assert _push(stack, store, errors)
    store.full = True
    undo_step(stack)
    assert (store.value, stack.index(), stack.count()) == ("new", 1, 1)
    assert stack.canUndo() and not stack.canRedo()
    assert len(errors) == 1
    store.full = False
    undo_step(stack)
    assert (store.value, stack.index()) == ("old", 0)
    redo_step(stack)
    assert (store.value, stack.index()) == ("new", 1)
    assert store.changes == 3  # do, undo, redo: the refused calls changed nothing


def test_a_refused_redo_stays_undone_and_redoes_later(qtbot: QtBot) -> None:
    stack, store, errors = QUndoStack(), Store(), []
    assert _push(stack, store, errors)
    undo_step(stack)
    store.full = True
    redo_step(stack)
    assert (store.value, stack.index(), stack.count()) == ("old", 0, 1)
    assert stack.canRedo() and not stack.canUndo()
    assert len(errors) == 1
    store.full = False
    redo_step(stack)
    assert (store.value, stack.index()) == ("new", 1)
    assert store.changes == 3
