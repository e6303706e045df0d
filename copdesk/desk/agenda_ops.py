"""A session's agenda (timeboxed steps) and its timer: one transaction per gesture.

Steps are ordered by ``position`` (0, 1, 2 … among the steps not deleted).
Removing a step only marks it deleted, so :meth:`AgendaOps.restore_step` brings
back the very same row (and its logged time) at its old place.

The timer is one row per session holding a :class:`TimerState`; a gesture that
ends a running span of a step saves the timer and adds the span to the step's
``actual_seconds`` in the same transaction (:meth:`AgendaOps.save_timer`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError, NotFound
from copdesk.core.models import AgendaStep, TimerState
from copdesk.core.text import clean_label, clean_text
from copdesk.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from copdesk.desk.desk import Desk

MAX_STEP_TITLE = 200
MAX_STEP_NOTES = 4000
MIN_STEP_MINUTES = 0.5
MAX_STEP_MINUTES = 600.0
MAX_STEPS = 200
#: A logged span longer than this is a clock glitch, not a workshop step.
MAX_LOGGED_SECONDS = 24 * 3600.0


def _minutes(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CopdeskError("A step's length must be a number of minutes.")
    if not MIN_STEP_MINUTES <= value <= MAX_STEP_MINUTES:
        raise CopdeskError(
            f"A step lasts between {MIN_STEP_MINUTES:g} and {MAX_STEP_MINUTES:g} minutes."
        )
    return float(value)


def _title(value: str) -> str:
    return clean_label(value, MAX_STEP_TITLE) or "Step"


def _notes(value: str) -> str:
    return clean_text(value)[:MAX_STEP_NOTES]


def _seconds(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(value)


class AgendaOps:
    # -- reads ---------------------------------------------------------------

    def agenda(self: Desk, session_id: int) -> list[AgendaStep]:
        """The session's steps in order (deleted ones left out)."""
        return [
            rows.agenda_step(r)
            for r in self._rows(
                "SELECT * FROM agenda_steps WHERE session_id = ? AND deleted = 0 "
                "ORDER BY position, id",
                [session_id],
            )
        ]

    def agenda_step(self: Desk, step_id: int) -> AgendaStep:
        return rows.agenda_step(
            self._row("SELECT * FROM agenda_steps WHERE id = ?", [step_id], "agenda step")
        )

    def timer(self: Desk, session_id: int) -> TimerState:
        """The session's timer; an idle one if it was never used."""
        found = self._rows("SELECT * FROM timers WHERE session_id = ?", [session_id])
        if found:
            return rows.timer(found[0])
        return TimerState(session_id=session_id)

    # -- steps ---------------------------------------------------------------

    def add_step(
        self: Desk,
        session_id: int,
        title: str,
        minutes: float,
        notes: str = "",
        position: int | None = None,
    ) -> AgendaStep:
        """A new step at ``position`` (default: last)."""
        minutes = _minutes(minutes)
        with self._write() as db:
            self.session(session_id)
            order = _live_ids(db, session_id)
            if len(order) >= MAX_STEPS:
                raise CopdeskError(f"An agenda holds at most {MAX_STEPS} steps.")
            cur = db.execute(
                "INSERT INTO agenda_steps(session_id, position, title, minutes, notes) "
                "VALUES (?, ?, ?, ?, ?)",
                [session_id, len(order), _title(title), minutes, _notes(notes)],
            )
            step_id = int(cur.lastrowid or 0)
            at = len(order) if position is None else max(0, min(position, len(order)))
            order.insert(at, step_id)
            _renumber(db, order)
            self._touch_session(db, session_id)
        return self.agenda_step(step_id)

    def update_step(
        self: Desk,
        step_id: int,
        *,
        title: str | None = None,
        minutes: float | None = None,
        notes: str | None = None,
    ) -> AgendaStep:
        """Change a step's title, minutes and/or notes; returns the new step."""
        changes: dict[str, object] = {}
        if title is not None:
            changes["title"] = _title(title)
        if minutes is not None:
            changes["minutes"] = _minutes(minutes)
        if notes is not None:
            changes["notes"] = _notes(notes)
        with self._write() as db:
            step = self.agenda_step(step_id)
            if changes:
                sets = ", ".join(f"{name} = ?" for name in changes)
                db.execute(
                    f"UPDATE agenda_steps SET {sets} WHERE id = ?", [*changes.values(), step_id]
                )
                self._touch_session(db, step.session_id)
        return self.agenda_step(step_id)

    def remove_step(self: Desk, step_id: int) -> AgendaStep:
        """Mark a step deleted (undo with :meth:`restore_step`)."""
        with self._write() as db:
            step = self.agenda_step(step_id)
            db.execute("UPDATE agenda_steps SET deleted = 1 WHERE id = ?", [step_id])
            _renumber(db, _live_ids(db, step.session_id))
            self._touch_session(db, step.session_id)
        return step

    def restore_step(self: Desk, step_id: int) -> AgendaStep:
        """Bring a removed step back at the place it had."""
        with self._write() as db:
            step = self.agenda_step(step_id)
            order = [i for i in _live_ids(db, step.session_id) if i != step_id]
            order.insert(max(0, min(step.position, len(order))), step_id)
            db.execute("UPDATE agenda_steps SET deleted = 0 WHERE id = ?", [step_id])
            _renumber(db, order)
            self._touch_session(db, step.session_id)
        return self.agenda_step(step_id)

    def move_step(self: Desk, step_id: int, new_position: int) -> list[AgendaStep]:
        """Put a step at ``new_position`` (0-based among the live steps); returns the agenda."""
        with self._write() as db:
            step = self.agenda_step(step_id)
            if _is_deleted(db, step_id):
                raise NotFound("That agenda step no longer exists.")
            order = [i for i in _live_ids(db, step.session_id) if i != step_id]
            order.insert(max(0, min(new_position, len(order))), step_id)
            _renumber(db, order)
            self._touch_session(db, step.session_id)
        return self.agenda(step.session_id)

    def log_step_time(self: Desk, step_id: int, seconds_to_add: float) -> AgendaStep:
        """Add time actually spent on a step (from the timer)."""
        with self._write() as db:
            self.agenda_step(step_id)
            _add_time(db, step_id, seconds_to_add)
        return self.agenda_step(step_id)

    def clear_step_times(self: Desk, session_id: int) -> list[AgendaStep]:
        """Forget the actual times of every step (to rehearse or rerun a session)."""
        with self._write() as db:
            db.execute(
                "UPDATE agenda_steps SET actual_seconds = 0 WHERE session_id = ?", [session_id]
            )
        return self.agenda(session_id)

    # -- timer -----------------------------------------------------------------

    def save_timer(
        self: Desk, state: TimerState, step_times: Iterable[tuple[int, float]] = ()
    ) -> TimerState:
        """Store the session's timer and add ``(step_id, seconds)`` spans, in one transaction."""
        if state.state not in ("idle", "running", "paused"):
            raise CopdeskError("The timer's state is not one copdesk knows.")
        duration = _seconds(state.duration_seconds) or 0.0
        with self._write() as db:
            self.session(state.session_id)
            step_id = state.step_id
            if (
                step_id is not None
                and not db.execute(
                    "SELECT 1 FROM agenda_steps WHERE id = ? AND session_id = ?",
                    [step_id, state.session_id],
                ).fetchone()
            ):
                step_id = None  # a step of another session, or gone for good
            db.execute(
                "INSERT INTO timers(session_id, step_id, state, duration_seconds, ends_at, "
                "remaining_seconds, started_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET step_id = excluded.step_id, "
                "state = excluded.state, duration_seconds = excluded.duration_seconds, "
                "ends_at = excluded.ends_at, remaining_seconds = excluded.remaining_seconds, "
                "started_at = excluded.started_at",
                [
                    state.session_id,
                    step_id,
                    state.state,
                    max(0.0, duration),
                    _seconds(state.ends_at),
                    _seconds(state.remaining_seconds),
                    _seconds(state.started_at),
                ],
            )
            for logged_step, seconds in step_times:
                if db.execute(
                    "SELECT 1 FROM agenda_steps WHERE id = ? AND session_id = ?",
                    [logged_step, state.session_id],
                ).fetchone():
                    _add_time(db, logged_step, seconds)
        return self.timer(state.session_id)


def _live_ids(db: Database, session_id: int) -> list[int]:
    return [
        int(r[0])
        for r in db.execute(
            "SELECT id FROM agenda_steps WHERE session_id = ? AND deleted = 0 "
            "ORDER BY position, id",
            [session_id],
        ).fetchall()
    ]


def _is_deleted(db: Database, step_id: int) -> bool:
    row = db.execute("SELECT deleted FROM agenda_steps WHERE id = ?", [step_id]).fetchone()
    return bool(row and row[0])


def _renumber(db: Database, order: list[int]) -> None:
    db.conn.executemany(
        "UPDATE agenda_steps SET position = ? WHERE id = ? AND position != ?",
        [(i, step_id, i) for i, step_id in enumerate(order)],
    )


def _add_time(db: Database, step_id: int, seconds: float) -> None:
    if not math.isfinite(seconds) or seconds <= 0:
        return
    db.execute(
        "UPDATE agenda_steps SET actual_seconds = actual_seconds + ? WHERE id = ?",
        [min(float(seconds), MAX_LOGGED_SECONDS), step_id],
    )
