"""Tidy a cluster into a grid; rank by votes (arranging: test_gather_layout)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.cluster_layout import default_columns, tidy_grid
from copdesk.core.models import Note, Vote
from copdesk.core.ranking import rank_by_votes, votes_used


def note(i: int, x: float, y: float, w: float = 200, h: float = 140) -> Note:
    return Note(id=i, session_id=1, text=f"n{i}", x=x, y=y, width=w, height=h)


def test_tidy_lays_notes_in_rows_in_reading_order() -> None:
    notes = [note(1, 500, 0), note(2, 0, 0), note(3, 90, 400), note(4, 300, 10)]
    positions = tidy_grid(notes, (100, 50), columns=2)
    assert positions == {2: (100, 50), 4: (320, 50), 1: (100, 210), 3: (320, 210)}


def test_tidy_uses_the_largest_note_as_cell_and_a_square_grid() -> None:
    notes = [note(i, i * 7.0, 0, w=200 + 50 * (i == 3)) for i in range(1, 6)]
    positions = tidy_grid(notes, (0, 0))
    assert default_columns(5) == 3
    xs = sorted({x for x, _ in positions.values()})
    assert xs == [0, 270, 540]
    assert tidy_grid([], (0, 0)) == {}


@given(st.lists(st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4)), max_size=30))
def test_tidy_never_overlaps(points: list[tuple[float, float]]) -> None:
    notes = [note(i, x, y) for i, (x, y) in enumerate(points)]
    positions = tidy_grid(notes, (0, 0), columns=4)
    assert set(positions) == {n.id for n in notes}
    assert len(set(positions.values())) == len(notes)


def test_rank_shares_ranks_on_ties_and_lists_unvoted_targets() -> None:
    votes = [
        Vote(1, 1, "note", 7, "ana"),
        Vote(2, 1, "note", 7, "ben"),
        Vote(3, 1, "cluster", 2, "ana"),
        Vote(4, 1, "note", 8, ""),
        Vote(5, 1, "cluster", 2, ""),
        Vote(6, 1, "note", 99, ""),  # a deleted note
    ]
    labels = {("note", 7): "b", ("note", 8): "a", ("cluster", 2): "z", ("note", 9): "c"}
    ranked = rank_by_votes(votes, labels)
    assert [(r.kind, r.target_id, r.votes, r.rank) for r in ranked] == [
        ("cluster", 2, 2, 1),
        ("note", 7, 2, 1),
        ("note", 8, 1, 3),
        ("note", 9, 0, 4),
    ]
    assert votes_used(votes, 1) == {"ana": 2, "ben": 1, "": 3}
