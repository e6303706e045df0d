"""Resizing a note by the grip of its bottom-right corner: a real mouse drag,
one undo step, persisted, and the text fits the new size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from copdesk.desk.desk import Desk
from copdesk.ui.board.note_item import MIN_HEIGHT, MIN_WIDTH
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import drag, make_file, note_center, open_window, view_point

TEXT = "Run a book club on Continuous Discovery Habits every second Thursday"


def _grip(window: MainWindow, note_id: int) -> QPoint:
    """A point inside the note's own bottom-right corner (the grip)."""
    item = window.scene.note_item(note_id)
    assert item is not None
    window.view.centerOn(item)
    corner = QPointF(item.x() + item.note.width - 5, item.y() + item.note.height - 5)
    return view_point(window, corner)


def _size(path: Path, note_id: int) -> tuple[float, float]:
    with Desk.open(path, read_only=True, backup=False) as desk:
        note = desk.note(note_id)
        return (note.width, note.height)


def _select(window: MainWindow, note_id: int) -> None:
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        note_center(window, note_id),
    )
    assert window.scene.selected_note_ids() == [note_id]


def test_dragging_the_grip_resizes_the_note_in_one_undo_step(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", [TEXT, "other"])
    window = open_window(qtbot, path)
    note_id = next(n.id for n in window.scene.notes() if n.text == TEXT)
    before = window.desk.note(note_id)
    small_text = window.scene.note_item(note_id).text_layout().pixel_size
    _select(window, note_id)
    steps = window.undo_stack.count()

    start = _grip(window, note_id)
    drag(window, start, start + QPoint(160, 120))
    after = window.desk.note(note_id)
    assert (after.width, after.height) == (before.width + 160, before.height + 120)
    assert (after.x, after.y) == (before.x, before.y)  # the corner moved, not the note
    assert window.undo_stack.count() == steps + 1
    assert window.scene.note_item(note_id).text_layout().pixel_size > small_text

    window.undo_stack.undo()
    assert window.scene.note_item(note_id).note == window.desk.note(note_id)
    assert (window.desk.note(note_id).width, window.desk.note(note_id).height) == (
        before.width,
        before.height,
    )
    window.undo_stack.redo()
    window.close()
    assert _size(path, note_id) == (before.width + 160, before.height + 120)


def test_a_note_does_not_shrink_below_readable(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", [TEXT])
    window = open_window(qtbot, path)
    note_id = window.scene.notes()[0].id
    _select(window, note_id)
    start = _grip(window, note_id)
    drag(window, start, start - QPoint(400, 400))
    note = window.desk.note(note_id)
    assert (note.width, note.height) == (MIN_WIDTH, MIN_HEIGHT)


def test_the_grip_needs_a_selected_note_on_an_editable_board(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", [TEXT])
    window = open_window(qtbot, path)
    note = window.scene.notes()[0]
    start = _grip(window, note.id)
    drag(window, start, start + QPoint(100, 0))  # not selected: the press moves the note
    moved = window.desk.note(note.id)
    assert (moved.width, moved.height) == (note.width, note.height)
    assert moved.x == note.x + 100

    window.scene.set_editable(False)
    _select(window, note.id)
    start = _grip(window, note.id)
    drag(window, start, start + QPoint(100, 100))
    unchanged = window.desk.note(note.id)
    assert (unchanged.width, unchanged.height) == (note.width, note.height)
