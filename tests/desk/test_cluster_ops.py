"""Clusters as the desk stores them: group, join, leave, ungroup, proposals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from copdesk.core.clustering import ClusterProposal, suggest_clusters
from copdesk.core.errors import CopdeskError, NotFound
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    yield d
    d.close()


@pytest.fixture
def sid(desk: Desk) -> int:
    return desk.create_session("blank", "Goals").id


def add(desk: Desk, sid: int, *texts: str) -> list[int]:
    return [desk.add_note(sid, t, 3000 + 250 * i, 3000).id for i, t in enumerate(texts)]


def members(desk: Desk, cluster_id: int) -> set[int]:
    return {n.id for n in desk.cluster_notes(cluster_id)}


def test_group_notes_makes_one_cluster_with_a_clean_label(desk: Desk, sid: int) -> None:
    ids = add(desk, sid, "a", "b", "c")
    cluster = desk.group_notes(sid, ids[:2], "  Data\n skills ")
    assert cluster.label == "Data skills" and not cluster.deleted
    assert members(desk, cluster.id) == set(ids[:2])
    assert desk.clusters(sid) == [cluster]
    assert desk.board(sid).clusters == (cluster,)


def test_grouping_nothing_or_notes_of_another_board_is_refused(desk: Desk, sid: int) -> None:
    other = desk.create_session("blank", "Other").id
    (foreign,) = add(desk, other, "x")
    with pytest.raises(CopdeskError):
        desk.group_notes(sid, [])
    with pytest.raises(CopdeskError):
        desk.group_notes(sid, [foreign])


def test_ungroup_keeps_positions_and_restore_brings_back_the_same_row(desk: Desk, sid: int) -> None:
    ids = add(desk, sid, "a", "b")
    before = desk.notes(sid)
    cluster = desk.group_notes(sid, ids, "Pair")
    gone = desk.ungroup(cluster.id)
    assert gone.deleted and desk.clusters(sid) == []
    after = desk.notes(sid)
    assert [(n.x, n.y, n.cluster_id) for n in after] == [(n.x, n.y, None) for n in before]
    back = desk.restore_cluster(cluster.id, ids)
    assert back == cluster
    assert members(desk, cluster.id) == set(ids)


def test_join_and_leave_and_an_emptied_cluster_is_deleted(desk: Desk, sid: int) -> None:
    a, b, c = add(desk, sid, "a", "b", "c")
    first = desk.group_notes(sid, [a], "first")
    second = desk.group_notes(sid, [b], "second")
    before = desk.membership([a, b, c])
    desk.join_cluster([a, c], second.id)
    assert members(desk, second.id) == {a, b, c}
    assert desk.cluster(first.id).deleted  # left empty
    desk.set_membership(before)  # undo
    assert members(desk, first.id) == {a}
    assert members(desk, second.id) == {b}
    assert not desk.cluster(first.id).deleted
    desk.leave_cluster([b])
    assert desk.note(b).cluster_id is None
    assert desk.cluster(second.id).deleted


def test_deleting_every_note_of_a_cluster_retires_it_and_undo_brings_it_back(
    desk: Desk, sid: int
) -> None:
    a, b, c = add(desk, sid, "a", "b", "c")
    cluster = desk.group_notes(sid, [a, b], "Pair")
    round_id = desk.start_round(sid, 3).id
    desk.add_vote(round_id, "cluster", cluster.id, "Ana")
    desk.delete_notes([a])
    assert not desk.cluster(cluster.id).deleted  # b still holds it
    before = desk.notes_by_id([b])
    desk.delete_notes([b])
    assert desk.cluster(cluster.id).deleted
    assert desk.clusters(sid) == [] and desk.board(sid).clusters == ()
    assert [item.kind for item in desk.ranking(sid)] == ["note"]  # only c: no empty group
    desk.put_notes(before)  # the board's undo of the delete
    assert not desk.cluster(cluster.id).deleted
    assert members(desk, cluster.id) == {b}
    assert ("cluster", cluster.id) in {(i.kind, i.target_id) for i in desk.ranking(sid)}
    desk.delete_notes([b])
    desk.restore_notes([b, a])
    assert members(desk, cluster.id) == {a, b} and not desk.cluster(cluster.id).deleted
    assert c not in members(desk, cluster.id)


def test_dropping_onto_a_note_joins_its_cluster_or_forms_one(desk: Desk, sid: int) -> None:
    a, b, c = add(desk, sid, "a", "b", "c")
    formed = desk.join_note([b], a)
    assert members(desk, formed.id) == {a, b}
    joined = desk.join_note([c], b)
    assert joined.id == formed.id and members(desk, formed.id) == {a, b, c}
    with pytest.raises(NotFound):
        desk.join_cluster([a], 9999)


def test_rename_collapse_recolor(desk: Desk, sid: int) -> None:
    cluster = desk.group_notes(sid, add(desk, sid, "a"), "old")
    assert desk.rename_cluster(cluster.id, "new").label == "new"
    assert desk.set_cluster_collapsed(cluster.id, True).collapsed
    assert not desk.set_cluster_collapsed(cluster.id, False).collapsed
    assert desk.recolor_cluster(cluster.id, 3).color == 3
    with pytest.raises(CopdeskError):
        desk.recolor_cluster(cluster.id, 99)


def test_tidy_cluster_lines_notes_up_at_the_top_left(desk: Desk, sid: int) -> None:
    ids = [desk.add_note(sid, t, x, y).id for t, x, y in [("a", 500, 900), ("b", 100, 700)]]
    cluster = desk.group_notes(sid, ids)
    relaid = desk.tidy_clusters([cluster.id], columns=2)
    moved = {n.id: (n.x, n.y) for n in relaid.notes_after}
    assert moved == {ids[1]: (100, 700), ids[0]: (320, 700)}
    assert relaid.frames_before == relaid.frames_after == []
    desk.put_layout([], relaid.notes_before)  # the undo
    assert {n.id: (n.x, n.y) for n in desk.notes(sid)} == {ids[0]: (500, 900), ids[1]: (100, 700)}


def test_apply_proposal_is_one_step_and_can_be_undone_and_redone(desk: Desk, sid: int) -> None:
    ids = add(
        desk,
        sid,
        "Learn SQL joins",
        "SQL window functions",
        "Run user interviews",
        "Customer interviews every week",
        "🎉",
    )
    manual = desk.group_notes(sid, [ids[0]], "manual")
    proposals = suggest_clusters([(n.id, n.text) for n in desk.notes(sid)])
    assert any(p.rest for p in proposals)
    before = desk.membership(ids)
    created = desk.apply_proposal(sid, proposals)
    assert len(created) == len([p for p in proposals if not p.rest])
    assert {c.label for c in created} == {p.label for p in proposals if not p.rest}
    assert desk.note(ids[4]).cluster_id is None  # the rest stays ungrouped
    assert desk.cluster(manual.id).deleted  # its only note moved on
    groups = {frozenset(members(desk, c.id)) for c in created}
    applied = {c.id: sorted(members(desk, c.id)) for c in created}
    after = desk.membership(ids)
    assert frozenset(ids[:2]) in groups and frozenset(ids[2:4]) in groups

    desk.undo_proposal([c.id for c in created], before)
    assert all(desk.cluster(c.id).deleted for c in created)
    assert desk.membership(ids) == before
    assert not desk.cluster(manual.id).deleted

    redone = desk.restore_clusters(applied)
    assert [c.id for c in redone] == [c.id for c in created]
    assert desk.membership(ids) == after


def test_apply_proposal_skips_notes_that_are_gone(desk: Desk, sid: int) -> None:
    a, b = add(desk, sid, "a", "b")
    desk.delete_notes([b])
    created = desk.apply_proposal(sid, [ClusterProposal("x", (a, b, 777), ("x",))])
    assert members(desk, created[0].id) == {a}
    assert desk.apply_proposal(sid, [ClusterProposal("y", (b,), ("y",))]) == []


def test_read_only_desk_refuses_to_group(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as d:
        sid = d.create_session("blank").id
        a = d.add_note(sid, "a", 0, 0).id
    with Desk.open(path, read_only=True, backup=False) as d, pytest.raises(CopdeskError):
        d.group_notes(sid, [a])
