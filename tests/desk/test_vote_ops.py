"""Dot voting as the desk stores it: rounds, limits, hidden counts, ranking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from copdesk.core.errors import CopdeskError, NotFound
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    yield d
    d.close()


@pytest.fixture
def sid(desk: Desk) -> int:
    return desk.create_session("blank", "Retro").id


def add(desk: Desk, sid: int, n: int) -> list[int]:
    return [desk.add_note(sid, f"note {i}", 3000 + 250 * i, 3000).id for i in range(n)]


def test_a_round_starts_open_with_three_votes_and_closes_the_previous(desk: Desk, sid: int) -> None:
    first = desk.start_round(sid)
    assert (first.votes_per_person, first.hidden, first.open) == (3, False, True)
    second = desk.start_round(sid, votes_per_person=5, hidden=True)
    assert not desk.voting_round(first.id).open
    assert desk.current_round(sid) == second
    assert desk.board(sid).rounds == (desk.voting_round(first.id), second)
    with pytest.raises(CopdeskError):
        desk.start_round(sid, votes_per_person=0)


def test_named_participants_are_limited_the_room_is_not(desk: Desk, sid: int) -> None:
    a, b = add(desk, sid, 2)
    r = desk.start_round(sid, votes_per_person=2)
    desk.add_vote(r.id, "note", a, "Ana")
    desk.add_vote(r.id, "note", b, " Ana ")
    with pytest.raises(CopdeskError, match="Ana has used all 2 votes"):
        desk.add_vote(r.id, "note", a, "Ana")
    assert desk.votes_left(r.id, "Ana") == 0
    assert desk.votes_left(r.id, "Ben") == 2
    assert desk.votes_left(r.id, "") is None
    for _ in range(5):
        desk.add_vote(r.id, "note", a)
    assert desk.participants(r.id) == {"Ana": 2}
    assert len(desk.votes(sid)) == 7
    assert desk.board(sid).vote_count("note", a) == 6


def test_remove_takes_the_newest_dot_and_restore_puts_it_back(desk: Desk, sid: int) -> None:
    (a,) = add(desk, sid, 1)
    r = desk.start_round(sid)
    desk.add_vote(r.id, "note", a, "Ana")
    removed = desk.remove_vote(r.id, "note", a, "Ana")
    assert removed is not None and desk.votes(sid) == []
    assert desk.remove_vote(r.id, "note", a, "Ana") is None
    assert desk.restore_vote(removed) == removed
    added = desk.add_vote(r.id, "note", a)
    desk.delete_vote(added.id)
    assert desk.votes(sid) == [removed]


def test_closed_rounds_and_missing_targets_refuse_votes(desk: Desk, sid: int) -> None:
    (a,) = add(desk, sid, 1)
    other = desk.create_session("blank").id
    (foreign,) = add(desk, other, 1)
    r = desk.start_round(sid)
    with pytest.raises(NotFound):
        desk.add_vote(r.id, "cluster", 12345)
    with pytest.raises(CopdeskError):
        desk.add_vote(r.id, "note", foreign)
    desk.close_round(r.id)
    with pytest.raises(CopdeskError, match="closed"):
        desk.add_vote(r.id, "note", a)
    assert desk.reopen_round(r.id).open


def test_hidden_counts_reveal_and_hide_again(desk: Desk, sid: int) -> None:
    r = desk.start_round(sid, hidden=True)
    assert desk.reveal_round(r.id).hidden is False
    assert desk.hide_round(r.id).hidden is True


def test_discarding_a_round_removes_it_and_its_votes(desk: Desk, sid: int) -> None:
    (a,) = add(desk, sid, 1)
    r = desk.start_round(sid)
    desk.add_vote(r.id, "note", a)
    desk.discard_round(r.id)
    assert desk.rounds(sid) == [] and desk.votes(sid) == []


def test_ranking_counts_cluster_dots_with_their_notes(desk: Desk, sid: int) -> None:
    a, b, c = add(desk, sid, 3)
    cluster = desk.group_notes(sid, [a, b], "Data")
    r = desk.start_round(sid)
    desk.add_vote(r.id, "cluster", cluster.id, "Ana")
    desk.add_vote(r.id, "note", a, "Ben")
    desk.add_vote(r.id, "note", c, "Ana")
    desk.add_vote(r.id, "note", c, "Ben")
    ranked = [(i.kind, i.target_id, i.votes, i.rank) for i in desk.ranking(sid)]
    assert ranked[:3] == [("cluster", cluster.id, 2, 1), ("note", c, 2, 1), ("note", a, 1, 3)]
    assert ("note", b, 0, 4) in ranked
    assert desk.ranking(sid)[0].label == "Data"
    desk.delete_notes([c])
    assert ("note", c) not in {(i.kind, i.target_id) for i in desk.ranking(sid)}


def test_arrange_by_votes_moves_clusters_in_rank_order(desk: Desk, sid: int) -> None:
    a, b, c = add(desk, sid, 3)
    low = desk.group_notes(sid, [a], "low")
    high = desk.group_notes(sid, [b, c], "high")
    r = desk.start_round(sid)
    desk.add_vote(r.id, "cluster", high.id)
    before = {n.id: (n.x, n.y) for n in desk.notes(sid)}
    relaid = desk.arrange_by_votes(sid)
    moved = {n.id: (n.x, n.y) for n in relaid.notes_after}
    assert moved[b][0] < moved[a][0]  # the voted cluster comes first
    assert moved[c][0] - moved[b][0] == before[c][0] - before[b][0]  # shape kept
    assert desk.cluster(low.id).label == "low"
    desk.put_layout(relaid.frames_before, relaid.notes_before)  # the undo
    assert {n.id: (n.x, n.y) for n in desk.notes(sid)} == before
