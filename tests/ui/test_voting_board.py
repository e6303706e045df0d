"""Dot voting on the board with the mouse: start a round, click adds a dot,
Alt+click and right-click remove one, named voters have a limit, counts stay
hidden until reveal, the ranking, arrange by votes (undoable), and the votes
are in the file when it is opened again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from copdesk.desk.desk import Desk
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import open_window, view_point
from tests.ui.learning_goals_board import make_learning_goals

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton


def _window(qtbot, tmp_path: Path, count: int = 8) -> tuple[MainWindow, int, list[int]]:
    path, sid = make_learning_goals(tmp_path / "goals.copdesk", count)
    window = open_window(qtbot, path)
    ids = sorted(n.id for n in window.scene.notes())
    return window, sid, ids


def _start(window: MainWindow, votes: int = 3, *, hidden: bool = False) -> None:
    window.actions_by_id["board.start_voting"].trigger()
    bar = window.cluster_tools.voting_bar
    assert bar.isVisible() and bar.start_button.isVisible()
    bar.votes_box.setValue(votes)
    bar.hidden_box.setChecked(hidden)
    QTest.mouseClick(bar.start_button, LEFT)


def _click(window: MainWindow, point: QPointF, button=LEFT, modifiers=NO) -> None:
    window.view.centerOn(point)
    QTest.mouseClick(window.view.viewport(), button, modifiers, view_point(window, point))


def _note_point(window: MainWindow, note_id: int) -> QPointF:
    return window.scene.note_item(note_id).sceneBoundingRect().center()


def _dots(window: MainWindow, sid: int) -> dict[tuple[str, int], int]:
    counts: dict[tuple[str, int], int] = {}
    for v in window.desk.votes(sid):
        counts[(v.target_kind, v.target_id)] = counts.get((v.target_kind, v.target_id), 0) + 1
    return counts


def test_start_a_round_from_the_bar_and_undo_it(qtbot, tmp_path: Path) -> None:
    window, sid, _ids = _window(qtbot, tmp_path)
    _start(window, 5)
    current = window.desk.current_round(sid)
    assert current is not None and current.open and current.votes_per_person == 5
    bar = window.cluster_tools.voting_bar
    assert bar.voter_box.isVisible() and bar.left_label.text().startswith("Room count")
    assert window.undo_stack.undoText() == "Start voting"
    window.undo_stack.undo()
    assert window.desk.rounds(sid) == []
    assert bar.start_button.isVisible()


def test_click_adds_a_dot_alt_click_and_right_click_remove_one(qtbot, tmp_path: Path) -> None:
    window, sid, ids = _window(qtbot, tmp_path)
    _start(window)
    first, second = ids[0], ids[1]
    selected_before = window.scene.selected_note_ids()
    for _ in range(3):
        _click(window, _note_point(window, first))
    _click(window, _note_point(window, second))
    assert _dots(window, sid) == {("note", first): 3, ("note", second): 1}
    assert window.scene.note_item(first).badge == "3"
    assert window.scene.note_item(second).badge == "1"
    assert window.scene.selected_note_ids() == selected_before  # clicks vote, not select
    assert window.desk.note(first).x == window.scene.note_item(first).note.x

    _click(window, _note_point(window, first), LEFT, ALT)
    assert _dots(window, sid)[("note", first)] == 2
    _click(window, _note_point(window, first), RIGHT)
    assert _dots(window, sid)[("note", first)] == 1
    assert window.scene.note_item(first).badge == "1"
    steps = window.undo_stack.count()
    _click(window, _note_point(window, ids[2]), RIGHT)  # no dot there: no step
    assert window.undo_stack.count() == steps

    window.undo_stack.undo()  # the right-click removal
    assert _dots(window, sid)[("note", first)] == 2
    window.undo_stack.undo()  # the Alt+click removal
    window.undo_stack.undo()  # the dot on the second note
    assert _dots(window, sid) == {("note", first): 3}
    window.undo_stack.redo()
    assert _dots(window, sid) == {("note", first): 3, ("note", second): 1}


def test_named_voters_have_a_limit_and_get_a_message(qtbot, tmp_path: Path) -> None:
    window, sid, ids = _window(qtbot, tmp_path)
    _start(window, 2)
    bar = window.cluster_tools.voting_bar
    bar.voter_box.setFocus()
    bar.voter_box.lineEdit().selectAll()
    QTest.keyClicks(bar.voter_box.lineEdit(), "Ana")
    QTest.keyClick(bar.voter_box.lineEdit(), Qt.Key.Key_Return)
    assert window.cluster_tools.voting.participant == "Ana"
    assert bar.left_label.text() == "Ana: 2 of 2 left"
    _click(window, _note_point(window, ids[0]))
    _click(window, _note_point(window, ids[1]))
    assert bar.left_label.text() == "Ana: 0 of 2 left"
    steps = window.undo_stack.count()
    _click(window, _note_point(window, ids[2]))
    assert window.undo_stack.count() == steps
    assert bar.message.text().startswith("Ana has used all 2 votes.")
    assert window.desk.participants(window.desk.current_round(sid).id) == {"Ana": 2}

    window.cluster_tools.voting.choose_participant("Ben")  # another voter: dots again
    assert bar.message.text() == ""
    _click(window, _note_point(window, ids[2]))
    assert window.desk.participants(window.desk.current_round(sid).id) == {"Ana": 2, "Ben": 1}
    window.cluster_tools.voting.choose_participant("")  # the room: no limit
    for _ in range(4):
        _click(window, _note_point(window, ids[3]))
    assert _dots(window, sid)[("note", ids[3])] == 4


def test_counts_are_hidden_until_reveal(qtbot, tmp_path: Path) -> None:
    window, sid, ids = _window(qtbot, tmp_path)
    window.scene.select_notes(ids[:2])
    window.actions_by_id["board.group"].trigger()
    cluster_id = window.scene.cluster_layer.cluster_of(ids[0])
    _start(window, 3, hidden=True)
    _click(window, _note_point(window, ids[0]))
    _click(window, _note_point(window, ids[5]))
    _click(window, _note_point(window, ids[5]))
    assert len(window.desk.votes(sid)) == 3
    assert all(window.scene.note_item(i).badge == "" for i in ids)
    assert window.scene.votes_hidden
    assert window.scene.cluster_layer.item(cluster_id).votes == ""
    window.cluster_tools.show_ranking()
    assert window.cluster_tools.ranking.rows() == []
    assert "hidden" in window.cluster_tools.ranking.summary.text()

    window.actions_by_id["board.reveal_votes"].trigger()
    assert not window.desk.current_round(sid).hidden
    assert window.scene.note_item(ids[5]).badge == "2"
    assert window.scene.note_item(ids[0]).badge == "1"
    assert window.scene.cluster_layer.item(cluster_id).votes == "● 1"
    assert window.cluster_tools.ranking.rows()[0][2] == 2
    window.undo_stack.undo()
    assert window.desk.current_round(sid).hidden
    assert window.scene.note_item(ids[5]).badge == ""


def test_votes_on_a_cluster_count_with_its_notes(qtbot, tmp_path: Path) -> None:
    window, sid, ids = _window(qtbot, tmp_path)
    window.scene.select_notes(ids[:3])
    window.actions_by_id["board.group"].trigger()
    cluster_id = window.scene.cluster_layer.cluster_of(ids[0])
    window.cluster_tools.clusters.set_label(cluster_id, "Interviews")
    _start(window)
    chip = window.scene.cluster_layer.item(cluster_id).chip_rect().center()
    _click(window, chip)
    _click(window, chip)
    _click(window, _note_point(window, ids[1]))
    assert _dots(window, sid) == {("cluster", cluster_id): 2, ("note", ids[1]): 1}
    assert window.scene.cluster_layer.item(cluster_id).votes == "● 3"
    top = window.desk.ranking(sid)[0]
    assert (top.kind, top.target_id, top.votes) == ("cluster", cluster_id, 3)


def test_arrange_by_votes_lays_out_in_rank_order_and_undoes(qtbot, tmp_path: Path) -> None:
    window, sid, ids = _window(qtbot, tmp_path)
    window.scene.select_notes(ids[4:6])
    window.actions_by_id["board.group"].trigger()
    cluster_id = window.scene.cluster_layer.cluster_of(ids[4])
    window.cluster_tools.clusters.set_label(cluster_id, "Roadmaps")
    _start(window)
    chip = window.scene.cluster_layer.item(cluster_id).chip_rect().center()
    for _ in range(3):
        _click(window, chip)
    _click(window, _note_point(window, ids[7]))
    _click(window, _note_point(window, ids[7]))
    QTest.mouseClick(window.cluster_tools.voting_bar.close_round_button, LEFT)
    assert not window.desk.current_round(sid).open
    bar = window.cluster_tools.voting_bar
    assert bar.arrange_button.isVisible() and bar.ranking_button.isVisible()

    QTest.mouseClick(bar.ranking_button, LEFT)
    rows = window.cluster_tools.ranking.rows()
    assert rows[:2] == [("cluster", "Roadmaps (2 notes)", 3), ("note", rows[1][1], 2)]

    before = {n.id: (n.x, n.y) for n in window.desk.notes(sid)}
    steps = window.undo_stack.count()
    window.actions_by_id["board.arrange_by_votes"].trigger()
    assert window.undo_stack.count() == steps + 1
    after = {n.id: (n.x, n.y) for n in window.desk.notes(sid)}
    cluster_left = min(after[i][0] for i in ids[4:6])
    origin = (min(x for x, _ in before.values()), min(y for _, y in before.values()))
    assert cluster_left == origin[0]  # first in rank order: at the top left
    assert after[ids[7]][0] > cluster_left  # the runner-up follows to its right
    # the cluster kept its inner layout
    dx = after[ids[5]][0] - after[ids[4]][0]
    assert dx == before[ids[5]][0] - before[ids[4]][0]
    assert {i: (n.x(), n.y()) for i in ids if (n := window.scene.note_item(i).pos())} == after

    window.undo_stack.undo()
    assert {n.id: (n.x, n.y) for n in window.desk.notes(sid)} == before


def test_votes_and_clusters_survive_reopening(qtbot, tmp_path: Path) -> None:
    window, sid, ids = _window(qtbot, tmp_path)
    window.scene.select_notes(ids[:2])
    window.actions_by_id["board.group"].trigger()
    cluster_id = window.scene.cluster_layer.cluster_of(ids[0])
    _start(window, 2, hidden=True)
    window.cluster_tools.voting.choose_participant("Jo")
    _click(window, _note_point(window, ids[3]))
    _click(window, window.scene.cluster_layer.item(cluster_id).chip_rect().center())
    window.actions_by_id["board.reveal_votes"].trigger()
    path = window.desk.path
    shown = {i.note.id: i.badge for i in window.scene.note_items()}
    window.close()

    desk = Desk.open(path, read_only=True, backup=False)
    try:
        current = desk.current_round(sid)
        assert current is not None and current.votes_per_person == 2 and not current.hidden
        assert sorted((v.target_kind, v.target_id, v.participant) for v in desk.votes(sid)) == [
            ("cluster", cluster_id, "Jo"),
            ("note", ids[3], "Jo"),
        ]
    finally:
        desk.close()
    again = open_window(qtbot, path)
    assert {i.note.id: i.badge for i in again.scene.note_items()} == shown
    assert again.scene.cluster_layer.item(cluster_id).votes == "● 1"
