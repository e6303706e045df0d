"""Filling %1 … %9 placeholders of translated strings in one pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.text import fill


def test_placeholders_take_their_values_in_any_order() -> None:
    assert fill("%2 of %1 left", 3, "Ana") == "Ana of 3 left"
    assert fill("Saved “%1”, starting on %2.", "Q3", "2026-12-01") == (
        "Saved “Q3”, starting on 2026-12-01."
    )


def test_a_missing_value_leaves_its_placeholder() -> None:
    assert fill("%1 and %2", "one") == "one and %2"


@given(first=st.text(), second=st.text())
def test_a_value_holding_a_placeholder_is_never_filled_again(first: str, second: str) -> None:
    assert fill("%1|%2", first, second) == f"{first}|{second}"
