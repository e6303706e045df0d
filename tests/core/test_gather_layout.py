"""Gathering accepted suggested clusters: tidy groups side by side, nothing overlapping."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.gather_layout import CHIP_SPACE, OUTLINE_PAD, gather_groups, group_columns
from copdesk.core.models import Note


def _note(i: int, x: float, y: float) -> Note:
    return Note(id=i, session_id=1, text=f"n{i}", x=x, y=y)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_small_groups_line_up_in_one_row() -> None:
    assert [group_columns(n) for n in (1, 2, 3, 4, 5, 9, 10)] == [1, 2, 3, 2, 3, 3, 4]


def test_groups_start_at_the_top_left_and_keep_their_order() -> None:
    notes = [_note(i, 100.0 + (i % 6) * 220, 300.0 + (i // 6) * 160) for i in range(1, 19)]
    groups = [notes[0:5], notes[5:7], notes[7:10]]
    loose = notes[10:]
    positions = gather_groups(groups, loose)
    assert set(positions) == {n.id for n in notes}
    first = groups[0]
    left = min(positions[n.id][0] for n in first)
    top = min(positions[n.id][1] for n in first)
    assert (left, top) == (100.0 + OUTLINE_PAD, 300.0 + OUTLINE_PAD + CHIP_SPACE)
    # loose notes come after every group (further right or further down)
    last_group = max(positions[n.id][1] for g in groups for n in g)
    assert all(positions[n.id][1] >= top for n in loose)
    assert any(positions[n.id][1] >= last_group or positions[n.id][0] > left for n in loose)


@given(
    sizes=st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=12),
    loose=st.integers(min_value=0, max_value=10),
)
def test_gathered_clusters_never_overlap(sizes: list[int], loose: int) -> None:
    total = sum(sizes) + loose
    notes = [_note(i + 1, (i % 7) * 220.0, (i // 7) * 160.0) for i in range(total)]
    groups, start = [], 0
    for size in sizes:
        groups.append(notes[start : start + size])
        start += size
    positions = gather_groups(groups, notes[start:])
    boxes = []
    for group in groups:
        xs = [positions[n.id][0] for n in group]
        ys = [positions[n.id][1] for n in group]
        boxes.append(
            (
                min(xs) - OUTLINE_PAD,
                min(ys) - OUTLINE_PAD - CHIP_SPACE,
                max(xs) + 200 - min(xs) + 2 * OUTLINE_PAD,
                max(ys) + 140 - min(ys) + 2 * OUTLINE_PAD + CHIP_SPACE,
            )
        )
    boxes += [(positions[n.id][0], positions[n.id][1], 200.0, 140.0) for n in notes[start:]]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b)
