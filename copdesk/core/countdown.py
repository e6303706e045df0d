"""The countdown of a session timer: pure arithmetic on an injected clock.

Time is never counted in ticks. A running countdown holds a *deadline* on the
monotonic clock and ``remaining = deadline - now``; however late or early the UI
repaints, the figure it shows is right. The wall clock is only used to persist
the deadline (``TimerState.ends_at``, epoch seconds) so that a running timer
survives a restart: :meth:`Countdown.from_state` maps it back onto the monotonic
clock of the new process.

The display shows ``ceil(remaining)`` whole seconds, so a 5-minute timer reads
``05:00`` when started, ``04:59`` one second later, ``00:00`` at the deadline and
``+00:01`` one second into overtime. Every change of the text therefore happens
at ``deadline + k`` for a whole ``k``; :meth:`Countdown.ms_to_next_second` says
how long until the next one, so the UI repaints exactly on those boundaries.
"""

from __future__ import annotations

import math
import time
from typing import Literal, Protocol

from copdesk.core.models import TimerRunState, TimerState

Phase = Literal["normal", "last-minute", "overtime"]

#: The last minute is shown in amber.
LAST_MINUTE_SECONDS = 60.0
#: Longest timer accepted (a full day is far beyond any workshop step).
MAX_SECONDS = 24 * 3600.0
#: Float noise tolerated when deciding which whole second is shown.
_EPSILON = 1e-6


class Clock(Protocol):
    """Two clocks: ``monotonic()`` for measuring, ``wall()`` (epoch seconds) for persisting."""

    def monotonic(self) -> float: ...

    def wall(self) -> float: ...


class SystemClock:
    """The real clocks of this machine."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


def format_seconds(seconds: int) -> str:
    """``MM:SS`` below an hour, ``H:MM:SS`` above; no sign."""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def shown_seconds(remaining: float) -> int:
    """The whole number of seconds the display shows for ``remaining`` (negative: overtime)."""
    return math.ceil(remaining - _EPSILON)


class Countdown:
    """A countdown that can be started, paused, resumed, reset and adjusted.

    States: ``idle`` (shows its full duration), ``running`` (a monotonic
    deadline), ``paused`` (a frozen remaining time). Past the deadline a running
    countdown keeps running into overtime: ``remaining()`` turns negative.

    Every span during which the countdown runs is a *segment*; the methods that
    end one (:meth:`pause`, :meth:`reset`, :meth:`stop`, :meth:`start` while
    running) return its length in seconds so the caller can log the time spent.
    """

    def __init__(
        self,
        clock: Clock | None = None,
        *,
        duration: float = 0.0,
        session_id: int = 0,
        step_id: int | None = None,
    ) -> None:
        self.clock: Clock = clock or SystemClock()
        self.session_id = session_id
        self.step_id = step_id
        self._duration = _clamp(duration)
        self._state: TimerRunState = "idle"
        self._deadline = 0.0  # monotonic, while running
        self._paused_remaining = 0.0  # while paused
        self._segment_start = 0.0  # monotonic start of the current running segment
        self._wall_offset = 0.0  # wall - monotonic, fixed when a segment starts

    # -- reading -----------------------------------------------------------

    @property
    def state(self) -> TimerRunState:
        return self._state

    @property
    def running(self) -> bool:
        return self._state == "running"

    @property
    def duration(self) -> float:
        """The full length this countdown was set to; :meth:`reset` returns to it."""
        return self._duration

    @property
    def deadline(self) -> float | None:
        """The monotonic deadline while running, else None."""
        return self._deadline if self._state == "running" else None

    def remaining(self) -> float:
        """Seconds left; negative in overtime."""
        if self._state == "running":
            return self._deadline - self.clock.monotonic()
        if self._state == "paused":
            return self._paused_remaining
        return self._duration

    def overtime(self) -> float:
        """Seconds past the deadline (0 before it)."""
        return max(0.0, -self.remaining())

    def segment_elapsed(self) -> float:
        """Seconds the current running segment has lasted (0 unless running)."""
        if self._state != "running":
            return 0.0
        return max(0.0, self.clock.monotonic() - self._segment_start)

    def display(self) -> str:
        """``04:59`` before the deadline, ``00:00`` at it, ``+01:23`` in overtime."""
        shown = shown_seconds(self.remaining())
        return ("+" if shown < 0 else "") + format_seconds(shown)

    def phase(self) -> Phase:
        """``normal``, ``last-minute`` (amber) or ``overtime`` (red, from zero on)."""
        if self._state == "idle":
            return "normal"
        shown = shown_seconds(self.remaining())
        if shown <= 0:
            return "overtime"
        if shown <= LAST_MINUTE_SECONDS:
            return "last-minute"
        return "normal"

    def is_finished(self) -> bool:
        """True once a started countdown has reached zero."""
        return self._state != "idle" and shown_seconds(self.remaining()) <= 0

    def ms_to_next_second(self) -> int:
        """Milliseconds until the displayed text next changes (1000 when not running).

        Rounded up, so a timer fired after this delay lands on or just after
        the boundary, never before it.
        """
        if self._state != "running":
            return 1000
        remaining = self.remaining()
        until = remaining - (shown_seconds(remaining) - 1)
        return max(1, min(1000, math.ceil(until * 1000 - _EPSILON)))

    # -- gestures ------------------------------------------------------------

    def start(self, duration: float | None = None, *, at: float | None = None) -> float:
        """Start from the full ``duration`` (default: the current one).

        ``at`` is the monotonic instant the run begins (default: now); the
        run-sheet uses the previous step's deadline so no time is lost between
        steps. Returns the seconds of the segment this ends, if one was running.
        """
        ended = self.stop(at=at)
        if duration is not None:
            self._duration = _clamp(duration)
        self._begin_segment(self._duration, at)
        return ended

    def pause(self) -> float:
        """Freeze the remaining time; returns the seconds of the segment it ends."""
        return self.stop()

    def resume(self) -> None:
        """Continue a paused countdown from where it stopped."""
        if self._state == "paused":
            self._begin_segment(self._paused_remaining, None)
        elif self._state == "idle":
            self._begin_segment(self._duration, None)

    def toggle(self) -> float:
        """Start, pause or resume, whichever the state calls for."""
        if self._state == "running":
            return self.pause()
        self.resume()
        return 0.0

    def reset(self, duration: float | None = None) -> float:
        """Back to idle, showing the full duration; returns the ended segment's seconds."""
        ended = self.stop()
        if duration is not None:
            self._duration = _clamp(duration)
        self._state = "idle"
        return ended

    def stop(self, *, at: float | None = None) -> float:
        """End the running segment (state becomes paused at its remaining time).

        Returns the segment's length; 0 if nothing was running.
        """
        if self._state != "running":
            return 0.0
        end = self.clock.monotonic() if at is None else at
        self._paused_remaining = self._deadline - end
        self._state = "paused"
        return max(0.0, end - self._segment_start)

    def add(self, seconds: float) -> None:
        """Add (or with a negative value take away) time, e.g. ±60 for ±1 min.

        Taking time away stops at zero: it never pushes a countdown into
        overtime, nor deeper into it. Idle, it changes the duration.
        """
        if self._state == "idle":
            self._duration = _clamp(self._duration + seconds)
            return
        current = self.remaining()
        target = current + seconds
        if seconds < 0:
            target = max(target, min(current, 0.0))
        target = min(target, MAX_SECONDS)
        if self._state == "running":
            self._deadline += target - current
        else:
            self._paused_remaining = target

    # -- persistence ---------------------------------------------------------

    def to_state(self) -> TimerState:
        """The persisted form; ``ends_at`` and ``started_at`` are epoch seconds."""
        if self._state == "running":
            return TimerState(
                session_id=self.session_id,
                step_id=self.step_id,
                state="running",
                duration_seconds=self._duration,
                ends_at=self._deadline + self._wall_offset,
                remaining_seconds=None,
                started_at=self._segment_start + self._wall_offset,
            )
        return TimerState(
            session_id=self.session_id,
            step_id=self.step_id,
            state=self._state,
            duration_seconds=self._duration,
            ends_at=None,
            remaining_seconds=self._paused_remaining if self._state == "paused" else None,
            started_at=None,
        )

    @classmethod
    def from_state(cls, state: TimerState, clock: Clock | None = None) -> Countdown:
        """Rebuild a countdown, mapping a persisted epoch deadline onto this process's clock.

        A timer that ran out while the app was closed comes back in overtime.
        Missing or broken fields fall back to an idle countdown.
        """
        countdown = cls(clock, duration=state.duration_seconds, session_id=state.session_id)
        countdown.step_id = state.step_id
        if state.state == "running" and _finite(state.ends_at):
            assert state.ends_at is not None
            now_mono = countdown.clock.monotonic()
            now_wall = countdown.clock.wall()
            offset = now_wall - now_mono
            started = state.started_at if _finite(state.started_at) else now_wall
            assert started is not None
            countdown._state = "running"
            countdown._wall_offset = offset
            countdown._deadline = state.ends_at - offset
            # A segment cannot have begun in the future (clock set back).
            countdown._segment_start = min(started, now_wall) - offset
        elif state.state == "paused" and _finite(state.remaining_seconds):
            assert state.remaining_seconds is not None
            countdown._state = "paused"
            left = state.remaining_seconds
            countdown._paused_remaining = max(-MAX_SECONDS, min(left, MAX_SECONDS))
        return countdown

    # -- internals -------------------------------------------------------------

    def _begin_segment(self, remaining: float, at: float | None) -> None:
        start = self.clock.monotonic() if at is None else at
        self._segment_start = start
        self._deadline = start + remaining
        self._wall_offset = self.clock.wall() - self.clock.monotonic()
        self._state = "running"


def _clamp(seconds: float) -> float:
    if not math.isfinite(seconds):
        return 0.0
    return max(0.0, min(float(seconds), MAX_SECONDS))


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)
