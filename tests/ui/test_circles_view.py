"""The circles view: suggest, lock, swap, keep apart, regenerate the rest, save."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from copdesk.desk import Desk
from copdesk.ui.community.circles_view import CirclesView

PEOPLE = [
    ("Ada", "A", ["SQL"]),
    ("Bo", "B", ["SQL"]),
    ("Cy", "C", ["UX"]),
    ("Di", "A", ["UX"]),
    ("Ed", "B", ["Kotlin"]),
    ("Flo", "C", ["Kotlin"]),
    ("Gus", "A", ["SQL", "UX"]),
]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    for name, team, interests in PEOPLE:
        d.add_member(name, team, interests)
    yield d
    d.close()


@pytest.fixture
def view(qtbot: QtBot, desk: Desk) -> CirclesView:
    widget = CirclesView(desk, today=date(2025, 3, 3))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def _groups(view: CirclesView) -> set[frozenset[int]]:
    return {frozenset(c.member_ids) for c in view.circles}


def test_suggest_shows_every_member_once_on_cards(qtbot: QtBot, view: CirclesView) -> None:
    with qtbot.waitSignal(view.circles_suggested):
        qtbot.mouseClick(view.suggest_button, Qt.MouseButton.LeftButton)
    ids = sorted(i for c in view.circles for i in c.member_ids)
    assert ids == sorted(m.id for m in view.desk.members())
    assert all(2 <= len(c.member_ids) <= 3 for c in view.circles)
    topics = [lab.text() for lab in view.cards.findChildren(QLabel, "topic")]
    assert sorted(topics) == sorted(c.topic or "Open topic" for c in view.circles)
    assert {"Kotlin", "UX", "SQL"} <= set(topics)


def test_a_locked_circle_survives_regenerating_the_rest(qtbot: QtBot, view: CirclesView) -> None:
    view.suggest()
    kept = frozenset(view.circles[0].member_ids)
    lock = view.cards.findChild(QCheckBox, "lock")
    lock.setChecked(True)
    for _ in range(4):
        qtbot.mouseClick(view.regenerate_button, Qt.MouseButton.LeftButton)
        assert kept in _groups(view)


def test_swap_two_selected_members_and_keep_two_apart(qtbot: QtBot, view: CirclesView) -> None:
    view.suggest()
    a = view.circles[0].member_ids[0]
    b = view.circles[1].member_ids[0]
    qtbot.mouseClick(view.cards.findChild(QPushButton, f"member_{a}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.cards.findChild(QPushButton, f"member_{b}"), Qt.MouseButton.LeftButton)
    assert view.swap_button.isEnabled()
    qtbot.mouseClick(view.swap_button, Qt.MouseButton.LeftButton)
    where = {i: n for n, c in enumerate(view.circles) for i in c.member_ids}
    together_after = {frozenset(c.member_ids) for c in view.circles}
    assert any(a in g and b not in g for g in together_after)
    assert where[a] != where[b]
    # keep two members of one circle apart, then regenerate
    x, y = view.circles[0].member_ids[:2]
    view.toggle_selected(x)
    view.toggle_selected(y)
    qtbot.mouseClick(view.apart_button, Qt.MouseButton.LeftButton)
    assert view.suggest()
    assert not any(x in c.member_ids and y in c.member_ids for c in view.circles)


def test_impossible_locks_are_explained(qtbot: QtBot, view: CirclesView) -> None:
    view.suggest()
    ids = [m.id for m in view.desk.members()]
    view.locked = {frozenset(ids[:2]), frozenset(ids[1:4])}
    with qtbot.waitSignal(view.problem_shown) as signal:
        assert not view.suggest()
    assert "at most three" in signal.args[0]


def test_save_round_stores_topics_and_start_date(
    qtbot: QtBot, view: CirclesView, desk: Desk
) -> None:
    view.suggest()
    view.title_edit.setText("Spring round")
    with qtbot.waitSignal(view.round_saved) as signal:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved, circles = desk.latest_round()
    assert saved.id == signal.args[0]
    assert (saved.title, saved.started_on) == ("Spring round", "2025-03-03")
    assert [(c.topic, c.member_ids) for c in circles] == [
        (c.topic, c.member_ids) for c in view.circles
    ]
    assert "Saved “Spring round”" in view.status_label.text()
