"""Screenshots of clusters and dot voting on a real X display (run under Xvfb).

    xvfb-run -s "-screen 0 1920x1080x24" python packaging/clusters_screenshot.py OUT_DIR

Builds a learning-goals board with 40 goals in a temporary folder, opens the
main window, runs Board ▸ Suggest Clusters (in the worker thread, as the app
does), and writes ``1-suggested.png``; accepts all groups (``2-accepted.png``);
runs a voting round with hidden counts, casts dots, reveals them and shows the
ranking (``3-voting.png``). Each step is grabbed from the whole X screen
through ImageMagick's ``import`` (and from Qt as ``window-<step>.png``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: (goal text fragment, dots) cast in the voting round
DOTS = (
    ("customer interviews", 3),
    ("open questions", 2),
    ("north star", 4),
    ("A/B tests", 2),
    ("outcome-based roadmap", 3),
    ("LLMs", 5),
    ("retrospectives", 1),
    ("senior product", 2),
)


def main(out: Path) -> int:
    from PySide6.QtCore import QEventLoop, QRectF, QTimer
    from PySide6.QtWidgets import QApplication

    home = Path(tempfile.mkdtemp(prefix="copdesk-shot-"))
    os.environ["COPDESK_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    from copdesk.desk.desk import Desk
    from copdesk.ui.app import make_application
    from copdesk.ui.board.cluster_item import ClusterItem
    from copdesk.ui.board.note_item import NoteItem
    from copdesk.ui.main_window import MainWindow
    from copdesk.ui.settings import Settings
    from tests.ui.learning_goals_board import make_learning_goals

    app = make_application([])
    out.mkdir(parents=True, exist_ok=True)
    path, _sid = make_learning_goals(home / "goals.copdesk")
    window = MainWindow(Desk.open(path), Settings())
    window.resize(1920, 1050)
    window.move(0, 0)
    window.show()
    display = os.environ.get("DISPLAY", ":99")

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def fit_notes() -> None:
        """Zoom onto the notes (and clusters), not the whole template."""
        rect = QRectF()
        for item in window.scene.items():
            if isinstance(item, (NoteItem, ClusterItem)) and item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        window.view.fit_rect(rect.adjusted(-40, -40, 40, 40))

    def shoot(step: str) -> None:
        settle()
        fit_notes()
        settle()
        window.grab().save(str(out / f"window-{step}.png"))
        subprocess.run(
            ["import", "-display", display, "-window", "root", str(out / f"{step}.png")],
            check=False,
        )
        print(f"wrote {step}", flush=True)

    settle()
    tools = window.cluster_tools
    done = QEventLoop()
    tools.clusters.proposals_shown.connect(lambda _n: done.quit())
    window.actions_by_id["board.suggest_clusters"].trigger()
    QTimer.singleShot(60_000, done.quit)
    done.exec()
    shoot("1-suggested")
    for p in tools.overlay.proposals:
        print(f"  {p.label!r}: {len(p.note_ids)} notes, keywords {p.keywords}", flush=True)

    tools.overlay.accept_all()
    window.scene.clearSelection()
    shoot("2-accepted")

    # one cluster collapsed to its card, the rest open
    smallest = min(window.scene.cluster_layer.items.values(), key=lambda c: len(c.members))
    window.scene.clearSelection()
    smallest.setSelected(True)
    tools.clusters.toggle_collapsed()
    window.scene.clearSelection()

    voting = tools.voting
    voting.open_bar()
    voting.start_round(3, hidden=True)
    notes = {n.text: n.id for n in window.scene.notes()}
    for fragment, count in DOTS:
        note_id = next(i for text, i in notes.items() if fragment in text)
        center = window.scene.note_item(note_id).sceneBoundingRect().center()
        for _ in range(count):
            voting.vote_at(center)
    biggest = max(
        window.scene.cluster_layer.items.values(), key=lambda c: len(c.members), default=None
    )
    if biggest is not None:
        for _ in range(2):
            voting.vote_at(biggest.chip_rect().center())
    shoot("2b-hidden")
    voting.set_revealed(True)
    tools.show_ranking()
    shoot("3-voting")
    window.close()
    app.processEvents()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots")))
