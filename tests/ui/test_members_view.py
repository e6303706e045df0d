"""The members view: add and edit inline, filter, remove with undo, import a roster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from copdesk.desk import Desk
from copdesk.ui.community.members_view import MembersView


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    d.add_member("Ada Lovelace", "Checkout", ["UX Research", "SQL"])
    d.add_member("Grace Hopper", "Search", ["Kotlin"])
    yield d
    d.close()


@pytest.fixture
def view(qtbot: QtBot, desk: Desk) -> MembersView:
    widget = MembersView(desk, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    return widget


def _problem(view: MembersView) -> QMessageBox | None:
    return view.findChild(QMessageBox, "community_problem")


def test_shows_the_roster(view: MembersView) -> None:
    assert view.visible_names() == ["Ada Lovelace", "Grace Hopper"]
    assert view.table.item(0, 2).text() == "UX Research, SQL"
    assert view.count_label.text() == "2 members"


def test_add_then_edit_inline_goes_through_the_desk(
    qtbot: QtBot, view: MembersView, desk: Desk
) -> None:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    new = next(m for m in desk.members() if m.name == "New member")
    row = view.row_of(new.id)
    view.table.item(row, 0).setText("Linus Pauling")
    view.table.item(view.row_of(new.id), 2).setText("Testing; ux research")
    assert desk.member(new.id).name == "Linus Pauling"
    assert desk.member(new.id).interests == ("Testing", "ux research")
    view.undo_stack.undo()
    assert desk.member(new.id).interests == ()
    view.undo_stack.undo()
    assert desk.member(new.id).name == "New member"
    view.undo_stack.undo()
    assert new.id not in [m.id for m in desk.members()]


def test_an_empty_name_is_refused_and_the_cell_shows_the_old_one(
    qtbot: QtBot, view: MembersView, desk: Desk
) -> None:
    with qtbot.waitSignal(view.problem_shown):
        view.table.item(0, 0).setText("   ")
    assert desk.members()[0].name == "Ada Lovelace"
    assert view.table.item(0, 0).text() == "Ada Lovelace"
    assert view.undo_stack.count() == 0


def test_filter_by_name_team_or_interest(qtbot: QtBot, view: MembersView) -> None:
    qtbot.keyClicks(view.filter_edit, "ux-research")
    assert view.visible_names() == ["Ada Lovelace"]
    assert view.count_label.text() == "1 of 2 members shown"
    view.filter_edit.setText("KOTLIN")
    assert view.visible_names() == ["Grace Hopper"]


def test_remove_and_undo_restores_the_same_member(
    qtbot: QtBot, view: MembersView, desk: Desk
) -> None:
    ada = desk.members()[0]
    view.table.selectRow(view.row_of(ada.id))
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in desk.members()] == ["Grace Hopper"]
    assert view.visible_names() == ["Grace Hopper"]
    view.undo_stack.undo()
    assert desk.members()[0] == ada
    assert view.visible_names() == ["Ada Lovelace", "Grace Hopper"]


def test_import_a_roster_and_undo_it(view: MembersView, desk: Desk, tmp_path: Path) -> None:
    csv = tmp_path / "survey.csv"
    csv.write_bytes(
        "Vorname Nachname;Rolle;Interessen\nJürgen Groß;QA;SQL\nada lovelace;;DDD\n".encode(
            "cp1252"
        )
    )
    assert view.import_csv_file(csv)
    assert view.visible_names() == ["Ada Lovelace", "Grace Hopper", "Jürgen Groß"]
    assert desk.members()[0].interests == ("UX Research", "SQL", "DDD")
    assert "Imported 1 new member, updated 1" in view.count_label.text()
    view.undo_stack.undo()
    assert [m.name for m in desk.members()] == ["Ada Lovelace", "Grace Hopper"]
    assert desk.members()[0].interests == ("UX Research", "SQL")
    view.undo_stack.redo()
    assert len(desk.members()) == 3


def test_a_bad_roster_imports_nothing_and_names_the_line(
    view: MembersView, desk: Desk, tmp_path: Path
) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_bytes(b"Name,Team\nZed,A\n,B\n")
    assert not view.import_csv_file(csv)
    box = _problem(view)
    assert box is not None and "Line 3" in box.informativeText()
    assert box.text() == "Nothing was imported"
    assert len(desk.members()) == 2 and view.undo_stack.count() == 0


def test_a_missing_file_is_a_plain_problem(view: MembersView, tmp_path: Path) -> None:
    assert not view.import_csv_file(tmp_path / "nope.csv")
    box = _problem(view)
    assert box is not None and "cannot be read" in box.informativeText()
