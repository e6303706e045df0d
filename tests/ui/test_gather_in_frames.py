"""QA's steps: paste ten lines over the Drop frame twice, suggest clusters for the
second batch, accept all. The clusters stay in Drop (which grows, pushing the
frames below), cover no note, one undo puts notes and frames back, and the
file reopens as it was left. Tidy and arrange by votes follow the same rule."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from copdesk.core.models import Frame, Note
from copdesk.export.markdown import board_markdown
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import make_file, open_window, view_point
from tests.ui.test_board_history_roundtrip import (
    assert_scene_mirrors_desk,
    file_snapshot,
    snapshot,
)
from tests.ui.test_suggest_clusters_ui import SyncExecutor

CTRL = Qt.KeyboardModifier.ControlModifier
FIRST = [
    "Too many meetings",
    "Meetings run long",
    "Slides nobody reads",
    "Status meetings are boring",
    "Long slide decks",
    "Recordings nobody watches",
    "Calendar clutter",
    "Slides sent too late",
    "Meeting notes missing",
    "Too many slides",
]
SECOND = [
    "Onboarding is hard for newcomers",
    "Newcomers feel lost",
    "Onboarding docs outdated",
    "No onboarding buddy",
    "Newcomers do not speak up",
    "Tooling is confusing",
    "Tool sprawl",
    "Too many tools",
    "Tools nobody maintains",
    "Onboarding takes weeks",
]


def by_theme(notes: list[tuple[int, str]]) -> list:
    """A predictable stand-in for the suggestion: onboarding/newcomers, tools."""
    from copdesk.core.clustering import ClusterProposal

    themes = {"Onboarding": ("onboarding", "newcomer"), "Tools": ("tool",)}
    groups: dict[str, list[int]] = {k: [] for k in themes}
    rest = []
    for note_id, text in notes:
        label = next(
            (k for k, words in themes.items() if any(w in text.lower() for w in words)), None
        )
        (groups[label] if label else rest).append(note_id)
    made = [ClusterProposal(k, tuple(v), themes[k]) for k, v in groups.items() if v]
    return [*made, ClusterProposal("", tuple(rest), (), rest=True)] if rest else made


def _overlap(a: Note, b: Note) -> bool:
    return (
        a.x < b.x + b.width
        and b.x < a.x + a.width
        and a.y < b.y + b.height
        and b.y < a.y + a.height
    )


def _inside(n: Note, f: Frame) -> bool:
    return (
        f.x <= n.x
        and n.x + n.width <= f.x + f.width
        and f.y <= n.y
        and n.y + n.height <= f.y + f.height
    )


def _frame(window: MainWindow, sid: int, title: str) -> Frame:
    return next(f for f in window.desk.frames(sid) if f.title == title)


def _paste_over(window: MainWindow, frame: Frame, lines: list[str]) -> None:
    """Ctrl+V with the mouse over the frame, as QA did."""
    QApplication.clipboard().setText("\n".join(lines))
    point = QPointF(frame.x + frame.width / 2, frame.y + 300)
    window.view.centerOn(point)
    QTest.mouseMove(window.view.viewport(), view_point(window, point))
    QTest.keyClick(window.view, Qt.Key.Key_V, CTRL)


def _assert_tidy(window: MainWindow, sid: int, frame_of: dict[int, int | None]) -> None:
    notes = window.desk.notes(sid)
    frames = {f.id: f for f in window.desk.frames(sid)}
    assert {n.id: n.frame_id for n in notes} == frame_of  # notes keep their frame
    for n in notes:
        if n.frame_id is not None:
            assert _inside(n, frames[n.frame_id]), n
    assert not [(a.id, b.id) for i, a in enumerate(notes) for b in notes[i + 1 :] if _overlap(a, b)]


def _retro_with_two_pastes(qtbot, tmp_path: Path) -> tuple[MainWindow, int]:
    path, sid = make_file(tmp_path / "retro.copdesk")
    window = open_window(qtbot, path)
    drop = _frame(window, sid, "Drop")
    _paste_over(window, drop, FIRST)
    _paste_over(window, _frame(window, sid, "Drop"), SECOND)  # the second batch stays selected
    assert len(window.desk.notes(sid)) == 20
    assert {n.frame_id for n in window.desk.notes(sid)} == {drop.id}
    assert (
        sorted(window.scene.selected_note_ids())
        == sorted(n.id for n in window.desk.notes(sid))[10:]
    )
    return window, sid


def test_accept_all_keeps_the_clusters_in_drop_and_one_undo_restores(qtbot, tmp_path: Path) -> None:
    window, sid = _retro_with_two_pastes(qtbot, tmp_path)
    clusters = window.cluster_tools.clusters
    clusters.executor, clusters.suggester = SyncExecutor(), by_theme
    before = snapshot(window.desk.board(sid))
    frame_of = {n.id: n.frame_id for n in window.desk.notes(sid)}
    drop, purpose = _frame(window, sid, "Drop"), _frame(window, sid, "Purpose of our community")
    steps = window.undo_stack.count()

    with qtbot.waitSignal(clusters.proposals_shown):
        window.actions_by_id["board.suggest_clusters"].trigger()
    QTest.mouseClick(window.cluster_tools.proposal_bar.accept_all, Qt.MouseButton.LeftButton)

    assert window.undo_stack.count() == steps + 1
    made = window.desk.clusters(sid)
    assert sorted(c.label for c in made) == ["Onboarding", "Tools"]
    _assert_tidy(window, sid, frame_of)
    grown = _frame(window, sid, "Drop")
    assert grown.height > drop.height and (grown.x, grown.y, grown.width) == (
        drop.x,
        drop.y,
        drop.width,
    )
    assert (
        _frame(window, sid, "Purpose of our community").y - purpose.y == grown.height - drop.height
    )
    # the clusters' outlines and labels cover no other note, on the board as drawn
    layer = window.scene.cluster_layer
    for c in made:
        item = layer.item(c.id)
        members = set(item.member_ids())
        for other in window.scene.note_items():
            if other.note.id not in members:
                assert not item.sceneBoundingRect().intersects(other.sceneBoundingRect())
                assert not item.chip_rect().intersects(other.sceneBoundingRect())
    assert_scene_mirrors_desk(window)
    text = board_markdown(window.desk.board(sid))
    drop_part = text.split("## Drop")[1].split("\n## ")[0]
    assert all(line in drop_part for line in FIRST + SECOND)  # the export: all under Drop
    assert "Elsewhere on the board" not in text
    after = snapshot(window.desk.board(sid))

    window.undo_stack.undo()
    assert snapshot(window.desk.board(sid)) == before  # notes, frame sizes and places
    assert_scene_mirrors_desk(window)
    window.undo_stack.redo()
    assert snapshot(window.desk.board(sid)) == after
    assert_scene_mirrors_desk(window)

    path = window.desk.path
    window.close()
    assert file_snapshot(path, sid) == after  # the board after reopening is the board before
    again = open_window(qtbot, path)
    assert_scene_mirrors_desk(again)
    again.close()


def test_tidy_and_arrange_by_votes_stay_in_their_frames(qtbot, tmp_path: Path) -> None:
    window, sid = _retro_with_two_pastes(qtbot, tmp_path)
    frame_of = {n.id: n.frame_id for n in window.desk.notes(sid)}
    ids = sorted(frame_of)
    window.scene.select_notes(ids[10:])  # ten notes: a near-square grid is four wide
    QTest.keyClick(window.view, Qt.Key.Key_G, CTRL)
    cid = window.desk.note(ids[10]).cluster_id
    assert cid is not None
    before = snapshot(window.desk.board(sid))
    window.scene.clearSelection()
    window.scene.cluster_layer.item(cid).setSelected(True)
    QTest.keyClick(window.view, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.undo_stack.undoText() == "Tidy cluster"
    _assert_tidy(window, sid, frame_of)
    assert_scene_mirrors_desk(window)
    window.undo_stack.undo()
    assert snapshot(window.desk.board(sid)) == before
    window.undo_stack.redo()

    window.actions_by_id["board.start_voting"].trigger()
    bar = window.cluster_tools.voting_bar
    QTest.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    window.desk.add_vote(window.desk.current_round(sid).id, "note", ids[3])
    before = snapshot(window.desk.board(sid))
    window.actions_by_id["board.arrange_by_votes"].trigger()
    assert window.undo_stack.undoText() == "Arrange by votes"
    _assert_tidy(window, sid, frame_of)
    notes = {n.id: n for n in window.desk.notes(sid)}
    assert (notes[ids[3]].y, notes[ids[3]].x) == min((n.y, n.x) for n in notes.values())
    assert_scene_mirrors_desk(window)
    window.undo_stack.undo()
    assert snapshot(window.desk.board(sid)) == before
    assert_scene_mirrors_desk(window)
    window.close()
