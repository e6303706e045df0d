"""Rituals and rhythm: how often, how long, how much time per month, when next.

Pure date arithmetic: "today" is always passed in, never read from a clock.
Monthly, quarterly and yearly rituals keep the day of month of their first date,
clamped to the length of shorter months (31 January → 28/29 February → 31 March).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from copdesk.core.errors import CopdeskError
from copdesk.core.localtext import QT_TRANSLATE_NOOP
from copdesk.core.models import Ritual
from copdesk.core.tags import tag_key

# Cadences in order, with how many times they happen per month on average.
PER_MONTH: dict[str, float] = {
    "weekly": 52.0 / 12.0,
    "biweekly": 26.0 / 12.0,
    "monthly": 1.0,
    "quarterly": 1.0 / 3.0,
    "yearly": 1.0 / 12.0,
}
CADENCES: tuple[str, ...] = tuple(PER_MONTH)

# Bounds of a ritual a community can actually hold: from one minute to a whole
# day, for one person up to a thousand. They keep the time per month readable
# (at most a weekly day for a thousand people: 104,000 person-hours).
MIN_MINUTES = 1
MAX_MINUTES = 24 * 60
MAX_PEOPLE = 1_000

# How each cadence reads; the window translates it (context "rituals").
#: A ritual's rhythm in the rituals table. The German text must be one that
#: parse_cadence reads back when the cell is edited: wöchentlich, alle zwei
#: Wochen, monatlich, vierteljährlich, jährlich.
LABELS: dict[str, str] = {
    "weekly": QT_TRANSLATE_NOOP("rituals", "every week"),
    "biweekly": QT_TRANSLATE_NOOP("rituals", "every two weeks"),
    "monthly": QT_TRANSLATE_NOOP("rituals", "every month"),
    "quarterly": QT_TRANSLATE_NOOP("rituals", "every quarter"),
    "yearly": QT_TRANSLATE_NOOP("rituals", "every year"),
}

_ALIASES: dict[str, str] = {
    "week": "weekly",
    "every week": "weekly",
    "woechentlich": "weekly",
    "bi weekly": "biweekly",
    "every two weeks": "biweekly",
    "every 2 weeks": "biweekly",
    "fortnightly": "biweekly",
    "zweiwoechentlich": "biweekly",
    "alle zwei wochen": "biweekly",
    "alle 2 wochen": "biweekly",
    "month": "monthly",
    "every month": "monthly",
    "monatlich": "monthly",
    "quarter": "quarterly",
    "every quarter": "quarterly",
    "every three months": "quarterly",
    "every 3 months": "quarterly",
    "quartalsweise": "quarterly",
    "vierteljaehrlich": "quarterly",
    "year": "yearly",
    "annual": "yearly",
    "annually": "yearly",
    "every year": "yearly",
    "jaehrlich": "yearly",
}

_STEP_DAYS = {"weekly": 7, "biweekly": 14}
_STEP_MONTHS = {"monthly": 1, "quarterly": 3, "yearly": 12}


class RitualProblem(CopdeskError):
    """A ritual's cadence or date cannot be understood."""


def parse_cadence(text: str) -> str:
    """The canonical cadence for ``text`` ("Every two weeks" → "biweekly")."""
    key = tag_key(text)
    if key in PER_MONTH:
        return key
    if key in _ALIASES:
        return _ALIASES[key]
    raise RitualProblem(
        f"“{text}” is not a cadence copdesk knows.",
        hint="Use weekly, biweekly, monthly, quarterly or yearly.",
    )


def parse_date(text: str) -> date:
    """An ISO date ``YYYY-MM-DD`` or a :class:`RitualProblem`."""
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise RitualProblem(
            f"“{text}” is not a date.", hint="Write dates as YYYY-MM-DD, e.g. 2025-03-14."
        ) from None


@dataclass(frozen=True, slots=True)
class MonthlyTime:
    """Time a ritual (or all of them) takes per month."""

    hours_per_person: float  # what one participant invests per month
    person_hours: float  # summed over everyone involved


def monthly_time(ritual: Ritual) -> MonthlyTime:
    """Average time per month of one ritual."""
    per_month = PER_MONTH[parse_cadence(ritual.cadence)]
    hours = max(ritual.duration_minutes, 0.0) / 60.0 * per_month
    return MonthlyTime(hours, hours * max(ritual.people, 0))


def total_monthly_time(rituals: Iterable[Ritual]) -> MonthlyTime:
    """Time per month of all rituals that are not deleted.

    ``hours_per_person`` is what someone taking part in every ritual invests.
    """
    person, total = 0.0, 0.0
    for ritual in rituals:
        if ritual.deleted:
            continue
        t = monthly_time(ritual)
        person += t.hours_per_person
        total += t.person_hours
    return MonthlyTime(person, total)


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + (first.month - 1) + months
    year, month = divmod(index, 12)
    day = min(first.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def occurrence(first: date, cadence: str, k: int) -> date:
    """The ``k``-th occurrence (0 = the first date)."""
    cadence = parse_cadence(cadence)
    if cadence in _STEP_DAYS:
        return first + timedelta(days=_STEP_DAYS[cadence] * k)
    return _add_months(first, _STEP_MONTHS[cadence] * k)


def next_dates(first: date, cadence: str, *, on_or_after: date, count: int = 3) -> list[date]:
    """The next ``count`` occurrences on or after ``on_or_after``."""
    cadence = parse_cadence(cadence)
    if count <= 0:
        return []
    if on_or_after <= first:
        k = 0
    elif cadence in _STEP_DAYS:
        step = _STEP_DAYS[cadence]
        k = -(-(on_or_after - first).days // step)
    else:
        step = _STEP_MONTHS[cadence]
        months = (on_or_after.year - first.year) * 12 + on_or_after.month - first.month
        k = max(months // step - 1, 0)
        while occurrence(first, cadence, k) < on_or_after:
            k += 1
    out: list[date] = []
    while len(out) < count:
        try:
            out.append(occurrence(first, cadence, k))
        except (ValueError, OverflowError):
            break  # past year 9999
        k += 1
    return out


def next_ritual_dates(ritual: Ritual, today: date, count: int = 3) -> list[date]:
    """The next ``count`` dates of ``ritual`` from ``today`` on."""
    return next_dates(parse_date(ritual.first_date), ritual.cadence, on_or_after=today, count=count)


def readable_rituals(rituals: Iterable[Ritual]) -> list[Ritual]:
    """The rituals that are not deleted and whose cadence and first date can be read."""
    good = []
    for ritual in rituals:
        if ritual.deleted:
            continue
        try:
            parse_cadence(ritual.cadence)
            parse_date(ritual.first_date)
        except CopdeskError:
            continue
        good.append(ritual)
    return good


def format_hours(hours: float) -> str:
    """``1.5`` → ``"1 h 30 min"``; ``0.25`` → ``"15 min"``."""
    minutes = round(hours * 60)
    h, m = divmod(minutes, 60)
    if h and m:
        return f"{h} h {m} min"
    if h:
        return f"{h} h"
    return f"{m} min"


def format_person_hours(hours: float, group_separator: str = ",") -> str:
    """A total: ``17.26`` → ``"17 h 16 min"`` (as :func:`format_hours`); from a
    thousand on whole hours with separators: ``104000`` → ``"104,000 h"`` (the
    window passes its locale's separator: ``"104.000 h"`` in German)."""
    if abs(hours) < 1000:
        return format_hours(hours)
    return f"{hours:,.0f} h".replace(",", group_separator)
