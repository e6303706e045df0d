"""Test doubles shared by several test modules."""

from __future__ import annotations


class FakeClock:
    """A clock that only moves when told to: ``advance(seconds)``.

    It satisfies :class:`copdesk.core.countdown.Clock`. ``restart()`` imitates a
    new process (or a reboot): the monotonic clock jumps to an unrelated origin
    while the wall clock keeps its time.
    """

    def __init__(self, monotonic: float = 1000.0, wall: float = 1_700_000_000.0) -> None:
        self._monotonic = monotonic
        self._wall = wall

    def monotonic(self) -> float:
        return self._monotonic

    def wall(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._wall += seconds

    def restart(self, *, downtime: float = 0.0, monotonic: float = 5.0) -> None:
        """A new process ``downtime`` seconds later whose monotonic clock starts elsewhere."""
        self._wall += downtime
        self._monotonic = monotonic

    def set_wall(self, wall: float) -> None:
        """Jump the wall clock only (NTP correction, user changing the time)."""
        self._wall = wall


class RecordingChime:
    """Stands in for the chime: counts the times it was asked to sound."""

    def __init__(self, *, can_play: bool = True) -> None:
        self.plays = 0
        self.can_play = can_play

    def play(self) -> bool:
        self.plays += 1
        return self.can_play
