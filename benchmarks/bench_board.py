"""The board at 5,000 notes, each figure beside bare Qt items doing the same
(a QGraphicsRectItem + QGraphicsSimpleTextItem per note, in a plain scene).

Figures: opening a 5,000-note session, one viewport frame at 1920×1080 (fitted
and at 100 %), one mouse move of a 500-note drag, persisting that drag, and the
memory of 5,000 notes.  Run: ``python -m benchmarks board``.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from benchmarks.report import Report, best_of

NOTES = 5_000
DRAGGED = 500


def _rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def _make_file(folder: Path) -> tuple[Path, int]:
    from copdesk.core.models import NoteDraft
    from copdesk.desk.desk import Desk

    path = folder / "big.copdesk"
    desk = Desk.open(path, backup=False)
    sid = desk.create_session("community-retro", "Big board").id
    words = [
        "purpose",
        "rituals",
        "success",
        "learning",
        "circle",
        "meetup",
        "talk",
        "book",
        "club",
        "demo",
    ]
    drafts = [
        NoteDraft(
            text=" ".join(words[(i + k) % len(words)] for k in range(3 + i % 9)),
            x=2400.0 + (i % 100) * 220.0,
            y=(i // 100) * 160.0,
            color=i % 6,
        )
        for i in range(NOTES)
    ]
    desk.add_notes(sid, drafts)
    desk.close()
    return path, sid


def _bare_scene(board: object) -> object:
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import (
        QGraphicsItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
    )

    from copdesk.core.palette import note_color

    scene = QGraphicsScene()
    flags = (
        QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    )
    for n in board.notes:  # type: ignore[attr-defined]
        rect = QGraphicsRectItem(0, 0, n.width, n.height)
        rect.setPos(n.x, n.y)
        rect.setBrush(QBrush(QColor(note_color(n.color))))
        rect.setFlags(flags)
        text = QGraphicsSimpleTextItem(n.text, rect)
        text.setPos(10, 10)
        scene.addItem(rect)
    return scene


def _frame_ms(view: object, app: object) -> float:
    """Median of 15 full repaints of the viewport, after a warm-up frame."""
    viewport = view.viewport()  # type: ignore[attr-defined]
    viewport.repaint()
    times = []
    for _ in range(15):
        t0 = time.perf_counter()
        viewport.repaint()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _drag_move_ms(view: object, app: object, items: list) -> float:
    """Median time of one mouse move (event + repaint) while dragging ``items``."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    scene = view.scene()  # type: ignore[attr-defined]
    scene.clearSelection()
    for item in items:
        item.setSelected(True)
    viewport = view.viewport()  # type: ignore[attr-defined]
    start = view.mapFromScene(items[0].sceneBoundingRect().center())  # type: ignore[attr-defined]
    p = QPointF(start)
    left = Qt.MouseButton.LeftButton

    def send(kind: object, point: QPointF, button: object, buttons: object) -> None:
        event = QMouseEvent(
            kind,
            point,
            viewport.mapToGlobal(point),
            button,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    send(QMouseEvent.Type.MouseButtonPress, p, left, left)
    times = []
    for i in range(1, 31):
        q = p + QPointF(i * 3.0, i * 2.0)
        t0 = time.perf_counter()
        send(QMouseEvent.Type.MouseMove, q, Qt.MouseButton.NoButton, left)
        viewport.repaint()
        times.append(time.perf_counter() - t0)
    send(
        QMouseEvent.Type.MouseButtonRelease, p + QPointF(90.0, 60.0), left, Qt.MouseButton.NoButton
    )
    app.processEvents()  # type: ignore[attr-defined]
    return statistics.median(times) * 1000


def _memory_mb(path: Path, sid: int, kind: str) -> float:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_board", "--memory", str(path), str(sid), kind],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _memory_child(path: str, sid: int, kind: str) -> None:
    from PySide6.QtWidgets import QApplication, QGraphicsView

    from copdesk.desk.desk import Desk
    from copdesk.ui.board.scene import BoardScene
    from copdesk.ui.board.typeface import load_bundled_fonts
    from copdesk.ui.board.view import BoardView

    app = QApplication([])
    load_bundled_fonts()
    desk = Desk.open(path, read_only=True, backup=False)
    board = desk.board(sid)
    warm = BoardScene() if kind == "ours" else None  # import and font costs, not per note
    before = _rss_kb()
    if kind == "ours":
        scene = BoardScene()
        scene.show_board(board)
        view = BoardView(scene)
        view.resize(1920, 1080)
        view.show()
        view.fit_board()
    else:
        scene = _bare_scene(board)
        view = QGraphicsView(scene)
        view.resize(1920, 1080)
        view.show()
        view.fitInView(scene.itemsBoundingRect())
    app.processEvents()
    view.viewport().repaint()
    print((_rss_kb() - before) / 1024)
    del warm


def run(report: Report) -> None:
    from PySide6.QtWidgets import QApplication, QGraphicsView

    from copdesk.desk.desk import Desk
    from copdesk.ui.board.scene import BoardScene
    from copdesk.ui.board.typeface import load_bundled_fonts
    from copdesk.ui.board.view import BoardView
    from copdesk.ui.main_window import MainWindow
    from copdesk.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    load_bundled_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COPDESK_HOME"] = str(Path(tmp) / "home")
        path, sid = _make_file(Path(tmp))
        desk = Desk.open(path, backup=False)

        # -- open a 5,000-note session ------------------------------------------------
        def ours() -> None:
            scene = BoardScene()
            scene.show_board(desk.board(sid))
            scene.clear()

        def bare() -> None:
            scene = _bare_scene(desk.board(sid))
            scene.clear()  # type: ignore[attr-defined]

        report(
            "board: open a 5,000-note session (read + build scene)",
            best_of(ours, 3),
            "s",
            baseline=best_of(bare, 3),
            target="< 1 s",
        )

        # -- memory (each in a fresh process, so freed pages are not reused) -------------
        board = desk.board(sid)
        report(
            "board: memory of 5,000 notes (resident growth, scene built and painted once)",
            _memory_mb(path, sid, "ours"),
            "MB",
            baseline=_memory_mb(path, sid, "bare"),
        )
        scene = BoardScene()
        scene.show_board(board)

        # -- one viewport frame at 1920×1080 ---------------------------------------------
        view = BoardView(scene)
        view.resize(1920, 1080)
        view.show()
        app.processEvents()
        bare_scene = _bare_scene(board)
        bare_view = QGraphicsView(bare_scene)  # type: ignore[arg-type]
        bare_view.resize(1920, 1080)
        bare_view.show()
        app.processEvents()
        for label, setup in (
            (
                "fitted, all 5,000 notes",
                lambda v: (
                    v.fit_board()
                    if isinstance(v, BoardView)
                    else v.fitInView(v.scene().itemsBoundingRect())
                ),
            ),
            (
                "at 100 %",
                lambda v: (
                    v.set_zoom(1.0) if isinstance(v, BoardView) else v.resetTransform(),
                    v.centerOn(3500.0, 300.0),
                ),
            ),
        ):
            setup(view)
            setup(bare_view)
            app.processEvents()
            report(
                f"board: one 1920×1080 frame, {label}",
                _frame_ms(view, app),
                "ms",
                baseline=_frame_ms(bare_view, app),
                target="< 16 ms",
            )

        # -- a 500-note drag: one mouse move, then persisting it --------------------------
        view.set_zoom(1.0)
        view.auto_fit = False
        picked = sorted(scene.note_items(), key=lambda i: (i.note.y, i.note.x))[:DRAGGED]
        view.centerOn(picked[0])
        bare_items = sorted(
            (i for i in bare_view.scene().items() if i.parentItem() is None),  # type: ignore[attr-defined]
            key=lambda i: (i.pos().y(), i.pos().x()),
        )[:DRAGGED]
        bare_view.resetTransform()
        bare_view.centerOn(bare_items[0])
        app.processEvents()
        report(
            "board: one mouse move of a 500-note drag (event + repaint)",
            _drag_move_ms(view, app, picked),
            "ms",
            baseline=_drag_move_ms(bare_view, app, bare_items),
            target="< 16 ms",
        )
        desk.close()

        window = MainWindow(Desk.open(path, backup=False), Settings())
        window.show_session(sid)
        items = sorted(window.scene.note_items(), key=lambda i: (i.note.y, i.note.x))[:DRAGGED]
        shift = [0.0]

        def persist() -> None:
            shift[0] += 7.0
            window.board.move_notes(
                {i.note.id: (i.note.x + 7.0, i.note.y) for i in items}, "Move", merge=False
            )

        raw = sqlite3.connect(path)

        def raw_update() -> None:
            with raw:
                raw.executemany(
                    "UPDATE notes SET x = x + 1 WHERE id = ?", [(i.note.id,) for i in items]
                )

        ours_s = best_of(persist, 5)
        window.close()
        report(
            "board: persist a 500-note drag (one undo command → desk → scene)",
            ours_s * 1000,
            "ms",
            baseline=best_of(raw_update, 5) * 1000,
            baseline_unit="ms (bare sqlite3 executemany)",
            target="< 50 ms",
        )
        raw.close()
        bare_view.close()
        view.close()


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--memory"]:
        _memory_child(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        from benchmarks.report import Collector

        run(Collector())
