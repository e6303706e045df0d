"""Start-up in two steps: the window and its board are painted first, the
session's timer and agenda panels are built right after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from copdesk.desk.desk import Desk
from copdesk.ui.first_paint import FirstPaint, wait_for_first_paint
from copdesk.ui.main_window import MainWindow
from copdesk.ui.settings import Settings
from copdesk.ui.timer.agenda_panel import AgendaPanel
from copdesk.ui.timer.timer_panel import TimerPanel
from tests.ui.board_fixtures import make_file


def test_the_board_comes_first_and_the_panels_right_after(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["first", "second"])
    window = MainWindow(Desk.open(path), Settings(), defer_panels=True)
    qtbot.addWidget(window)
    watcher = FirstPaint(window)
    window.show()
    assert wait_for_first_paint(watcher)
    assert sorted(n.text for n in window.scene.notes()) == ["first", "second"]
    assert window.docks.timer_panel is None
    assert window.timer_controller is None

    window.load_deferred()
    timer = window.docks.timer_dock.widget()
    agenda = window.docks.agenda_dock.widget()
    assert isinstance(timer, TimerPanel) and isinstance(agenda, AgendaPanel)
    assert window.timer_controller is timer.controller
    assert timer.controller.session_id == sid
    assert agenda.list.count() > 0  # the retro's agenda


def test_a_session_switch_before_the_panels_load_builds_the_one_on_show(
    qtbot, tmp_path: Path
) -> None:
    path, _ = make_file(tmp_path / "c.copdesk", ["a note"])
    with Desk.open(path) as desk:
        canvas = desk.create_session("community-canvas", "Canvas").id
    window = MainWindow(Desk.open(path), Settings(), defer_panels=True)
    qtbot.addWidget(window)
    window.show_session(canvas)
    window.load_deferred()
    assert window.timer_controller is not None
    assert window.timer_controller.session_id == canvas


def test_a_window_never_shown_does_not_hold_start_up(qtbot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    assert not wait_for_first_paint(FirstPaint(hidden), timeout_ms=50)
