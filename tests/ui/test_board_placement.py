"""Many notes into a frame from the window: the frame grows in the same step,
undo brings its size (and what moved aside) back; an oversized paste is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from copdesk.core.errors import ImportProblem
from copdesk.core.models import Frame, Note
from copdesk.ui.board.clipboard import drafts_from_mime, notes_to_mime, text_drafts
from tests.ui.board_fixtures import make_file, open_window
from tests.ui.test_board_history_roundtrip import assert_scene_mirrors_desk, snapshot


def _inside(n: Note, f: Frame) -> bool:
    return (
        f.x <= n.x
        and f.y <= n.y
        and n.x + n.width <= f.x + f.width
        and (n.y + n.height <= f.y + f.height)
    )


def _close_error_boxes() -> int:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "copdesk-error"]
    shown = sum(1 for b in boxes if b.isVisible())
    for b in boxes:
        b.close()
    return shown


def test_a_file_dropped_on_a_frame_grows_it_and_one_undo_shrinks_it(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["already here"])
    window = open_window(qtbot, path)
    before = snapshot(window.desk.board(sid))
    keep = next(f for f in window.desk.frames(sid) if f.title == "Keep")
    src = tmp_path / "k.txt"
    src.write_text("".join(f"Keep idea {i}\n" for i in range(1, 31)), encoding="utf-8")
    notes = window.board.import_file(str(src), QPointF(keep.x + 100, keep.y + 300))
    grown = window.desk.frame(keep.id)
    assert len(notes) == 30 and grown.height > keep.height
    assert all(n.frame_id == keep.id and _inside(n, grown) for n in window.desk.notes(sid))
    assert window.undo_stack.count() == 1
    assert_scene_mirrors_desk(window)
    after = snapshot(window.desk.board(sid))
    window.undo_stack.undo()
    assert snapshot(window.desk.board(sid)) == before  # frame sizes and places too
    assert_scene_mirrors_desk(window)
    window.undo_stack.redo()
    assert snapshot(window.desk.board(sid)) == after
    assert_scene_mirrors_desk(window)


def test_the_capture_bar_grows_a_full_frame_undoably(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", [f"idea {i}" for i in range(15)])
    window = open_window(qtbot, path)
    keep = next(f for f in window.desk.frames(sid) if f.title == "Keep")
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    bar = window.capture_bar
    assert bar.frame_box.currentData() == keep.id
    QTest.keyClicks(bar.edit, "one more")
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    grown = window.desk.frame(keep.id)
    assert grown.height > keep.height
    assert all(_inside(n, grown) for n in window.desk.notes(sid))
    window.undo_stack.undo()
    assert window.desk.frame(keep.id) == keep
    assert_scene_mirrors_desk(window)


def test_pasting_more_lines_than_an_import_takes_is_refused_whole(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk")
    window = open_window(qtbot, path)
    QApplication.clipboard().setText("\n".join(f"line {i}" for i in range(10_001)))
    QTest.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _close_error_boxes() == 1
    assert window.desk.notes(sid) == [] and window.undo_stack.count() == 0
    QApplication.clipboard().setText("\n".join(f"line {i}" for i in range(10_000)))
    QTest.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.desk.notes(sid)) == 10_000


def test_copied_notes_beyond_the_limit_are_refused_not_cut(qtbot) -> None:
    notes = [Note(i, 1, f"n{i}", 0.0, i * 10.0) for i in range(10_001)]
    with pytest.raises(ImportProblem, match=r"more than 10[,.]?000 notes"):
        drafts_from_mime(notes_to_mime(notes), (0.0, 0.0))
    drafts, placed = drafts_from_mime(notes_to_mime(notes[:10_000]), (0.0, 0.0))
    assert len(drafts) == 10_000 and placed
    with pytest.raises(ImportProblem, match="split them and paste"):
        text_drafts("x\n" * 10_001)
    assert len(text_drafts("x\n\n  \n" * 10_000)) == 10_000
