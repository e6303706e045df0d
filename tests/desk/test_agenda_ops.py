"""Agenda steps and the session timer, as the desk stores them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from copdesk.core.countdown import Countdown
from copdesk.core.errors import CopdeskError, NotFound
from copdesk.core.localtext import LocalText
from copdesk.core.models import TimerState
from copdesk.core.templates import Template, TemplateStep
from copdesk.desk import Desk
from tests.fakes import FakeClock

PLAN = Template(
    id="test-retro",
    name=LocalText.of("Test retro"),
    description=LocalText.of(""),
    frames=(),
    agenda=(
        TemplateStep(LocalText.of({"en": "Check-in", "de": "Ankommen"}), 5),
        TemplateStep(LocalText.of("Keep / Drop / Add"), 20, LocalText.of("silent first")),
    ),
)


def new_session(desk: Desk, title: str = "Retro", lang: str = "en") -> int:
    return desk.create_session_from(PLAN, title, lang).id


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    yield d
    d.close()


@pytest.fixture
def sid(desk: Desk) -> int:
    return new_session(desk)


def titles(desk: Desk, sid: int) -> list[str]:
    return [s.title for s in desk.agenda(sid)]


def test_a_new_session_gets_the_template_agenda(desk: Desk) -> None:
    sid = new_session(desk, lang="de")
    steps = desk.agenda(sid)
    assert [(s.title, s.minutes, s.notes) for s in steps] == [
        ("Ankommen", 5, ""),
        ("Keep / Drop / Add", 20, "silent first"),
    ]
    assert [s.position for s in steps] == [0, 1]


def test_add_steps_in_order_and_at_a_position(desk: Desk, sid: int) -> None:
    start = len(desk.agenda(sid))
    a = desk.add_step(sid, "Check-in", 5)
    desk.add_step(sid, "Keep / Drop / Add", 20, notes="silent writing first")
    desk.add_step(sid, "Warm-up", 3, position=start)
    steps = desk.agenda(sid)[start:]
    assert [s.title for s in steps] == ["Warm-up", "Check-in", "Keep / Drop / Add"]
    assert [s.position for s in desk.agenda(sid)] == list(range(len(desk.agenda(sid))))
    assert steps[2].notes == "silent writing first"
    assert a.minutes == 5 and a.actual_seconds == 0


def test_titles_and_notes_are_cleaned(desk: Desk, sid: int) -> None:
    step = desk.add_step(sid, "  Check\x00-in \n now ", 5, notes="a\x07b\r\nc")
    assert step.title == "Check-in now"
    assert step.notes == "ab\nc"
    assert desk.add_step(sid, "   ", 1).title == "Step"
    assert desk.add_step(sid, "\ud800 odd", 1).title == "\ufffd odd"


@pytest.mark.parametrize("minutes", [0, 0.2, -5, 601, float("nan"), float("inf")])
def test_bad_minutes_are_refused_in_plain_words(desk: Desk, sid: int, minutes: float) -> None:
    with pytest.raises(CopdeskError, match="minutes"):
        desk.add_step(sid, "x", minutes)
    step = desk.add_step(sid, "x", 5)
    with pytest.raises(CopdeskError, match="minutes"):
        desk.update_step(step.id, minutes=minutes)
    assert desk.agenda_step(step.id).minutes == 5


def test_update_step(desk: Desk, sid: int) -> None:
    step = desk.add_step(sid, "Check-in", 5)
    changed = desk.update_step(step.id, minutes=7.5)
    assert (changed.title, changed.minutes) == ("Check-in", 7.5)
    changed = desk.update_step(step.id, title="Arrive", notes="one word each")
    assert (changed.title, changed.minutes, changed.notes) == ("Arrive", 7.5, "one word each")
    assert desk.update_step(step.id) == changed
    with pytest.raises(NotFound):
        desk.update_step(99999, title="x")


def test_remove_and_restore_bring_back_the_same_row(desk: Desk, sid: int) -> None:
    base = titles(desk, sid)
    a = desk.add_step(sid, "A", 1)
    b = desk.add_step(sid, "B", 2)
    desk.add_step(sid, "C", 3)
    desk.log_step_time(b.id, 42)
    removed = desk.remove_step(b.id)
    assert titles(desk, sid) == [*base, "A", "C"]
    restored = desk.restore_step(removed.id)
    assert restored.id == b.id and restored.actual_seconds == 42
    assert titles(desk, sid) == [*base, "A", "B", "C"]
    desk.remove_step(a.id)
    desk.remove_step(a.id)  # harmless twice
    assert titles(desk, sid) == [*base, "B", "C"]


def test_move_step(desk: Desk, sid: int) -> None:
    for t in desk.agenda(sid):
        desk.remove_step(t.id)
    a, b, c = (desk.add_step(sid, t, 1) for t in "ABC")
    assert [s.title for s in desk.move_step(c.id, 0)] == ["C", "A", "B"]
    assert [s.title for s in desk.move_step(c.id, 99)] == ["A", "B", "C"]
    assert [s.title for s in desk.move_step(a.id, 1)] == ["B", "A", "C"]
    assert [s.title for s in desk.move_step(b.id, -3)] == ["B", "A", "C"]
    assert [s.position for s in desk.agenda(sid)] == [0, 1, 2]
    desk.remove_step(a.id)
    with pytest.raises(NotFound):
        desk.move_step(a.id, 0)


def test_log_step_time_accumulates_and_ignores_nonsense(desk: Desk, sid: int) -> None:
    step = desk.add_step(sid, "A", 5)
    desk.log_step_time(step.id, 60.5)
    desk.log_step_time(step.id, 30)
    for bad in (-10, 0, float("nan"), float("inf")):
        desk.log_step_time(step.id, bad)
    assert desk.agenda_step(step.id).actual_seconds == pytest.approx(90.5)
    assert desk.clear_step_times(sid)[-1].actual_seconds == 0


def test_timer_defaults_to_idle_and_round_trips(desk: Desk, sid: int) -> None:
    assert desk.timer(sid) == TimerState(session_id=sid)
    step = desk.add_step(sid, "A", 10)
    state = TimerState(
        session_id=sid,
        step_id=step.id,
        state="running",
        duration_seconds=600,
        ends_at=1_700_000_600.25,
        started_at=1_700_000_000.25,
    )
    assert desk.save_timer(state) == state
    paused = TimerState(
        session_id=sid,
        step_id=step.id,
        state="paused",
        duration_seconds=600,
        remaining_seconds=123.5,
    )
    assert desk.save_timer(paused) == paused
    assert desk.timer(sid) == paused
    assert desk.board(sid).timer == paused


def test_save_timer_logs_step_time_in_the_same_transaction(desk: Desk, sid: int) -> None:
    a = desk.add_step(sid, "A", 10)
    other = new_session(desk, "Other")
    foreign = desk.add_step(other, "F", 1)
    desk.save_timer(TimerState(session_id=sid, step_id=a.id), [(a.id, 12.0), (foreign.id, 5.0)])
    assert desk.agenda_step(a.id).actual_seconds == 12
    assert desk.agenda_step(foreign.id).actual_seconds == 0  # not this session's step


def test_save_timer_drops_a_step_of_another_session(desk: Desk, sid: int) -> None:
    other = new_session(desk, "Other")
    foreign = desk.add_step(other, "F", 1)
    saved = desk.save_timer(TimerState(session_id=sid, step_id=foreign.id, state="idle"))
    assert saved.step_id is None
    with pytest.raises(NotFound):
        desk.save_timer(TimerState(session_id=424242))


def test_running_timer_survives_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    clock = FakeClock()
    with Desk.open(path, backup=False) as d:
        sid = new_session(d)
        step = d.add_step(sid, "Discuss", 10)
        c = Countdown(clock, duration=600, session_id=sid, step_id=step.id)
        c.start()
        clock.advance(61)
        d.save_timer(c.to_state())
    clock.restart(downtime=30)
    with Desk.open(path, backup=False) as d:
        back = Countdown.from_state(d.timer(sid), clock)
    assert back.display() == "08:29"
    assert back.step_id == step.id


def test_read_only_file_refuses_agenda_edits(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as d:
        sid = new_session(d)
        step = d.add_step(sid, "A", 1)
    with Desk.open(path, read_only=True, backup=False) as ro:
        assert ro.agenda(sid)[-1].id == step.id
        with pytest.raises(CopdeskError):
            ro.update_step(step.id, title="B")
        with pytest.raises(CopdeskError):
            ro.save_timer(TimerState(session_id=sid))


def test_the_file_stays_readable_by_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as d:
        sid = new_session(d)
        d.add_step(sid, "Plain", 4)
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT title, minutes FROM agenda_steps WHERE session_id = ? AND title = 'Plain'",
            [sid],
        ).fetchall()
    assert rows == [("Plain", 4.0)]
