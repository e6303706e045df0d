"""Gathering notes (accepted suggestions, tidy, arrange by votes): every block
inside the frame its notes came from, covering nothing, the frame growing and
what lies below it moving down when it is too small."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from copdesk.core.area_clustering import gather_in_frames
from copdesk.core.gather_layout import (
    CHIP_SPACE,
    Block,
    Gathering,
    cluster_box,
    free_spot,
    gather,
    group_columns,
    home_of,
)
from copdesk.core.geometry import FRAME_HEADER, GAP, columns_for, frame_origin, grid_positions
from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH, Frame, Note

Box = tuple[float, float, float, float]


def _note(i: int, x: float, y: float, frame: int | None = None, cluster: int | None = None) -> Note:
    return Note(id=i, session_id=1, text=f"n{i}", x=x, y=y, frame_id=frame, cluster_id=cluster)


def _frame(fid: int, x: float, y: float, w: float = 660.0, h: float = 900.0) -> Frame:
    return Frame(fid, 1, f"F{fid}", "", x, y, w, h, "#ffffff")


def _box(n: Note) -> Box:
    return (n.x, n.y, n.width, n.height)


def _overlap(a: Box, b: Box) -> bool:
    e = 0.01
    return (
        a[0] < b[0] + b[2] - e
        and b[0] < a[0] + a[2] - e
        and a[1] < b[1] + b[3] - e
        and b[1] < a[1] + a[3] - e
    )


def _inside(n: Note, f: Frame) -> bool:
    e = 0.01
    return (
        f.x - e <= n.x
        and n.x + n.width <= f.x + f.width + e
        and f.y - e <= n.y
        and n.y + n.height <= f.y + f.height + e
    )


def _apply(plan: Gathering, frames: list[Frame], notes: list[Note]) -> tuple[dict, dict]:
    new_frames = {f.id: f for f in frames} | {f.id: f for f in plan.frames}
    new_notes = {}
    for n in notes:
        x, y = plan.moves.get(n.id, (n.x, n.y))
        new_notes[n.id] = replace(n, x=x, y=y, frame_id=plan.homes.get(n.id, n.frame_id))
    return new_frames, new_notes


def _slots(f: Frame, count: int) -> list[tuple[float, float]]:
    return grid_positions(count, origin=frame_origin(f), columns=columns_for(f))


def test_small_groups_line_up_in_one_row() -> None:
    assert [group_columns(n) for n in (1, 2, 3, 4, 5, 9, 10)] == [1, 2, 3, 2, 3, 3, 4]


def test_a_block_goes_to_the_frame_most_of_its_notes_are_in() -> None:
    notes = [_note(1, 0, 0, 7), _note(2, 0, 0, 7), _note(3, 0, 0, 8), _note(4, 0, 0, 99)]
    assert home_of(notes, {7, 8}) == 7
    assert home_of(notes[2:], {7, 8}) is None  # a tie: outside frames (99 is gone)
    assert home_of(notes[1:3], {7, 8}) == 7  # a tie between frames: the lower id


def test_free_spot_takes_the_highest_then_the_leftmost_free_place() -> None:
    taken = [(0.0, 0.0, 100.0, 100.0), (300.0, 0.0, 100.0, 50.0)]
    assert free_spot((150, 60), taken, left=0, right=1000, top=0, gap=20) == (120.0, 0.0)
    assert free_spot((250, 60), taken, left=0, right=1000, top=0, gap=20) == (420.0, 0.0)
    assert free_spot((250, 60), taken, left=0, right=500, top=0, gap=20) == (120.0, 70.0)
    assert free_spot((150, 60), taken, left=0, right=250, top=0, gap=20) == (0.0, 120.0)
    # one wider than the room goes to the left edge, below everything
    assert free_spot((900, 60), taken, left=0, right=500, top=0, gap=20) == (0.0, 120.0)
    # the preferred x first; in reading order, never before the previous block
    assert free_spot((50, 50), [], left=0, right=500, top=10, prefer=200) == (200.0, 10.0)
    assert free_spot((50, 50), taken, left=0, right=1000, top=0, after=(0.0, 500.0)) == (
        500.0,
        0.0,
    )


def test_a_cluster_keeps_its_top_left_corner_when_that_is_free() -> None:
    notes = [_note(1, 500, 900), _note(2, 100, 700)]
    plan = gather([Block(tuple(notes), columns=2)], [], notes)
    assert plan.moves == {2: (100, 700), 1: (320, 700)}
    assert plan.frames == () and plan.homes == {1: None, 2: None}


def test_the_qa_case_a_second_batch_in_a_full_frame() -> None:
    """Drop holds 20 notes in three columns; the last ten become two clusters:
    they stay in Drop, below the first ten, Drop grows and the frames below move."""
    drop, below, beside = _frame(2, 720, 0, h=1210), _frame(4, 0, 1270, 1020), _frame(8, 2160, 0)
    frames = [drop, below, beside]
    notes = [_note(i + 1, x, y, 2) for i, (x, y) in enumerate(_slots(drop, 20))]
    notes.append(_note(50, 40, 1400, 4))  # a note in the frame below
    groups = [notes[10:16], notes[16:20]]
    plan = gather_in_frames(groups, [], frames, notes)
    new_frames, new_notes = _apply(plan, frames, notes)
    grown = new_frames[2]
    assert grown.height > drop.height and (grown.x, grown.y, grown.width) == (720, 0, 660)
    assert new_frames[4].y - below.y == grown.height - drop.height  # pushed by as much
    assert 8 not in {f.id for f in plan.frames}  # beside: untouched
    assert new_notes[50].y - 1400 == new_frames[4].y - below.y  # carried with its frame
    for n in new_notes.values():
        assert _inside(n, new_frames[n.frame_id])
    assert all(new_notes[n.id] == n for n in notes[:10])  # the first batch stays
    boxes = [cluster_box([new_notes[n.id] for n in g]) for g in groups]
    assert not _overlap(boxes[0], boxes[1])
    for box in boxes:
        assert not any(_overlap(box, _box(new_notes[n.id])) for n in notes[:10])


def test_a_narrow_frame_widens_and_pushes_what_is_right_of_it() -> None:
    narrow, right = _frame(1, 0, 0, w=150, h=600), _frame(2, 200, 0, h=600)
    notes = [_note(1, 20, 100, 1), _note(2, 20, 300, 1)]
    plan = gather([Block(tuple(notes))], [narrow, right], notes)
    new_frames, new_notes = _apply(plan, [narrow, right], notes)
    assert new_frames[1].width >= NOTE_WIDTH + 2 * GAP
    assert new_frames[2].x >= new_frames[1].x + new_frames[1].width
    assert all(_inside(n, new_frames[1]) for n in new_notes.values())


def test_outside_frames_blocks_keep_clear_of_frames() -> None:
    frame = _frame(1, 300, 0, w=400, h=400)
    notes = [_note(i, 0, i * 160.0) for i in range(4)]  # left of the frame, outside it
    plan = gather([Block(tuple(notes))], [frame], notes)
    _, new_notes = _apply(plan, [frame], notes)
    box = cluster_box(list(new_notes.values()))
    assert not _overlap(box, (frame.x, frame.y, frame.width, frame.height))
    assert all(n.frame_id is None for n in new_notes.values())


def test_in_order_blocks_follow_each_other_in_reading_order() -> None:
    frame = _frame(1, 0, 0, w=1100, h=400)
    notes = [_note(i, 20 + 220 * (i % 4), 100 + 160 * (i // 4), 1) for i in range(8)]
    blocks = [
        Block((notes[5], notes[6]), keep_shape=True),
        Block((notes[0],), cluster=False),
        Block((notes[1], notes[2], notes[3]), keep_shape=True),
        Block((notes[4],), cluster=False),
        Block((notes[7],), cluster=False),
    ]
    plan = gather(blocks, [frame], notes, in_order=True)
    corners = [min(plan.moves[n.id] for n in b.notes) for b in blocks]
    first = corners[0]
    assert first == (20, FRAME_HEADER)  # every note of the frame moves: from its first slot
    keys = [(round(y), x) for x, y in corners]
    assert all(a[0] < b[0] or (a[0] == b[0] and a[1] < b[1]) for a, b in pairwise(keys))
    # a cluster keeps its shape where it fits
    assert plan.moves[6][0] - plan.moves[5][0] == notes[6].x - notes[5].x


# -- the property: gathering keeps notes in their frames and covers nothing -----------

COLUMNS = 3


@st.composite
def boards(draw: st.DrawFn) -> tuple[list[Frame], list[Note], list[list[Note]], list[Note]]:
    """Two rows of frames (the lower ones are pushed), notes on their grid
    slots and some outside every frame, old clusters; one suggestion of one area."""
    frames: list[Frame] = []
    top_height = 0.0
    for col in range(COLUMNS):
        w = draw(st.sampled_from([200.0, 260.0, 440.0, 660.0]))
        h = draw(st.floats(300.0, 900.0))
        frames.append(_frame(col + 1, col * 720.0, 0.0, w, h))
        top_height = max(top_height, h)
    for col in range(COLUMNS):
        w = draw(st.sampled_from([440.0, 660.0]))
        frames.append(_frame(COLUMNS + col + 1, col * 720.0, top_height + 60.0, w, 400.0))
    notes: list[Note] = []
    by_area: dict[int | None, list[Note]] = {}
    for f in frames:
        room = columns_for(f) * max(0, int((f.height - FRAME_HEADER) // (NOTE_HEIGHT + GAP)))
        count = draw(st.integers(0, min(room, 14)))
        for x, y in _slots(f, count):
            notes.append(_note(len(notes) + 1, x, y, f.id))
            by_area.setdefault(f.id, []).append(notes[-1])
    bottom = top_height + 60.0 + 400.0
    for x, y in grid_positions(draw(st.integers(0, 6)), origin=(0.0, bottom + 60), columns=4):
        notes.append(_note(len(notes) + 1, x, y))
        by_area.setdefault(None, []).append(notes[-1])
    areas = [a for a, ns in by_area.items() if ns]
    if not areas:
        return frames, notes, [], []
    for k in range(draw(st.integers(0, 4))):  # old clusters, each in one area
        members = by_area[draw(st.sampled_from(areas))]
        start = draw(st.integers(0, len(members) - 1))
        for n in members[start : start + draw(st.integers(1, 3))]:
            notes[n.id - 1] = replace(n, cluster_id=100 + k)
    for area in areas:
        by_area[area] = [notes[n.id - 1] for n in by_area[area]]
    area = draw(st.sampled_from(areas))
    pool = draw(st.permutations(by_area[area]))
    chosen = pool[: draw(st.integers(0, len(pool)))]
    sizes = draw(st.lists(st.integers(1, 7), max_size=5))
    groups, start = [], 0
    for size in sizes:
        if start < len(chosen):
            groups.append(list(chosen[start : start + size]))
            start += size
    return frames, notes, groups, list(chosen[start:])


@settings(max_examples=150, deadline=None)
@given(boards())
def test_gathering_keeps_notes_in_their_frame_and_covers_nothing(board) -> None:
    frames, notes, groups, loose = board
    plan = gather_in_frames(groups, loose, frames, notes)
    new_frames, new_notes = _apply(plan, frames, notes)
    before = {n.id: n for n in notes}
    # every note keeps its frame, and a note inside its frame stays inside it
    for n in new_notes.values():
        assert n.frame_id == before[n.id].frame_id
        old = before[n.id]
        if old.frame_id is not None and _inside(old, {f.id: f for f in frames}[old.frame_id]):
            assert _inside(n, new_frames[n.frame_id])
    # nothing overlaps that did not overlap before
    ids = sorted(new_notes)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if _overlap(_box(new_notes[a]), _box(new_notes[b])):
                assert _overlap(_box(before[a]), _box(before[b]))
    fr = sorted(new_frames.values(), key=lambda f: f.id)
    for i, a in enumerate(fr):
        for b in fr[i + 1 :]:
            assert not _overlap((a.x, a.y, a.width, a.height), (b.x, b.y, b.width, b.height))
    # gathered clusters (with their label's room) cover no other note and no other cluster
    gathered = [[new_notes[n.id] for n in g] for g in groups]
    boxes = [cluster_box(g) for g in gathered]
    old_clusters: dict[int, list[Note]] = {}
    moved = {n.id for g in groups for n in g}
    for n in new_notes.values():
        if n.cluster_id is not None and n.id not in moved:
            old_clusters.setdefault(n.cluster_id, []).append(n)
    others = [cluster_box(m) for m in old_clusters.values()]
    for k, (group, box) in enumerate(zip(gathered, boxes, strict=True)):
        mine = {n.id for n in group}
        assert not any(_overlap(box, _box(n)) for n in new_notes.values() if n.id not in mine)
        assert not any(_overlap(box, other) for other in boxes[k + 1 :] + others)
        if group[0].frame_id is None:
            assert not any(
                _overlap(box, (f.x, f.y, f.width, f.height)) for f in new_frames.values()
            )
    assert CHIP_SPACE > 0  # the chip's room is part of every box checked
