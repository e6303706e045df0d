"""The actions view: filters, inline edits, status changes with undo, retro review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from copdesk.desk import Desk
from copdesk.ui.community.actions_view import ActionsView


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    r1 = d.create_session("community-retro", "Retro 1").id
    d.add_action("Book a room", "Ada", "2025-04-01", session_id=r1)
    d.add_action("Write the newsletter", "Grace", session_id=r1)
    d.add_action("Find a sponsor", "", session_id=r1)
    yield d
    d.close()


@pytest.fixture
def view(qtbot: QtBot, desk: Desk) -> ActionsView:
    widget = ActionsView(desk, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    return widget


def _select(view: ActionsView, text: str) -> None:
    view.table.selectRow(view.shown_texts().index(text))


def test_lists_every_action_with_its_session(view: ActionsView) -> None:
    assert view.shown_texts() == ["Book a room", "Write the newsletter", "Find a sponsor"]
    assert view.table.item(0, 4).text() == "Retro 1"
    assert view.table.item(0, 3).text() == "Open"


def test_filter_by_owner_and_status(qtbot: QtBot, view: ActionsView) -> None:
    view.set_filters(owner="Ada")
    assert view.shown_texts() == ["Book a room"]
    view.set_filters(owner="")
    assert view.shown_texts() == ["Find a sponsor"]
    view.set_filters(status="done")
    assert view.shown_texts() == []
    view.set_filters()
    _select(view, "Write the newsletter")
    qtbot.mouseClick(view.status_buttons["done"], Qt.MouseButton.LeftButton)
    view.set_filters(status="done")
    assert view.shown_texts() == ["Write the newsletter"]


def test_edit_inline_and_undo(view: ActionsView, desk: Desk) -> None:
    view.table.item(0, 1).setText("Linus")
    view.table.item(0, 2).setText("2025-05-02")
    (action,) = [a for a in desk.actions() if a.text == "Book a room"]
    assert (action.owner, action.due) == ("Linus", "2025-05-02")
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert desk.action(action.id).owner == "Ada"
    assert desk.action(action.id).due == "2025-04-01"


def test_a_bad_date_is_refused_in_plain_words(qtbot: QtBot, view: ActionsView, desk: Desk) -> None:
    with qtbot.waitSignal(view.problem_shown) as signal:
        view.table.item(0, 2).setText("next Friday")
    assert "date" in signal.args[0]
    assert view.table.item(0, 2).text() == "2025-04-01"


def test_mark_done_then_undo(qtbot: QtBot, view: ActionsView, desk: Desk) -> None:
    _select(view, "Book a room")
    qtbot.mouseClick(view.status_buttons["dropped"], Qt.MouseButton.LeftButton)
    assert [a.status for a in desk.actions() if a.text == "Book a room"] == ["dropped"]
    view.undo_stack.undo()
    assert [a.status for a in desk.actions() if a.text == "Book a room"] == ["open"]


def test_add_and_remove_with_undo(qtbot: QtBot, view: ActionsView, desk: Desk) -> None:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "New action" in view.shown_texts()
    _select(view, "New action")
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert "New action" not in view.shown_texts()
    view.undo_stack.undo()
    assert "New action" in [a.text for a in desk.actions()]


def test_review_mode_for_a_new_retro(qtbot: QtBot, desk: Desk) -> None:
    r2 = desk.create_session("community-retro", "Retro 2").id
    view = ActionsView(desk, QUndoStack(), review_session_id=r2)
    qtbot.addWidget(view)
    view.show()
    assert view.review_panel.isVisible()
    assert view.review_table.rowCount() == 3
    assert "3 still to decide" in view.review_title.text()
    book = next(a for a in desk.actions() if a.text == "Book a room")
    sponsor = next(a for a in desk.actions() if a.text == "Find a sponsor")
    done = view.findChild(QPushButton, f"review_done_{book.id}")
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    carry = view.findChild(QPushButton, f"review_carried_{sponsor.id}")
    qtbot.mouseClick(carry, Qt.MouseButton.LeftButton)
    assert desk.action_reviews(r2) == {book.id: "done", sponsor.id: "carried"}
    assert desk.action(book.id).status == "done"
    assert view.review_table.rowCount() == 3  # decided ones stay visible, checked
    assert view.findChild(QPushButton, f"review_done_{book.id}").isChecked()
    assert "1 still to decide" in view.review_title.text()
    view.undo_stack.undo()
    assert desk.action(sponsor.id).status == "open"
    assert sponsor.id not in desk.action_reviews(r2)
