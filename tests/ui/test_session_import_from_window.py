"""A session JSON file imported from the window (Ctrl+I or a drop on the board)
becomes a new session: one undo step, shown at once; a refusal is explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QUrl
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from copdesk.core.session_json import board_to_json_text
from copdesk.desk.desk import Desk
from copdesk.ui.guarded_command import redo_step, undo_step
from copdesk.ui.main_window import MainWindow
from copdesk.ui.settings import Settings
from tests.ui.board_fixtures import make_file, open_window

NOTES = ["Demo slot at every meetup", "Mehr Austausch über Teams hinweg", "学习 together"]


def _session_json(tmp_path: Path) -> Path:
    """A retro exported as session JSON from another community file."""
    other, sid = make_file(tmp_path / "other.copdesk", NOTES)
    with Desk.open(other, backup=False) as desk:
        desk.rename_session(sid, "Retro from Berlin")
        desk.add_action("Invite the Berlin team", owner="Ana", session_id=sid)
        text = board_to_json_text(desk.board(sid))
    target = tmp_path / "berlin-retro.json"
    target.write_text(text, encoding="utf-8")
    return target


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "copdesk.ui.main_window.show_error",
        lambda parent, error, title="copdesk": shown.append((str(error), error.hint or "")),
    )
    return shown


def test_ctrl_i_imports_a_session_json_as_a_new_session_in_one_undo_step(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _session_json(tmp_path)
    path, first = make_file(tmp_path / "c.copdesk", ["ours"])
    window = open_window(qtbot, path)
    shown = _errors(monkeypatch)
    _choose(monkeypatch, source)
    steps = window.undo_stack.count()
    window.actions_by_id["file.import"].trigger()
    assert not shown
    sessions = window.desk.sessions()
    assert [s.title for s in sessions] == ["Spring retro", "Retro from Berlin"]
    new = sessions[-1].id
    assert window.current_session_id() == new and window.sidebar.current_id() == new
    assert sorted(item.note.text for item in window.scene.note_items()) == sorted(NOTES)
    assert [n.text for n in window.desk.notes(first)] == ["ours"]  # nothing went elsewhere
    assert "Retro from Berlin" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Import session"

    undo_step(window.undo_stack)
    assert [s.id for s in window.desk.sessions()] == [first]
    assert window.current_session_id() == first
    redo_step(window.undo_stack)
    assert [s.id for s in window.desk.sessions()] == [first, new]
    assert window.current_session_id() == new
    assert sorted(n.text for n in window.desk.notes(new)) == sorted(NOTES)


def test_dropping_a_session_json_on_the_board_imports_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _session_json(tmp_path)
    path, first = make_file(tmp_path / "c.copdesk", ["ours"])
    window = open_window(qtbot, path)
    shown = _errors(monkeypatch)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    window.view.dropped.emit(mime, QPointF(200, 300))
    assert not shown
    new = window.desk.sessions()[-1]
    assert new.title == "Retro from Berlin" and window.current_session_id() == new.id
    assert sorted(n.text for n in window.desk.notes(new.id)) == sorted(NOTES)
    assert [n.text for n in window.desk.notes(first)] == ["ours"]
    assert "Invite the Berlin team" in [a.text for a in window.desk.actions()]


def test_a_session_json_imports_into_a_file_without_sessions(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _session_json(tmp_path)
    path = tmp_path / "empty.copdesk"
    Desk.open(path).close()
    window = MainWindow(Desk.open(path), Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.current_session_id() is None
    assert window.actions_by_id["file.import"].isEnabled()
    _choose(monkeypatch, source)
    window.actions_by_id["file.import"].trigger()
    (session,) = window.desk.sessions()
    assert window.current_session_id() == session.id and window.empty_state.isHidden()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"id": "our-retro", "frames": []}', "not a copdesk session file"),
        ("{ not json", "not valid JSON"),
    ],
)
def test_a_refused_session_file_is_explained_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    path, first = make_file(tmp_path / "c.copdesk", ["ours"])
    window = open_window(qtbot, path)
    shown = _errors(monkeypatch)
    _choose(monkeypatch, bad)
    steps = window.undo_stack.count()
    window.actions_by_id["file.import"].trigger()
    assert len(shown) == 1
    message, hint = shown[0]
    assert expected in message and "Import Template" in hint
    assert [s.id for s in window.desk.sessions()] == [first]
    assert window.current_session_id() == first
    assert window.undo_stack.count() == steps  # no step for a refused import


def test_csv_import_without_a_session_asks_for_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("text\nOne\nTwo\n", encoding="utf-8")
    path = tmp_path / "empty.copdesk"
    Desk.open(path).close()
    window = MainWindow(Desk.open(path), Settings())
    qtbot.addWidget(window)
    shown = _errors(monkeypatch)
    _choose(monkeypatch, notes)
    window.actions_by_id["file.import"].trigger()
    assert shown and "session" in shown[0][0]
    assert window.desk.sessions() == []
