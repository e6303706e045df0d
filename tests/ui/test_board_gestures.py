"""Real gestures on the board with mouse and keys: create, edit, recolour,
rubber-band, delete, paste, capture, find — each one undo step, each persisted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from copdesk.desk.desk import Desk
from tests.ui.board_fixtures import drag, make_file, note_center, open_window, view_point

NO = Qt.KeyboardModifier.NoModifier


def _board_state(path: Path, session_id: int) -> list[tuple[str, float, float, int]]:
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        return sorted((n.text, n.x, n.y, n.color) for n in desk.notes(session_id))
    finally:
        desk.close()


def _scene_state(window) -> list[tuple[str, float, float, int]]:
    return sorted((n.text, n.x, n.y, n.color) for n in window.scene.notes())


def _empty_spot(window) -> QPoint:
    """A point of the board outside every frame and note."""
    rect = window.scene.content_rect()
    target = QPointF(rect.right() + 400, rect.top() + 200)
    window.view.centerOn(target)
    return view_point(window, target)


def test_double_click_creates_a_note_typed_in_place(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk")
    window = open_window(qtbot, path)
    spot = _empty_spot(window)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, NO, spot)
    assert window.board.editor is not None
    QTest.keyClicks(window.view, "Pair on")
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(window.view, "real bugs")
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    notes = window.scene.notes()
    assert [n.text for n in notes] == ["Pair on\nreal bugs"]
    assert window.desk.notes(sid)[0].text == "Pair on\nreal bugs"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.scene.notes() == []
    assert window.desk.notes(sid) == []
    window.undo_stack.redo()
    assert [n.text for n in window.desk.notes(sid)] == ["Pair on\nreal bugs"]


def test_escape_cancels_a_new_note_and_an_edit(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["Keep the demos"])
    window = open_window(qtbot, path)
    spot = _empty_spot(window)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, NO, spot)
    QTest.keyClicks(window.view, "never mind")
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert [n.text for n in window.desk.notes(sid)] == ["Keep the demos"]
    note = window.scene.notes()[0]
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, NO, note_center(window, note.id)
    )
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    QTest.keyClicks(window.view, "changed")
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.desk.note(note.id).text == "Keep the demos"
    assert window.undo_stack.count() == 0


def test_edit_commits_on_click_away(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["Old text"])
    window = open_window(qtbot, path)
    note = window.scene.notes()[0]
    at = note_center(window, note.id)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, NO, at)
    QTest.keyClicks(window.view, "New text")
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, NO, _empty_spot(window))
    qtbot.waitUntil(lambda: window.desk.note(note.id).text == "New text")
    assert window.scene.note_item(note.id).note.text == "New text"
    window.undo_stack.undo()
    assert window.desk.note(note.id).text == "Old text"


def test_number_keys_recolour_the_selection(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["a", "b", "c"])
    window = open_window(qtbot, path)
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_4)
    assert {n.color for n in window.desk.notes(sid)} == {3}
    assert {n.color for n in window.scene.notes()} == {3}
    assert window.undo_stack.count() == 1
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {n.color for n in window.desk.notes(sid)} == {0}


def test_rubber_band_selects_and_delete_key_removes(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["one", "two", "three", "four"])
    window = open_window(qtbot, path)
    window.view.set_zoom(0.5)
    notes = sorted(window.scene.notes(), key=lambda n: (n.y, n.x))
    first_row = [n for n in notes if n.y == notes[0].y]
    left = min(n.x for n in first_row) - 10
    top = notes[0].y - 6
    right = max(n.x + n.width for n in first_row) + 10
    window.view.centerOn(QPointF((left + right) / 2, top + 60))
    # start in a frame's body (not its header): the band, not a frame drag
    start = view_point(window, QPointF(left, top))
    end = view_point(window, QPointF(right, top + 40))
    drag(window, start, end)
    selected = set(window.scene.selected_note_ids())
    assert selected == {n.id for n in first_row}
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert {n.id for n in window.desk.notes(sid)} == {n.id for n in notes} - selected
    assert window.undo_stack.count() == 1
    window.actions_by_id["edit.undo"].trigger()
    assert len(window.desk.notes(sid)) == 4
    assert _scene_state(window) == _board_state(path, sid)


def test_ctrl_click_adds_to_the_selection_and_arrows_nudge(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["one", "two"])
    window = open_window(qtbot, path)
    a, b = window.scene.notes()
    viewport = window.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, NO, note_center(window, a.id))
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        note_center(window, b.id),
    )
    assert set(window.scene.selected_note_ids()) == {a.id, b.id}
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    QTest.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = {n.id: (n.x, n.y) for n in window.desk.notes(sid)}
    assert moved[a.id] == (a.x + 20, a.y + 50)
    assert moved[b.id] == (b.x + 20, b.y + 50)
    assert window.undo_stack.count() == 1  # nudges of the same notes merge
    window.undo_stack.undo()
    assert {n.id: (n.x, n.y) for n in window.desk.notes(sid)} == {
        a.id: (a.x, a.y),
        b.id: (b.x, b.y),
    }


def test_paste_multiline_text_makes_one_note_per_line(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk")
    window = open_window(qtbot, path)
    QApplication.clipboard().setText("Book club\n\n  Watch talks together \nMeetup visit\n")
    QTest.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    texts = sorted(n.text for n in window.desk.notes(sid))
    assert texts == ["Book club", "Meetup visit", "Watch talks together"]
    xs = {n.x for n in window.desk.notes(sid)}
    assert len(xs) > 1  # laid out in a grid, not stacked
    assert window.undo_stack.count() == 1


def test_copy_paste_and_duplicate_keep_text_and_colour(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["Original"])
    window = open_window(qtbot, path)
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    notes = window.desk.notes(sid)
    assert [(n.text, n.color) for n in notes] == [("Original", 1)] * 3
    assert len({(n.x, n.y) for n in notes}) == 3
    # the duplicate is selected, so the next colour key recolours only it
    assert len(window.scene.selected_note_ids()) == 1


def test_capture_bar_takes_note_after_note_with_authors(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk")
    window = open_window(qtbot, path)
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    bar = window.capture_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    keep = bar.frame_box.currentData()
    for i in range(30):
        QTest.keyClicks(bar.edit, f"idea {i}")
        if i == 29:
            QTest.keyClick(bar.edit, Qt.Key.Key_Tab)
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    notes = window.desk.notes(sid)
    assert len(notes) == 30
    assert {n.frame_id for n in notes} == {keep}
    assert notes[0].author == "Table 1" and notes[-1].author == "Table 2"
    assert notes[0].color == 0 and notes[-1].color == 1
    assert len({(n.x, n.y) for n in notes}) == 30  # a tidy grid, no pile
    assert bar.edit.text() == ""
    QTest.keyClick(bar.edit, Qt.Key.Key_3)  # typing digits never recolours
    assert bar.edit.text() == "3"
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_highlights_matches_and_dims_the_rest(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["Book club", "Meetup", "book swap"])
    window = open_window(qtbot, path)
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    QTest.keyClicks(window.find_bar.edit, "book")
    states = {i.note.text: i.find_state for i in window.scene.note_items()}
    assert states == {"Book club": 1, "book swap": 1, "Meetup": 2}
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert {i.find_state for i in window.scene.note_items()} == {0}


def test_frame_drag_carries_its_notes_and_undoes(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["inside"])
    window = open_window(qtbot, path)
    window.view.set_zoom(0.5)
    note = window.scene.notes()[0]
    frame = window.scene.frame_item(note.frame_id).frame
    header = QPointF(frame.x + frame.width / 2, frame.y + 30)
    window.view.centerOn(header)
    start = view_point(window, header)
    drag(window, start, start + QPoint(0, 100))  # 200 units at 50 %
    assert window.desk.frame(frame.id).y == frame.y + 200
    assert window.desk.note(note.id).y == note.y + 200
    window.undo_stack.undo()
    assert window.desk.frame(frame.id).y == frame.y
    assert window.desk.note(note.id).y == note.y
    assert window.scene.note_item(note.id).pos().y() == note.y


def test_board_after_reopening_is_the_board_before_closing(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["one", "two", "three"])
    window = open_window(qtbot, path)
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_5)
    a = window.scene.notes()[0]
    start = note_center(window, a.id)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, NO, start)
    drag(window, start, start + QPoint(300, 0))
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    shown = _scene_state(window)
    window.close()
    assert _board_state(path, sid) == shown
    again = open_window(qtbot, path)
    assert _scene_state(again) == shown
    assert again.scene.session_id == sid
