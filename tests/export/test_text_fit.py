"""Wrap and shrink-to-fit: largest size that fits, words broken only when needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.export.text_fit import fit_text, wrap_logical


def test_short_text_keeps_the_largest_size() -> None:
    fitted = fit_text("Keep the demos", 200, 100, max_size=16, min_size=6)
    assert fitted.size == 16 and not fitted.truncated
    assert [line.text for line in fitted.lines] == ["Keep the demos"]


def test_longer_text_shrinks_until_it_fits() -> None:
    text = "Learning circles of two or three people who meet every other week " * 3
    fitted = fit_text(text, 150, 100, max_size=16, min_size=5)
    assert 5 <= fitted.size < 16 and not fitted.truncated
    assert fitted.height <= 100


def test_text_shrinks_before_a_word_is_broken() -> None:
    fitted = fit_text("Weiterbildungsbudget nutzen", 80, 80, max_size=20, min_size=4)
    assert fitted.lines[0].text == "Weiterbildungsbudget"


def test_overlong_word_is_broken_between_characters() -> None:
    lines = wrap_logical("Donaudampfschifffahrtsgesellschaft", 60, 10)
    assert len(lines) > 1
    assert "".join(text for text, _ in lines) == "Donaudampfschifffahrtsgesellschaft"


def test_cjk_wraps_between_ideographs() -> None:
    lines = wrap_logical("学习产品发现学习产品发现学习产品发现", 50, 10)
    assert len(lines) > 1 and all(len(text) <= 5 for text, _ in lines)


def test_korean_wraps_at_its_spaces_not_inside_words() -> None:
    text = "잘한 점과 아쉬운 점을 나눠요 다음 회고에서"
    lines = wrap_logical(text, 60, 10)
    assert len(lines) > 1
    assert all(set(line.split()) <= set(text.split()) for line, _ in lines)  # whole words
    assert " ".join(line for line, _ in lines) == text


def test_ellipsis_only_at_the_minimum_size() -> None:
    fitted = fit_text("word " * 500, 100, 60, max_size=14, min_size=6)
    assert fitted.truncated and fitted.size == 6
    assert fitted.lines[-1].text.endswith("…")
    assert fitted.height <= 60


def test_newlines_start_new_lines() -> None:
    fitted = fit_text("one\ntwo\n\nthree", 200, 200)
    assert [line.text for line in fitted.lines] == ["one", "two", "", "three"]


def test_right_to_left_paragraph_is_marked_for_right_alignment() -> None:
    fitted = fit_text("שלום לכולם", 200, 100)
    assert fitted.lines[0].rtl
    assert not fit_text("Hello", 200, 100).lines[0].rtl


def test_empty_or_zero_box_gives_no_lines() -> None:
    assert fit_text("", 100, 100).lines == ()
    assert fit_text("text", 0, 100).lines == ()


@given(
    st.text(max_size=400),
    st.floats(min_value=20, max_value=400),
    st.floats(min_value=10, max_value=300),
)
def test_lines_never_overflow_the_box(text: str, width: float, height: float) -> None:
    fitted = fit_text(text, width, height, max_size=18, min_size=5)
    assert fitted.height <= height + 1e-6
    assert all(line.width <= width + 1e-6 for line in fitted.lines)
