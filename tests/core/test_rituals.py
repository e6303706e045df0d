"""Ritual cadence maths: time per month and next dates, with dates passed in."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.models import Ritual
from copdesk.core.rituals import (
    CADENCES,
    RitualProblem,
    format_hours,
    format_person_hours,
    monthly_time,
    next_dates,
    next_ritual_dates,
    parse_cadence,
    total_monthly_time,
)


def _ritual(
    cadence: str, minutes: float = 60, people: int = 1, first: str = "2025-01-06"
) -> Ritual:
    return Ritual(1, "r", cadence, minutes, people, first)


def test_time_per_month_of_the_usual_rituals() -> None:
    circles = _ritual("biweekly", 45, 12)
    session = _ritual("monthly", 90, 25)
    retro = _ritual("quarterly", 120, 20)
    offsite = _ritual("yearly", 8 * 60, 20)
    assert monthly_time(circles).hours_per_person == pytest.approx(0.75 * 26 / 12)
    assert monthly_time(circles).person_hours == pytest.approx(0.75 * 26 / 12 * 12)
    assert monthly_time(session).person_hours == pytest.approx(1.5 * 25)
    assert monthly_time(retro).hours_per_person == pytest.approx(2 / 3)
    assert monthly_time(offsite).hours_per_person == pytest.approx(8 / 12)
    total = total_monthly_time([circles, session, retro, offsite])
    assert total.hours_per_person == pytest.approx(0.75 * 26 / 12 + 1.5 + 2 / 3 + 8 / 12)


def test_deleted_rituals_do_not_count() -> None:
    gone = Ritual(2, "old", "weekly", 60, 10, "2025-01-01", deleted=True)
    assert total_monthly_time([gone]).person_hours == 0


def test_monthly_keeps_the_day_and_clamps_short_months() -> None:
    first = date(2024, 1, 31)
    got = next_dates(first, "monthly", on_or_after=date(2024, 1, 1), count=4)
    assert got == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30)]


def test_quarterly_and_yearly() -> None:
    first = date(2024, 2, 29)
    assert next_dates(first, "yearly", on_or_after=date(2024, 3, 1), count=2) == [
        date(2025, 2, 28),
        date(2026, 2, 28),
    ]
    assert next_dates(date(2025, 1, 15), "quarterly", on_or_after=date(2025, 4, 16), count=2) == [
        date(2025, 7, 15),
        date(2025, 10, 15),
    ]


def test_weekly_and_biweekly_from_today() -> None:
    first = date(2025, 1, 6)  # a Monday
    assert next_dates(first, "biweekly", on_or_after=date(2025, 1, 20), count=2) == [
        date(2025, 1, 20),
        date(2025, 2, 3),
    ]
    assert next_dates(first, "weekly", on_or_after=date(2025, 1, 7), count=1) == [date(2025, 1, 13)]


def test_a_future_first_date_comes_first() -> None:
    ritual = _ritual("monthly", first="2030-05-10")
    assert next_ritual_dates(ritual, date(2025, 1, 1), 1) == [date(2030, 5, 10)]


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(CADENCES),
)
def test_next_dates_are_on_or_after_today_increasing_and_keep_the_day(
    first: date, today: date, cadence: str
) -> None:
    got = next_dates(first, cadence, on_or_after=today, count=3)
    assert len(got) == 3
    assert got[0] >= today and got[0] >= first
    assert got == sorted(set(got))
    previous = next_dates(first, cadence, on_or_after=first, count=1)[0]
    assert previous == first
    if cadence in ("weekly", "biweekly"):
        assert all((d - first).days % (7 if cadence == "weekly" else 14) == 0 for d in got)
    else:
        assert all(d.day == first.day or d.day >= 28 for d in got)


def test_cadence_aliases_and_bad_input() -> None:
    assert parse_cadence("Every two weeks") == "biweekly"
    assert parse_cadence("Zweiwöchentlich") == "biweekly"
    assert parse_cadence(" Monthly ") == "monthly"
    with pytest.raises(RitualProblem):
        parse_cadence("sometimes")
    with pytest.raises(RitualProblem):
        next_ritual_dates(_ritual("weekly", first="soon"), date(2025, 1, 1))


def test_format_hours() -> None:
    assert format_hours(1.5) == "1 h 30 min"
    assert format_hours(0.25) == "15 min"
    assert format_hours(2) == "2 h"


def test_readable_rituals_leave_out_deleted_and_unreadable_ones() -> None:
    from copdesk.core.models import Ritual
    from copdesk.core.rituals import readable_rituals

    good = Ritual(1, "Circles", "biweekly", 45, 3, "2025-01-06")
    gone = Ritual(2, "Old", "monthly", 60, 10, "2025-01-06", deleted=True)
    odd_cadence = Ritual(3, "Odd", "whenever", 60, 10, "2025-01-06")
    odd_date = Ritual(4, "Odd date", "monthly", 60, 10, "someday")
    assert readable_rituals([good, gone, odd_cadence, odd_date]) == [good]


def test_person_hours_read_well_small_and_large() -> None:
    assert format_person_hours(17.26) == "17 h 16 min"
    assert format_person_hours(999.5) == "999 h 30 min"
    assert format_person_hours(104_000.4) == "104,000 h"
    assert format_person_hours(104_000.4, ".") == "104.000 h"  # the window's German locale
    assert format_person_hours(1_000, "\u202f") == "1\u202f000 h"
    assert format_person_hours(999.5, ".") == "999 h 30 min"
