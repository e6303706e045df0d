"""A community file without sessions offers quick starts instead of a blank board."""

from __future__ import annotations

from pathlib import Path

from copdesk.desk.desk import Desk
from tests.ui.board_fixtures import open_window


def test_first_start_offers_the_three_steps(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new.copdesk"
    Desk.open(path).close()
    window = open_window(qtbot, path)
    empty = window.empty_state
    assert empty.isVisible()
    assert set(empty.buttons) == {
        "learning-circles",
        "learning-goals",
        "community-retro",
        "community-canvas",
    }
    empty.buttons["community-retro"].click()
    assert not empty.isVisible()
    [session] = window.desk.sessions()
    assert session.template_id == "community-retro"
    assert window.scene.session_id == session.id
    window.undo_stack.undo()
    assert window.desk.sessions() == []
    assert empty.isVisible()


def test_read_only_empty_file_disables_the_starts(qtbot, tmp_path: Path) -> None:
    from copdesk.ui.main_window import MainWindow
    from copdesk.ui.settings import Settings

    path = tmp_path / "new.copdesk"
    Desk.open(path).close()
    window = MainWindow(Desk.open(path, read_only=True, backup=False), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.empty_state.isVisible()
    assert not window.empty_state.buttons["community-canvas"].isEnabled()


def test_each_step_number_shows_once(qtbot, tmp_path: Path) -> None:
    """The workshop and the retro are both step 2: the number heads the step
    instead of repeating on its buttons ("1 · 2 · 2 · 3" read as a typo)."""
    path = tmp_path / "new.copdesk"
    Desk.open(path).close()
    empty = open_window(qtbot, path).empty_state
    numbers = [label.text().split(" · ")[0] for label in empty.step_labels]
    assert numbers == ["1", "2", "3"]
    for button in empty.buttons.values():
        assert not button.text()[:1].isdigit(), button.text()
