"""Running an agenda: current step, next/previous, auto-advance and time logging."""

from __future__ import annotations

import dataclasses

import pytest

from copdesk.core.countdown import Countdown
from copdesk.core.models import AgendaStep
from copdesk.core.runsheet import RunSheet, StepTime
from tests.fakes import FakeClock


def agenda(*minutes: float) -> tuple[AgendaStep, ...]:
    return tuple(
        AgendaStep(id=10 + i, session_id=1, position=i, title=f"Step {i + 1}", minutes=m)
        for i, m in enumerate(minutes)
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def sheet(clock: FakeClock, *minutes: float, auto: bool = False) -> RunSheet:
    return RunSheet(agenda(*minutes), Countdown(clock, session_id=1), auto_advance=auto)


def test_fresh_sheet_shows_the_first_step(clock: FakeClock) -> None:
    rs = sheet(clock, 5, 10)
    assert rs.current is not None and rs.current.id == 10
    assert rs.countdown.step_id == 10
    assert rs.countdown.display() == "05:00"
    assert rs.planned_seconds() == 900
    assert rs.has_next() and not rs.has_previous()


def test_steps_are_ordered_by_position(clock: FakeClock) -> None:
    steps = agenda(1, 2, 3)
    shuffled = (
        dataclasses.replace(steps[0], position=2),
        dataclasses.replace(steps[1], position=0),
        dataclasses.replace(steps[2], position=1),
    )
    rs = RunSheet(shuffled, Countdown(clock))
    assert [s.id for s in rs.steps] == [11, 12, 10]


def test_next_while_running_logs_the_step_and_keeps_running(clock: FakeClock) -> None:
    rs = sheet(clock, 5, 10)
    rs.toggle()
    clock.advance(200)
    logged = rs.next()
    assert logged == [StepTime(10, pytest.approx(200))]
    assert rs.current is not None and rs.current.id == 11
    assert rs.countdown.running
    assert rs.countdown.display() == "10:00"


def test_next_while_idle_stays_idle_and_logs_nothing(clock: FakeClock) -> None:
    rs = sheet(clock, 5, 10)
    assert rs.next() == []
    assert rs.countdown.state == "idle"
    assert rs.countdown.display() == "10:00"
    assert rs.next() == []  # at the end: nothing happens
    assert rs.previous() == []
    assert rs.current is not None and rs.current.id == 10
    assert rs.previous() == []


def test_pause_and_reset_log_time_once(clock: FakeClock) -> None:
    rs = sheet(clock, 5)
    rs.toggle()
    clock.advance(30)
    assert rs.pause() == [StepTime(10, pytest.approx(30))]
    clock.advance(100)  # paused: not counted
    assert rs.pause() == []
    rs.resume()
    clock.advance(15)
    assert rs.reset() == [StepTime(10, pytest.approx(15))]
    assert rs.countdown.display() == "05:00"


def test_elapsed_includes_the_running_span(clock: FakeClock) -> None:
    steps = agenda(5, 10)
    steps = (dataclasses.replace(steps[0], actual_seconds=40.0), steps[1])
    rs = RunSheet(steps, Countdown(clock, step_id=10))
    rs.countdown.start(300)
    clock.advance(20)
    assert rs.elapsed_seconds(rs.steps[0]) == pytest.approx(60)
    assert rs.elapsed_seconds(rs.steps[1]) == 0
    assert rs.elapsed_seconds() == pytest.approx(60)


def test_auto_advance_moves_at_the_deadline_without_losing_time(clock: FakeClock) -> None:
    rs = sheet(clock, 1, 2, 3, auto=True)
    rs.toggle()
    clock.advance(59.9)
    assert rs.poll().steps == 0
    clock.advance(0.35)  # the UI noticed 250 ms late
    advance = rs.poll()
    assert advance.steps == 1
    assert advance.logged == (StepTime(10, pytest.approx(60)),)
    assert rs.current is not None and rs.current.id == 11
    # The next step began at the deadline, not when the UI noticed.
    assert rs.countdown.remaining() == pytest.approx(120 - 0.25)


def test_auto_advance_catches_up_after_a_restart(clock: FakeClock) -> None:
    rs = sheet(clock, 1, 2, 3, auto=True)
    rs.toggle()
    state = rs.countdown.to_state()
    clock.restart(downtime=60 + 120 + 30)
    back = RunSheet(rs.steps, Countdown.from_state(state, clock), auto_advance=True)
    assert back.current is not None and back.current.id == 10
    advance = back.poll()
    assert advance.steps == 2
    assert [(t.step_id, round(t.seconds)) for t in advance.logged] == [(10, 60), (11, 120)]
    assert back.current is not None and back.current.id == 12
    assert back.countdown.remaining() == pytest.approx(180 - 30)


def test_last_step_runs_into_overtime(clock: FakeClock) -> None:
    rs = sheet(clock, 1, auto=True)
    rs.toggle()
    clock.advance(75)
    assert rs.poll().steps == 0
    assert rs.countdown.display() == "+00:15"
    assert rs.countdown.phase() == "overtime"


def test_without_auto_advance_the_step_runs_over(clock: FakeClock) -> None:
    rs = sheet(clock, 1, 2)
    rs.toggle()
    clock.advance(70)
    assert rs.poll().steps == 0
    assert rs.current is not None and rs.current.id == 10


def test_free_timer_is_not_logged_and_not_advanced(clock: FakeClock) -> None:
    rs = sheet(clock, 5, 5, auto=True)
    rs.toggle()
    clock.advance(10)
    assert rs.start_free(180) == [StepTime(10, pytest.approx(10))]
    assert rs.countdown.step_id is None and not rs.timing_step
    assert rs.current is not None and rs.current.id == 10  # still the agenda's place
    clock.advance(200)
    assert rs.poll().steps == 0
    assert rs.pause() == []
    assert rs.reset() == []
    assert rs.countdown.display() == "03:00"
    rs.next()
    assert rs.countdown.step_id == 11


def test_set_steps_follows_edits(clock: FakeClock) -> None:
    rs = sheet(clock, 5, 10, 15)
    rs.next()
    assert rs.current is not None and rs.current.id == 11
    longer = tuple(dataclasses.replace(s, minutes=12) if s.id == 11 else s for s in rs.steps)
    rs.set_steps(longer)
    assert rs.countdown.display() == "12:00"  # idle timer follows its step
    rs.set_steps(s for s in longer if s.id != 11)  # current step deleted
    assert rs.current is not None and rs.current.id == 12
    assert rs.countdown.display() == "15:00"
    rs.set_steps(())
    assert rs.current is None and rs.index is None
    assert rs.next() == [] and rs.select(99) == []


def test_set_steps_leaves_a_running_timer_alone(clock: FakeClock) -> None:
    rs = sheet(clock, 5)
    rs.toggle()
    clock.advance(10)
    rs.set_steps(dataclasses.replace(s, minutes=20) for s in rs.steps)
    assert rs.countdown.remaining() == pytest.approx(290)


def test_restart_resumes_on_the_persisted_step(clock: FakeClock) -> None:
    rs = sheet(clock, 5, 10)
    rs.next(start=True)
    state = rs.countdown.to_state()
    assert state.step_id == 11
    clock.restart(downtime=5)
    back = RunSheet(rs.steps, Countdown.from_state(state, clock))
    assert back.current is not None and back.current.id == 11
    assert back.countdown.display() == "09:55"


def test_without_a_timer_step_the_first_unlogged_step_is_current(clock: FakeClock) -> None:
    steps = agenda(5, 10, 15)
    steps = (dataclasses.replace(steps[0], actual_seconds=300.0), *steps[1:])
    rs = RunSheet(steps, Countdown(clock))
    assert rs.current is not None and rs.current.id == 11
    done = tuple(dataclasses.replace(s, actual_seconds=1.0) for s in steps)
    assert RunSheet(done, Countdown(clock)).current == done[-1]
