"""Rituals a community can hold: from a minute to a day, for 1 to 1,000 people;
anything else is refused in plain words and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.core.errors import CopdeskError
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path):
    with Desk.open(tmp_path / "c.copdesk", backup=False) as d:
        yield d


@pytest.mark.parametrize(
    ("minutes", "people", "words"),
    [
        (60, 100_000, "from 1 to 1,000"),
        (60, 1_001, "from 1 to 1,000"),
        (60, 0, "from 1 to 1,000"),
        (60, 2.5, "whole number of people"),
        (60, 10**400, "from 1 to 1,000"),
        (60, float("nan"), "from 1 to 1,000"),
        (10_080, 10, "between 1 minute and 24 hours"),
        (1_441, 10, "between 1 minute and 24 hours"),
        (0.5, 10, "between 1 minute and 24 hours"),
        (float("inf"), 10, "between 1 minute and 24 hours"),
        (10**400, 10, "between 1 minute and 24 hours"),
    ],
)
def test_absurd_numbers_are_refused_plainly(
    desk: Desk, minutes: float, people: int, words: str
) -> None:
    with pytest.raises(CopdeskError, match=words):
        desk.add_ritual("Summit", "weekly", minutes, people, "2025-01-06")
    assert desk.rituals() == []
    ritual = desk.add_ritual("Summit", "weekly", 60, 10, "2025-01-06")
    with pytest.raises(CopdeskError, match=words):
        desk.update_ritual(ritual.id, duration_minutes=minutes, people=people)
    assert desk.ritual(ritual.id) == ritual


def test_the_bounds_themselves_are_fine(desk: Desk) -> None:
    big = desk.add_ritual("Conference day", "weekly", 24 * 60, 1_000, "2025-01-06")
    small = desk.add_ritual("Stand-up", "weekly", 1, 1, "2025-01-06")
    assert (big.duration_minutes, big.people) == (1440, 1000)
    assert (small.duration_minutes, small.people) == (1, 1)
    assert isinstance(desk.update_ritual(big.id, people=12.0).people, int)
