"""Learning-circle matching: properties over any roster, plus worked examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.circles import (
    CircleLockProblem,
    MatchMember,
    evaluate,
    group_sizes,
    pairs_of,
    random_grouping,
    suggest_circles,
    with_topics,
)
from copdesk.core.tags import split_tags, tag_key

TOPICS = ["UX Research", "ux research", "Testing", "Kotlin", "Qualitätssicherung", "DDD", "SQL"]
TEAMS = ["", "Checkout", "Search", "Platform", "checkout "]

members_st = st.lists(
    st.builds(
        MatchMember,
        id=st.integers(0, 10_000),
        team=st.sampled_from(TEAMS),
        interests=st.lists(st.sampled_from(TOPICS), max_size=3).map(tuple),
    ),
    max_size=60,
    unique_by=lambda m: m.id,
)


def _ids(circles: tuple) -> list[int]:
    return sorted(i for c in circles for i in c.member_ids)


@given(members_st, st.integers(0, 2**32), st.sampled_from([2, 3]))
def test_every_member_in_exactly_one_circle_of_two_or_three(
    members: list[MatchMember], seed: int, prefer: int
) -> None:
    circles = suggest_circles(members, seed=seed, prefer_size=prefer)
    assert _ids(circles) == sorted(m.id for m in members)
    if len(members) >= 2:
        assert all(2 <= len(c.member_ids) <= 3 for c in circles)
    elif members:
        assert [c.member_ids for c in circles] == [(members[0].id,)]


@given(members_st, st.integers(0, 2**32))
def test_same_seed_same_circles(members: list[MatchMember], seed: int) -> None:
    assert suggest_circles(members, seed=seed) == suggest_circles(list(members), seed=seed)


@given(members_st, st.integers(0, 1000), st.data())
def test_locks_are_kept_or_refused_in_plain_words(
    members: list[MatchMember], seed: int, data: st.DataObject
) -> None:
    ids = [m.id for m in members]
    together, apart = [], []
    if len(ids) >= 2:
        together = data.draw(
            st.lists(st.lists(st.sampled_from(ids), min_size=2, max_size=3), max_size=3)
        )
        apart = data.draw(
            st.lists(st.lists(st.sampled_from(ids), min_size=2, max_size=2), max_size=4)
        )
    try:
        circles = suggest_circles(members, seed=seed, together=together, apart=apart)
    except CircleLockProblem as problem:
        assert problem.message
        return
    assert _ids(circles) == sorted(ids)
    where = {i: n for n, c in enumerate(circles) for i in c.member_ids}
    for lock in together:
        assert len({where[i] for i in lock}) == 1
    for a, b in apart:
        assert a == b or where[a] != where[b]


@given(members_st.filter(lambda ms: len(ms) >= 8), st.integers(0, 1000), st.data())
def test_one_apart_lock_is_always_possible(
    members: list[MatchMember], seed: int, data: st.DataObject
) -> None:
    a, b = data.draw(st.permutations([m.id for m in members]))[:2]
    circles = suggest_circles(members, seed=seed, apart=[(a, b)])
    assert not any(a in c.member_ids and b in c.member_ids for c in circles)


@given(st.integers(2, 500), st.sampled_from([2, 3]))
def test_group_sizes_add_up(n: int, prefer: int) -> None:
    sizes = group_sizes(n, prefer=prefer)
    assert sum(sizes) == n
    assert all(s in (2, 3) for s in sizes)


def test_group_sizes_prefer_threes_or_pairs() -> None:
    assert group_sizes(7) == [3, 2, 2]
    assert group_sizes(7, prefer=2) == [3, 2, 2]
    assert group_sizes(9) == [3, 3, 3]
    assert group_sizes(8, prefer=2) == [2, 2, 2, 2]
    assert group_sizes(2) == [2]
    assert group_sizes(1) == [1]
    assert group_sizes(0) == []


def test_shared_interest_wins_over_the_spelling() -> None:
    members = [
        MatchMember(1, "A", ("UX Research",)),
        MatchMember(2, "B", (" ux  research",)),
        MatchMember(3, "A", ("Kotlin",)),
        MatchMember(4, "B", ("kotlin",)),
    ]
    circles = suggest_circles(members, seed=1, prefer_size=2)
    groups = {frozenset(c.member_ids): c.topic for c in circles}
    assert groups == {frozenset({1, 2}): "UX Research", frozenset({3, 4}): "Kotlin"}


def test_umlauts_and_case_are_one_tag() -> None:
    assert tag_key("Qualitätssicherung") == tag_key("QUALITAETSSICHERUNG")
    assert tag_key("UX-Research") == tag_key("ux research")
    assert split_tags("a, b;c | d\nA") == ("a", "b", "c", "d")


def test_teams_are_mixed_when_interests_allow() -> None:
    members = [MatchMember(i, "AB"[i % 2], ("Testing",)) for i in range(8)]
    for circle in suggest_circles(members, seed=5, prefer_size=2):
        a, b = circle.member_ids
        assert a % 2 != b % 2
        assert circle.topic == "Testing"


def test_earlier_pairs_are_avoided() -> None:
    members = [MatchMember(i, "", ("SQL",)) for i in range(6)]
    first = suggest_circles(members, seed=1, prefer_size=2)
    seen = pairs_of(c.member_ids for c in first)
    second = suggest_circles(members, seed=1, prefer_size=2, previous_pairs=seen)
    assert not pairs_of(c.member_ids for c in second) & seen


def test_too_many_locked_together_is_refused() -> None:
    members = [MatchMember(i) for i in range(6)]
    with pytest.raises(CircleLockProblem, match="at most three"):
        suggest_circles(members, together=[(0, 1), (1, 2), (2, 3)])
    with pytest.raises(CircleLockProblem, match="together and apart"):
        suggest_circles(members, together=[(0, 1)], apart=[(1, 0)])


def test_a_locked_trio_with_one_left_over_is_refused() -> None:
    members = [MatchMember(i) for i in range(4)]
    with pytest.raises(CircleLockProblem):
        suggest_circles(members, together=[(0, 1, 2)])


def test_matching_beats_random_grouping() -> None:
    topics = ["UX", "Testing", "Kotlin", "SQL", "DDD", "OKRs", "Figma", "Rust"]
    members = [MatchMember(i, f"T{i % 7}", (topics[i % 8], topics[(i * 3) % 8])) for i in range(90)]
    ours = evaluate([c.member_ids for c in suggest_circles(members, seed=2)], members)
    chance = evaluate(random_grouping([m.id for m in members], seed=2), members)
    assert ours.shared_interest > chance.shared_interest
    assert ours.circles_with_topic == 1.0


def test_with_topics_after_a_swap() -> None:
    members = [
        MatchMember(1, "", ("SQL",)),
        MatchMember(2, "", ("SQL",)),
        MatchMember(3, "", ("DDD",)),
    ]
    circles = with_topics([[1, 3], [2]], members)
    assert [c.topic for c in circles] == ["", ""]
    assert with_topics([[1, 2]], members)[0].topic == "SQL"
