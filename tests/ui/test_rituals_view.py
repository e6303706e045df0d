"""The rituals view: time per month and next dates follow the table; edits undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from copdesk.desk import Desk
from copdesk.ui.community.rituals_view import RitualsView


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    d.add_ritual("Community session", "monthly", 90, 20, "2025-01-31")
    yield d
    d.close()


def test_time_and_next_dates_follow_edits(qtbot: QtBot, desk: Desk) -> None:
    view = RitualsView(desk, date(2025, 2, 1), QUndoStack())
    qtbot.addWidget(view)
    assert view.table.item(0, 7).text() == "2025-02-28, 2025-03-31, 2025-04-30"
    assert "1 h 30 min for someone at every ritual" in view.summary.text()
    assert "30.0 person-hours" in view.summary.text()
    view.table.item(0, 1).setText("every two weeks")
    assert desk.rituals()[0].cadence == "biweekly"
    assert view.table.item(0, 1).text() == "every two weeks"
    with qtbot.waitSignal(view.problem_shown):
        view.table.item(0, 3).setText("many")
    assert desk.rituals()[0].people == 20
    view.undo_stack.undo()
    assert desk.rituals()[0].cadence == "monthly"


def test_the_time_columns_read_like_the_length(qtbot: QtBot, desk: Desk) -> None:
    """Per person and in total, the same "1 h 30 min" form (not "30.0 h")."""
    view = RitualsView(desk, date(2025, 2, 1), QUndoStack())
    qtbot.addWidget(view)
    assert view.table.item(0, 5).text() == "1 h 30 min"
    assert view.table.item(0, 6).text() == "30 h"
