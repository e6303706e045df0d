"""The countdown's arithmetic, driven by a fake clock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.countdown import Countdown, SystemClock, format_seconds
from copdesk.core.models import TimerState
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_idle_shows_full_duration(clock: FakeClock) -> None:
    c = Countdown(clock, duration=300)
    assert c.state == "idle"
    assert c.display() == "05:00"
    assert c.phase() == "normal"
    clock.advance(100)
    assert c.remaining() == 300


def test_running_counts_down_on_whole_seconds(clock: FakeClock) -> None:
    c = Countdown(clock, duration=300)
    c.start()
    assert c.display() == "05:00"
    clock.advance(0.001)
    assert c.display() == "05:00"
    clock.advance(0.999)
    assert c.display() == "04:59"
    clock.advance(58.5)
    assert c.display() == "04:01"
    assert c.remaining() == pytest.approx(240.5)


def test_last_minute_then_zero_then_overtime(clock: FakeClock) -> None:
    c = Countdown(clock, duration=90)
    c.start()
    clock.advance(29.5)
    assert c.phase() == "normal"
    assert c.display() == "01:01"
    clock.advance(0.5)
    assert (c.display(), c.phase()) == ("01:00", "last-minute")
    clock.advance(59.5)
    assert (c.display(), c.phase()) == ("00:01", "last-minute")
    assert not c.is_finished()
    clock.advance(0.5)
    assert (c.display(), c.phase()) == ("00:00", "overtime")
    assert c.is_finished()
    clock.advance(0.9)
    assert c.display() == "00:00"
    clock.advance(0.1)
    assert c.display() == "+00:01"
    clock.advance(82)
    assert c.display() == "+01:23"
    assert c.overtime() == pytest.approx(83)
    assert c.running


def test_hours_are_shown_with_an_hour_field(clock: FakeClock) -> None:
    c = Countdown(clock, duration=2 * 3600 + 5)
    assert c.display() == "2:00:05"
    assert format_seconds(3599) == "59:59"
    assert format_seconds(-3600) == "1:00:00"


def test_pause_freezes_and_resume_continues(clock: FakeClock) -> None:
    c = Countdown(clock, duration=300)
    c.start()
    clock.advance(10)
    ran = c.pause()
    assert ran == pytest.approx(10)
    assert c.state == "paused"
    clock.advance(1000)
    assert c.remaining() == pytest.approx(290)
    assert c.display() == "04:50"
    assert c.segment_elapsed() == 0
    c.resume()
    clock.advance(20)
    assert c.remaining() == pytest.approx(270)
    assert c.segment_elapsed() == pytest.approx(20)


def test_toggle_starts_pauses_resumes(clock: FakeClock) -> None:
    c = Countdown(clock, duration=60)
    c.toggle()
    assert c.state == "running"
    clock.advance(5)
    assert c.toggle() == pytest.approx(5)
    assert c.state == "paused"
    c.toggle()
    assert c.state == "running"


def test_reset_returns_to_full_duration_and_reports_run_time(clock: FakeClock) -> None:
    c = Countdown(clock, duration=120)
    c.start()
    clock.advance(30)
    assert c.reset() == pytest.approx(30)
    assert (c.state, c.display()) == ("idle", "02:00")
    assert c.reset(45) == 0
    assert c.display() == "00:45"


def test_plus_and_minus_one_minute(clock: FakeClock) -> None:
    c = Countdown(clock, duration=300)
    c.add(60)
    assert c.display() == "06:00"  # idle: the duration changes
    c.add(-60)
    c.start()
    clock.advance(100)
    c.add(60)
    assert c.remaining() == pytest.approx(260)
    c.add(-60)
    assert c.remaining() == pytest.approx(200)
    assert c.duration == 300  # reset still goes back to the timebox


def test_minus_one_minute_stops_at_zero(clock: FakeClock) -> None:
    c = Countdown(clock, duration=30)
    c.start()
    c.add(-60)
    assert c.remaining() == pytest.approx(0)
    assert c.display() == "00:00"
    clock.advance(10)
    c.add(-60)  # already in overtime: not deeper
    assert c.remaining() == pytest.approx(-10)
    c.add(60)
    assert c.remaining() == pytest.approx(50)
    idle = Countdown(clock, duration=30)
    idle.add(-60)
    assert idle.duration == 0


def test_adjusting_a_paused_timer(clock: FakeClock) -> None:
    c = Countdown(clock, duration=120)
    c.start()
    clock.advance(20)
    c.pause()
    c.add(60)
    assert c.remaining() == pytest.approx(160)
    c.add(-600)
    assert c.remaining() == 0


def test_ms_to_next_second_lands_on_boundaries(clock: FakeClock) -> None:
    c = Countdown(clock, duration=10)
    assert c.ms_to_next_second() == 1000  # idle
    c.start()
    assert c.ms_to_next_second() == 1000
    clock.advance(0.25)
    assert c.ms_to_next_second() == 750
    clock.advance(0.75)
    assert c.ms_to_next_second() == 1000
    clock.advance(10.4)  # overtime
    assert c.ms_to_next_second() == 600
    before = c.display()
    clock.advance(0.6)
    assert c.display() != before


def test_state_round_trip_while_running_survives_restart(clock: FakeClock) -> None:
    c = Countdown(clock, duration=600, session_id=7, step_id=3)
    c.start()
    clock.advance(100)
    state = c.to_state()
    assert state.state == "running"
    assert state.ends_at == pytest.approx(clock.wall() + 500)
    assert state.started_at == pytest.approx(clock.wall() - 100)
    clock.restart(downtime=40, monotonic=12.0)
    back = Countdown.from_state(state, clock)
    assert (back.session_id, back.step_id, back.state) == (7, 3, "running")
    assert back.remaining() == pytest.approx(460)
    assert back.segment_elapsed() == pytest.approx(140)
    assert back.duration == 600


def test_restart_after_the_deadline_shows_overtime(clock: FakeClock) -> None:
    c = Countdown(clock, duration=60)
    c.start()
    state = c.to_state()
    clock.restart(downtime=125)
    back = Countdown.from_state(state, clock)
    assert back.phase() == "overtime"
    assert back.display() == "+01:05"


def test_paused_and_idle_round_trip(clock: FakeClock) -> None:
    c = Countdown(clock, duration=300)
    c.start()
    clock.advance(12.5)
    c.pause()
    state = c.to_state()
    assert (state.state, state.ends_at, state.remaining_seconds) == ("paused", None, 287.5)
    clock.restart(downtime=3600)
    back = Countdown.from_state(state, clock)
    assert back.state == "paused"
    assert back.remaining() == 287.5
    idle = Countdown.from_state(Countdown(clock, duration=90).to_state(), clock)
    assert (idle.state, idle.remaining()) == ("idle", 90)


def test_wall_clock_jumps_do_not_move_a_running_timer(clock: FakeClock) -> None:
    c = Countdown(clock, duration=300)
    c.start()
    ends_at = c.to_state().ends_at
    clock.set_wall(clock.wall() + 3600)  # someone changes the system time
    clock.advance(10)
    assert c.remaining() == pytest.approx(290)
    assert c.to_state().ends_at == ends_at  # persisted deadline is stable


@pytest.mark.parametrize(
    "state",
    [
        TimerState(session_id=1, state="running", duration_seconds=60, ends_at=None),
        TimerState(session_id=1, state="running", duration_seconds=60, ends_at=float("nan")),
        TimerState(session_id=1, state="paused", duration_seconds=60, remaining_seconds=None),
        TimerState(session_id=1, state="idle", duration_seconds=float("inf")),
    ],
)
def test_broken_persisted_state_falls_back_to_idle(clock: FakeClock, state: TimerState) -> None:
    c = Countdown.from_state(state, clock)
    assert c.state == "idle"
    assert c.display() in {"01:00", "00:00"}


def test_started_at_in_the_future_is_clamped(clock: FakeClock) -> None:
    state = TimerState(
        session_id=1,
        state="running",
        duration_seconds=60,
        ends_at=clock.wall() + 30,
        started_at=clock.wall() + 500,
    )
    c = Countdown.from_state(state, clock)
    assert c.segment_elapsed() == 0


def test_start_at_a_past_instant(clock: FakeClock) -> None:
    c = Countdown(clock, duration=60)
    c.start()
    clock.advance(65)
    deadline = c.deadline
    assert deadline is not None
    ran = c.start(120, at=deadline)
    assert ran == pytest.approx(60)
    assert c.remaining() == pytest.approx(115)


def test_system_clock_is_monotonic_and_near_wall() -> None:
    clock = SystemClock()
    a = clock.monotonic()
    assert clock.monotonic() >= a
    assert clock.wall() > 1_600_000_000


@given(
    duration=st.integers(min_value=1, max_value=7200),
    steps=st.lists(st.floats(min_value=0.0, max_value=7.3), min_size=1, max_size=400),
)
def test_remaining_is_exact_whatever_the_tick_pattern(duration: int, steps: list[float]) -> None:
    """However irregular the repaints, remaining == duration - elapsed: no drift."""
    clock = FakeClock()
    c = Countdown(clock, duration=duration)
    c.start()
    t0 = clock.monotonic()
    for dt in steps:
        clock.advance(dt)
        c.display()
        c.ms_to_next_second()
    elapsed = clock.monotonic() - t0
    assert c.remaining() == pytest.approx(duration - elapsed, abs=1e-6)


@given(
    duration=st.integers(min_value=1, max_value=600),
    elapsed=st.floats(min_value=0, max_value=1200, allow_nan=False),
)
def test_next_repaint_changes_the_text(duration: int, elapsed: float) -> None:
    clock = FakeClock()
    c = Countdown(clock, duration=duration)
    c.start()
    clock.advance(elapsed)
    before = c.display()
    wait = c.ms_to_next_second()
    assert 1 <= wait <= 1000
    clock.advance(wait / 1000)
    assert c.display() != before
