"""Suggested clusters on the board: busy while the suggestion runs (in an
injected executor), a preview that changes nothing, accept some (one undo step
takes them all back), accept all, dismiss, failures in plain words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from copdesk.core.clustering import ClusterProposal
from copdesk.desk.desk import Desk
from copdesk.ui.board.proposal_overlay import ProposalTint
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import open_window, view_point
from tests.ui.learning_goals_board import LEARNING_GOALS, make_learning_goals

NO = Qt.KeyboardModifier.NoModifier


class SyncExecutor(Executor):
    """Runs each job at once on the calling thread (tests only)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the future like a real executor
            future.set_exception(exc)
        return future


class HeldExecutor(Executor):
    """Keeps each job until the test runs it: the suggestion is "still running"."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Future[Any], Callable[[], Any]]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.jobs.append((future, lambda: fn(*args, **kwargs)))
        return future

    def finish(self) -> None:
        for future, job in self.jobs:
            future.set_result(job())
        self.jobs.clear()


def by_keyword(notes: Sequence[tuple[int, str]]) -> list[ClusterProposal]:
    """A predictable stand-in for the core's suggestion: three themes and a rest."""
    themes = {"Interviews": "interview", "Experiments": "experiment", "Stakeholders": "stakeholder"}
    groups: dict[str, list[int]] = {label: [] for label in themes}
    rest: list[int] = []
    for note_id, text in notes:
        label = next((lab for lab, word in themes.items() if word in text.casefold()), None)
        (groups[label] if label else rest).append(note_id)
    proposals = [
        ClusterProposal(label, tuple(ids), (themes[label],)) for label, ids in groups.items() if ids
    ]
    return [*proposals, ClusterProposal("Other", tuple(rest), (), rest=True)]


def _window(qtbot, tmp_path: Path, suggester=by_keyword, executor=None) -> tuple[MainWindow, int]:
    path, sid = make_learning_goals(tmp_path / "goals.copdesk")
    window = open_window(qtbot, path)
    clusters = window.cluster_tools.clusters
    clusters.executor = executor or SyncExecutor()
    clusters.suggester = suggester
    return window, sid


def _snapshot(desk: Desk, sid: int) -> list[tuple[int, float, float, int | None]]:
    return sorted((n.id, n.x, n.y, n.cluster_id) for n in desk.notes(sid))


def _suggest(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.cluster_tools.clusters.proposals_shown, timeout=20_000):
        window.actions_by_id["board.suggest_clusters"].trigger()


def _tints(window: MainWindow) -> list[ProposalTint]:
    return [i for i in window.scene.items() if isinstance(i, ProposalTint)]


def test_busy_while_the_suggestion_runs_then_the_preview(qtbot, tmp_path: Path) -> None:
    held = HeldExecutor()
    window, _sid = _window(qtbot, tmp_path, executor=held)
    bar = window.cluster_tools.proposal_bar
    window.actions_by_id["board.suggest_clusters"].trigger()
    assert bar.isVisible() and bar.busy.isVisible()
    assert bar.title.text() == f"Suggesting clusters for {len(LEARNING_GOALS)} notes…"
    assert "Suggesting" in window.statusBar().currentMessage()
    assert window.cluster_tools.clusters.suggesting
    assert _tints(window) == []
    with qtbot.waitSignal(window.cluster_tools.clusters.proposals_shown):
        held.finish()
    assert not bar.busy.isVisible()
    expected = by_keyword(list(enumerate(LEARNING_GOALS)))
    assert [b.text() for b in bar.boxes] == [f"{p.label} ({len(p.note_ids)})" for p in expected]
    assert [p.label for p in expected] == ["Interviews", "Experiments", "Stakeholders", "Other"]


def test_the_preview_changes_nothing(qtbot, tmp_path: Path) -> None:
    window, sid = _window(qtbot, tmp_path)
    before = _snapshot(window.desk, sid)
    _suggest(qtbot, window)
    overlay = window.cluster_tools.overlay
    assert len(_tints(window)) == len(LEARNING_GOALS)  # every note shows its group
    assert overlay.is_chosen(0) and overlay.is_chosen(2)
    assert not overlay.is_chosen(3)  # the rest starts unchosen
    assert window.undo_stack.count() == 0
    assert window.desk.clusters(sid) == []
    assert _snapshot(window.desk, sid) == before


def test_accept_some_is_one_undo_step(qtbot, tmp_path: Path) -> None:
    window, sid = _window(qtbot, tmp_path)
    before = _snapshot(window.desk, sid)
    _suggest(qtbot, window)
    bar = window.cluster_tools.proposal_bar
    bar.boxes[1].setChecked(False)  # not "Experiments" (the bar's checkbox)
    # ... and not "Stakeholders": click one of its tinted notes on the board
    overlay = window.cluster_tools.overlay
    tint = next(t for t in _tints(window) if t.index == 2)
    target = tint.sceneBoundingRect().center()
    window.view.centerOn(target)
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, NO, view_point(window, target)
    )
    assert not overlay.is_chosen(2) and not bar.boxes[2].isChecked()
    assert window.undo_stack.count() == 0
    QTest.mouseClick(bar.accept_selected, Qt.MouseButton.LeftButton)

    clusters = window.desk.clusters(sid)
    assert [c.label for c in clusters] == ["Interviews"]
    members = {n.text for n in window.desk.cluster_notes(clusters[0].id)}
    assert members == {t for t in LEARNING_GOALS if "interview" in t.casefold()}
    assert window.scene.cluster_layer.item(clusters[0].id) is not None
    assert _tints(window) == [] and not bar.isVisible()
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    assert window.desk.clusters(sid) == []
    assert _snapshot(window.desk, sid) == before
    assert window.scene.cluster_layer.items == {}
    window.undo_stack.redo()
    assert [c.label for c in window.desk.clusters(sid)] == ["Interviews"]
    path = window.desk.path
    window.close()
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        assert [c.label for c in desk.clusters(sid)] == ["Interviews"]
    finally:
        desk.close()


def test_accept_all_makes_every_real_group_and_leaves_the_rest(qtbot, tmp_path: Path) -> None:
    window, sid = _window(qtbot, tmp_path)
    _suggest(qtbot, window)
    QTest.mouseClick(window.cluster_tools.proposal_bar.accept_all, Qt.MouseButton.LeftButton)
    labels = sorted(c.label for c in window.desk.clusters(sid))
    assert labels == ["Experiments", "Interviews", "Stakeholders"]
    lone = [n for n in window.desk.notes(sid) if n.cluster_id is None]
    rest = by_keyword(list(enumerate(LEARNING_GOALS)))[-1]
    assert len(lone) == len(rest.note_ids)
    assert window.undo_stack.undoText() == "Accept 3 suggested clusters"
    window.undo_stack.undo()
    assert window.desk.clusters(sid) == []


def test_dismiss_leaves_the_board_unchanged(qtbot, tmp_path: Path) -> None:
    window, sid = _window(qtbot, tmp_path)
    before = _snapshot(window.desk, sid)
    _suggest(qtbot, window)
    QTest.mouseClick(window.cluster_tools.proposal_bar.dismiss, Qt.MouseButton.LeftButton)
    assert _tints(window) == []
    assert not window.cluster_tools.proposal_bar.isVisible()
    assert window.undo_stack.count() == 0
    assert _snapshot(window.desk, sid) == before
    assert "unchanged" in window.statusBar().currentMessage()
    path = window.desk.path
    window.close()
    desk = Desk.open(path, read_only=True, backup=False)
    try:
        assert _snapshot(desk, sid) == before and desk.clusters(sid) == []
    finally:
        desk.close()


def test_cancel_while_running_ignores_the_late_result(qtbot, tmp_path: Path) -> None:
    held = HeldExecutor()
    window, sid = _window(qtbot, tmp_path, executor=held)
    window.actions_by_id["board.suggest_clusters"].trigger()
    QTest.mouseClick(window.cluster_tools.proposal_bar.dismiss, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.cluster_tools.clusters._suggestion_done):
        held.finish()  # the late result arrives ...
    QApplication.processEvents()
    assert _tints(window) == []  # ... and is ignored
    assert not window.cluster_tools.proposal_bar.isVisible()
    assert window.desk.clusters(sid) == []


def test_a_failing_suggestion_is_reported_in_plain_words(qtbot, tmp_path: Path) -> None:
    def broken(_notes: Sequence[tuple[int, str]]) -> list[ClusterProposal]:
        raise ValueError("boom")

    window, sid = _window(qtbot, tmp_path, suggester=broken)
    with qtbot.waitSignal(window.board.failed) as blocker:
        window.actions_by_id["board.suggest_clusters"].trigger()
    assert blocker.args[0].message == "Clusters could not be suggested."
    assert not window.cluster_tools.proposal_bar.isVisible()
    assert window.desk.clusters(sid) == []


def test_suggest_uses_the_selection_or_the_notes_not_yet_clustered(qtbot, tmp_path: Path) -> None:
    seen: list[list[int]] = []

    def record(notes: Sequence[tuple[int, str]]) -> list[ClusterProposal]:
        seen.append([i for i, _ in notes])
        return by_keyword(notes)

    window, sid = _window(qtbot, tmp_path, suggester=record)
    ids = sorted(n.id for n in window.scene.notes())
    window.scene.select_notes(ids[:6])
    _suggest(qtbot, window)
    assert seen[-1] == ids[:6]
    window.cluster_tools.overlay.accept_all()
    clustered = {n.id for n in window.desk.notes(sid) if n.cluster_id is not None}
    window.scene.clearSelection()
    _suggest(qtbot, window)
    assert seen[-1] == [i for i in ids if i not in clustered]


def test_the_real_suggestion_tints_every_note_once(qtbot, tmp_path: Path) -> None:
    from copdesk.core.clustering import suggest_clusters

    window, sid = _window(qtbot, tmp_path, suggester=suggest_clusters)
    _suggest(qtbot, window)
    tints = _tints(window)
    tinted = [t.parentItem().note.id for t in tints]
    assert sorted(tinted) == sorted(n.id for n in window.desk.notes(sid))
    proposals = window.cluster_tools.overlay.proposals
    assert all(p.label for p in proposals)
    QTest.mouseClick(window.cluster_tools.proposal_bar.accept_all, Qt.MouseButton.LeftButton)
    real = [p for p in proposals if not p.rest]
    assert len(window.desk.clusters(sid)) == len(real)


def test_accepting_keeps_every_note_in_its_frame(qtbot, tmp_path: Path) -> None:
    """Keep and Drop notes with the same words are never merged or moved across."""
    from copdesk.core.models import NoteDraft
    from tests.ui.board_fixtures import make_file

    path, sid = make_file(tmp_path / "retro.copdesk")
    with Desk.open(path) as desk:
        for frame, texts in {
            "Keep": ["Interview club works", "Experiment reviews", "Interview notes shared"],
            "Drop": ["Interview marathons", "Experiment overload", "Stakeholder status rounds"],
        }.items():
            desk.place_and_add(sid, [NoteDraft(t) for t in texts], frame_title=frame)
    window = open_window(qtbot, path)
    window.cluster_tools.clusters.executor = SyncExecutor()
    window.cluster_tools.clusters.suggester = by_keyword
    before = {n.id: n.frame_id for n in window.desk.notes(sid)}
    _suggest(qtbot, window)
    QTest.mouseClick(window.cluster_tools.proposal_bar.accept_all, Qt.MouseButton.LeftButton)
    after = {n.id: n.frame_id for n in window.desk.notes(sid)}
    assert after == before
    for cluster in window.desk.clusters(sid):
        frames = {n.frame_id for n in window.desk.cluster_notes(cluster.id)}
        assert len(frames) == 1
