"""Screenshots of presenter mode on a real X display (run under Xvfb).

    xvfb-run -s "-screen 0 1920x1080x24" python packaging/presenter_screenshot.py OUT_DIR

Builds a community retro in a temporary folder, opens the main window, pins a
guiding question, starts the timer and presses F5's action; then writes
``audience-<step>.png`` (the audience window as grabbed by Qt) and
``root-<step>-<n>.png`` (each whole X screen through ImageMagick's ``import``) for
a few steps: the first frame, a cluster, the next frame, following the
facilitator, and blanked. It prints the screens Qt saw and the plan chosen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    home = Path(tempfile.mkdtemp(prefix="copdesk-shot-"))
    os.environ["COPDESK_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    from copdesk.desk.desk import Desk
    from copdesk.ui.app import make_application
    from copdesk.ui.main_window import MainWindow
    from copdesk.ui.panels.questions_panel import QuestionsPanel
    from copdesk.ui.presenter.view_flags import presentation_text
    from copdesk.ui.settings import Settings
    from tests.ui.presenter_board import make_retro

    app = make_application([])
    out.mkdir(parents=True, exist_ok=True)
    path, _sid = make_retro(home / "retro.copdesk")
    window = MainWindow(Desk.open(path), Settings())
    panel = window.findChild(QuestionsPanel)
    panel.pin("Which habit of our community would you defend?")
    window.resize(1280, 720)
    window.show()
    screens = QGuiApplication.screens()
    for s in screens:
        g = s.geometry()
        print(f"screen {s.name()!r}: {g.x()},{g.y()} {g.width()}x{g.height()}", flush=True)
    display = os.environ.get("DISPLAY", ":99")

    def shoot(step: str) -> None:
        presenter = window.presenter
        audience = presenter.audience
        if audience is not None:
            audience.view.finish()
            audience.grab().save(str(out / f"audience-{step}.png"))
            scale = audience.view.scale_factor()
            shown = audience.view.visible_rect()
            sizes = sorted(
                presentation_text(i.note).pixel_size
                for i in window.scene.note_items()
                if shown.contains(i.sceneBoundingRect())
            )
            typical = sizes[len(sizes) // 2] * scale if sizes else 0.0
            print(
                f"{step}: {audience.width()}x{audience.height()}, scale {scale:.3f}, "
                f"typical note text {typical:.1f} px",
                flush=True,
            )
        base = display.split(".")[0]
        for i in range(len(screens)):
            # separate X screens are :N.0, :N.1, ...; one screen with several monitors is :N.0
            target = out / f"root-{step}-{i}.png"
            subprocess.run(
                ["import", "-display", f"{base}.{i}", "-window", "root", str(target)],
                check=False,
                stderr=subprocess.DEVNULL,
            )
        print("shot", step, flush=True)

    steps: list[tuple[str, Callable[[], None]]] = [
        ("start", lambda: None),
        ("cluster", lambda: QTest.keyClick(window.presenter.audience, Qt.Key.Key_PageDown)),
        ("drop", lambda: QTest.keyClick(window.presenter.audience, Qt.Key.Key_PageDown)),
        ("follow", lambda: QTest.keyClick(window.presenter.audience, Qt.Key.Key_F)),
        ("blank", lambda: QTest.keyClick(window.presenter.audience, Qt.Key.Key_B)),
    ]

    def run(i: int) -> None:
        if i > 0:
            shoot(steps[i - 1][0])
        if i == len(steps):
            window.presenter.stop()
            app.quit()
            return
        steps[i][1]()
        QTimer.singleShot(900, lambda: run(i + 1))

    def begin() -> None:
        window.timer_controller.start()
        window.toggle_presenter()
        plan = window.presenter.plan
        print("plan:", plan, flush=True)
        QTimer.singleShot(1500, lambda: run(0))

    QTimer.singleShot(800, begin)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "presenter-shots")))
