"""A saved round of learning circles becomes notes only on a learning-circles
board: opened from a retro (or any other board), the round is saved but the
retro's board stays as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from copdesk.desk import Desk
from copdesk.ui.community.circles_view import CirclesView

PEOPLE = [
    ("Ada", "Checkout", "discovery, pricing"),
    ("Ben", "Search", "discovery, analytics"),
    ("Cleo", "Payments", "pricing, roadmaps"),
    ("Dev", "Growth", "analytics, discovery"),
]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    for name, team, interests in PEOPLE:
        d.add_member(name, team, interests)
    yield d
    d.close()


def _save_from(qtbot: QtBot, desk: Desk, session_id: int) -> None:
    view = CirclesView(desk, today=date(2025, 3, 3), session_id=session_id)
    qtbot.addWidget(view)
    assert view.suggest()
    assert view.save_round() is not None


def test_saving_from_a_retro_leaves_the_retro_board_alone(qtbot: QtBot, desk: Desk) -> None:
    retro = desk.create_session("community-retro", "Q3 retro").id
    _save_from(qtbot, desk, retro)
    assert desk.latest_round() is not None
    assert desk.board(retro).notes == ()


def test_saving_from_a_circles_board_puts_one_note_per_circle_there(
    qtbot: QtBot, desk: Desk
) -> None:
    board = desk.create_session("learning-circles", "Spring circles").id
    _save_from(qtbot, desk, board)
    _saved, circles = desk.latest_round()
    assert len(desk.board(board).notes) == len(circles)


def test_saving_a_round_is_one_undo_step_with_its_notes(qtbot: QtBot, desk: Desk) -> None:
    board = desk.create_session("learning-circles", "Spring circles").id
    view = CirclesView(desk, today=date(2025, 3, 3), session_id=board)
    qtbot.addWidget(view)
    changes: list[None] = []
    view.board_changed.connect(lambda: changes.append(None))
    assert view.suggest()
    round_id = view.save_round()
    assert round_id is not None and view.undo_stack.count() == 1
    saved, circles = desk.latest_round()
    notes = desk.board(board).notes
    assert len(notes) == len(circles) and len(changes) == 1
    view.undo_stack.undo()
    assert desk.latest_round() is None and desk.board(board).notes == ()
    assert desk.circle_rounds() == [] and len(changes) == 2
    view.undo_stack.redo()  # the very same round and notes come back
    assert desk.latest_round() == (saved, circles)
    assert desk.board(board).notes == notes
    assert len(changes) == 3
