"""Drives a session's countdown on the Qt event loop and keeps the desk up to date.

The controller owns a :class:`~copdesk.core.runsheet.RunSheet` (agenda +
countdown) and a single-shot ``Qt.PreciseTimer`` that it re-arms for the next
whole-second boundary of the display after every tick: the text is computed
from the monotonic deadline, so a late tick shows the right figure and the next
one is scheduled from the clock, not from the previous tick.

Every gesture saves the timer through the desk in one transaction, together
with the time spent on the step it ended; so a restart finds the timer where it
was. Signals: ``ticked(str)`` (the text), ``phase_changed(str)``,
``countdown_finished()``, ``step_changed(object)`` (the current
:class:`AgendaStep` or None), ``state_changed(str)``, ``agenda_changed()``,
``save_failed(str)`` (a plain message when the desk refused).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from copdesk.core.countdown import Clock, Countdown, Phase
from copdesk.core.errors import CopdeskError
from copdesk.core.models import AgendaStep
from copdesk.core.runsheet import RunSheet, StepTime

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk
    from copdesk.ui.timer.chime import Sounder

log = logging.getLogger("copdesk.ui.timer")


class TimerController(QObject):
    ticked = Signal(str)
    phase_changed = Signal(str)
    countdown_finished = Signal()
    step_changed = Signal(object)
    state_changed = Signal(str)
    agenda_changed = Signal()
    save_failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        session_id: int,
        clock: Clock | None = None,
        chime: Sounder | None = None,
        parent: QObject | None = None,
        *,
        auto_advance: bool = False,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.session_id = session_id
        if chime is None:
            from copdesk.ui.timer.chime import Chime

            chime = Chime(parent=self)
        self.chime: Sounder = chime
        countdown = Countdown.from_state(desk.timer(session_id), clock)
        countdown.session_id = session_id
        self.sheet = RunSheet(desk.agenda(session_id), countdown, auto_advance=auto_advance)
        catch_up = self.sheet.poll()  # run-sheet steps that ran out while the app was closed
        if catch_up.steps:
            self._save(catch_up.logged)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._text = countdown.display()
        self._phase: Phase = countdown.phase()
        self._state = countdown.state
        self._step_id = self._current_id()
        # A timer that ran out while the app was closed is not announced again.
        self._finished = countdown.is_finished()
        self._schedule()

    # -- reading -----------------------------------------------------------

    @property
    def countdown(self) -> Countdown:
        return self.sheet.countdown

    @property
    def current_step(self) -> AgendaStep | None:
        return self.sheet.current

    @property
    def auto_advance(self) -> bool:
        return self.sheet.auto_advance

    def text(self) -> str:
        return self._text

    def phase(self) -> Phase:
        return self._phase

    def is_ticking(self) -> bool:
        """True while the display timer is armed (only when the countdown runs)."""
        return self._timer.isActive()

    def next_tick_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    # -- gestures ------------------------------------------------------------

    def toggle(self) -> None:
        """Start, pause or resume."""
        self._apply(self.sheet.toggle())

    def start(self) -> None:
        if not self.countdown.running:
            self._apply(self.sheet.toggle())

    def pause(self) -> None:
        self._apply(self.sheet.pause())

    def resume(self) -> None:
        self.sheet.resume()
        self._apply([])

    def reset(self) -> None:
        self._apply(self.sheet.reset())

    def add_minute(self) -> None:
        self.countdown.add(60)
        self._apply([])

    def remove_minute(self) -> None:
        self.countdown.add(-60)
        self._apply([])

    def next_step(self) -> None:
        self._apply(self.sheet.next())

    def previous_step(self) -> None:
        self._apply(self.sheet.previous())

    def select_step(self, step_id: int, *, start: bool | None = None) -> None:
        self._apply(self.sheet.select(step_id, start=start))

    def start_quick(self, minutes: float) -> None:
        """A free timer of ``minutes``, not tied to the agenda."""
        self._apply(self.sheet.start_free(minutes * 60))

    def set_auto_advance(self, on: bool) -> None:
        """Run-sheet mode: move to the next step by itself when a step's time is up."""
        self.sheet.auto_advance = on
        self.tick()

    def reload_agenda(self) -> None:
        """Take the agenda again from the desk (after an edit or an undo)."""
        self.sheet.set_steps(self.desk.agenda(self.session_id))
        self.agenda_changed.emit()
        self._apply([], save=self.countdown.state == "idle")

    # -- the clock ---------------------------------------------------------------

    def tick(self) -> None:
        """Refresh the display; announce zero; advance the run-sheet; re-arm the timer."""
        countdown = self.countdown
        reached_zero = countdown.running and countdown.is_finished() and not self._finished
        advance = self.sheet.poll()
        if advance.steps:
            self._save(advance.logged)
            self.agenda_changed.emit()
        if reached_zero or advance.steps:
            self._announce()
        self._finished = countdown.is_finished()
        self._refresh()
        self._schedule()

    # -- internals -----------------------------------------------------------------

    def _apply(self, logged: list[StepTime], *, save: bool = True) -> None:
        if save:
            self._save(logged)
        if logged:
            self.agenda_changed.emit()
        if not self.countdown.is_finished():
            self._finished = False
        self.tick()

    def _announce(self) -> None:
        try:
            self.chime.play()
        except Exception:  # a sound must never break the timer
            log.info("chime failed", exc_info=True)
        self.countdown_finished.emit()

    def _save(self, logged: tuple[StepTime, ...] | list[StepTime]) -> None:
        try:
            self.desk.save_timer(
                self.countdown.to_state(), [(t.step_id, t.seconds) for t in logged]
            )
        except CopdeskError as exc:
            log.warning("timer not saved: %s", exc)
            self.save_failed.emit(str(exc))
            return
        if logged:
            # The desk now holds the new actual times: take them into the run-sheet.
            self.sheet.set_steps(self.desk.agenda(self.session_id))

    def _refresh(self) -> None:
        text = self.countdown.display()
        phase = self.countdown.phase()
        state = self.countdown.state
        step_id = self._current_id()
        if step_id != self._step_id:
            self._step_id = step_id
            self.step_changed.emit(self.sheet.current)
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
        if phase != self._phase:
            self._phase = phase
            self.phase_changed.emit(phase)
        self._text = text
        self.ticked.emit(text)

    def _schedule(self) -> None:
        if self.countdown.running:
            self._timer.start(self.countdown.ms_to_next_second())
        else:
            self._timer.stop()

    def _current_id(self) -> int | None:
        step = self.sheet.current
        return step.id if step is not None else None

    def shutdown(self) -> None:
        """Stop the display timer (the countdown itself lives on in the file)."""
        self._timer.stop()
