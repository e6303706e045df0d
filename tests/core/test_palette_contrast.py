"""Cluster chips: label text in whichever colour reads best on the chip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.palette import CLUSTER_LABEL, NOTE_BORDERS, contrast_ratio, text_on

colors = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")


def test_known_ratios() -> None:
    assert round(contrast_ratio("#ffffff", "#000000"), 1) == 21.0
    assert contrast_ratio("#777777", "#777777") == 1.0


@given(colors, colors)
def test_ratio_is_symmetric_and_in_range(a: str, b: str) -> None:
    assert 1.0 <= contrast_ratio(a, b) <= 21.0
    assert contrast_ratio(a, b) == contrast_ratio(b, a)


@given(colors)
def test_the_chosen_text_colour_is_the_more_readable_one(background: str) -> None:
    chosen = text_on(background)
    other = "#ffffff" if chosen == CLUSTER_LABEL else CLUSTER_LABEL
    assert contrast_ratio(chosen, background) >= contrast_ratio(other, background)


def test_every_cluster_chip_colour_reads_at_least_at_wcag_aa_large() -> None:
    for border in NOTE_BORDERS:
        assert contrast_ratio(text_on(border), border) >= 3.0, border
