"""The timer panel: buttons, keys, zero, run-sheet and restart, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from copdesk.core.errors import FileProblem
from copdesk.core.localtext import LocalText
from copdesk.core.templates import Template, TemplateStep
from copdesk.desk import Desk
from copdesk.ui.timer.chime import Chime
from copdesk.ui.timer.timer_panel import AUTO_ADVANCE_KEY, TimerPanel
from tests.fakes import FakeClock, RecordingChime

PLAN = Template(
    id="timer-test",
    name=LocalText.of("Timer test"),
    description=LocalText.of(""),
    frames=(),
    agenda=(
        TemplateStep(LocalText.of("Check-in"), 5),
        TemplateStep(LocalText.of("Keep / Drop / Add"), 2),
        TemplateStep(LocalText.of("Actions"), 10),
    ),
)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "timer.copdesk", backup=False)
    yield d
    d.close()


@pytest.fixture
def sid(desk: Desk) -> int:
    return desk.create_session_from(PLAN, "Retro").id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def chime() -> RecordingChime:
    return RecordingChime()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_panel(
    qtbot: QtBot, desk: Desk, sid: int, clock: FakeClock, chime: RecordingChime, settings: QSettings
):  # type: ignore[no-untyped-def]
    def make() -> TimerPanel:
        panel = TimerPanel(desk, sid, QUndoStack(), clock, settings=settings, chime=chime)
        qtbot.addWidget(panel)
        return panel

    return make


@pytest.fixture
def panel(make_panel) -> TimerPanel:  # type: ignore[no-untyped-def]
    return make_panel()


def click(panel: TimerPanel, action_id: str, qtbot: QtBot) -> None:
    button = panel.findChild(QToolButton, f"timer_{action_id}_button")
    assert button is not None and button.isEnabled(), action_id
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_shows_the_first_step_ready(panel: TimerPanel) -> None:
    assert panel.display.text() == "05:00"
    assert panel.display.caption() == "1/3 · Check-in"
    assert panel.display.status() == "ready"
    assert panel.actions_by_id["toggle"].text() == "Start"
    assert not panel.actions_by_id["previous"].isEnabled()
    assert not panel.controller.is_ticking()  # no timer armed while idle


def test_start_pause_resume_buttons(
    panel: TimerPanel, qtbot: QtBot, clock: FakeClock, desk: Desk, sid: int
) -> None:
    click(panel, "toggle", qtbot)
    assert panel.actions_by_id["toggle"].text() == "Pause"
    assert desk.timer(sid).state == "running"
    assert panel.controller.is_ticking()
    clock.advance(61.3)
    panel.controller.tick()
    assert panel.display.text() == "03:59"
    click(panel, "toggle", qtbot)
    assert panel.actions_by_id["toggle"].text() == "Resume"
    assert panel.display.is_dimmed()
    saved = desk.timer(sid)
    assert saved.state == "paused" and saved.remaining_seconds == pytest.approx(238.7)
    assert desk.agenda(sid)[0].actual_seconds == pytest.approx(61.3)
    clock.advance(500)
    panel.controller.tick()
    assert panel.display.text() == "03:59"
    assert not panel.controller.is_ticking()
    click(panel, "toggle", qtbot)
    clock.advance(0.7)
    panel.controller.tick()
    assert panel.display.text() == "03:58"


def test_repaint_is_scheduled_on_the_next_whole_second(panel: TimerPanel, clock: FakeClock) -> None:
    c = panel.controller
    c.start()
    clock.advance(0.25)
    c.tick()
    assert 740 <= c.next_tick_ms() <= 750
    clock.advance(0.9)  # a late tick
    c.tick()
    assert 840 <= c.next_tick_ms() <= 850


def test_plus_minus_and_reset(panel: TimerPanel, qtbot: QtBot, desk: Desk, sid: int) -> None:
    click(panel, "plus", qtbot)
    assert panel.display.text() == "06:00"
    click(panel, "toggle", qtbot)
    click(panel, "minus", qtbot)
    click(panel, "minus", qtbot)
    assert panel.display.text() == "04:00"
    assert desk.timer(sid).ends_at == pytest.approx(panel.controller.countdown.to_state().ends_at)
    click(panel, "reset", qtbot)
    assert panel.display.text() == "05:00"
    assert desk.timer(sid).state == "idle"


def test_next_and_previous_steps(panel: TimerPanel, qtbot: QtBot) -> None:
    click(panel, "next", qtbot)
    assert (panel.display.text(), panel.display.caption()) == ("02:00", "2/3 · Keep / Drop / Add")
    click(panel, "next", qtbot)
    assert not panel.actions_by_id["next"].isEnabled()
    click(panel, "previous", qtbot)
    assert panel.display.caption() == "2/3 · Keep / Drop / Add"


def test_zero_chimes_flashes_turns_red_then_counts_overtime(
    panel: TimerPanel, qtbot: QtBot, clock: FakeClock, chime: RecordingChime
) -> None:
    c = panel.controller
    panel.display.flash_interval_ms = 5
    c.next_step()  # 2 minutes
    c.start()
    clock.advance(60.5)
    c.tick()
    assert panel.display.phase() == "last-minute"
    clock.advance(59.5)
    with qtbot.waitSignal(c.countdown_finished, timeout=1000):
        c.tick()
    assert panel.display.text() == "00:00"
    assert panel.display.phase() == "overtime"
    assert panel.display.is_flashing()
    assert chime.plays == 1
    clock.advance(83)
    c.tick()
    assert panel.display.text() == "+01:23"
    assert chime.plays == 1  # announced once
    assert c.countdown.running
    qtbot.waitUntil(lambda: not panel.display.is_flashing(), timeout=2000)
    assert panel.display.colors()[0].name() == "#c62828"


def test_without_sound_the_visual_alert_still_happens(
    desk: Desk, sid: int, clock: FakeClock, settings: QSettings, qtbot: QtBot
) -> None:
    real = Chime()  # this machine may lack Qt Multimedia or an audio device
    assert real.play() in (True, False)
    silent = RecordingChime(can_play=False)
    for sounder in (real, silent):
        panel = TimerPanel(desk, sid, QUndoStack(), clock, settings=settings, chime=sounder)
        qtbot.addWidget(panel)
        panel.controller.start_quick(3)
        clock.advance(180)
        panel.controller.tick()
        assert panel.display.is_flashing()
        assert panel.display.phase() == "overtime"
        panel.display.stop_flash()


def test_a_missing_chime_file_is_silent(tmp_path: Path, qtbot: QtBot) -> None:
    chime = Chime(tmp_path / "nowhere.wav")
    assert not chime.available
    assert "missing" in chime.unavailable_reason
    assert chime.play() is False


def test_quick_timers(panel: TimerPanel, qtbot: QtBot, desk: Desk, sid: int) -> None:
    for minutes, text in ((3, "03:00"), (10, "10:00"), (5, "05:00")):
        click(panel, f"quick{minutes}", qtbot)
        assert panel.display.text() == text
        assert panel.display.caption() == "Quick timer"
    state = desk.timer(sid)
    assert (state.state, state.step_id, state.duration_seconds) == ("running", None, 300)


def test_run_sheet_advances_by_itself_and_chimes(
    panel: TimerPanel,
    qtbot: QtBot,
    clock: FakeClock,
    chime: RecordingChime,
    desk: Desk,
    sid: int,
    settings: QSettings,
) -> None:
    panel.run_sheet_box.setChecked(True)
    assert settings.value(AUTO_ADVANCE_KEY) in (True, "true")
    c = panel.controller
    c.start()
    clock.advance(300.2)
    with qtbot.waitSignal(c.step_changed, timeout=1000):
        c.tick()
    assert chime.plays == 1
    assert panel.display.caption() == "2/3 · Keep / Drop / Add"
    assert panel.display.text() == "02:00"  # started at the deadline
    assert desk.agenda(sid)[0].actual_seconds == pytest.approx(300)
    assert desk.timer(sid).step_id == desk.agenda(sid)[1].id
    clock.advance(120)
    c.tick()
    assert chime.plays == 2
    assert panel.display.text() == "10:00"


def test_running_timer_survives_a_restart(
    make_panel, clock: FakeClock, chime: RecordingChime
) -> None:  # type: ignore[no-untyped-def]
    first = make_panel()
    first.controller.next_step()
    first.controller.start()
    clock.advance(30)
    first.controller.shutdown()
    clock.restart(downtime=45)
    second = make_panel()
    assert second.display.text() == "00:45"
    assert second.display.caption() == "2/3 · Keep / Drop / Add"
    clock.restart(downtime=100)
    third = make_panel()
    assert third.display.text() == "+00:55"
    assert third.display.phase() == "overtime"
    assert chime.plays == 0  # nothing announced on opening


def test_restart_in_run_sheet_mode_catches_up(
    make_panel, clock: FakeClock, settings: QSettings, desk: Desk, sid: int
) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(AUTO_ADVANCE_KEY, True)
    first = make_panel()
    assert first.run_sheet_box.isChecked()
    first.controller.start()
    first.controller.shutdown()
    clock.restart(downtime=5 * 60 + 2 * 60 + 15)
    second = make_panel()
    assert second.display.caption() == "3/3 · Actions"
    assert second.display.text() == "09:45"
    assert [round(s.actual_seconds) for s in desk.agenda(sid)] == [300, 120, 0]


def test_plain_keys_when_the_panel_has_focus(panel: TimerPanel, qtbot: QtBot) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_Plus)
    assert panel.display.text() == "06:00"
    qtbot.keyClick(panel, Qt.Key.Key_Minus)
    qtbot.keyClick(panel, Qt.Key.Key_Minus)
    assert panel.display.text() == "04:00"
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.controller.countdown.state == "running"
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.controller.countdown.state == "paused"
    qtbot.keyClick(panel, Qt.Key.Key_R)
    assert panel.display.text() == "05:00"
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert panel.display.caption().startswith("2/3")
    qtbot.keyClick(panel, Qt.Key.Key_PageUp)
    assert panel.display.caption().startswith("1/3")


def test_window_shortcuts(panel: TimerPanel, qtbot: QtBot) -> None:
    """The shortcuts go through the window, as a real key press does."""
    panel.show()
    qtbot.waitExposed(panel)
    window = panel.windowHandle()
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Space, ctrl)
    assert panel.controller.countdown.state == "running"
    qtbot.keyClick(window, Qt.Key.Key_Up, ctrl | alt)
    assert panel.display.text() == "06:00"
    qtbot.keyClick(window, Qt.Key.Key_Down, ctrl | alt)
    assert panel.display.text() == "05:00"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, alt)
    assert panel.display.caption().startswith("2/3")
    qtbot.keyClick(window, Qt.Key.Key_PageUp, alt)
    assert panel.display.caption().startswith("1/3")
    qtbot.keyClick(window, Qt.Key.Key_R, ctrl | shift)
    assert (panel.display.text(), panel.controller.countdown.state) == ("05:00", "idle")
    qtbot.keyClick(window, Qt.Key.Key_3, ctrl | alt)
    assert (panel.display.caption(), panel.display.text()) == ("Quick timer", "03:00")
    qtbot.keyClick(window, Qt.Key.Key_0, ctrl | alt)
    assert panel.display.text() == "10:00"


def test_every_action_has_a_shortcut_and_no_duplicates(panel: TimerPanel) -> None:
    seen: set[str] = set()
    for action in panel.timer_actions():
        keys = [k.toString() for k in action.shortcuts()]
        assert keys, action.objectName()
        assert not seen & set(keys)
        seen |= set(keys)
    board_keys = {"N", "1", "2", "3", "4", "5", "6", "Left", "Right", "Up", "Down", "F2", "Del"}
    assert not seen & board_keys


def test_a_refused_save_is_reported_not_raised(
    panel: TimerPanel, qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kw: object) -> None:
        raise FileProblem("The disk is full, so the last change was not saved.")

    monkeypatch.setattr(desk, "save_timer", refuse)
    with qtbot.waitSignal(panel.controller.save_failed, timeout=1000) as blocker:
        click(panel, "toggle", qtbot)
    assert "disk is full" in blocker.args[0]
    assert panel.controller.countdown.running  # the room still sees the timer
