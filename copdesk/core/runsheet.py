"""Running a session from its agenda: the current step, moving between steps, time spent.

A :class:`RunSheet` couples the agenda (a tuple of :class:`AgendaStep`) with the
session's :class:`Countdown`. Every gesture that ends a running span of the
step timer returns the :class:`StepTime` to log, so the caller can add it to
the step's ``actual_seconds`` in the same transaction that saves the timer.

With ``auto_advance`` on, :meth:`RunSheet.poll` moves to the next step when the
current one's time is up. The next step starts at the previous step's deadline,
not at the moment the UI noticed, so a whole retro keeps to its plan; after a
restart, steps whose time ran out while the app was closed are passed through
in one go.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from copdesk.core.countdown import Countdown
from copdesk.core.models import AgendaStep


@dataclass(frozen=True, slots=True)
class StepTime:
    """Seconds to add to a step's actual time."""

    step_id: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Advance:
    """What an automatic advance did: the time to log and how many steps it moved."""

    logged: tuple[StepTime, ...]
    steps: int


def ordered(steps: Iterable[AgendaStep]) -> tuple[AgendaStep, ...]:
    """Steps in agenda order (position, then id)."""
    return tuple(sorted(steps, key=lambda s: (s.position, s.id)))


class RunSheet:
    """The agenda, its current step and the countdown that times it."""

    def __init__(
        self, steps: Iterable[AgendaStep], countdown: Countdown, *, auto_advance: bool = False
    ) -> None:
        self.countdown = countdown
        self.auto_advance = auto_advance
        self._steps = ordered(steps)
        self._current_id: int | None = None
        if countdown.step_id is not None and self._find(countdown.step_id) is not None:
            self._current_id = countdown.step_id
        else:
            self._current_id = self._first_unused()
            if countdown.step_id is None and countdown.state == "idle" and self.current:
                # A fresh session: the timer shows the first step's timebox.
                countdown.step_id = self.current.id
                countdown.reset(self.current.minutes * 60)

    # -- reading -----------------------------------------------------------

    @property
    def steps(self) -> tuple[AgendaStep, ...]:
        return self._steps

    @property
    def current(self) -> AgendaStep | None:
        return self._find(self._current_id) if self._current_id is not None else None

    @property
    def index(self) -> int | None:
        """Position of the current step in the agenda (0-based), or None."""
        for i, step in enumerate(self._steps):
            if step.id == self._current_id:
                return i
        return None

    @property
    def timing_step(self) -> bool:
        """True when the countdown times the current step (not a free timer)."""
        return self.countdown.step_id is not None and self.countdown.step_id == self._current_id

    def has_next(self) -> bool:
        i = self.index
        return i is not None and i + 1 < len(self._steps)

    def has_previous(self) -> bool:
        i = self.index
        return i is not None and i > 0

    def planned_seconds(self) -> float:
        return sum(s.minutes * 60 for s in self._steps)

    def elapsed_seconds(self, step: AgendaStep | None = None) -> float:
        """Actual time of one step (or all), including the span running right now."""
        chosen = self._steps if step is None else (step,)
        total = sum(s.actual_seconds for s in chosen)
        live = self.countdown.step_id
        if live is not None and any(s.id == live for s in chosen):
            total += self.countdown.segment_elapsed()
        return total

    # -- agenda changes ------------------------------------------------------

    def set_steps(self, steps: Iterable[AgendaStep]) -> None:
        """Take a new version of the agenda (after an edit or an undo).

        If the current step was removed, its neighbour becomes current. An idle
        step timer follows a change of its step's minutes.
        """
        old_index = self.index
        self._steps = ordered(steps)
        if self._current_id is None or self._find(self._current_id) is None:
            if self._steps:
                i = min(old_index or 0, len(self._steps) - 1)
                self._current_id = self._steps[i].id
            else:
                self._current_id = None
        current = self.current
        if current is None:
            return
        timed = self.countdown.step_id
        follows = timed is None or self._find(timed) in (None, current)
        if self.countdown.state == "idle" and follows:
            self.countdown.step_id = current.id
            self.countdown.reset(current.minutes * 60)

    # -- gestures --------------------------------------------------------------

    def select(self, step_id: int, *, start: bool | None = None) -> list[StepTime]:
        """Make ``step_id`` current and set the timer to its timebox.

        ``start``: run it at once (default: keep running if the timer ran).
        """
        step = self._find(step_id)
        if step is None:
            return []
        if start is None:
            start = self.countdown.running
        logged = self._log(self.countdown.stop())
        self._current_id = step.id
        self.countdown.step_id = step.id
        if start:
            self.countdown.start(step.minutes * 60)
        else:
            self.countdown.reset(step.minutes * 60)
        return logged

    def next(self, *, start: bool | None = None) -> list[StepTime]:
        i = self.index
        if i is None or i + 1 >= len(self._steps):
            return []
        return self.select(self._steps[i + 1].id, start=start)

    def previous(self, *, start: bool | None = None) -> list[StepTime]:
        i = self.index
        if i is None or i == 0:
            return []
        return self.select(self._steps[i - 1].id, start=start)

    def start_free(self, seconds: float) -> list[StepTime]:
        """A quick timer not tied to the agenda (the current step stays highlighted)."""
        logged = self._log(self.countdown.stop())
        self.countdown.step_id = None
        self.countdown.start(seconds)
        return logged

    def toggle(self) -> list[StepTime]:
        """Start, pause or resume."""
        return self._log(self.countdown.toggle())

    def pause(self) -> list[StepTime]:
        return self._log(self.countdown.pause())

    def resume(self) -> None:
        self.countdown.resume()

    def reset(self) -> list[StepTime]:
        """Back to the full timebox: the current step's, or the free timer's duration."""
        if self.countdown.step_id is None:
            return self._log(self.countdown.reset())
        step = self._find(self.countdown.step_id)
        minutes = step.minutes if step is not None else self.countdown.duration / 60
        return self._log(self.countdown.reset(minutes * 60))

    def poll(self) -> Advance:
        """Advance automatically past every step whose time is up (run-sheet mode)."""
        logged: list[StepTime] = []
        moved = 0
        while (
            self.auto_advance
            and self.timing_step
            and self.countdown.running
            and self.countdown.is_finished()
            and self.has_next()
        ):
            at = self.countdown.deadline
            i = self.index
            assert at is not None and i is not None
            step = self._steps[i + 1]
            logged += self._log(self.countdown.stop(at=at))
            self._current_id = step.id
            self.countdown.step_id = step.id
            self.countdown.start(step.minutes * 60, at=at)
            moved += 1
        return Advance(tuple(logged), moved)

    # -- internals -------------------------------------------------------------

    def _find(self, step_id: int | None) -> AgendaStep | None:
        return next((s for s in self._steps if s.id == step_id), None)

    def _first_unused(self) -> int | None:
        """The first step with no time logged yet (else the last one)."""
        if not self._steps:
            return None
        for step in self._steps:
            if step.actual_seconds <= 0:
                return step.id
        return self._steps[-1].id

    def _log(self, seconds: float) -> list[StepTime]:
        step_id = self.countdown.step_id
        if step_id is None or seconds <= 0:
            return []
        return [StepTime(step_id, seconds)]
