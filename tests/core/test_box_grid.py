"""BoxGrid finds exactly the boxes a brute-force scan finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.box_grid import BoxGrid
from copdesk.core.label_spot import overlap

coords = st.floats(-3000, 3000, allow_nan=False)
sizes = st.floats(0, 900, allow_nan=False)
boxes = st.tuples(coords, coords, sizes, sizes)


@given(
    st.lists(st.tuples(st.integers(0, 30), st.one_of(st.none(), boxes)), max_size=60),
    boxes,
    st.integers(0, 30),
)
def test_near_matches_a_scan_of_every_box(puts, area, besides) -> None:
    grid = BoxGrid(cell=250.0)
    kept: dict[int, tuple[float, float, float, float]] = {}
    for key, box in puts:
        grid.put(key, box)
        if box is None or box[2] <= 0 or box[3] <= 0:
            kept.pop(key, None)
        else:
            kept[key] = box
    expected = sorted(b for k, b in kept.items() if k != besides and overlap(area, b) > 0)
    assert sorted(grid.near(area, besides=besides)) == expected
    assert len(grid) == len(kept)


def test_remove_forgets_a_box() -> None:
    grid = BoxGrid()
    grid.put("a", (0.0, 0.0, 100.0, 40.0))
    grid.remove("a")
    grid.remove("never there")
    assert grid.near((0.0, 0.0, 1000.0, 1000.0)) == [] and len(grid) == 0
