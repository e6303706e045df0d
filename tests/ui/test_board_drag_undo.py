"""Dragging notes with the mouse: one undo step, persisted, survives reopening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from copdesk.desk.desk import Desk
from tests.ui.board_fixtures import drag, make_file, note_center, open_window


def _positions(path: Path, session_id: int) -> dict[str, tuple[float, float]]:
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        return {n.text: (n.x, n.y) for n in desk.notes(session_id)}
    finally:
        desk.close()


def test_drag_moves_the_note_persists_and_undoes_in_one_step(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["Book club works", "Demos are great"])
    window = open_window(qtbot, path)
    note = next(n for n in window.scene.notes() if n.text == "Book club works")
    start = note_center(window, note.id)
    drag(window, start, start + QPoint(150, 90))

    moved = window.scene.note_item(note.id).note
    assert (moved.x, moved.y) == (note.x + 150, note.y + 90)
    assert window.undo_stack.count() == 1
    assert window.desk.note(note.id).x == note.x + 150

    window.actions_by_id["edit.undo"].trigger()
    assert window.desk.note(note.id).x == note.x
    assert window.scene.note_item(note.id).pos().x() == note.x

    window.actions_by_id["edit.redo"].trigger()
    before_close = {n.text: (n.x, n.y) for n in window.scene.notes()}
    window.close()
    assert _positions(path, sid) == before_close
    assert before_close["Book club works"] == (note.x + 150, note.y + 90)


def test_dragging_a_selection_moves_all_of_it_as_one_step(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["one", "two", "three"])
    window = open_window(qtbot, path)
    window.view.setFocus()
    QTest.keySequence(window.view, "Ctrl+A")
    assert len(window.scene.selected_note_ids()) == 3
    before = {n.id: (n.x, n.y) for n in window.scene.notes()}
    first = next(iter(before))
    start = note_center(window, first)
    drag(window, start, start + QPoint(0, 200))
    after = {n.id: (n.x, n.y) for n in window.scene.notes()}
    assert all(after[i] == (x, y + 200) for i, (x, y) in before.items())
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert {n.id: (n.x, n.y) for n in window.desk.notes(window.scene.session_id)} == before


def test_a_click_without_moving_records_nothing(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["still"])
    window = open_window(qtbot, path)
    note = window.scene.notes()[0]
    at = note_center(window, note.id)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.scene.selected_note_ids() == [note.id]
    assert window.undo_stack.count() == 0
