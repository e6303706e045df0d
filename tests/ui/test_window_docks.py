"""The main window's session docks (timer, agenda, questions) and community window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from copdesk.desk.desk import Desk
from copdesk.ui.timer.agenda_panel import AgendaPanel
from copdesk.ui.timer.timer_panel import TimerPanel
from tests.ui.board_fixtures import make_file, open_window


def test_docks_follow_the_current_session(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["a note"])
    with Desk.open(path) as desk:
        other = desk.create_session("community-canvas", "Canvas").id
    window = open_window(qtbot, path)
    window.show_session(sid)
    timer = window.docks.timer_dock.widget()
    agenda = window.docks.agenda_dock.widget()
    assert isinstance(timer, TimerPanel) and isinstance(agenda, AgendaPanel)
    assert agenda.controller is timer.controller  # one shared countdown
    assert window.timer_controller is timer.controller
    assert timer.controller.session_id == sid
    steps = [window.docks.agenda_panel.list.item(i).text() for i in range(agenda.list.count())]
    assert steps  # the community retro's agenda

    window.show_session(other)
    assert window.timer_controller is not None
    assert window.timer_controller.session_id == other
    questions = window.questions_panel
    assert questions.question_count() >= 80  # the canvas frames' guiding questions
    first = questions.visible_questions()[0]
    with qtbot.waitSignal(window.docks.question_pinned, timeout=2000) as pinned:
        questions.pin(first)
    assert pinned.args == [first]


def test_community_menu_opens_the_community_window(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    window.actions_by_id["community.members"].trigger()
    community = window.community_window
    assert community is not None and community.isVisible()
    assert community.tabs.currentWidget() is community.members
    window.actions_by_id["community.rituals"].trigger()
    assert community.tabs.currentWidget() is community.rituals
    assert [community.tabs.tabText(i) for i in range(4)] == [
        "Members",
        "Learning circles",
        "Actions",
        "Rituals && rhythm",
    ]


def test_dock_toggles_and_about(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    dock = window.docks.timer_dock
    visible = dock.isVisible()
    window.actions_by_id["view.timer"].trigger()
    assert dock.isVisible() != visible
    window.actions_by_id["help.about"].trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, QDialog) and w.isVisible() for w in window.findChildren(QDialog))
    )
    dialog = next(w for w in window.findChildren(QDialog) if w.isVisible())
    assert "copdesk" in dialog.windowTitle().lower()
    dialog.close()


def test_no_two_actions_share_a_shortcut(qtbot, tmp_path: Path) -> None:
    from collections import defaultdict

    from PySide6.QtGui import QAction

    path, _sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    owners: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString()].add(action.text().replace("&", ""))
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_a_new_retro_opens_with_the_review_of_open_actions(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["x"])
    with Desk.open(path) as desk:
        desk.add_action("Book the big room", owner="Ana", session_id=sid)
    window = open_window(qtbot, path)
    window.create_session("community-canvas")  # not a retro: no review
    assert window.community_window is None
    window.create_session("community-retro", "Next retro")
    community = window.community_window
    assert community is not None and community.isVisible()
    assert community.tabs.currentWidget() is community.actions
    assert community.actions.review_session_id == window.scene.session_id
    assert community.actions.review_panel.isVisible()


def test_saving_circles_shows_them_on_the_circles_board_on_show(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path) as desk:
        desk.create_session("community-retro", "Retro")
        circles_board = desk.create_session("learning-circles", "Circles").id
        for name, team, interests in [
            ("Ada", "Checkout", "discovery, pricing"),
            ("Ben", "Search", "discovery, analytics"),
            ("Cleo", "Payments", "pricing, roadmaps"),
            ("Dev", "Growth", "analytics, discovery"),
        ]:
            desk.add_member(name, team, interests)
    window = open_window(qtbot, path)
    window.show_members()  # opened while the retro is on show
    window.show_session(circles_board)
    window.show_circles()
    view = window.community_window.circles
    assert view.suggest()
    assert view.save_round() is not None
    shown = len(window.scene.note_items())
    assert shown == len(window.desk.latest_round()[1]) > 0
    assert window.count_label.text() == f"{shown} notes"
    # Edit ▸ Undo takes back the round and its notes, nothing older
    assert window.undo_stack.undoText().startswith("Save round")
    window.actions_by_id["edit.undo"].trigger()
    assert window.desk.latest_round() is None
    assert window.scene.note_items() == [] and window.count_label.text() == "0 notes"
    assert len(window.desk.members()) == 4
    window.actions_by_id["edit.redo"].trigger()
    assert len(window.scene.note_items()) == shown
    assert window.desk.latest_round() is not None


def test_a_pinned_question_comes_back_with_its_session(qtbot, tmp_path: Path) -> None:
    from copdesk.ui.main_window import MainWindow
    from copdesk.ui.settings import Settings

    path = tmp_path / "c.copdesk"
    with Desk.open(path) as desk:
        canvas = desk.create_session("community-canvas").id
        retro = desk.create_session("community-retro").id
    window = open_window(qtbot, path)
    window.show_session(canvas)
    panel = window.questions_panel
    question = panel.visible_questions()[3]
    panel.pin(question)
    window.show_session(retro)
    assert panel.pinned_question() is None
    window.show_session(canvas)
    assert panel.pinned_question() == question
    window.close()
    again = MainWindow(Desk.open(path), Settings())
    qtbot.addWidget(again)
    again.show_session(canvas)
    assert again.questions_panel.pinned_question() == question
