"""Where a cluster's label goes: above its outline, beside a frame's title when
the title is in the way, below the outline when the title row is full."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.label_spot import FrameHeader, grown, label_box, overlap

# A frame at (0, 0), 660 wide: title "Keep" 80 wide in the row y 12..52, a "? 2"
# chip at its right end, the prompt below; notes start at y 90.
KEEP = FrameHeader(
    keep=((22.0, 12.0, 80.0, 40.0), (568.0, 16.0, 74.0, 30.0)),
    texts=((22.0, 52.0, 360.0, 34.0),),
    free_row=(118.0, 12.0, 434.0, 40.0),
)


def test_a_label_with_room_goes_above_the_outline() -> None:
    outline = (4.0, 400.0, 440.0, 190.0)
    assert label_box(outline, 300.0, 40.0, [KEEP], gap=6.0) == (4.0, 354.0, 300.0, 40.0)


def test_a_label_in_a_frames_first_row_goes_beside_the_title() -> None:
    outline = (4.0, 74.0, 440.0, 172.0)  # the first row of notes, y 90
    box = label_box(outline, 300.0, 40.0, [KEEP], gap=6.0)
    assert box == (118.0, 12.0, 300.0, 40.0)
    assert all(overlap(box, b) == 0 for b in (*KEEP.keep, *KEEP.texts))


def test_beside_the_title_the_label_sits_over_its_cluster_as_far_as_the_row_allows() -> None:
    outline = (480.0, 74.0, 160.0, 172.0)  # a cluster in the right column
    x, y, w, _h = label_box(outline, 200.0, 40.0, [KEEP], gap=6.0)
    assert (y, w) == (12.0, 200.0)
    assert x + w <= 118.0 + 434.0  # not over the "? 2" chip


def test_a_long_label_is_cut_to_the_row_and_a_full_row_sends_it_below() -> None:
    outline = (4.0, 74.0, 440.0, 172.0)
    box = label_box(outline, 520.0, 40.0, [KEEP], gap=6.0, min_width=160.0)
    assert box == (118.0, 12.0, 434.0, 40.0)
    full = FrameHeader(KEEP.keep, KEEP.texts, (118.0, 12.0, 100.0, 40.0))
    below = label_box(outline, 300.0, 40.0, [full], gap=6.0, min_width=160.0)
    assert below == (4.0, 252.0, 300.0, 40.0)


def test_other_things_in_the_way_count_too() -> None:
    outline = (4.0, 74.0, 440.0, 172.0)
    title_row = (118.0, 12.0, 300.0, 40.0)
    # a note sitting in the title row's free part: below wins
    box = label_box(outline, 300.0, 40.0, [KEEP], gap=6.0, blocked=lambda b: overlap(b, title_row))
    assert box[1] == 252.0


@given(
    x=st.floats(-200, 800),
    y=st.floats(0, 600),
    w=st.floats(40, 900),
    h=st.floats(40, 600),
    width=st.floats(40, 520),
)
def test_a_frame_title_is_never_covered_when_another_spot_is_free(
    x: float, y: float, w: float, h: float, width: float
) -> None:
    box = label_box((x, y, w, h), width, 40.0, [KEEP], gap=6.0, min_width=160.0)
    below = (x, y + h + 6.0, width, 40.0)
    if all(overlap(below, k) == 0 for k in KEEP.keep):
        assert all(overlap(box, k) == 0 for k in KEEP.keep)


def test_two_clusters_in_the_first_row_share_the_title_row_side_by_side() -> None:
    left = (4.0, 74.0, 220.0, 172.0)  # one column of notes
    right = (224.0, 74.0, 440.0, 172.0)  # the next two
    first = label_box(left, 180.0, 40.0, [KEEP], gap=6.0, min_width=100.0)
    second = label_box(right, 180.0, 40.0, [KEEP], gap=6.0, min_width=100.0, taken=[first])
    assert first == (118.0, 12.0, 180.0, 40.0)
    assert second[1] == 12.0  # in the title row too, right of the first
    assert second[0] >= first[0] + first[2] + 6.0
    assert second[0] + second[2] <= 118.0 + 434.0
    # without the first one known, both would claim the same spot (the board's old bug)
    assert overlap(label_box(right, 180.0, 40.0, [KEEP], gap=6.0, min_width=100.0), first) > 0


def test_a_full_title_row_sends_the_next_label_below_its_outline() -> None:
    outline = (4.0, 74.0, 440.0, 172.0)
    row = [(118.0, 12.0, 200.0, 40.0), (324.0, 12.0, 228.0, 40.0)]
    box = label_box(outline, 180.0, 40.0, [KEEP], gap=6.0, min_width=160.0, taken=row)
    assert box == (4.0, 252.0, 180.0, 40.0)


@given(
    outlines=st.lists(
        st.tuples(st.floats(-100, 700), st.floats(60, 500), st.floats(60, 500), st.floats(60, 300)),
        min_size=2,
        max_size=12,
    ),
    width=st.floats(60, 400),
)
def test_labels_placed_one_after_another_never_overlap(
    outlines: list[tuple[float, float, float, float]], width: float
) -> None:
    placed: list[tuple[float, float, float, float]] = []
    for outline in outlines:
        box = label_box(outline, width, 40.0, [KEEP], gap=6.0, min_width=60.0, taken=placed)
        assert all(overlap(grown(box, 5.99), other) == 0 for other in placed)
        placed.append(box)
