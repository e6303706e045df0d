"""The community's rituals: name, cadence, duration, people, first date."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Ritual
from copdesk.core.rituals import (
    MAX_MINUTES,
    MAX_PEOPLE,
    MIN_MINUTES,
    parse_cadence,
    parse_date,
)
from copdesk.core.text import clean_label, clean_text
from copdesk.store import rows

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

_DURATION = (
    f"A ritual lasts between 1 minute and {MAX_MINUTES // 60} hours ({MAX_MINUTES:,} minutes)."
)
_PEOPLE = f"A ritual involves a whole number of people from 1 to {MAX_PEOPLE:,}."


def _bounded(value: object, low: float, high: float, message: str) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise CopdeskError(message) from None
    if not low <= number <= high:  # NaN fails too
        raise CopdeskError(message)
    return number


def _checked(
    name: str, cadence: str, duration_minutes: float, people: int, first_date: str, notes: str
) -> list[object]:
    label = clean_label(name)
    if not label:
        raise CopdeskError("A ritual needs a name.")
    minutes = _bounded(duration_minutes, MIN_MINUTES, MAX_MINUTES, _DURATION)
    count = _bounded(people, 1, MAX_PEOPLE, _PEOPLE)
    if not count.is_integer():
        raise CopdeskError(_PEOPLE)
    return [
        label,
        parse_cadence(cadence),
        minutes,
        int(count),
        parse_date(first_date).isoformat(),
        clean_text(notes)[:2000],
    ]


class RitualOps:
    def rituals(self: Desk, *, include_deleted: bool = False) -> list[Ritual]:
        where = "" if include_deleted else "WHERE deleted = 0"
        return [rows.ritual(r) for r in self._rows(f"SELECT * FROM rituals {where} ORDER BY id")]

    def ritual(self: Desk, ritual_id: int) -> Ritual:
        return rows.ritual(self._row("SELECT * FROM rituals WHERE id = ?", [ritual_id], "ritual"))

    def add_ritual(
        self: Desk,
        name: str,
        cadence: str,
        duration_minutes: float,
        people: int,
        first_date: str,
        notes: str = "",
    ) -> Ritual:
        values = _checked(name, cadence, duration_minutes, people, first_date, notes)
        with self._write() as db:
            cur = db.execute(
                "INSERT INTO rituals(name, cadence, duration_minutes, people, first_date, notes) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                values,
            )
        return self.ritual(int(cur.lastrowid or 0))

    def update_ritual(
        self: Desk,
        ritual_id: int,
        *,
        name: str | None = None,
        cadence: str | None = None,
        duration_minutes: float | None = None,
        people: int | None = None,
        first_date: str | None = None,
        notes: str | None = None,
    ) -> Ritual:
        old = self.ritual(ritual_id)
        values = _checked(
            old.name if name is None else name,
            old.cadence if cadence is None else cadence,
            old.duration_minutes if duration_minutes is None else duration_minutes,
            old.people if people is None else people,
            old.first_date if first_date is None else first_date,
            old.notes if notes is None else notes,
        )
        with self._write() as db:
            db.execute(
                "UPDATE rituals SET name = ?, cadence = ?, duration_minutes = ?, people = ?, "
                "first_date = ?, notes = ? WHERE id = ?",
                [*values, ritual_id],
            )
        return self.ritual(ritual_id)

    def remove_rituals(self: Desk, ids: Iterable[int]) -> list[Ritual]:
        return self._set_rituals_deleted(list(ids), True)

    def restore_rituals(self: Desk, ids: Iterable[int]) -> list[Ritual]:
        return self._set_rituals_deleted(list(ids), False)

    def _set_rituals_deleted(self: Desk, ids: list[int], deleted: bool) -> list[Ritual]:
        with self._write() as db:
            db.conn.executemany(
                "UPDATE rituals SET deleted = ? WHERE id = ?", [(int(deleted), i) for i in ids]
            )
        return [self.ritual(i) for i in ids]
