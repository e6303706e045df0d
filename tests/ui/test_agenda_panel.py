"""The agenda panel: add, remove, reorder, edit — each undoable — and the current step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack
from pytestqt.qtbot import QtBot

from copdesk.core.localtext import LocalText
from copdesk.core.templates import Template, TemplateStep
from copdesk.desk import Desk
from copdesk.ui.timer.agenda_panel import CURRENT_ROLE, SPENT_ROLE, AgendaPanel
from copdesk.ui.timer.timer_controller import TimerController
from tests.fakes import FakeClock, RecordingChime

PLAN = Template(
    id="agenda-test",
    name=LocalText.of("Agenda test"),
    description=LocalText.of(""),
    frames=(),
    agenda=(
        TemplateStep(LocalText.of("Check-in"), 5),
        TemplateStep(LocalText.of("Keep / Drop / Add"), 20, LocalText.of("silent writing")),
        TemplateStep(LocalText.of("Actions"), 10),
    ),
)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "agenda.copdesk", backup=False)
    yield d
    d.close()


@pytest.fixture
def sid(desk: Desk) -> int:
    return desk.create_session_from(PLAN, "Retro").id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot: QtBot, desk: Desk, sid: int, stack: QUndoStack, clock: FakeClock) -> AgendaPanel:
    controller = TimerController(desk, sid, clock, RecordingChime())
    p = AgendaPanel(desk, sid, stack, clock, controller=controller)
    qtbot.addWidget(p)
    return p


def titles(desk: Desk, sid: int) -> list[str]:
    return [s.title for s in desk.agenda(sid)]


def shown(panel: AgendaPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_lists_the_agenda_with_totals(panel: AgendaPanel) -> None:
    assert shown(panel) == ["Check-in", "Keep / Drop / Add", "Actions"]
    assert panel.totals_label.text() == "Planned 35:00 · spent 00:00 · 3 steps"
    assert panel.list.item(0).data(CURRENT_ROLE) is True
    assert panel.title_edit.text() == "Check-in"


def test_add_step_after_the_selection_then_undo_and_redo(
    panel: AgendaPanel, qtbot: QtBot, desk: Desk, sid: int, stack: QUndoStack
) -> None:
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert titles(desk, sid) == ["Check-in", "New step", "Keep / Drop / Add", "Actions"]
    assert panel.list.currentRow() == 1
    new_id = desk.agenda(sid)[1].id
    stack.undo()
    assert shown(panel) == ["Check-in", "Keep / Drop / Add", "Actions"]
    stack.redo()
    assert desk.agenda(sid)[1].id == new_id  # the same row comes back
    assert panel.totals_label.text().startswith("Planned 40:00")


def test_remove_and_undo_restore_the_same_step(
    panel: AgendaPanel, qtbot: QtBot, desk: Desk, sid: int, stack: QUndoStack
) -> None:
    panel.list.setCurrentRow(1)
    removed = desk.agenda(sid)[1]
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert shown(panel) == ["Check-in", "Actions"]
    stack.undo()
    assert desk.agenda(sid)[1] == removed
    assert shown(panel) == ["Check-in", "Keep / Drop / Add", "Actions"]


def test_delete_key_in_the_list_removes(panel: AgendaPanel, qtbot: QtBot) -> None:
    panel.list.setCurrentRow(2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert shown(panel) == ["Check-in", "Keep / Drop / Add"]


def test_minutes_edits_merge_into_one_undo_and_the_idle_timer_follows(
    panel: AgendaPanel, desk: Desk, sid: int, stack: QUndoStack
) -> None:
    panel.list.setCurrentRow(0)
    panel.minutes_spin.stepUp()
    panel.minutes_spin.stepUp()
    assert desk.agenda(sid)[0].minutes == 7
    assert stack.count() == 1
    assert panel.controller.text() == "07:00"
    assert panel.totals_label.text().startswith("Planned 37:00")
    stack.undo()
    assert desk.agenda(sid)[0].minutes == 5
    assert panel.minutes_spin.value() == 5
    assert panel.controller.text() == "05:00"


def test_rename_with_the_title_field(
    panel: AgendaPanel, qtbot: QtBot, desk: Desk, sid: int, stack: QUndoStack
) -> None:
    panel.list.setCurrentRow(2)
    panel.title_edit.clear()
    qtbot.keyClicks(panel.title_edit, "Actions with owners")
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    assert titles(desk, sid)[2] == "Actions with owners"
    assert shown(panel)[2] == "Actions with owners"
    stack.undo()
    assert titles(desk, sid)[2] == "Actions"


def test_notes_are_saved_and_undoable(
    panel: AgendaPanel, desk: Desk, sid: int, stack: QUndoStack
) -> None:
    panel.list.setCurrentRow(1)
    assert panel.notes_edit.toPlainText() == "silent writing"
    panel.notes_edit.setPlainText("silent writing, 5 min\nthen read out")
    panel.commit_notes()
    assert desk.agenda(sid)[1].notes == "silent writing, 5 min\nthen read out"
    panel.commit_notes()  # nothing changed: no second command
    assert stack.count() == 1
    stack.undo()
    assert desk.agenda(sid)[1].notes == "silent writing"
    assert panel.notes_edit.toPlainText() == "silent writing"


def test_reorder_with_alt_arrows_and_buttons(
    panel: AgendaPanel, qtbot: QtBot, desk: Desk, sid: int, stack: QUndoStack
) -> None:
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(desk, sid) == ["Keep / Drop / Add", "Check-in", "Actions"]
    assert panel.list.currentItem().text() == "Check-in"
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert titles(desk, sid) == ["Keep / Drop / Add", "Actions", "Check-in"]
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)  # already last
    assert stack.count() == 2
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    stack.undo()
    stack.undo()
    stack.undo()
    assert titles(desk, sid) == ["Check-in", "Keep / Drop / Add", "Actions"]


def test_drag_and_drop_reorders_through_one_command(
    panel: AgendaPanel, desk: Desk, sid: int, stack: QUndoStack
) -> None:
    panel.resize(400, 500)
    panel.show()
    panel.list.setCurrentRow(0)
    last = panel.list.visualItemRect(panel.list.item(2))
    drop_at = QPointF(10, last.bottom() - 2)  # lower half of the last row: after it
    event = QDropEvent(
        drop_at,
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.list.dropEvent(event)
    assert titles(desk, sid) == ["Keep / Drop / Add", "Actions", "Check-in"]
    assert shown(panel) == titles(desk, sid)
    assert stack.count() == 1
    first = panel.list.visualItemRect(panel.list.item(0))
    panel.list.setCurrentRow(2)
    event = QDropEvent(
        QPointF(10, first.top() + 2),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.list.dropEvent(event)
    assert titles(desk, sid) == ["Check-in", "Keep / Drop / Add", "Actions"]


def test_enter_makes_a_step_current(panel: AgendaPanel, qtbot: QtBot) -> None:
    panel.list.setCurrentRow(2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert panel.controller.current_step is not None
    assert panel.controller.current_step.title == "Actions"
    assert panel.list.item(2).data(CURRENT_ROLE) is True
    assert panel.list.item(0).data(CURRENT_ROLE) is False
    assert panel.controller.text() == "10:00"


def test_spent_time_is_shown_live_and_logged(
    panel: AgendaPanel, clock: FakeClock, desk: Desk, sid: int
) -> None:
    c = panel.controller
    c.start()
    clock.advance(75)
    c.tick()
    assert panel.list.item(0).data(SPENT_ROLE) == pytest.approx(75)
    assert "spent 01:15" in panel.totals_label.text()
    c.next_step()
    assert desk.agenda(sid)[0].actual_seconds == pytest.approx(75)
    assert panel.list.item(1).data(CURRENT_ROLE) is True


def test_a_refused_edit_leaves_no_undo_step(tmp_path: Path, qtbot: QtBot, clock: FakeClock) -> None:
    path = tmp_path / "ro.copdesk"
    with Desk.open(path, backup=False) as d:
        sid = d.create_session_from(PLAN, "Retro").id
    ro = Desk.open(path, read_only=True, backup=False)
    try:
        stack = QUndoStack()
        panel = AgendaPanel(
            ro, sid, stack, clock, controller=TimerController(ro, sid, clock, RecordingChime())
        )
        qtbot.addWidget(panel)
        panel.add_step()
        assert stack.count() == 0
        assert "read-only" in panel.last_error
        assert len(ro.agenda(sid)) == 3
    finally:
        ro.close()


def test_the_selection_and_the_editor_follow_the_current_step(panel: AgendaPanel) -> None:
    """Next / Previous in the timer (or the run-sheet) move the highlight, and the
    editor shows the step the room is on, not the one before."""
    c = panel.controller
    assert panel.list.currentRow() == 0
    c.next_step()
    assert panel.list.item(1).data(CURRENT_ROLE) is True
    assert panel.list.currentRow() == 1
    assert panel.title_edit.text() == "Keep / Drop / Add"
    assert panel.notes_edit.toPlainText() == "silent writing"
    assert panel.minutes_spin.value() == 20
    c.next_step()
    assert panel.list.currentRow() == 2
    assert panel.title_edit.text() == "Actions"
    c.previous_step()
    assert panel.list.currentRow() == 1
    c.start_quick(3)  # a free timer is no step: the selection stays
    assert panel.list.currentRow() == 1


def _focus(qtbot: QtBot, panel: AgendaPanel, widget) -> None:
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_field_being_typed_in_keeps_its_step(panel: AgendaPanel, qtbot: QtBot) -> None:
    """Typing not saved yet is not yanked away by Next; once saved, the next step
    change is followed again."""
    _focus(qtbot, panel, panel.title_edit)
    panel.title_edit.selectAll()
    qtbot.keyClicks(panel.title_edit, "Check-in round")
    panel.controller.next_step()
    assert panel.list.item(1).data(CURRENT_ROLE) is True
    assert panel.list.currentRow() == 0
    assert panel.title_edit.text() == "Check-in round"
    assert panel.title_edit.hasFocus()
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)  # saved; the focus stays there
    assert shown(panel)[0] == "Check-in round"
    panel.controller.next_step()
    assert panel.list.currentRow() == 2
    assert panel.title_edit.text() == "Actions"


def test_notes_being_typed_keep_their_step(panel: AgendaPanel, qtbot: QtBot, desk, sid) -> None:
    _focus(qtbot, panel, panel.notes_edit)
    qtbot.keyClicks(panel.notes_edit, "say hello")
    panel.controller.next_step()
    assert panel.list.currentRow() == 0
    assert panel.notes_edit.toPlainText() == "say hello"
    panel.list.setFocus()  # leaving the field saves the notes
    assert desk.agenda(sid)[0].notes == "say hello"
