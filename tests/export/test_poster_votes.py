"""The poster shows the votes the board shows: none before the first round or
while the current round hides its counts; the current round's once revealed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from copdesk.core.models import Board, NoteDraft, Vote, VotingRound
from copdesk.core.ranking import current_round, shown_votes
from copdesk.desk.desk import Desk
from copdesk.export.poster_pdf import poster_pdf
from tests.export.pdf_reading import text_runs

Setup = Callable[[Desk, int, list[int]], None]


def _board(path: Path, setup: Setup) -> Board:
    """A retro: "Meeting format" groups two notes of Drop, "Quiet" one note of Keep."""
    with Desk.open(path, backup=False) as desk:
        session = desk.create_session("community-retro", "Community retro")
        drop = desk.place_and_add(
            session.id,
            [NoteDraft(text=t) for t in ("Meetings without agenda", "Status rounds", "Slides")],
            frame_title="Drop",
        )
        keep = desk.place_and_add(session.id, [NoteDraft(text="Demo hour")], frame_title="Keep")
        ids = [n.id for n in (*drop, *keep)]
        desk.group_notes(session.id, ids[:2], "Meeting format")
        desk.group_notes(session.id, ids[3:], "Quiet")
        setup(desk, session.id, ids)
        return desk.board(session.id)


def _texts(board: Board) -> list[str]:
    return [text for text, _x, _y, _size in text_runs(poster_pdf(board))]


def _no_round(desk: Desk, sid: int, ids: list[int]) -> None:
    pass


def _hidden(desk: Desk, sid: int, ids: list[int]) -> None:
    voting = desk.start_round(sid, hidden=True)
    for note_id in (ids[0], ids[0], ids[1]):
        desk.add_vote(voting.id, "note", note_id)


def _revealed(desk: Desk, sid: int, ids: list[int]) -> None:
    _hidden(desk, sid, ids)
    desk.reveal_round(desk.current_round(sid).id)  # type: ignore[union-attr]


def _old_round_then_a_new_one(desk: Desk, sid: int, ids: list[int]) -> None:
    first = desk.start_round(sid)
    for _ in range(5):
        desk.add_vote(first.id, "note", ids[3])
    second = desk.start_round(sid)  # closes the first
    desk.add_vote(second.id, "note", ids[0])


@pytest.mark.parametrize("setup", [_no_round, _hidden], ids=["no round", "hidden round"])
def test_no_vote_counts_without_a_shown_round(setup: Setup, tmp_path: Path) -> None:
    texts = _texts(_board(tmp_path / "f.copdesk", setup))
    assert "Meeting format" in texts and "Quiet" in texts  # the labels alone
    assert not [t for t in texts if "vote" in t]
    assert not [t for t in texts if t.isdigit()]  # no badges on the notes


def test_a_revealed_round_shows_its_counts(tmp_path: Path) -> None:
    texts = _texts(_board(tmp_path / "f.copdesk", _revealed))
    assert "Meeting format · 3 votes" in texts
    assert "Quiet" in texts  # no votes: no "0 votes", as on the board
    assert sorted(t for t in texts if t.isdigit()) == ["1", "2"]  # the notes' badges


def test_only_the_current_rounds_votes_count(tmp_path: Path) -> None:
    texts = _texts(_board(tmp_path / "f.copdesk", _old_round_then_a_new_one))
    assert "Meeting format · 1 vote" in texts
    assert "Quiet" in texts  # its five votes were in the earlier round


def test_the_current_round_is_the_open_one_else_the_latest() -> None:
    closed = VotingRound(1, 1, open=False)
    later = VotingRound(3, 1, open=False)
    opened = VotingRound(2, 1)
    assert current_round([]) is None
    assert current_round([closed, later]) == later
    assert current_round([closed, opened, later]) == opened
    votes = [Vote(1, 1, "note", 7), Vote(2, 2, "note", 8)]
    assert shown_votes([closed, opened], votes) == [votes[1]]
    assert shown_votes([closed, VotingRound(2, 1, hidden=True)], votes) is None
    assert shown_votes([], votes) is None
