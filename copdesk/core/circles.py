"""Learning circles: suggest groups of two or three members who share an interest.

Every member lands in exactly one circle; a circle has two or three members
whenever there are at least two members. The matching prefers, in this order of
weight: a learning interest shared by the whole circle, members from different
teams, and people who were not grouped together in an earlier round. The
facilitator's locks are hard rules: members locked *together* end up in one
circle, members locked *apart* never do (if that cannot be done,
:class:`CircleLockProblem` says why).

The method is a greedy construction (rarest shared interests first) followed by
a local search that swaps two members whenever that raises the total score. All
randomness comes from one seeded :class:`random.Random`, so the same input and
seed always give the same circles.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from copdesk.core.errors import CopdeskError
from copdesk.core.tags import display_names, tag_key

#: Score per member holding the circle's shared topic (only when two or more hold it).
W_SHARE = 10.0
#: Score per extra interest two members share (at most two counted per pair).
W_OVERLAP = 1.0
#: Penalty per pair of members from the same team.
W_SAME_TEAM = 4.0
#: Penalty per pair of members who were grouped in an earlier round.
W_REPEAT = 12.0
#: Penalty per pair locked apart that sits in one circle (must end at zero).
W_APART = 10_000.0

_CANDIDATES = 40  # members evaluated per greedy pick
_SEARCH_STEPS_PER_MEMBER = 60
_STALL_STEPS_PER_MEMBER = 15

Pair = tuple[int, int]


class CircleLockProblem(CopdeskError):
    """The locks (together / apart) cannot all be kept."""


@dataclass(frozen=True, slots=True)
class MatchMember:
    """What the matching needs to know of a member."""

    id: int
    team: str = ""
    interests: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SuggestedCircle:
    """A proposed circle: its shared topic ("" if none) and its members."""

    topic: str
    member_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MatchQuality:
    """How good a grouping is; used by tests, the benchmark and the UI."""

    shared_interest: float  # mean share of a circle's members holding its topic (0..1)
    circles_with_topic: float  # share of circles with a topic held by 2+ members (0..1)
    team_mix: float  # mean distinct teams / circle size (0..1)
    repeat_pairs: int  # pairs that were already grouped in an earlier round


def pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def pairs_of(groups: Iterable[Sequence[int]]) -> set[Pair]:
    """Every pair of members that share a group."""
    out: set[Pair] = set()
    for group in groups:
        ids = list(group)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if a != b:
                    out.add(pair(a, b))
    return out


def group_sizes(
    n: int, *, prefer: int = 3, triples_at_least: int = 0, groups_at_least: int = 0
) -> list[int]:
    """Sizes (threes first, then twos) that add up to ``n``.

    ``prefer`` 3 uses as many threes as possible, 2 as many pairs as possible.
    Raises :class:`CircleLockProblem` when the lower bounds cannot be met.
    """
    if n <= 0:
        return []
    if n == 1:
        return [1]
    # n = 3a + 2b; a must have the parity of n; groups = (n - a) / 2.
    lo = max(triples_at_least, n % 2)
    if lo % 2 != n % 2:
        lo += 1
    hi = min(n // 3, n - 2 * groups_at_least)
    if hi % 2 != n % 2:
        hi -= 1
    if lo > hi:
        raise CircleLockProblem(
            "These locks leave no way to split everyone into circles of two or three.",
            hint="Unlock a group or lock fewer members together.",
        )
    triples = hi if prefer >= 3 else lo
    return [3] * triples + [2] * ((n - 3 * triples) // 2)


class _Scorer:
    def __init__(
        self, members: Sequence[MatchMember], previous: Iterable[Pair], apart: Iterable[Pair]
    ) -> None:
        self.team = {m.id: tag_key(m.team) for m in members}
        self.tags = {m.id: frozenset(k for t in m.interests if (k := tag_key(t))) for m in members}
        self.previous = set(previous)
        self.apart = set(apart)

    def score(self, group: Sequence[int]) -> float:
        tags, team = self.tags, self.team
        total = 0.0
        if len(group) >= 2:
            counts: dict[str, int] = {}
            for m in group:
                for t in tags[m]:
                    counts[t] = counts.get(t, 0) + 1
            top = max(counts.values(), default=0)
            if top >= 2:
                total += W_SHARE * top
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                total += W_OVERLAP * min(len(tags[a] & tags[b]) - 1, 2) if tags[a] & tags[b] else 0
                if team[a] and team[a] == team[b]:
                    total -= W_SAME_TEAM
                key = pair(a, b)
                if key in self.previous:
                    total -= W_REPEAT
                if key in self.apart:
                    total -= W_APART
        return total

    def violations(self, group: Sequence[int]) -> list[Pair]:
        return [p for p in pairs_of([group]) if p in self.apart]


def _units(ids: Sequence[int], together: Iterable[Iterable[int]]) -> list[list[int]]:
    """Members merged by the together-locks (union-find), in input order."""
    known = set(ids)
    parent = {i: i for i in ids}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for lock in together:
        locked = [i for i in lock if i in known]
        for other in locked[1:]:
            parent[find(other)] = find(locked[0])
    groups: dict[int, list[int]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    units = list(groups.values())
    for unit in units:
        if len(unit) > 3:
            raise CircleLockProblem(
                f"{len(unit)} members are locked together, but a circle has at most three.",
                hint="Unlock some of them.",
            )
    return units


class _Matcher:
    def __init__(self, scorer: _Scorer, rng: random.Random) -> None:
        self.scorer = scorer
        self.rng = rng

    def build(self, units: list[list[int]], sizes: list[int]) -> list[list[int]]:
        groups: list[list[int]] = [[] for _ in sizes]
        triples = [i for i, s in enumerate(sizes) if s == 3]
        pairs = [i for i, s in enumerate(sizes) if s == 2]
        big = [u for u in units if len(u) == 3]
        two = [u for u in units if len(u) == 2]
        singles = [u[0] for u in units if len(u) == 1]
        for unit, slot in zip(big, triples, strict=False):
            groups[slot] = list(unit)
        free_slots = pairs + triples[len(big) :]
        for unit, slot in zip(two, free_slots, strict=False):
            groups[slot] = list(unit)
        self._fill(groups, sizes, singles)
        return groups

    def _fill(self, groups: list[list[int]], sizes: list[int], singles: list[int]) -> None:
        tags = self.scorer.tags
        counts = Counter(t for m in singles for t in tags[m])
        index: dict[str, list[int]] = {}
        for m in singles:
            for t in tags[m]:
                if counts[t] >= 2:
                    index.setdefault(t, []).append(m)
        for members in index.values():
            self.rng.shuffle(members)
        tiebreak = {m: self.rng.random() for m in singles}

        def rarity(m: int) -> tuple[int, float]:
            shared = [counts[t] for t in tags[m] if counts[t] >= 2]
            return (min(shared) if shared else 1 << 30, tiebreak[m])

        order = sorted(singles, key=rarity)
        free = set(singles)
        cursor = 0
        # Partly filled groups (a locked pair in a slot of three) first, then empty ones.
        slots = sorted(range(len(groups)), key=lambda g: (not groups[g], g))
        for g in slots:
            group = groups[g]
            while len(group) < sizes[g] and free:
                if not group:
                    while order[cursor] not in free:
                        cursor += 1
                    pick = order[cursor]
                else:
                    pick = self._best(group, free, index, order)
                group.append(pick)
                free.discard(pick)

    def _best(
        self, group: list[int], free: set[int], index: dict[str, list[int]], order: list[int]
    ) -> int:
        tags = self.scorer.tags
        candidates: list[int] = []
        seen: set[int] = set()
        for t in sorted({t for m in group for t in tags[m]}):
            for m in index.get(t, ()):
                if m in free and m not in seen:
                    seen.add(m)
                    candidates.append(m)
                    if len(candidates) >= _CANDIDATES:
                        break
            if len(candidates) >= _CANDIDATES:
                break
        if not candidates:
            rest = [m for m in order if m in free]
            candidates = rest if len(rest) <= _CANDIDATES else self.rng.sample(rest, _CANDIDATES)
        base = self.scorer.score(group)
        best, best_gain = candidates[0], float("-inf")
        for m in candidates:
            gain = self.scorer.score([*group, m]) - base
            if gain > best_gain:
                best, best_gain = m, gain
        return best

    def improve(self, groups: list[list[int]], movable: list[int]) -> None:
        """Swap two movable members whenever that raises the total score."""
        if len(movable) < 2 or len(groups) < 2:
            return
        score = self.scorer.score
        tags = self.scorer.tags
        where = {m: g for g, group in enumerate(groups) for m in group}
        scores = [score(group) for group in groups]
        movable_set = set(movable)
        by_tag: dict[str, list[int]] = {}
        for m in movable:
            for t in tags[m]:
                by_tag.setdefault(t, []).append(m)
        rng = self.rng
        steps = _SEARCH_STEPS_PER_MEMBER * len(movable)
        stall_limit = _STALL_STEPS_PER_MEMBER * len(movable)
        stall = 0
        for _ in range(steps):
            if stall >= stall_limit:
                break
            stall += 1
            a = movable[rng.randrange(len(movable))]
            ga = where[a]
            b = self._partner(a, groups[ga], by_tag, movable, rng)
            if b is None or b not in movable_set:
                continue
            gb = where[b]
            if ga == gb:
                continue
            new_a = [b if m == a else m for m in groups[ga]]
            new_b = [a if m == b else m for m in groups[gb]]
            sa, sb = score(new_a), score(new_b)
            if sa + sb > scores[ga] + scores[gb] + 1e-9:
                groups[ga], groups[gb] = new_a, new_b
                scores[ga], scores[gb] = sa, sb
                where[a], where[b] = gb, ga
                stall = 0

    def _partner(
        self,
        a: int,
        group: list[int],
        by_tag: dict[str, list[int]],
        movable: list[int],
        rng: random.Random,
    ) -> int | None:
        tags = self.scorer.tags
        roll = rng.random()
        if roll < 0.4:  # someone who shares a tag with a's circle-mates
            mates = [t for m in group if m != a for t in sorted(tags[m])]
            if mates:
                pool = by_tag.get(mates[rng.randrange(len(mates))], ())
                return pool[rng.randrange(len(pool))] if pool else None
        elif roll < 0.7:  # someone in a circle where a finds a shared tag
            own = sorted(tags[a])
            if own:
                pool = by_tag.get(own[rng.randrange(len(own))], ())
                return pool[rng.randrange(len(pool))] if pool else None
        return movable[rng.randrange(len(movable))]

    def repair(self, groups: list[list[int]], movable: list[int]) -> None:
        """Exhaustively move members out of circles that break an apart-lock."""
        score, movable_set = self.scorer.score, set(movable)
        for ga in range(len(groups)):
            for a, b in self.scorer.violations(groups[ga]):
                if not self.scorer.violations(groups[ga]):
                    break
                for out in (a, b):
                    if out not in movable_set or out not in groups[ga]:
                        continue
                    best: tuple[float, int, int] | None = None
                    for gb, other in enumerate(groups):
                        if gb == ga:
                            continue
                        for m in other:
                            if m not in movable_set:
                                continue
                            new_a = [m if x == out else x for x in groups[ga]]
                            new_b = [out if x == m else x for x in other]
                            gain = score(new_a) + score(new_b) - score(groups[ga]) - score(other)
                            if best is None or gain > best[0]:
                                best = (gain, gb, m)
                    if best is not None and best[0] > 0:
                        _, gb, m = best
                        groups[ga] = [m if x == out else x for x in groups[ga]]
                        groups[gb] = [out if x == m else x for x in groups[gb]]
                        break


def suggest_circles(
    members: Sequence[MatchMember],
    *,
    seed: int = 0,
    previous_pairs: Iterable[Iterable[int]] = (),
    together: Iterable[Iterable[int]] = (),
    apart: Iterable[Iterable[int]] = (),
    prefer_size: int = 3,
) -> tuple[SuggestedCircle, ...]:
    """Group ``members`` into learning circles of two or three.

    ``previous_pairs`` are pairs grouped in earlier rounds (avoided),
    ``together`` sets of member ids that must share a circle, ``apart`` pairs
    that must not. The same arguments always give the same circles.
    """
    unique: dict[int, MatchMember] = {}
    for m in members:
        unique.setdefault(m.id, m)
    roster = list(unique.values())
    ids = [m.id for m in roster]
    if not ids:
        return ()
    apart_pairs = {pair(*p) for p in (tuple(x) for x in apart) if len(p) == 2 and p[0] != p[1]}
    previous = {
        pair(*p) for p in (tuple(x) for x in previous_pairs) if len(p) == 2 and p[0] != p[1]
    }
    scorer = _Scorer(roster, previous, apart_pairs)
    units = _units(ids, together)
    for unit in units:
        broken = scorer.violations(unit)
        if broken:
            raise CircleLockProblem(
                f"Members {broken[0][0]} and {broken[0][1]} are locked both together and apart.",
                hint="Remove one of the two locks.",
            )
    sizes = group_sizes(
        len(ids),
        prefer=prefer_size,
        triples_at_least=sum(1 for u in units if len(u) == 3),
        groups_at_least=sum(1 for u in units if len(u) >= 2),
    )
    matcher = _Matcher(scorer, random.Random(seed))
    groups = matcher.build(units, sizes)
    movable = [u[0] for u in units if len(u) == 1]
    matcher.improve(groups, movable)
    if any(scorer.violations(g) for g in groups):
        matcher.repair(groups, movable)
    for group in groups:
        broken = scorer.violations(group)
        if broken:
            raise CircleLockProblem(
                f"Members {broken[0][0]} and {broken[0][1]} cannot be kept apart "
                "with the other locks and this many members.",
                hint="Remove an apart-lock or unlock a group.",
            )
    return with_topics(groups, roster)


def with_topics(
    groups: Iterable[Sequence[int]], members: Sequence[MatchMember]
) -> tuple[SuggestedCircle, ...]:
    """Circles for ``groups`` with their shared topic, topics first, A to Z."""
    names = display_names(m.interests for m in members)
    tags = {m.id: {k for t in m.interests if (k := tag_key(t))} for m in members}
    circles = [
        SuggestedCircle(_topic([tags.get(i, set()) for i in g], names), tuple(g)) for g in groups
    ]
    circles.sort(key=lambda c: (c.topic == "", c.topic.casefold(), c.member_ids))
    return tuple(circles)


def _topic(tag_sets: list[set[str]], names: dict[str, str]) -> str:
    counts = Counter(t for tags in tag_sets for t in tags)
    if not counts:
        return ""
    key, count = min(counts.items(), key=lambda item: (-item[1], item[0]))
    return names.get(key, key) if count >= 2 else ""


def random_grouping(ids: Sequence[int], seed: int, prefer_size: int = 3) -> list[list[int]]:
    """A random grouping with the same sizes the matching would use (the baseline)."""
    shuffled = list(ids)
    random.Random(seed).shuffle(shuffled)
    groups, start = [], 0
    for size in group_sizes(len(shuffled), prefer=prefer_size):
        groups.append(shuffled[start : start + size])
        start += size
    return groups


def evaluate(
    groups: Iterable[Sequence[int]],
    members: Sequence[MatchMember],
    previous_pairs: Iterable[Iterable[int]] = (),
) -> MatchQuality:
    """Shared interest, team mix and repeated pairs of a grouping."""
    groups = [list(g) for g in groups]
    by_id = {m.id: m for m in members}
    tags = {m.id: {k for t in m.interests if (k := tag_key(t))} for m in members}
    previous = {pair(*p) for p in (tuple(x) for x in previous_pairs) if len(p) == 2}
    if not groups:
        return MatchQuality(0.0, 0.0, 0.0, 0)
    shared, with_topic, mix = 0.0, 0, 0.0
    for g in groups:
        counts = Counter(t for i in g for t in tags.get(i, ()))
        top = max(counts.values(), default=0)
        if top >= 2:
            with_topic += 1
            shared += top / len(g)
        teams = [tag_key(by_id[i].team) if i in by_id else "" for i in g]
        distinct = len({t for t in teams if t}) + sum(1 for t in teams if not t)
        mix += distinct / len(g)
    repeats = sum(1 for p in pairs_of(groups) if p in previous)
    n = len(groups)
    return MatchQuality(shared / n, with_topic / n, mix / n, repeats)
