"""A frame's guiding questions open and fold on the board from the chip in its header."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from copdesk.desk.desk import Desk
from tests.ui.board_fixtures import open_window, view_point


def test_clicking_the_chip_shows_and_folds_the_questions(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path) as desk:
        sid = desk.create_session("community-canvas").id
        purpose = next(f for f in desk.frames(sid) if f.key == "purpose")
    window = open_window(qtbot, path)
    item = window.scene.frame_item(purpose.id)
    assert item is not None and len(item.frame.questions) >= 12
    from copdesk.ui.board.questions_card import chip_rect

    chip = item.mapToScene(chip_rect(item.frame.width).center())
    window.view.centerOn(chip)
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, chip)
    )
    card = item.questions_card
    assert card is not None and card.scene() is window.scene
    assert card.questions == item.frame.questions
    assert (
        card.zValue() > max(n.zValue() for n in window.scene.note_items())
        if window.scene.note_items()
        else True
    )
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, chip)
    )
    assert item.questions_card is None
    # showing questions changed nothing in the file and is not an undo step
    assert window.undo_stack.count() == 0


def test_questions_card_goes_with_its_frame(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path) as desk:
        sid = desk.create_session("community-retro").id
        keep = next(f for f in desk.frames(sid) if f.key == "keep")
    window = open_window(qtbot, path)
    item = window.scene.frame_item(keep.id)
    item.show_questions(True)
    card = item.questions_card
    assert card is not None
    other = window.desk.create_session("blank")
    window.show_session(other.id)
    assert card.scene() is None
