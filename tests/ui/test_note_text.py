"""Fitting a note's text: the largest size that fits, found with few layouts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.ui.board import note_text
from copdesk.ui.board.note_text import MIN_PIXELS, PADDING, fit_note_text, max_pixels

WORDS = st.sampled_from(
    ["goal", "learning", "a", "the", "book club", "Community of Practice", "ÄÖÜ", "日本語", "🙂"]
)
TEXTS = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)
SIZES = st.tuples(
    st.sampled_from([120.0, 160.0, 200.0, 260.0, 400.0]), st.sampled_from([90.0, 140.0, 220.0])
)


@pytest.fixture(autouse=True)
def _fresh_cache(qapp) -> None:
    note_text._cache.clear()


def _largest_by_binary_search(text: str, width: float, height: float) -> int:
    """The plain reference: a binary search over every size."""
    box_w, box_h = width - 2 * PADDING, height - 2 * PADDING
    low, high = MIN_PIXELS, max_pixels(width, height)
    while low < high:
        mid = (low + high + 1) // 2
        if note_text._lay_out(text, mid, box_w)[1] <= box_h:
            low = mid
        else:
            high = mid - 1
    return low


@given(text=TEXTS, size=SIZES)
def test_the_size_is_the_largest_that_fits(text: str, size: tuple[float, float]) -> None:
    width, height = size
    note_text._cache.clear()
    fitted = fit_note_text(text, width, height)
    if fitted.truncated:
        assert fitted.pixel_size == MIN_PIXELS
        return
    assert fitted.pixel_size == _largest_by_binary_search(text, width, height)
    bottom = max(
        layout.boundingRect().bottom() + layout.position().y() for layout in fitted.layouts
    )
    assert bottom <= height - PADDING + 0.5


def test_a_typical_note_takes_at_most_four_layouts(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = note_text._lay_out

    def counting(text: str, size: int, width: float):
        calls.append(size)
        return real(text, size, width)

    monkeypatch.setattr(note_text, "_lay_out", counting)
    texts = [f"note {i}: a learning goal with a few words" for i in range(20)]
    texts += ["Keep", "Run a book club on Continuous Discovery Habits every second Thursday"]
    for text in texts:
        calls.clear()
        fit_note_text(text, 200.0, 140.0)
        assert len(calls) <= 4, (text, calls)  # a plain binary search takes 6
