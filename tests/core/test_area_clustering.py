"""Suggestions and gathering stay inside the frame the notes come from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.area_clustering import gather_in_frames, suggest_by_area
from copdesk.core.clustering import ClusterProposal
from copdesk.core.models import Frame, Note


def first_word(notes):  # a stand-in suggester: group by first word
    groups: dict[str, list[int]] = {}
    for note_id, text in notes:
        groups.setdefault(text.split()[0] if text.split() else "", []).append(note_id)
    return [ClusterProposal(k, tuple(v), (k,)) for k, v in groups.items()]


def test_suggestions_never_mix_frames() -> None:
    notes = [(1, "demo day", 10), (2, "demo slot", 20), (3, "demo again", 10), (4, "lonely", None)]
    proposals = suggest_by_area(notes, first_word)
    frame_of = {i: f for i, _t, f in notes}
    for p in proposals:
        assert len({frame_of[i] for i in p.note_ids}) == 1
    assert sorted(i for p in proposals for i in p.note_ids) == [1, 2, 3, 4]
    assert any(p.rest and p.note_ids == (4,) for p in proposals)


@given(
    st.lists(
        st.tuples(st.text(max_size=20), st.sampled_from([None, 1, 2, 3])), min_size=1, max_size=40
    )
)
def test_every_note_in_exactly_one_proposal(items: list[tuple[str, int | None]]) -> None:
    notes = [(i + 1, text, frame) for i, (text, frame) in enumerate(items)]
    proposals = suggest_by_area(notes, first_word)
    ids = [i for p in proposals for i in p.note_ids]
    assert sorted(ids) == [n[0] for n in notes]


def _frame(fid: int, x: float) -> Frame:
    return Frame(fid, 1, f"F{fid}", "", x, 0.0, 660.0, 900.0, "#ffffff")


def test_groups_are_gathered_inside_their_frame() -> None:
    frames = [_frame(1, 0.0), _frame(2, 700.0)]
    keep = [Note(i, 1, f"k{i}", 20.0 + 40 * i, 100.0 + 150 * i, frame_id=1) for i in range(1, 5)]
    drop = [Note(i, 1, f"d{i}", 720.0, 100.0 + 150 * (i - 10), frame_id=2) for i in range(10, 13)]
    plan = gather_in_frames([keep[:3], drop[:2]], [keep[3], drop[2]], frames, keep + drop)
    grown = {f.id: f for f in frames} | {f.id: f for f in plan.frames}
    for notes, fid in ((keep, 1), (drop, 2)):
        for n in notes:
            x, y = plan.moves.get(n.id, (n.x, n.y))
            assert grown[fid].contains(x + n.width / 2, y + n.height / 2)
            assert plan.homes.get(n.id, n.frame_id) == fid


def test_loose_notes_of_untouched_frames_stay_put() -> None:
    frames = [_frame(1, 0.0), _frame(2, 700.0)]
    keep = [Note(i, 1, f"k{i}", 20.0, 100.0 + 150 * i, frame_id=1) for i in range(1, 3)]
    other = Note(9, 1, "alone", 750.0, 300.0, frame_id=2)
    plan = gather_in_frames([keep], [other], frames, [*keep, other])
    assert 9 not in plan.moves and 9 not in plan.homes


def test_a_group_wider_than_its_frame_wraps_inside_it() -> None:
    frames = [_frame(1, 0.0)]  # 660 wide: room for two notes and an outline
    trio = [Note(i, 1, f"n{i}", 20.0, 100.0 + 150 * i, frame_id=1) for i in range(1, 4)]
    plan = gather_in_frames([trio], [], frames, trio)
    right = max(plan.moves[n.id][0] + n.width for n in trio)
    assert right <= frames[0].x + frames[0].width - 20  # the outline keeps off the edge
