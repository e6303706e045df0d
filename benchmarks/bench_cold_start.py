"""Cold start: process start to the first painted main window, 500-note session open.

``python -m copdesk FILE`` runs with ``COPDESK_EXIT_AFTER_FIRST_PAINT=1``
(see ``copdesk/ui/first_paint_probe.py``) and prints the time of its first
paint, and of the moment everything start-up defers (the session's panels, the
asyncio loop) is loaded; the baseline is a bare PySide6 process showing an empty QMainWindow,
measured the same way in the same run. Two more references put the ratio in
scale: copdesk's board alone in a bare window, and the leanest window of the
app's shape written in PySide6 alone. Median of 5 runs each, after one
warm-up run of each (the OS file cache is warm: this is a repeat start, not
the first one after boot). Also: which heavy modules ``copdesk --version`` and
the window's modules import eagerly.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Report

RUNS = 5
NOTES = 500
HEAVY = ("reportlab.platypus", "sqlite_utils", "sklearn", "numpy", "PySide6.QtMultimedia")

#: Both reference scripts end the same way: show ``window`` and print the time
#: once its first paint (of it or any widget in it) has finished, as the app's
#: own probe does (``copdesk/ui/first_paint.py``).
_SHOW_AND_PROBE = """
from PySide6.QtCore import QEvent, QObject, QTimer
class Probe(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if (not self.seen and event.type() == QEvent.Type.Paint
                and watched.isWidgetType() and watched.window() is window):
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"first-paint {time.time():.6f}", flush=True)
        app.quit()
probe = Probe()
app.installEventFilter(probe)
window.show()
"""

BARE = (
    """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
"""
    + _SHOW_AND_PROBE
    + "app.exec()\n"
)

#: The board alone: the same 500 notes read with plain sqlite3 into copdesk's
#: scene and view, in a bare QMainWindow: no menus, docks, sidebar or desk.
#: What showing these notes costs at all, before the rest of the window.
BOARD_ONLY = (
    """
import sqlite3, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from copdesk.core.models import Board
from copdesk.store import rows
from copdesk.ui.board.scene import BoardScene
from copdesk.ui.board.view import BoardView
app = QApplication(sys.argv)
conn = sqlite3.connect(sys.argv[1])
conn.row_factory = sqlite3.Row
def read(sql, *args):
    return [dict(r) for r in conn.execute(sql, args)]
session = rows.session(read("SELECT * FROM sessions LIMIT 1")[0])
live = "SELECT * FROM {} WHERE session_id = ? AND deleted = 0 ORDER BY z, id"
board = Board(
    community="",
    session=session,
    frames=tuple(rows.frame(r) for r in read(live.format("frames"), session.id)),
    notes=tuple(rows.note(r) for r in read(live.format("notes"), session.id)),
)
window = QMainWindow()
window.resize(1280, 800)
scene = BoardScene()
scene.show_board(board)
view = BoardView(scene)
window.setCentralWidget(view)
"""
    + _SHOW_AND_PROBE
    + "view.fit_board()\napp.exec()\n"
)


#: The leanest window of the same shape, in PySide6 alone: a menu bar with six
#: menus and 58 actions (42 with shortcuts, as copdesk has), a toolbar with 8 of
#: them, a sessions dock with a list and four buttons, two more docks, a status
#: bar, and the same 500 notes read with plain sqlite3 as C++ rectangle items (no
#: text, no Python painting). No copdesk code at all: a floor for any window of
#: this shape, however its application layer is written.
LEAN_WINDOW = (
    """
import sqlite3, sys, time
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPen
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QGraphicsRectItem, QGraphicsScene, QGraphicsView,
    QHBoxLayout, QLabel, QListWidget, QMainWindow, QPushButton, QVBoxLayout, QWidget,
)
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
SK = QKeySequence.StandardKey
keys = [SK.New, SK.Open, SK.Save, SK.Print, SK.Quit, SK.Undo, SK.Redo, SK.Copy,
        SK.Paste, SK.Delete, SK.SelectAll, SK.Find, SK.ZoomIn, SK.ZoomOut]
titles = ("&File", "&Edit", "&View", "&Board", "&Community", "&Help")
menus = [window.menuBar().addMenu(title) for title in titles]
toolbar = window.addToolBar("Main")
for i in range(58):
    action = QAction(f"Action {i}", window)
    if i < len(keys):
        action.setShortcut(QKeySequence(keys[i]))
    elif i < 42:
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(ord('A') + i - len(keys))}"))
    menus[i % 6].addAction(action)
    if i % 8 == 0:
        toolbar.addAction(action)
side = QWidget()
column = QVBoxLayout(side)
row = QHBoxLayout()
for text in ("New…", "Rename", "Duplicate", "Delete"):
    row.addWidget(QPushButton(text))
column.addLayout(row)
sessions = QListWidget()
sessions.addItem("Cold start")
column.addWidget(sessions)
dock = QDockWidget("Sessions", window)
dock.setWidget(side)
window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
for title in ("Timer", "Agenda"):
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, QDockWidget(title, window))
window.statusBar().addPermanentWidget(QLabel("500 notes"))
scene = QGraphicsScene()
colors = [QColor(c) for c in ("#fff3a0", "#ffc2c2", "#c2e5ff", "#c9f0c0", "#ffd9a0", "#e0cfff")]
notes = sqlite3.connect(sys.argv[1]).execute(
    "SELECT x, y, width, height, color FROM notes WHERE deleted = 0")
for x, y, width, height, color in notes:
    item = QGraphicsRectItem(0, 0, width, height)
    item.setPos(x, y)
    item.setBrush(QBrush(colors[color % 6]))
    item.setPen(QPen(Qt.PenStyle.NoPen))
    item.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsMovable)
    item.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
    scene.addItem(item)
view = QGraphicsView(scene)
window.setCentralWidget(view)
view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
"""
    + _SHOW_AND_PROBE
    + "app.exec()\n"
)


def _times(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each reported moment (first-paint, ready)."""
    started = time.time()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    found = dict(re.findall(r"^(first-paint|ready) (\d+\.\d+)$", done.stdout, re.MULTILINE))
    if "first-paint" not in found:
        raise RuntimeError(f"no first paint reported: {done.stdout[-300:]} {done.stderr[-600:]}")
    return {name: float(at) - started for name, at in found.items()}


def _medians(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    _times(argv, env)  # warm-up (also writes the bytecode cache)
    runs = [_times(argv, env) for _ in range(RUNS)]
    return {name: statistics.median(run[name] for run in runs) for name in runs[0]}


def _make_file(path: Path) -> None:
    from copdesk.core.models import NoteDraft
    from copdesk.desk import Desk

    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Cold start").id
        drafts = [
            NoteDraft(
                f"note {i}: a learning goal with a few words",
                60 + (i % 25) * 220.0,
                300 + (i // 25) * 160.0,
                color=i % 6,
            )
            for i in range(NOTES)
        ]
        desk.add_notes(sid, drafts)


def _eager_heavy(code: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Import-time total (s) and the heavy modules imported, from ``-X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *code], env=env, capture_output=True, text=True
    )
    total = 0.0
    found = []
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if not m:
            continue
        if not m.group(3).strip(" ") and len(m.group(3)) == 1:
            total += int(m.group(2)) / 1e6  # top-level imports' cumulative time
        if m.group(4) in HEAVY:
            found.append(m.group(4))
    return total, found


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            COPDESK_EXIT_AFTER_FIRST_PAINT="1",
            COPDESK_HOME=str(Path(folder) / "home"),
        )
        # An installed copdesk starts from compiled bytecode (pip compiles it at
        # install; a source checkout writes it on its first start): measure that.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        path = Path(folder) / "cold-start.copdesk"
        _make_file(path)
        bare_script = Path(folder) / "bare_window.py"
        bare_script.write_text(BARE, encoding="utf-8")
        board_script = Path(folder) / "board_only.py"
        board_script.write_text(BOARD_ONLY, encoding="utf-8")
        lean_script = Path(folder) / "lean_window.py"
        lean_script.write_text(LEAN_WINDOW, encoding="utf-8")
        bare = _medians([sys.executable, str(bare_script)], env)["first-paint"]
        board_only = _medians([sys.executable, str(board_script), str(path)], env)["first-paint"]
        lean = _medians([sys.executable, str(lean_script), str(path)], env)["first-paint"]
        ours = _medians([sys.executable, "-m", "copdesk", str(path)], env)
        report(
            f"cold start to first painted window, {NOTES}-note session",
            ours["first-paint"],
            "s",
            baseline=bare,
            baseline_unit="s (bare PySide6 empty QMainWindow)",
            target="< 1.5 s and <= 2x bare",
            note=f"median of {RUNS} warm-cache runs, offscreen",
        )
        report(
            f"the board alone in a bare window, {NOTES} notes (no menus, docks or desk)",
            board_only,
            "s",
            baseline=bare,
            baseline_unit="s (bare PySide6 empty QMainWindow)",
            note="what painting these notes costs before the rest of the window",
        )
        report(
            f"the same window shape in PySide6 alone, {NOTES} notes as plain rectangles",
            lean,
            "s",
            baseline=bare,
            baseline_unit="s (bare PySide6 empty QMainWindow)",
            note="menus, toolbar, three docks, status bar; no copdesk code: "
            "the floor for a window of this shape",
        )
        report(
            "start until everything is loaded (timer and agenda panels, event loop)",
            ours["ready"],
            "s",
            baseline=bare,
            baseline_unit="s (bare PySide6 empty QMainWindow)",
            note="what start-up defers until after the first paint, included",
        )
        version_time, version_heavy = _eager_heavy(["-m", "copdesk", "--version"], env)
        bare_time, _ = _eager_heavy(["-c", "import PySide6.QtWidgets"], env)
        report(
            "import time of `copdesk --version`",
            version_time,
            "s",
            baseline=bare_time,
            baseline_unit="s (import PySide6.QtWidgets)",
            note="heavy eager imports: " + (", ".join(version_heavy) or "none"),
        )
        window_code = ["-c", "import copdesk.ui.app, copdesk.ui.main_window"]
        window_time, window_heavy = _eager_heavy(window_code, env)
        report(
            "import time of the window modules (copdesk.ui.app + main_window)",
            window_time,
            "s",
            baseline=bare_time,
            baseline_unit="s (import PySide6.QtWidgets)",
            note="heavy eager imports: " + (", ".join(window_heavy) or "none"),
        )
