"""Review: long sequences of real board gestures, then undo all and redo all.

After every step the board in the window's desk must equal the state recorded
at that point of the history, the scene must mirror the desk, and the file
opened afresh after closing the window must hold exactly the board on show.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from copdesk.core.errors import FileProblem
from copdesk.core.models import Board
from copdesk.desk.desk import Desk
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import drag, make_file, note_center, open_window, view_point

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NO = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
TEXTS = ["Book club", "Watch talks", "Meetup visit", "Share interviews", "Pair up"]


def snapshot(board: Board) -> dict[str, object]:
    """The board minus timestamps, in a stable order."""
    return {
        "session": replace(board.session, created_at="", updated_at=""),
        "frames": sorted(board.frames, key=lambda f: f.id),
        "notes": sorted(board.notes, key=lambda n: n.id),
        "clusters": sorted(board.clusters, key=lambda c: c.id),
        "rounds": sorted((replace(r, started_at="") for r in board.rounds), key=lambda r: r.id),
        "votes": sorted(board.votes, key=lambda v: v.id),
        "agenda": list(board.agenda),
    }


def file_snapshot(path: Path, sid: int) -> dict[str, object]:
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        return snapshot(desk.board(sid))
    finally:
        desk.close()


def assert_scene_mirrors_desk(window: MainWindow) -> None:
    sid = window.scene.session_id
    assert sid is not None
    board = window.desk.board(sid)
    notes = {n.id: n for n in board.notes}
    items = {i.note.id: i for i in window.scene.note_items()}
    assert set(items) == set(notes)
    for nid, note in notes.items():
        item = items[nid]
        assert item.note == note, (item.note, note)
        assert (item.pos().x(), item.pos().y()) == (note.x, note.y), note
    frames = {f.id: f for f in board.frames}
    assert {i.frame.id for i in window.scene.frame_items()} == set(frames)
    for item in window.scene.frame_items():
        f = frames[item.frame.id]
        assert item.frame == f
        assert item.geometry() == (f.x, f.y, f.width, f.height)
    layer = window.scene.cluster_layer
    clusters = {c.id: c for c in board.clusters}
    assert set(layer.items) == set(clusters)
    for cid, c in clusters.items():
        item = layer.item(cid)
        assert item is not None and item.cluster == c
        members = {n.id for n in board.notes if n.cluster_id == cid}
        assert set(item.member_ids()) == members
        for nid in members:
            assert items[nid].isVisible() == (not c.collapsed)


class History:
    def __init__(self, window: MainWindow, sid: int) -> None:
        self.window = window
        self.sid = sid
        self.states = [self.now()]
        self.labels = ["start"]

    def now(self) -> dict[str, object]:
        return snapshot(self.window.desk.board(self.sid))

    def step(self, label: str) -> None:
        """A gesture was made: exactly one new undo step, scene mirrors desk."""
        stack = self.window.undo_stack
        assert stack.count() == len(self.states), f"{label}: {stack.count()} steps"
        assert stack.index() == stack.count()
        state = self.now()
        assert state != self.states[-1], f"{label} changed nothing"
        self.states.append(state)
        self.labels.append(label)
        assert_scene_mirrors_desk(self.window)

    def undo_all_redo_all(self) -> None:
        w = self.window
        for index in range(len(self.states) - 1, 0, -1):
            w.actions_by_id["edit.undo"].trigger()
            assert w.undo_stack.index() == index - 1
            assert self.now() == self.states[index - 1], f"undo of {self.labels[index]}"
            assert_scene_mirrors_desk(w)
        for index in range(1, len(self.states)):
            w.actions_by_id["edit.redo"].trigger()
            assert self.now() == self.states[index], f"redo of {self.labels[index]}"
            assert_scene_mirrors_desk(w)


def _ids(window: MainWindow) -> dict[str, int]:
    return {n.text: n.id for n in window.scene.notes()}


def _scene_drag(window: MainWindow, start: QPointF, end: QPointF) -> None:
    window.view.centerOn((start + end) / 2)
    drag(window, view_point(window, start), view_point(window, end))


def _center(window: MainWindow, note_id: int) -> QPointF:
    item = window.scene.note_item(note_id)
    assert item is not None
    return item.sceneBoundingRect().center()


def _empty_point(window: MainWindow) -> QPointF:
    rect = window.scene.content_rect()
    return QPointF(rect.right() + 400, rect.top() + 200)


def test_note_gestures_undo_all_redo_all_and_reopen(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    h = History(window, sid)
    view = window.view

    # create by double-click + typing
    spot = _empty_point(window)
    view.centerOn(spot)
    QTest.mouseDClick(view.viewport(), LEFT, NO, view_point(window, spot))
    assert window.board.editor is not None
    QTest.keyClicks(view, "Fresh idea")
    QTest.keyClick(view, Qt.Key.Key_Return)
    h.step("create")
    ids = _ids(window)
    assert "Fresh idea" in ids

    # edit
    at = note_center(window, ids["Book club"])
    QTest.mouseDClick(view.viewport(), LEFT, NO, at)
    QTest.keyClicks(view, "Book club monthly")
    QTest.keyClick(view, Qt.Key.Key_Return)
    h.step("edit")
    ids = _ids(window)

    # recolour
    window.scene.select_notes([ids["Watch talks"]])
    QTest.keyClick(view, Qt.Key.Key_3)
    h.step("recolour")

    # single drag
    start = note_center(window, ids["Meetup visit"])
    drag(window, start, start + QPoint(0, 400))
    h.step("drag one")

    # multi drag
    window.scene.select_notes([ids["Pair up"], ids["Share interviews"]])
    start = note_center(window, ids["Pair up"])
    QTest.mousePress(view.viewport(), LEFT, CTRL, start)
    QTest.mouseRelease(view.viewport(), LEFT, CTRL, start)
    window.scene.select_notes([ids["Pair up"], ids["Share interviews"]])
    start = note_center(window, ids["Pair up"])
    drag(window, start, start + QPoint(-50, 500))
    h.step("drag two")

    # nudge (three keys, one step)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    h.step("nudge")

    # duplicate
    QTest.keyClick(view, Qt.Key.Key_D, CTRL)
    h.step("duplicate")

    # copy + paste
    window.scene.select_notes([ids["Fresh idea"]])
    QTest.keyClick(view, Qt.Key.Key_C, CTRL)
    QTest.keyClick(view, Qt.Key.Key_V, CTRL)
    h.step("paste")

    # bring to front
    window.scene.select_notes([ids["Watch talks"]])
    window.actions_by_id["board.raise"].trigger()
    h.step("raise")

    # delete
    window.scene.select_notes([ids["Fresh idea"]])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    h.step("delete")

    h.undo_all_redo_all()
    final = h.now()
    window.close()
    assert file_snapshot(path, sid) == final
    window2 = open_window(qtbot, path)
    assert_scene_mirrors_desk(window2)
    assert snapshot(window2.desk.board(sid)) == final
    window2.close()
    QApplication.clipboard().clear()


def test_cluster_and_vote_gestures_undo_all_redo_all_and_reopen(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    h = History(window, sid)
    view = window.view
    ids = _ids(window)

    window.scene.select_notes([ids["Book club"], ids["Watch talks"]])
    QTest.keyClick(view, Qt.Key.Key_G, CTRL)
    h.step("group")
    cid = window.scene.cluster_layer.cluster_of(ids["Book club"])
    assert cid is not None

    window.scene.clearSelection()
    _scene_drag(window, _center(window, ids["Meetup visit"]), _center(window, ids["Book club"]))
    h.step("join by drop")
    assert window.desk.note(ids["Meetup visit"]).cluster_id == cid

    window.scene.clearSelection()
    out = _center(window, ids["Watch talks"]) + QPointF(0, 900)
    _scene_drag(window, _center(window, ids["Watch talks"]), out)
    h.step("leave by drag-out")
    assert window.desk.note(ids["Watch talks"]).cluster_id is None

    window.scene.clearSelection()
    _scene_drag(window, _center(window, ids["Pair up"]), _center(window, ids["Share interviews"]))
    h.step("group by drop on note")

    layer = window.scene.cluster_layer
    window.scene.clearSelection()
    layer.item(cid).setSelected(True)
    window.actions_by_id["board.tidy_cluster"].trigger()
    h.step("tidy")

    window.scene.clearSelection()
    layer.item(cid).setSelected(True)
    window.actions_by_id["board.collapse_cluster"].trigger()
    h.step("collapse")

    # voting
    window.actions_by_id["board.start_voting"].trigger()
    bar = window.cluster_tools.voting_bar
    bar.votes_box.setValue(3)
    QTest.mouseClick(bar.start_button, LEFT)
    h.step("start round")
    for target in (ids["Watch talks"], ids["Watch talks"], ids["Pair up"]):
        p = _center(window, target)
        view.centerOn(p)
        QTest.mouseClick(view.viewport(), LEFT, NO, view_point(window, p))
        h.step("vote")
    p = _center(window, ids["Watch talks"])
    view.centerOn(p)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, NO, view_point(window, p))
    h.step("unvote")
    window.actions_by_id["board.arrange_by_votes"].trigger()
    h.step("arrange by votes")
    bar.hide()

    window.scene.clearSelection()
    layer.item(cid).setSelected(True)
    window.actions_by_id["board.collapse_cluster"].trigger()
    h.step("expand")

    window.scene.clearSelection()
    layer.item(cid).setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_G, CTRL_SHIFT)
    h.step("ungroup")

    h.undo_all_redo_all()
    final = h.now()
    window.close()
    assert file_snapshot(path, sid) == final
    window2 = open_window(qtbot, path)
    assert_scene_mirrors_desk(window2)
    window2.close()


def test_frame_move_and_resize_undo_all_redo_all_and_reopen(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    h = History(window, sid)
    view = window.view
    frame = next(f for f in window.scene.frames() if f.title == "Keep")
    header = QPointF(frame.x + frame.width / 2, frame.y + 20)
    _scene_drag(window, header, header + QPointF(120, 60))
    h.step("frame move")
    frame = window.desk.frame(frame.id)
    grip = QPointF(frame.x + frame.width - 6, frame.y + frame.height - 6)
    _scene_drag(window, grip, grip + QPointF(80, 90))
    h.step("frame resize")
    assert view is window.view
    h.undo_all_redo_all()
    final = h.now()
    window.close()
    assert file_snapshot(path, sid) == final


def _sessions(desk: Desk) -> list[tuple[int, str, int]]:
    return [(s.id, s.title, s.position) for s in desk.sessions()]


def test_session_rename_duplicate_delete_undo_all_redo_all(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    states = [_sessions(window.desk)]
    window.rename_session(sid, "Autumn retro")
    states.append(_sessions(window.desk))
    window.duplicate_session(sid)
    states.append(_sessions(window.desk))
    copy = max(s.id for s in window.desk.sessions())
    assert window.scene.session_id == copy
    window.delete_session(sid)
    states.append(_sessions(window.desk))
    assert window.scene.session_id == copy
    assert window.undo_stack.count() == 3
    for index in range(3, 0, -1):
        window.actions_by_id["edit.undo"].trigger()
        assert _sessions(window.desk) == states[index - 1]
        assert window.sidebar.current_id() == window.scene.session_id
    for index in range(1, 4):
        window.actions_by_id["edit.redo"].trigger()
        assert _sessions(window.desk) == states[index]
    window.close()
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        assert _sessions(desk) == states[-1]
    finally:
        desk.close()


def test_undo_across_a_session_switch_shows_the_changed_session(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    desk = Desk.open(path)
    other = desk.create_session("community-retro", "Other").id
    desk.close()
    window = open_window(qtbot, path)
    window.show_session(sid)
    h = History(window, sid)
    ids = _ids(window)
    start = note_center(window, ids["Book club"])
    drag(window, start, start + QPoint(200, 0))
    h.step("drag")
    window.scene.select_notes([ids["Pair up"]])
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    h.step("delete")
    window.show_session(other)
    assert window.scene.session_id == other
    window.actions_by_id["edit.undo"].trigger()
    assert window.scene.session_id == sid
    assert h.now() == h.states[1]
    assert_scene_mirrors_desk(window)
    window.show_session(other)
    window.actions_by_id["edit.undo"].trigger()
    assert window.scene.session_id == sid
    assert h.now() == h.states[0]
    assert_scene_mirrors_desk(window)
    window.show_session(other)
    window.actions_by_id["edit.redo"].trigger()
    window.actions_by_id["edit.redo"].trigger()
    assert h.now() == h.states[2]
    assert_scene_mirrors_desk(window)


def test_agenda_undo_after_switching_away_and_back_refreshes_the_panel(
    qtbot, tmp_path: Path
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    desk = Desk.open(path)
    other = desk.create_session("community-retro", "Other").id
    desk.close()
    window = open_window(qtbot, path)
    window.show_session(sid)
    panel = window.docks.agenda_panel
    assert panel is not None
    before = panel.step_ids()
    panel.add_step()
    assert len(panel.step_ids()) == len(before) + 1
    window.show_session(other)
    window.show_session(sid)
    panel = window.docks.agenda_panel
    assert panel is not None and len(panel.step_ids()) == len(before) + 1
    window.actions_by_id["edit.undo"].trigger()
    assert [s.id for s in window.desk.agenda(sid)] == before
    assert panel.step_ids() == before  # the panel on show follows the undo
    assert [s.id for s in window.timer_controller.sheet.steps] == before


def test_undo_after_the_file_became_read_only_refuses_with_a_message(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    start = note_center(window, ids["Book club"])
    drag(window, start, start + QPoint(200, 0))
    window.scene.select_notes([ids["Pair up"]])
    QTest.keyClick(window.view, Qt.Key.Key_3)
    assert window.undo_stack.count() == 2
    state = snapshot(window.desk.board(sid))
    window.desk.read_only = True  # e.g. the USB stick was pulled and remounted read-only
    window.desk.read_only_reason = "the disk is read-only"
    undo_text = window.undo_stack.undoText()
    window.actions_by_id["edit.undo"].trigger()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "copdesk-error"]
    assert boxes and any(b.isVisible() for b in boxes)
    assert snapshot(window.desk.board(sid)) == state
    assert_scene_mirrors_desk(window)
    for b in boxes:
        b.close()
    # the refused step is kept, not undone (the stack and the file agree)
    assert (window.undo_stack.count(), window.undo_stack.index()) == (2, 2)
    assert window.undo_stack.undoText() == undo_text


@contextlib.contextmanager
def _full_disk() -> Iterator[None]:
    """Stands in for the desk's write transaction while the disk is full."""
    raise FileProblem("The disk holding c.copdesk is full, so the last change was not saved.")
    yield


def _close_error_boxes() -> int:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "copdesk-error"]
    shown = sum(1 for b in boxes if b.isVisible())
    for b in boxes:
        b.close()
    return shown


def test_an_undo_refused_by_a_full_disk_can_be_tried_again(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    before = snapshot(window.desk.board(sid))
    start = note_center(window, ids["Book club"])
    drag(window, start, start + QPoint(200, 0))
    moved = snapshot(window.desk.board(sid))
    with monkeypatch.context() as patch:
        patch.setattr(window.desk, "_write", _full_disk)
        window.actions_by_id["edit.undo"].trigger()
    assert _close_error_boxes() == 1
    assert snapshot(window.desk.board(sid)) == moved
    assert (window.undo_stack.count(), window.undo_stack.index()) == (1, 1)
    assert_scene_mirrors_desk(window)
    window.actions_by_id["edit.undo"].trigger()  # the disk has room again
    assert snapshot(window.desk.board(sid)) == before
    assert window.undo_stack.index() == 0
    assert_scene_mirrors_desk(window)


def test_a_redo_refused_by_a_full_disk_can_be_tried_again(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    start = note_center(window, ids["Book club"])
    drag(window, start, start + QPoint(200, 0))
    moved = snapshot(window.desk.board(sid))
    window.actions_by_id["edit.undo"].trigger()
    before = snapshot(window.desk.board(sid))
    with monkeypatch.context() as patch:
        patch.setattr(window.desk, "_write", _full_disk)
        window.actions_by_id["edit.redo"].trigger()
    assert _close_error_boxes() == 1
    assert snapshot(window.desk.board(sid)) == before
    assert (window.undo_stack.count(), window.undo_stack.index()) == (1, 0)
    assert_scene_mirrors_desk(window)
    window.actions_by_id["edit.redo"].trigger()
    assert snapshot(window.desk.board(sid)) == moved
    assert window.undo_stack.index() == 1
    assert_scene_mirrors_desk(window)


def test_an_edit_in_progress_is_saved_when_the_window_closes(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    at = note_center(window, ids["Book club"])
    QTest.mouseDClick(window.view.viewport(), LEFT, NO, at)
    QTest.keyClicks(window.view, "Half typed")
    assert window.board.editor is not None
    window.close()
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        assert desk.note(ids["Book club"]).text == "Half typed"
    finally:
        desk.close()


def test_a_new_note_in_progress_is_saved_when_the_window_closes(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    spot = _empty_point(window)
    window.view.centerOn(spot)
    QTest.mouseDClick(window.view.viewport(), LEFT, NO, view_point(window, spot))
    QTest.keyClicks(window.view, "Unfinished thought")
    window.close()
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        assert "Unfinished thought" in {n.text for n in desk.notes(sid)}
    finally:
        desk.close()


def test_more_gestures_undo_all_redo_all_and_reopen(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    h = History(window, sid)
    view = window.view
    ids = _ids(window)
    layer = window.scene.cluster_layer

    window.scene.select_notes([ids["Book club"], ids["Watch talks"]])
    QTest.keyClick(view, Qt.Key.Key_G, CTRL)
    h.step("group")
    cid = layer.cluster_of(ids["Book club"])
    assert cid is not None

    # drag the whole cluster by its label
    item = layer.item(cid)
    chip = item.chip_rect().center()
    _scene_drag(window, chip, chip + QPointF(0, 600))
    h.step("cluster drag")

    window.cluster_tools.clusters.set_label(cid, "Reading")
    h.step("rename cluster")

    # delete every note of the cluster
    window.scene.select_notes([ids["Book club"], ids["Watch talks"]])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    h.step("delete cluster notes")

    # frames: add, rename, delete
    window.board.add_frame(_empty_point(window))
    h.step("add frame")
    new_frame = max(f.id for f in window.desk.frames(sid))
    window.board.rename_frame(new_frame, "Parking lot")
    h.step("rename frame")
    keep = next(f for f in window.scene.frames() if f.title == "Keep")
    window.board.delete_frames([keep.id])
    h.step("delete frame")

    h.undo_all_redo_all()
    final = h.now()
    window.close()
    assert file_snapshot(path, sid) == final
    window2 = open_window(qtbot, path)
    assert_scene_mirrors_desk(window2)
    window2.close()


def test_agenda_undo_after_switching_back_keeps_the_running_timer(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    desk = Desk.open(path)
    other = desk.create_session("community-retro", "Other").id
    desk.close()
    window = open_window(qtbot, path)
    window.show_session(sid)
    window.docks.agenda_panel.add_step()
    window.show_session(other)
    window.show_session(sid)
    qtbot.wait(1)  # the dropped panels are deleted
    window.timer_controller.start()
    assert window.desk.timer(sid).state == "running"
    window.actions_by_id["edit.undo"].trigger()
    assert window.desk.timer(sid).state == "running"
    assert window.timer_controller.countdown.state == "running"
    window.timer_controller.pause()


def test_agenda_undo_while_another_session_is_shown_shows_that_session(
    qtbot, tmp_path: Path
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    desk = Desk.open(path)
    other = desk.create_session("community-retro", "Other").id
    desk.close()
    window = open_window(qtbot, path)
    window.show_session(sid)
    before = window.docks.agenda_panel.step_ids()
    window.docks.agenda_panel.add_step()
    window.show_session(other)
    qtbot.wait(1)
    window.actions_by_id["edit.undo"].trigger()
    assert window.scene.session_id == sid
    assert window.docks.agenda_panel.step_ids() == before
    window.actions_by_id["edit.redo"].trigger()
    assert len(window.docks.agenda_panel.step_ids()) == len(before) + 1


def test_a_read_only_file_takes_no_gesture(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    desk = Desk.open(path)
    ids = {n.text: n.id for n in desk.notes(sid)}
    desk.group_notes(sid, [ids["Book club"], ids["Watch talks"]], "Reading")
    desk.close()
    state = file_snapshot(path, sid)
    from copdesk.ui.settings import Settings

    window = MainWindow(Desk.open(path, read_only=True, backup=False), Settings())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    window.view.actual_size()
    view = window.view
    start = note_center(window, ids["Meetup visit"])
    drag(window, start, start + QPoint(100, 100))
    window.scene.select_notes([ids["Meetup visit"], ids["Pair up"]])
    for key, mods in (
        (Qt.Key.Key_Right, NO),
        (Qt.Key.Key_Delete, NO),
        (Qt.Key.Key_3, NO),
        (Qt.Key.Key_D, CTRL),
        (Qt.Key.Key_G, CTRL),
        (Qt.Key.Key_V, CTRL),
    ):
        QTest.keyClick(view, key, mods)
    _scene_drag(window, _center(window, ids["Pair up"]), _center(window, ids["Book club"]))
    cid = window.scene.cluster_layer.cluster_of(ids["Book club"])
    chip = window.scene.cluster_layer.item(cid).chip_rect().center()
    _scene_drag(window, chip, chip + QPointF(0, 300))
    frame = next(f for f in window.scene.frames() if f.title == "Keep")
    header = QPointF(frame.x + frame.width / 2, frame.y + 20)
    _scene_drag(window, header, header + QPointF(120, 60))
    spot = _empty_point(window)
    view.centerOn(spot)
    QTest.mouseDClick(view.viewport(), LEFT, NO, view_point(window, spot))
    QTest.keyClicks(view, "nope")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 0
    assert snapshot(window.desk.board(sid)) == state
    assert_scene_mirrors_desk(window)
    window.close()
    assert file_snapshot(path, sid) == state
