"""A file named relative to the folder copdesk was started from: everything that
outlives the start (last file, recent files, exports) uses its absolute path."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from copdesk.desk.desk import Desk
from copdesk.store.template_files import builtin_templates
from copdesk.ui.app import first_file
from copdesk.ui.dialogs.export_dialog import ExportDialog
from copdesk.ui.main_window import MainWindow
from copdesk.ui.settings import Settings
from tests.ui.board_fixtures import make_file


def test_a_relative_file_is_remembered_by_its_absolute_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "proj"
    project.mkdir()
    make_file(project / "guild.copdesk", ["a goal"])
    monkeypatch.chdir(project)
    desk = Desk.open("guild.copdesk", create=False)
    assert desk.path == project / "guild.copdesk" and desk.path.is_absolute()
    settings = Settings()
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    monkeypatch.chdir(tmp_path)  # copdesk started again from another folder
    assert settings.last_file() == str(project / "guild.copdesk")
    assert settings.recent_files()[0] == str(project / "guild.copdesk")
    assert first_file(None, settings) == str(project / "guild.copdesk")
    assert window.open_file(settings.recent_files()[0])  # already open: nothing to do
    assert window.desk is desk
    other, _ = make_file(tmp_path / "other.copdesk", ["elsewhere"])
    assert window.open_file("other.copdesk")
    assert settings.recent_files()[:2] == [str(other), str(project / "guild.copdesk")]


def test_settings_keep_absolute_paths_whatever_they_are_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = Settings()
    settings.set_last_file("a.copdesk")
    settings.add_recent_file("sub/b.copdesk")
    assert settings.last_file() == str(tmp_path / "a.copdesk")
    assert settings.recent_files()[0] == str(tmp_path / "sub" / "b.copdesk")


def test_a_bare_export_name_goes_to_the_offered_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = ExportDialog(folder, "retro", templates=list(builtin_templates().values()))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText("q3-retro-poster.pdf")
    assert dialog.request().path == folder / "q3-retro-poster.pdf"
    dialog.path_edit.setText(str(tmp_path / "elsewhere.pdf"))
    assert dialog.request().path == tmp_path / "elsewhere.pdf"
