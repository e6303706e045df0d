"""The window: title, read-only banner, sessions (create, rename, delete — undoable),
remembered file and session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from copdesk.desk.desk import Desk
from copdesk.ui.main_window import MainWindow
from copdesk.ui.settings import Settings
from tests.ui.board_fixtures import make_file, open_window


def test_title_names_the_session_and_the_file(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "team.copdesk", ["a"])
    window = open_window(qtbot, path)
    assert "Spring retro" in window.windowTitle()
    assert "team.copdesk" in window.windowTitle()
    assert not window.banner.isVisible()


def test_read_only_file_shows_the_banner_and_refuses_edits(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["fixed"])
    window = MainWindow(Desk.open(path, read_only=True, backup=False), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.banner.isVisible()
    assert "read-only" in window.windowTitle()
    assert not window.actions_by_id["board.new_note"].isEnabled()
    assert not window.actions_by_id["edit.delete"].isEnabled()
    window.scene.select_all_notes()
    window.board.delete_selected()
    window.board.recolor(3)
    assert [(n.text, n.color) for n in window.desk.notes(sid)] == [("fixed", 0)]
    assert window.undo_stack.count() == 0


def test_read_only_file_started_in_two_steps_keeps_timer_and_agenda_off(
    qtbot, tmp_path: Path
) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["fixed"])
    window = MainWindow(
        Desk.open(path, read_only=True, backup=False), Settings(), defer_panels=True
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_deferred()  # the panels are built after the first paint
    assert window.docks.timer_panel is not None and window.docks.agenda_panel is not None
    assert not window.docks.timer_panel.isEnabled()
    assert not window.docks.agenda_panel.isEnabled()


def test_sessions_create_rename_delete_are_undoable(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk")
    window = open_window(qtbot, path)
    window.create_session("start-stop-continue", "Autumn retro")
    new_id = window.scene.session_id
    assert new_id != sid
    assert [s.title for s in window.desk.sessions()] == ["Spring retro", "Autumn retro"]
    assert len(window.scene.frame_items()) == len(window.desk.frames(new_id)) > 0
    window.rename_session(new_id, "Autumn retro 2025")
    assert window.desk.session(new_id).title == "Autumn retro 2025"
    window.delete_session(new_id)
    assert [s.id for s in window.desk.sessions()] == [sid]
    assert window.scene.session_id == sid
    window.undo_stack.undo()  # delete
    assert window.scene.session_id == new_id
    window.undo_stack.undo()  # rename
    assert window.desk.session(new_id).title == "Autumn retro"
    window.undo_stack.undo()  # create
    assert [s.id for s in window.desk.sessions()] == [sid]


def test_undo_in_another_session_shows_that_session(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["first board note"])
    window = open_window(qtbot, path)
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_6)
    window.create_session("blank", "Other")
    assert window.scene.session_id != sid
    window.undo_stack.undo()  # the session creation
    window.undo_stack.undo()  # the recolour, in the first session
    assert window.scene.session_id == sid
    assert [n.color for n in window.scene.notes()] == [0]


def test_window_remembers_file_session_and_recent_files(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    window.create_session("blank", "Second")
    second = window.scene.session_id
    window.close()
    settings = Settings()
    assert settings.last_file() == str(path)
    assert settings.recent_files()[0] == str(path)
    assert settings.last_session(str(path)) == second
    again = open_window(qtbot, path)
    assert again.scene.session_id == second


def test_void_of_sessions_still_opens(qtbot, tmp_path: Path) -> None:
    desk = Desk.open(tmp_path / "empty.copdesk")
    window = MainWindow(desk, Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.scene.session_id is None
    assert not window.actions_by_id["board.new_note"].isEnabled()
    assert window.actions_by_id["file.new_session"].isEnabled()


def test_read_only_title_names_the_app_once_at_the_end(qtbot, tmp_path: Path) -> None:
    """Qt appends the display name to a title that does not end with it, so a
    "[read-only]" after "copdesk" showed the app name twice."""
    path, _sid = make_file(tmp_path / "c.copdesk", ["fixed"])
    window = MainWindow(Desk.open(path, read_only=True, backup=False), Settings())
    qtbot.addWidget(window)
    title = window.windowTitle()
    community = window.desk.community_name
    assert title == f"Spring retro — {community} (c.copdesk) [read-only] — copdesk"
    assert title.count("copdesk") == 2  # the file's extension and the app name
