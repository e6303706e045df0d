"""Clusters and voting on the board, each figure beside a bare baseline.

* showing a 5,000-note board with 500 clusters, beside the same board without clusters;
* one mouse-move step of dragging a 10-note cluster by its label, beside moving
  10 bare QGraphicsRectItems by the same offset;
* the time the UI thread is busy when "Suggest clusters" starts on 400 notes
  (the work runs in the worker thread), beside running the suggestion inline;
* refreshing every badge after a dot (5,000 notes, 2,000 dots), beside the
  desk query that reads the round's dots.

Run: ``python -m benchmarks cluster_ui``.
"""

from __future__ import annotations

import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from benchmarks.report import Report, best_of

NOTES = 5_000
CLUSTER_SIZE = 10
SUGGESTED = 400
WORDS = ("interview", "roadmap", "metric", "design", "stakeholder", "team", "book", "meetup")


def _make_file(folder: Path) -> tuple[Path, int, int]:
    from copdesk.core.models import NoteDraft
    from copdesk.desk.desk import Desk

    path = folder / "clusters.copdesk"
    desk = Desk.open(path, backup=False)
    plain = desk.create_session("blank", "No clusters").id
    sid = desk.create_session("blank", "Clusters").id
    drafts = [
        NoteDraft(
            text=f"{WORDS[i % len(WORDS)]} goal {i}",
            x=(i % 100) * 220.0,
            y=(i // 100) * 160.0,
            color=i % 6,
        )
        for i in range(NOTES)
    ]
    desk.add_notes(plain, drafts)
    notes = desk.add_notes(sid, drafts)
    for start in range(0, NOTES, CLUSTER_SIZE):
        desk.group_notes(sid, [n.id for n in notes[start : start + CLUSTER_SIZE]], f"c{start}")
    voting = desk.start_round(sid, 3)
    for i in range(2_000):
        desk.add_vote(voting.id, "note", notes[(i * 7) % NOTES].id)
    desk.close()
    return path, sid, plain


def run(report: Report) -> None:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    from copdesk.core.clustering import suggest_clusters
    from copdesk.desk.desk import Desk
    from copdesk.ui.board.scene import BoardScene

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path, sid, plain = _make_file(Path(tmp))
        desk = Desk.open(path, backup=False)
        board = desk.board(sid)
        bare_board = desk.board(plain)

        scene = BoardScene()
        shown = best_of(lambda: scene.show_board(board), 3)
        bare_scene = BoardScene()
        bare = best_of(lambda: bare_scene.show_board(bare_board), 3)
        report(
            "show 5,000 notes in 500 clusters",
            shown * 1000,
            "ms",
            baseline=bare * 1000,
            note="baseline: the same notes without clusters",
            target="< 2x baseline",
        )

        cluster = next(iter(scene.cluster_layer.items.values()))
        starts = [(m, m.pos()) for m in cluster.members]
        rects = QGraphicsScene()
        items = [rects.addRect(QRectF(0, 0, 200, 140)) for _ in range(CLUSTER_SIZE)]

        def drag_step(offset: float = 0.0) -> None:
            for member, start in starts:
                member.setPos(start + QPointF(offset, offset))
            cluster.relayout()

        def bare_step() -> None:
            for item in items:
                item.setPos(item.pos() + QPointF(1.0, 1.0))

        step = min(best_of(lambda: drag_step(3.0), 50), best_of(lambda: drag_step(5.0), 50))
        report(
            "cluster drag, one mouse move (10 notes)",
            step * 1e6,
            "µs",
            baseline=best_of(bare_step, 50) * 1e6,
            note="baseline: 10 bare rect items moved",
            target="< 16 ms",
        )

        notes = [(n.id, n.text) for n in board.notes[:SUGGESTED]]
        suggest_clusters(notes[:20])  # warm the imports for both figures
        pool = ThreadPoolExecutor(max_workers=1)
        t0 = time.perf_counter()
        future = pool.submit(suggest_clusters, notes)
        submitted = time.perf_counter() - t0
        future.result()
        pool.shutdown()
        inline = best_of(lambda: suggest_clusters(notes), 1)
        report(
            "UI thread busy starting a 400-note suggestion",
            submitted * 1000,
            "ms",
            baseline=inline * 1000,
            note="baseline: the suggestion run inline on the UI thread",
            target="< 50 ms",
        )

        current = desk.current_round(sid)
        assert current is not None
        votes = desk.votes(sid, current.id)
        badges = best_of(lambda: scene.show_votes(current, votes), 5)
        query = best_of(lambda: desk.votes(sid, current.id), 5)
        report(
            "refresh every badge after a dot (5,000 notes, 2,000 dots)",
            badges * 1000,
            "ms",
            baseline=query * 1000,
            note="baseline: reading the round's dots from the file",
            target="< 50 ms",
        )
        desk.close()
    del app
