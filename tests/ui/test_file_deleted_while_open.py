"""A community file deleted while open: the window says so and a copy keeps everything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

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
