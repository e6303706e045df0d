"""Where new notes go: into the free slots of their frame, which grows to hold
them; what lies in the way of the growth moves along, nothing gets covered."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.errors import ImportProblem
from copdesk.core.geometry import GAP, columns_for
from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH, Frame, Note, NoteDraft
from copdesk.core.placement import Placement, place_drafts

Rect = tuple[float, float, float, float]


def _frame(fid: int, title: str, x: float, y: float, w: float, h: float) -> Frame:
    return Frame(fid, 1, title, "", x, y, w, h, "#ffffff", key=title.lower())


def retro_frames() -> list[Frame]:
    """The community-retro template's layout."""
    return [
        _frame(1, "Keep", 0, 0, 660, 900),
        _frame(2, "Drop", 720, 0, 660, 900),
        _frame(3, "Add", 1440, 0, 660, 900),
        _frame(4, "Purpose", 0, 960, 1020, 560),
        _frame(5, "Success", 1080, 960, 1020, 560),
        _frame(6, "Rituals", 0, 1580, 1020, 560),
        _frame(7, "Time", 1080, 1580, 1020, 560),
        _frame(8, "Actions", 2160, 0, 700, 2140),
    ]


def _note(nid: int, x: float, y: float, frame_id: int | None) -> Note:
    return Note(nid, 1, f"note {nid}", x, y, frame_id=frame_id)


def _drafts(count: int, frame_title: str = "") -> list[NoteDraft]:
    return [NoteDraft(f"idea {i}", frame_title=frame_title) for i in range(count)]


def _rect(item: Frame | Note | NoteDraft) -> Rect:
    return (item.x, item.y, item.width, item.height)


def _inside(inner: Rect, outer: Rect) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow + 1e-6 and y + h <= oy + oh + 1e-6


def _overlap(a: Rect, b: Rect) -> bool:
    return (
        a[0] < b[0] + b[2] - 0.5
        and b[0] < a[0] + a[2] - 0.5
        and (a[1] < b[1] + b[3] - 0.5 and b[1] < a[1] + a[3] - 0.5)
    )


def _after(frames: list[Frame], plan: Placement) -> dict[int, Frame]:
    out = {f.id: f for f in frames}
    out.update({f.id: f for f in plan.frames})
    return out


def test_sixteen_notes_use_three_columns_and_the_frame_grows_pushing_the_row_below() -> None:
    frames = retro_frames()
    keep = frames[0]
    purpose_note = _note(1, 40, 1060, 4)
    plan = place_drafts(_drafts(16), frames, [purpose_note], frame=keep)
    after = _after(frames, plan)
    assert columns_for(keep) == 3
    assert sorted({d.x for d in plan.drafts}) == [20.0, 240.0, 460.0]
    assert all(d.frame_id == keep.id for d in plan.drafts)
    assert all(_inside(_rect(d), _rect(after[keep.id])) for d in plan.drafts)
    assert after[keep.id].height == 90 + 6 * (NOTE_HEIGHT + GAP)  # six rows and a margin
    # the frames below move down as much as Keep grew, keeping their 60 units apart
    grown = after[keep.id].height - keep.height
    for fid in (4, 5, 6, 7):
        assert after[fid].y == frames[fid - 1].y + grown
    assert after[2] == frames[1] and after[8] == frames[7]  # beside it: untouched
    assert plan.moves == {1: (40.0, 1060 + grown)}  # a note moves with its frame
    boxes = list(after.values())
    assert not any(_overlap(_rect(a), _rect(b)) for a in boxes for b in boxes if a.id < b.id)


def test_notes_that_fit_change_no_frame() -> None:
    frames = retro_frames()
    plan = place_drafts(_drafts(15), frames, [], frame=frames[0])
    assert plan.frames == () and plan.moves == {}
    assert all(_inside(_rect(d), _rect(frames[0])) for d in plan.drafts)


def test_new_notes_take_the_free_slots_around_notes_already_there() -> None:
    keep = retro_frames()[0]
    second_slot = _note(1, keep.x + GAP + NOTE_WIDTH + GAP, keep.y + 90, keep.id)
    loose_on_top = _note(2, keep.x + 30, keep.y + 100, keep.id)  # covers the first slot
    plan = place_drafts(_drafts(2), [keep], [second_slot, loose_on_top], frame=keep)
    for d in plan.drafts:
        assert not _overlap(_rect(d), _rect(second_slot))
        assert not _overlap(_rect(d), _rect(loose_on_top))
    assert [(d.x, d.y) for d in plan.drafts] == [(460.0, 90.0), (20.0, 250.0)]


def test_a_frame_too_narrow_for_one_note_grows_wider_and_pushes_its_neighbour() -> None:
    narrow = _frame(1, "Narrow", 0, 0, 120, 400)
    beside = _frame(2, "Beside", 160, 0, 400, 400)
    plan = place_drafts(_drafts(3), [narrow, beside], [], frame=narrow)
    after = _after([narrow, beside], plan)
    assert after[1].width >= NOTE_WIDTH + GAP
    assert all(_inside(_rect(d), _rect(after[1])) for d in plan.drafts)
    assert after[2].x - (after[1].x + after[1].width) == 40  # the distance it had
    assert not _overlap(_rect(after[1]), _rect(after[2]))


def test_loose_notes_below_a_growing_frame_move_down_with_what_is_below() -> None:
    keep = _frame(1, "Keep", 0, 0, 660, 400)
    under = [_note(1, 20, 420, None), _note(2, 20, 580, None)]  # a column of loose notes
    far_right = _note(3, 2000, 420, None)
    plan = place_drafts(_drafts(9), [keep], [*under, far_right], frame=keep)
    grown = _after([keep], plan)[1]
    shift = plan.moves[1][1] - 420
    assert shift > 0 and plan.moves[2][1] - 580 == shift  # they keep their arrangement
    assert plan.moves[3] == (2000, 420 + shift)  # everything below the old edge moves
    for nid, (x, y) in plan.moves.items():
        assert not _overlap((x, y, NOTE_WIDTH, NOTE_HEIGHT), _rect(grown)), nid


def test_a_paste_point_inside_a_frame_places_into_that_frame() -> None:
    frames = retro_frames()
    drop = frames[1]
    plan = place_drafts(_drafts(20), frames, [], origin=(drop.x + 100, drop.y + 300))
    after = _after(frames, plan)
    assert {d.frame_id for d in plan.drafts} == {drop.id}
    assert all(_inside(_rect(d), _rect(after[drop.id])) for d in plan.drafts)


def test_a_paste_point_outside_frames_keeps_the_grid_there() -> None:
    plan = place_drafts(_drafts(3), retro_frames(), [], origin=(5000.0, 100.0))
    assert {d.frame_id for d in plan.drafts} == {None}
    assert min(d.x for d in plan.drafts) == 5000.0 and plan.frames == ()


def test_without_frame_or_point_notes_go_below_everything_after_growth() -> None:
    frames = retro_frames()
    drafts = [*_drafts(30, "Keep"), *_drafts(4)]
    plan = place_drafts(drafts, frames, [])
    after = _after(frames, plan)
    bottom = max(f.y + f.height for f in after.values())
    loose = [d for d in plan.drafts if d.frame_id is None]
    assert len(loose) == 4 and min(d.y for d in loose) > bottom


def test_a_frame_column_value_naming_no_frame_is_refused_with_the_frames() -> None:
    frames = retro_frames()
    drafts = [NoteDraft("a", frame_title="Keep"), NoteDraft("b", frame_title="Nope")]
    drafts += [NoteDraft("c", frame_title="Later"), NoteDraft("d", frame_title="nope")]
    with pytest.raises(ImportProblem) as caught:
        place_drafts(drafts, frames, [], frame=frames[0])
    message = str(caught.value)
    assert "“Nope”" in message and "“Later”" in message and "“Keep”" in message
    assert "“Actions”" in message and message.count("Nope") == 1


def test_frame_column_values_match_titles_and_keys_without_case() -> None:
    frames = retro_frames()
    drafts = [NoteDraft("a", frame_title=" keep "), NoteDraft("b", frame_title="ACTIONS")]
    plan = place_drafts(drafts, frames, [])
    assert [d.frame_id for d in plan.drafts] == [1, 8]


# -- properties ----------------------------------------------------------------------


@st.composite
def boards(draw: st.DrawFn) -> tuple[list[Frame], list[Note]]:
    """Frames in rows (none overlapping), notes in them and loose ones."""
    frames: list[Frame] = []
    top = 0.0
    for _row in range(draw(st.integers(1, 3))):
        left = 0.0
        tallest = 0.0
        for _col in range(draw(st.integers(1, 3))):
            w = draw(st.floats(50, 900, allow_nan=False))
            h = draw(st.floats(50, 900, allow_nan=False))
            frames.append(_frame(len(frames) + 1, f"F{len(frames) + 1}", left, top, w, h))
            left += w + draw(st.floats(0, 200, allow_nan=False))
            tallest = max(tallest, h)
        top += tallest + draw(st.floats(0, 200, allow_nan=False))
    notes: list[Note] = []
    for f in frames:
        for _ in range(draw(st.integers(0, 4))):
            x = draw(st.floats(f.x, f.x + f.width, allow_nan=False))
            y = draw(st.floats(f.y, f.y + f.height, allow_nan=False))
            notes.append(_note(len(notes) + 1, x, y, f.id))
    for _ in range(draw(st.integers(0, 4))):
        x = draw(st.floats(-500, 3000, allow_nan=False))
        y = draw(st.floats(-500, 3500, allow_nan=False))
        notes.append(_note(len(notes) + 1, x, y, None))
    return frames, notes


@given(boards(), st.data())
def test_placed_notes_lie_in_their_frame_and_growth_covers_nothing_new(
    board: tuple[list[Frame], list[Note]], data: st.DataObject
) -> None:
    frames, notes = board
    chosen = data.draw(st.sampled_from(frames))
    named = data.draw(st.sampled_from(frames))
    drafts = _drafts(data.draw(st.integers(1, 40))) + _drafts(
        data.draw(st.integers(0, 10)), named.title
    )
    plan = place_drafts(drafts, frames, notes, frame=chosen)
    after = _after(frames, plan)
    moved = {
        n.id: replace(n, x=plan.moves[n.id][0], y=plan.moves[n.id][1])
        for n in notes
        if n.id in plan.moves
    }
    notes_after = [moved.get(n.id, n) for n in notes]
    # every new note lies inside its (grown) frame, on no other new or member note
    for d in plan.drafts:
        assert d.frame_id in (chosen.id, named.id)
        assert _inside(_rect(d), _rect(after[d.frame_id]))
    for i, a in enumerate(plan.drafts):
        assert not any(_overlap(_rect(a), _rect(b)) for b in plan.drafts[i + 1 :])
        assert not any(
            _overlap(_rect(a), _rect(n)) for n in notes_after if n.frame_id == a.frame_id
        )
    # frames only grow, never shrink; frames apart before are apart after
    for f in frames:
        g = after[f.id]
        assert g.width >= f.width and g.height >= f.height
        for e in frames:
            if e.id < f.id and not _overlap(_rect(e), _rect(f)):
                assert not _overlap(_rect(after[e.id]), _rect(g)), (e.title, f.title)
    # a frame's notes move with it: same offset as the frame
    for n in notes:
        if n.frame_id is not None and n.id in moved:
            f, g = next(x for x in frames if x.id == n.frame_id), after[n.frame_id]
            assert (moved[n.id].x - n.x, moved[n.id].y - n.y) == pytest.approx(
                (g.x - f.x, g.y - f.y)
            )
    # a loose note the old frames did not cover, the grown ones do not cover either
    for before, now in zip(notes, notes_after, strict=True):
        if before.frame_id is not None:
            continue
        for f in frames:
            if not _overlap(_rect(before), _rect(f)):
                assert not _overlap(_rect(now), _rect(after[f.id])), (before, f.title)
