"""Guards found in review: no cross-board frames, no non-finite geometry, no
votes on deleted notes in a board snapshot."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from copdesk.core.errors import CopdeskError
from copdesk.core.models import NoteDraft
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path):
    with Desk.open(tmp_path / "c.copdesk") as d:
        yield d


def test_moving_notes_of_two_boards_never_puts_a_note_in_a_frame_of_the_other_board(
    desk: Desk,
) -> None:
    retro = desk.create_session("community-retro")
    blank = desk.create_session("blank")
    frame = desk.frames(retro.id)[0]
    mine = desk.add_note(retro.id, "mine", -9000, -9000)
    other = desk.add_note(blank.id, "other", -9000, -9000)
    spot = (frame.x + 10, frame.y + 100)
    desk.move_notes({mine.id: spot, other.id: spot})
    assert desk.note(mine.id).frame_id == frame.id
    assert desk.note(other.id).frame_id is None


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_note_positions_are_refused_and_leave_the_note_alone(
    desk: Desk, bad: float
) -> None:
    s = desk.create_session("blank")
    note = desk.add_note(s.id, "here", 10, 20)
    with pytest.raises(CopdeskError, match="position"):
        desk.move_notes({note.id: (bad, 0)})
    with pytest.raises(CopdeskError, match="position"):
        desk.add_note(s.id, "nowhere", 0, bad)
    assert (desk.note(note.id).x, desk.note(note.id).y) == (10, 20)
    assert [n.text for n in desk.notes(s.id)] == ["here"]


@pytest.mark.parametrize("size", [(-5, 140), (200, 0), (math.nan, 140), (200, math.inf)])
def test_added_notes_need_a_sane_size(desk: Desk, size: tuple[float, float]) -> None:
    s = desk.create_session("blank")
    w, h = size
    with pytest.raises(CopdeskError):
        desk.add_notes(s.id, [NoteDraft(text="odd", x=0, y=0, width=w, height=h)])
    assert desk.notes(s.id) == []


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_non_finite_frame_geometry_is_refused(desk: Desk, bad: float) -> None:
    s = desk.create_session("blank")
    frame = desk.add_frame(s.id, "Ideas", 0, 0, 800, 600)
    note = desk.add_note(s.id, "inside", 50, 150)
    with pytest.raises(CopdeskError):
        desk.add_frame(s.id, "Broken", bad, 0)
    with pytest.raises(CopdeskError):
        desk.add_frame(s.id, "Broken", 0, 0, bad, 600)
    with pytest.raises(CopdeskError):
        desk.set_frame_geometry({frame.id: (bad, 0, 800, 600)})
    assert desk.frames(s.id) == [frame]
    assert (desk.note(note.id).x, desk.note(note.id).y) == (50, 150)


def test_board_snapshot_leaves_out_votes_on_deleted_notes_and_undo_brings_them_back(
    desk: Desk,
) -> None:
    s = desk.create_session("blank")
    kept = desk.add_note(s.id, "kept", 0, 0)
    gone = desk.add_note(s.id, "gone", 300, 0)
    r = desk.start_round(s.id)
    desk.add_vote(r.id, "note", kept.id)
    desk.add_vote(r.id, "note", gone.id)
    desk.add_vote(r.id, "note", gone.id)
    desk.delete_notes([gone.id])
    assert [v.target_id for v in desk.board(s.id).votes] == [kept.id]
    desk.restore_notes([gone.id])
    assert sorted(v.target_id for v in desk.board(s.id).votes) == [kept.id, gone.id, gone.id]


def test_board_snapshot_leaves_out_votes_on_ungrouped_clusters(desk: Desk) -> None:
    s = desk.create_session("blank")
    a = desk.add_note(s.id, "a", 0, 0)
    c = desk.group_notes(s.id, [a.id], "topic")
    r = desk.start_round(s.id)
    desk.add_vote(r.id, "cluster", c.id)
    desk.ungroup(c.id)
    assert desk.board(s.id).votes == ()
