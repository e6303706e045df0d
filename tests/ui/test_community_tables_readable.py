"""The community tables show every column header whole (bold, large, and
longer in German), and the actions view speaks German everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QTableWidget

from copdesk.desk import Desk
from copdesk.ui.community.actions_view import ActionsView
from copdesk.ui.community.members_view import MembersView
from copdesk.ui.community.rituals_view import RitualsView
from copdesk.ui.language import install_translators, remove_translators


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    retro = d.create_session("community-retro", "Retro 1").id
    d.add_action("Book a room", "Ada", "2025-04-01", session_id=retro)
    yield d
    d.close()


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("COPDESK_LANG", request.param)
    translators = install_translators(qapp)
    yield request.param
    remove_translators(qapp, translators)


def _cut_headers(table: QTableWidget) -> list[str]:
    header = table.horizontalHeader()
    last = table.columnCount() - 1  # stretches to the view's edge
    return [
        table.horizontalHeaderItem(col).text()
        for col in range(last)
        if table.columnWidth(col) < header.sectionSizeHint(col)
    ]


def test_no_column_header_is_cut(qtbot, desk: Desk, language: str) -> None:
    views = [
        RitualsView(desk, date(2025, 2, 1), QUndoStack()),
        MembersView(desk, QUndoStack()),
        ActionsView(desk, QUndoStack()),
    ]
    for view in views:
        qtbot.addWidget(view)
        assert _cut_headers(view.table) == [], type(view).__name__


def test_actions_view_buttons_are_german(qtbot, desk: Desk, language: str) -> None:
    view = ActionsView(desk, QUndoStack())
    qtbot.addWidget(view)
    expected = "Als fertig markieren" if language == "de" else "Mark done"
    assert view.status_buttons["done"].text() == expected


def test_actions_view_counts_and_review_speak_the_language(
    qtbot, desk: Desk, language: str
) -> None:
    retro = desk.sessions()[0].id
    review = ActionsView(desk, QUndoStack(), review_session_id=retro)
    qtbot.addWidget(review)
    review.refresh()
    assert _cut_headers(review.review_table) == []
    if language == "de":
        assert review.count_label.text() == "1 Maßnahme"
    else:
        assert review.count_label.text() == "1 action"
