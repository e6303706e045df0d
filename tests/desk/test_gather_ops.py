"""Gathering gestures as the desk stores them: accepting suggested clusters,
tidying clusters and arranging by votes keep notes in their frames, grow a
frame that is too small (moving what lies below), and are one transaction
whose before side puts everything back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from copdesk.core.clustering import ClusterProposal
from copdesk.core.models import Board, Frame, Note, NoteDraft
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    yield d
    d.close()


@pytest.fixture
def sid(desk: Desk) -> int:
    return desk.create_session("community-retro", "Retro").id


def _state(board: Board) -> tuple[list[Frame], list[Note], list[int]]:
    return (
        sorted(board.frames, key=lambda f: f.id),
        sorted(board.notes, key=lambda n: n.id),
        sorted(c.id for c in board.clusters),
    )


def _frame(desk: Desk, sid: int, title: str) -> Frame:
    return next(f for f in desk.frames(sid) if f.title == title)


def _inside(n: Note, f: Frame) -> bool:
    return (
        f.x <= n.x
        and n.x + n.width <= f.x + f.width
        and f.y <= n.y
        and n.y + n.height <= f.y + f.height
    )


def _overlap(a: Note, b: Note) -> bool:
    return (
        a.x < b.x + b.width
        and b.x < a.x + a.width
        and a.y < b.y + b.height
        and b.y < a.y + a.height
    )


def _paste(desk: Desk, sid: int, frame: str, count: int, word: str) -> list[int]:
    drafts = [NoteDraft(f"{word} {i}") for i in range(count)]
    return [n.id for n in desk.place_and_add(sid, drafts, frame_title=frame)]


def test_accepting_keeps_notes_in_their_frame_and_grows_it(desk: Desk, sid: int) -> None:
    first = _paste(desk, sid, "Drop", 10, "meetings")
    second = _paste(desk, sid, "Drop", 10, "onboarding")
    purpose, drop_before = _frame(desk, sid, "Purpose of our community"), _frame(desk, sid, "Drop")
    before = _state(desk.board(sid))
    old = {n.id: n for n in before[1]}
    frame_of = {n.id: n.frame_id for n in desk.notes(sid)}
    proposals = [
        ClusterProposal("Onboarding", tuple(second[:6]), ("onboarding",)),
        ClusterProposal("Tools", tuple(second[6:]), ("tools",)),
    ]
    relaid = desk.accept_proposal(sid, proposals, second)
    notes = {n.id: n for n in desk.notes(sid)}
    assert {i: n.frame_id for i, n in notes.items()} == frame_of
    drop = _frame(desk, sid, "Drop")
    assert all(_inside(notes[i], drop) for i in first + second)
    assert drop.height > drop_before.height
    assert _frame(desk, sid, "Purpose of our community").y > purpose.y  # pushed down
    assert not any(
        _overlap(notes[a], notes[b]) for a in notes for b in notes if a < b
    )  # nothing covers anything
    assert all(notes[i] == old[i] for i in first)  # the first batch stays where it was
    assert [c.label for c in relaid.clusters] == ["Onboarding", "Tools"]
    assert {f.title for f in relaid.frames_after} >= {"Drop", "Purpose of our community"}

    after = _state(desk.board(sid))
    desk.put_layout(relaid.frames_before, relaid.notes_before)  # the undo
    assert _state(desk.board(sid)) == before
    desk.put_layout(relaid.frames_after, relaid.notes_after)  # the redo
    assert _state(desk.board(sid)) == after


def test_accepting_is_one_transaction(desk: Desk, sid: int, monkeypatch) -> None:
    ids = _paste(desk, sid, "Keep", 4, "idea")
    before = _state(desk.board(sid))

    def broken(*_args: object, **_kw: object) -> object:
        raise RuntimeError("layout failed")

    monkeypatch.setattr("copdesk.desk.gather_ops.gather_in_frames", broken)
    with pytest.raises(RuntimeError):
        desk.accept_proposal(sid, [ClusterProposal("x", tuple(ids), ("x",))], ids)
    assert _state(desk.board(sid)) == before  # no cluster was made either


def test_tidying_a_big_cluster_stays_in_its_frame(desk: Desk, sid: int) -> None:
    keep = _paste(desk, sid, "Keep", 10, "keep")
    drop = _paste(desk, sid, "Drop", 3, "drop")
    cluster = desk.group_notes(sid, keep)
    before = _state(desk.board(sid))
    old = {n.id: n for n in before[1]}
    relaid = desk.tidy_clusters([cluster.id])  # ten notes: four columns on a free board
    frame = _frame(desk, sid, "Keep")
    notes = {n.id: n for n in desk.notes(sid)}
    assert all(notes[i].frame_id == frame.id and _inside(notes[i], frame) for i in keep)
    assert all(notes[i] == old[i] for i in drop)
    desk.put_layout(relaid.frames_before, relaid.notes_before)
    assert _state(desk.board(sid)) == before


def test_arranging_by_votes_keeps_every_note_in_its_frame(desk: Desk, sid: int) -> None:
    keep = _paste(desk, sid, "Keep", 6, "keep")
    drop = _paste(desk, sid, "Drop", 12, "drop")
    loose = desk.add_note(sid, "outside", 3000, 3000).id
    big = desk.group_notes(sid, drop[:8], "big")
    small = desk.group_notes(sid, keep[3:5], "small")
    round_ = desk.start_round(sid)
    desk.add_vote(round_.id, "cluster", small.id)
    desk.add_vote(round_.id, "note", drop[10])
    frame_of = {n.id: n.frame_id for n in desk.notes(sid)}
    before = _state(desk.board(sid))
    relaid = desk.arrange_by_votes(sid)
    notes = {n.id: n for n in desk.notes(sid)}
    assert {i: n.frame_id for i, n in notes.items()} == frame_of
    frames = {f.id: f for f in desk.frames(sid)}
    for n in notes.values():
        if n.frame_id is not None:
            assert _inside(n, frames[n.frame_id])
    assert not any(_overlap(notes[a], notes[b]) for a in notes for b in notes if a < b)
    assert notes[keep[3]].y <= min(notes[i].y for i in keep)  # the voted cluster leads
    assert notes[loose].frame_id is None
    assert len(desk.cluster_notes(big.id)) == 8
    desk.put_layout(relaid.frames_before, relaid.notes_before)
    assert _state(desk.board(sid)) == before


def test_a_deleted_note_in_a_proposal_is_skipped(desk: Desk, sid: int) -> None:
    ids = _paste(desk, sid, "Add", 3, "add")
    desk.delete_notes([ids[2]])
    relaid = desk.accept_proposal(sid, [ClusterProposal("x", tuple(ids), ("x",))], ids)
    assert [n.id for n in desk.cluster_notes(relaid.clusters[0].id)] == ids[:2]
    assert all(not n.deleted for n in relaid.notes_after)
