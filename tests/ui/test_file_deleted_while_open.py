"""A community file deleted while open: the window says so and a copy keeps everything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from copdesk.core.models import NoteDraft
from copdesk.desk.desk import Desk
from tests.ui.board_fixtures import make_file, open_window


def test_deleted_file_shows_banner_and_save_a_copy_keeps_the_board(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["first note"])
    window = open_window(qtbot, path)
    path.unlink()
    window.board.add_drafts([NoteDraft(text="typed after the delete")], text="Add note")
    assert window.banner.isVisible() and window.banner.save_button.isVisible()
    assert "deleted or moved" in window.banner.label.text()
    rescued = tmp_path / "rescued.copdesk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(rescued), ""))
    )
    window.banner.save_button.click()
    assert window.desk.path == rescued  # the window now works on the saved copy
    assert not window.banner.isVisible() or not window.banner.save_button.isVisible()
    window.close()
    with Desk.open(rescued, create=False) as desk:
        assert {n.text for n in desk.notes(sid)} == {"first note", "typed after the delete"}


def _answer_file_gone(qtbot, button_text: str) -> list[str]:
    """Click ``button_text`` in the "file is gone" question once it is shown."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "copdesk-file-gone"
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, answer)
    return seen


def test_closing_after_the_file_is_gone_asks_and_cancel_keeps_the_window(qtbot, tmp_path: Path):
    path, _sid = make_file(tmp_path / "c.copdesk", ["first note"])
    window = open_window(qtbot, path)
    path.unlink()
    seen = _answer_file_gone(qtbot, "Cancel")
    assert not window.close()
    assert seen and "c.copdesk" in seen[0] and "save a copy" in seen[0]
    assert window.isVisible()
    assert window.banner.isVisible() and window.banner.save_button.isVisible()
    _answer_file_gone(qtbot, "Discard the Board")
    assert window.close()


def test_closing_after_the_file_is_gone_saves_a_copy_first(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["first note"])
    window = open_window(qtbot, path)
    path.unlink()
    window.board.add_drafts([NoteDraft(text="typed after the delete")], text="Add note")
    rescued = tmp_path / "rescued.copdesk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(rescued), ""))
    )
    _answer_file_gone(qtbot, "Save a Copy…")
    assert window.close()
    with Desk.open(rescued, create=False) as desk:
        assert {n.text for n in desk.notes(sid)} == {"first note", "typed after the delete"}


def test_a_cancelled_copy_keeps_the_window_open(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["first note"])
    window = open_window(qtbot, path)
    path.unlink()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    _answer_file_gone(qtbot, "Save a Copy…")
    assert not window.close()
    assert window.isVisible()
    _answer_file_gone(qtbot, "Discard the Board")
    assert window.close()


def test_discarding_closes_without_a_copy(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["first note"])
    window = open_window(qtbot, path)
    path.unlink()
    _answer_file_gone(qtbot, "Discard the Board")
    assert window.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".copdesk") == []


def test_opening_another_file_after_the_file_is_gone_asks_first(qtbot, tmp_path: Path):
    path, _sid = make_file(tmp_path / "c.copdesk", ["first note"])
    other, _ = make_file(tmp_path / "other.copdesk", ["elsewhere"])
    window = open_window(qtbot, path)
    path.unlink()
    _answer_file_gone(qtbot, "Cancel")
    assert not window.open_file(str(other))
    assert window.desk.path == path
    _answer_file_gone(qtbot, "Discard the Board")
    assert window.open_file(str(other))
    assert window.desk.path == other


def test_coming_back_to_the_window_shows_that_the_file_is_gone(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["first note"])
    window = open_window(qtbot, path)
    assert not window.banner.isVisible()
    path.rename(tmp_path / "moved.copdesk")
    window.activateWindow()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.banner.isVisible() and window.banner.save_button.isVisible()
    _answer_file_gone(qtbot, "Discard the Board")
    assert window.close()
