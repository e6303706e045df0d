"""Dot-voting results: counts per target and per participant, ranked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from copdesk.core.models import Vote, VoteTarget, VotingRound


@dataclass(frozen=True, slots=True)
class RankedItem:
    """One note or cluster with its votes; ``rank`` is shared by ties (1, 2, 2, 4)."""

    kind: VoteTarget
    target_id: int
    votes: int
    rank: int
    label: str = ""


def current_round(rounds: Iterable[VotingRound]) -> VotingRound | None:
    """The round a board shows: the open one, else the latest; None before the first."""
    ordered = sorted(rounds, key=lambda r: (r.open, r.id))
    return ordered[-1] if ordered else None


def shown_votes(rounds: Iterable[VotingRound], votes: Sequence[Vote]) -> list[Vote] | None:
    """The votes a board shows as dots: the current round's; None when there is
    no round or the current one hides its counts until they are revealed."""
    current = current_round(rounds)
    if current is None or current.hidden:
        return None
    return [v for v in votes if v.round_id == current.id]


def vote_counts(votes: Iterable[Vote]) -> Counter[tuple[VoteTarget, int]]:
    """Votes per ``(kind, target_id)``."""
    return Counter((v.target_kind, v.target_id) for v in votes)


def votes_used(votes: Iterable[Vote], round_id: int) -> Counter[str]:
    """Votes each named participant has cast in a round ("" = the room)."""
    return Counter(v.participant for v in votes if v.round_id == round_id)


def rank_by_votes(
    votes: Iterable[Vote],
    labels: Mapping[tuple[VoteTarget, int], str] | None = None,
    *,
    include_unvoted: bool = True,
) -> list[RankedItem]:
    """Targets ranked by votes, most first; ties in order of kind (clusters
    first), then label, then id. ``labels`` names every target that exists:
    votes on targets missing from it (deleted notes) are left out, and with
    ``include_unvoted`` targets without votes are listed last with 0."""
    counts = vote_counts(votes)
    if labels is not None:
        counts = Counter({k: c for k, c in counts.items() if k in labels})
        if include_unvoted:
            for key in labels:
                counts.setdefault(key, 0)
    names = labels or {}
    ordered = sorted(
        counts.items(),
        key=lambda kv: (-kv[1], kv[0][0] != "cluster", names.get(kv[0], "").casefold(), kv[0][1]),
    )
    result: list[RankedItem] = []
    previous: int | None = None
    rank = 0
    for position, ((kind, target_id), count) in enumerate(ordered, start=1):
        if count != previous:
            rank, previous = position, count
        result.append(RankedItem(kind, target_id, count, rank, names.get((kind, target_id), "")))
    return result
