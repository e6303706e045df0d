"""Manual clusters with real mouse and keys: group (Ctrl+G), drop onto a note or
a cluster to join, drag out to leave, ungroup, rename, collapse/expand, tidy and
moving a cluster as a unit — each one undo step, each persisted in the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from copdesk.desk.desk import Desk
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import drag, make_file, note_center, open_window, view_point

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NO = Qt.KeyboardModifier.NoModifier
TEXTS = [
    "Pair on interview scripts",
    "Book club: Continuous Discovery Habits",
    "Watch conference talks together",
    "Visit a product meetup",
    "Share how we run user interviews",
]


def _ids(window: MainWindow) -> dict[str, int]:
    return {n.text: n.id for n in window.scene.notes()}


def _clusters(path: Path, session_id: int) -> dict[str, tuple[bool, frozenset[str]]]:
    """label -> (collapsed, member texts), read from the file itself."""
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        notes = desk.notes(session_id)
        return {
            c.label: (c.collapsed, frozenset(n.text for n in notes if n.cluster_id == c.id))
            for c in desk.clusters(session_id)
        }
    finally:
        desk.close()


def _click_chip(window: MainWindow, cluster_id: int, *, double: bool = False) -> None:
    item = window.scene.cluster_layer.item(cluster_id)
    assert item is not None
    target = item.chip_rect().center() if not item.collapsed else item.outline_rect().center()
    window.view.centerOn(target)
    point = view_point(window, target)
    if double:
        QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, NO, point)
    else:
        QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, NO, point)


def _center(window: MainWindow, note_id: int) -> QPointF:
    item = window.scene.note_item(note_id)
    assert item is not None
    return item.sceneBoundingRect().center()


def _drag_scene(window: MainWindow, start: QPointF, end: QPointF) -> None:
    """A real mouse drag between two board points (both in view)."""
    window.view.centerOn((start + end) / 2)
    drag(window, view_point(window, start), view_point(window, end))


def _group(window: MainWindow, ids: list[int]) -> int:
    window.scene.select_notes(ids)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_G, CTRL)
    cluster_id = window.scene.cluster_layer.cluster_of(ids[0])
    assert cluster_id is not None
    return cluster_id


def test_ctrl_g_groups_the_selected_notes_and_undo_takes_it_back(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    chosen = [ids[TEXTS[0]], ids[TEXTS[4]]]
    cluster_id = _group(window, chosen)

    item = window.scene.cluster_layer.item(cluster_id)
    assert item is not None and sorted(item.member_ids()) == sorted(chosen)
    assert item.chip_text().endswith("· 2")
    assert {n.id for n in window.desk.cluster_notes(cluster_id)} == set(chosen)
    assert window.undo_stack.count() == 1
    assert item.isSelected()

    window.actions_by_id["edit.undo"].trigger()
    assert window.scene.cluster_layer.item(cluster_id) is None
    assert window.desk.clusters(sid) == []
    assert all(n.cluster_id is None for n in window.desk.notes(sid))

    window.actions_by_id["edit.redo"].trigger()
    assert window.desk.cluster(cluster_id).deleted is False
    assert window.scene.cluster_layer.cluster_of(chosen[1]) == cluster_id
    window.close()
    assert _clusters(path, sid) == {"": (False, frozenset({TEXTS[0], TEXTS[4]}))}


def test_dropping_a_note_onto_a_note_groups_them_in_one_step(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    moving, target = ids[TEXTS[1]], ids[TEXTS[2]]
    before = window.desk.note(moving)
    _drag_scene(window, _center(window, moving), _center(window, target))

    cluster_id = window.scene.cluster_layer.cluster_of(moving)
    assert cluster_id is not None
    assert window.scene.cluster_layer.cluster_of(target) == cluster_id
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Group notes"

    window.undo_stack.undo()
    again = window.desk.note(moving)
    assert (again.x, again.y, again.cluster_id) == (before.x, before.y, None)
    assert window.desk.clusters(sid) == []
    assert window.scene.cluster_layer.items == {}


def test_dropping_a_note_onto_a_cluster_joins_it(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    cluster_id = _group(window, [ids[TEXTS[0]], ids[TEXTS[4]]])
    window.scene.clearSelection()
    newcomer = ids[TEXTS[3]]
    _drag_scene(window, _center(window, newcomer), _center(window, ids[TEXTS[4]]))

    assert window.desk.note(newcomer).cluster_id == cluster_id
    assert window.undo_stack.undoText() == "Join cluster"
    item = window.scene.cluster_layer.item(cluster_id)
    assert item is not None and newcomer in item.member_ids()
    window.undo_stack.undo()
    assert window.desk.note(newcomer).cluster_id is None
    assert len(window.desk.cluster_notes(cluster_id)) == 2
    window.undo_stack.redo()
    window.close()
    assert _clusters(path, sid)[""][1] == frozenset({TEXTS[0], TEXTS[3], TEXTS[4]})


def test_dragging_a_note_out_of_its_cluster_leaves_it(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    members = [ids[t] for t in TEXTS[:3]]
    cluster_id = _group(window, members)
    window.scene.clearSelection()
    leaving = members[0]
    outline = window.scene.cluster_layer.item(cluster_id).outline_rect()
    out = _center(window, leaving)
    end_scene = QPointF(outline.right() + 500, out.y())  # well outside the outline
    _drag_scene(window, out, end_scene)

    assert window.desk.note(leaving).cluster_id is None
    assert window.undo_stack.undoText() == "Leave cluster"
    assert sorted(window.scene.cluster_layer.members(cluster_id)) == sorted(members[1:])
    assert window.scene.cluster_layer.item(cluster_id).outline_rect().right() < end_scene.x()

    window.undo_stack.undo()
    assert window.desk.note(leaving).cluster_id == cluster_id
    assert window.scene.cluster_layer.cluster_of(leaving) == cluster_id
    window.undo_stack.redo()
    window.close()
    assert _clusters(path, sid)[""][1] == frozenset(TEXTS[1:3])


def test_moving_a_note_within_its_cluster_keeps_it_there(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    members = [ids[t] for t in TEXTS[:4]]
    cluster_id = _group(window, members)
    window.scene.clearSelection()
    start = note_center(window, members[0])
    drag(window, start, start + QPoint(12, 8))
    assert window.desk.note(members[0]).cluster_id == cluster_id
    assert window.undo_stack.undoText().startswith("Move")


def test_dragging_the_label_moves_the_whole_cluster_as_one_step(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    members = [ids[t] for t in TEXTS[:3]]
    cluster_id = _group(window, members)
    before = {n.id: (n.x, n.y) for n in window.desk.notes_by_id(members)}
    item = window.scene.cluster_layer.item(cluster_id)
    chip = item.chip_rect().center()
    window.view.centerOn(chip)
    start = view_point(window, chip)
    drag(window, start, start + QPoint(220, 160))

    after = {n.id: (n.x, n.y) for n in window.desk.notes_by_id(members)}
    assert all(after[i] == (x + 220, y + 160) for i, (x, y) in before.items())
    assert window.undo_stack.count() == 2
    assert window.desk.note(members[0]).cluster_id == cluster_id
    window.undo_stack.undo()
    assert {n.id: (n.x, n.y) for n in window.desk.notes_by_id(members)} == before


def test_ungroup_with_ctrl_shift_g_and_undo(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    members = [ids[TEXTS[0]], ids[TEXTS[1]]]
    cluster_id = _group(window, members)
    window.scene.clearSelection()
    _click_chip(window, cluster_id)
    assert window.scene.cluster_layer.selected_cluster_ids() == [cluster_id]
    QTest.keyClick(window.view, Qt.Key.Key_G, CTRL_SHIFT)

    assert window.desk.clusters(sid) == []
    assert window.scene.cluster_layer.item(cluster_id) is None
    assert sorted(window.scene.selected_note_ids()) == sorted(members)
    window.undo_stack.undo()
    assert {n.id for n in window.desk.cluster_notes(cluster_id)} == set(members)
    assert window.scene.cluster_layer.item(cluster_id) is not None
    window.undo_stack.redo()
    window.close()
    assert _clusters(path, sid) == {}


def test_double_clicking_the_label_renames_the_cluster(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    cluster_id = _group(window, [ids[TEXTS[0]], ids[TEXTS[4]]])
    _click_chip(window, cluster_id, double=True)
    dialog = window.cluster_tools.clusters.rename_dialog
    assert isinstance(dialog, QInputDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.setTextValue("  Interviewing  ")
    dialog.accept()

    item = window.scene.cluster_layer.item(cluster_id)
    assert item.cluster.label == "Interviewing"
    assert item.chip_text() == "Interviewing · 2"
    assert window.undo_stack.undoText() == "Rename cluster"
    window.undo_stack.undo()
    assert window.desk.cluster(cluster_id).label == ""
    window.undo_stack.redo()
    window.close()
    assert list(_clusters(path, sid)) == ["Interviewing"]


def test_collapse_hides_the_notes_behind_one_card_and_expand_brings_them_back(
    qtbot, tmp_path: Path
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    members = [ids[t] for t in TEXTS[:3]]
    cluster_id = _group(window, members)
    window.cluster_tools.clusters.set_label(cluster_id, "Learning formats")
    QTest.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)

    item = window.scene.cluster_layer.item(cluster_id)
    assert item.collapsed
    assert not any(window.scene.note_item(i).isVisible() for i in members)
    assert window.scene.note_item(ids[TEXTS[3]]).isVisible()
    card = item.outline_rect()
    assert (card.width(), card.height()) == (240.0, 140.0)
    # the card is what a click finds; the hidden notes are not
    assert window.scene.note_at(card.center()) is None or (
        window.scene.note_at(card.center()).note.id not in members
    )
    assert window.desk.cluster(cluster_id).collapsed

    window.scene.clearSelection()
    _click_chip(window, cluster_id)
    QTest.keyClick(window.view, Qt.Key.Key_C, CTRL_SHIFT)
    assert not item.collapsed
    assert all(window.scene.note_item(i).isVisible() for i in members)
    window.undo_stack.undo()  # collapsed again
    assert item.collapsed and not window.scene.note_item(members[0]).isVisible()
    window.close()
    assert _clusters(path, sid)["Learning formats"] == (True, frozenset(TEXTS[:3]))

    reopened = open_window(qtbot, path)
    again = reopened.scene.cluster_layer.item(cluster_id)
    assert again is not None and again.collapsed
    assert not reopened.scene.note_item(members[1]).isVisible()


def test_tidy_lines_the_cluster_up_in_a_grid_in_one_step(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    members = [ids[t] for t in TEXTS]
    scattered = {m: (100.0 + 330 * i, 900.0 + 57 * (i % 3)) for i, m in enumerate(members)}
    window.board.move_notes(scattered, "Move", merge=False)
    cluster_id = _group(window, members)
    steps = window.undo_stack.count()
    QTest.keyClick(window.view, Qt.Key.Key_L, CTRL_SHIFT)

    notes = window.desk.notes_by_id(members)
    xs = sorted({n.x for n in notes})
    ys = sorted({n.y for n in notes})
    assert len(xs) == 3 and len(ys) == 2  # 5 notes: a 3-column grid
    assert xs[1] - xs[0] == xs[2] - xs[1]
    assert window.undo_stack.count() == steps + 1
    outline = window.scene.cluster_layer.item(cluster_id).outline_rect()
    assert outline.width() < 3 * 260
    window.undo_stack.undo()
    assert {n.id: (n.x, n.y) for n in window.desk.notes_by_id(members)} == scattered
    window.close()
    assert len(_clusters(path, sid)[""][1]) == 5


def test_group_without_a_selection_says_what_to_do(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    window.scene.clearSelection()
    QTest.keyClick(window.view, Qt.Key.Key_G, CTRL)
    assert window.undo_stack.count() == 0
    assert "Select the notes" in window.statusBar().currentMessage()
    QApplication.processEvents()


def test_deleting_every_note_of_a_voted_cluster_takes_it_off_the_ranking_and_undo_restores_it(
    qtbot, tmp_path: Path
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", TEXTS)
    window = open_window(qtbot, path)
    ids = _ids(window)
    members = [ids[TEXTS[0]], ids[TEXTS[1]]]
    cluster_id = _group(window, members)
    round_id = window.desk.start_round(sid, 3).id
    window.desk.add_vote(round_id, "cluster", cluster_id, "Ana")
    window.cluster_tools.voting.refresh()
    window.cluster_tools.show_ranking()
    top_kind, _label, top_dots = window.cluster_tools.ranking.rows()[0]
    assert (top_kind, top_dots) == ("cluster", 1)

    window.scene.select_notes(members)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete, NO)
    item = window.scene.cluster_layer.item(cluster_id)
    assert item is None or not item.isVisible()
    assert all(kind == "note" for kind, _label, _dots in window.cluster_tools.ranking.rows())
    assert window.desk.clusters(sid) == []

    window.undo_stack.undo()
    item = window.scene.cluster_layer.item(cluster_id)
    assert item is not None and item.isVisible()
    assert [k for k, _label, dots in window.cluster_tools.ranking.rows() if dots] == ["cluster"]

    window.undo_stack.redo()
    window.close()
    assert _clusters(path, sid) == {}
