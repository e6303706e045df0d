"""The capture and voting bars sit under the board: whatever they show (long
frame titles, a hint, a running count), they must never ask for more width
than the board has on a laptop screen, or the window grows and pushes the
timer and agenda docks off the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from copdesk.core.models import Frame, VotingRound
from copdesk.ui.board.capture_bar import CaptureBar
from copdesk.ui.board.voting_bar import VotingBar

#: a 1366-pixel laptop screen minus the sessions and timer docks
BOARD_WIDTH = 820


def _frame(frame_id: int, title: str, y: float) -> Frame:
    return Frame(
        id=frame_id,
        session_id=1,
        title=title,
        prompt="",
        x=0.0,
        y=y,
        width=400.0,
        height=300.0,
        color="#dcf0e3",
    )


def test_capture_bar_with_long_frame_titles_and_a_count_fits(qtbot) -> None:
    bar = CaptureBar()
    qtbot.addWidget(bar)
    bar.set_frames(
        [
            _frame(1, "Keep", 0),
            _frame(2, "Time investment and management support of our community", 400),
        ]
    )
    bar.set_authors(["Table 1", "Table 2"])
    bar.open_bar()
    for text in ("Lightning talks", "Book club"):
        bar.edit.setText(text)
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == "2 added"
    assert bar.minimumSizeHint().width() <= BOARD_WIDTH


def test_capture_bar_up_and_down_choose_the_frame_without_leaving_the_text(qtbot) -> None:
    bar = CaptureBar()
    qtbot.addWidget(bar)
    bar.set_frames([_frame(1, "Keep", 0), _frame(2, "Drop", 400)])
    bar.open_bar()
    assert bar.frame_box.currentData() == 1
    bar.edit.setText("half typed")
    QTest.keyClick(bar.edit, Qt.Key.Key_Down)
    assert bar.frame_box.currentData() == 2
    QTest.keyClick(bar.edit, Qt.Key.Key_Down)
    assert bar.frame_box.currentData() is None  # the board itself, no frame
    QTest.keyClick(bar.edit, Qt.Key.Key_Up)
    assert bar.frame_box.currentData() == 2
    assert bar.edit.text() == "half typed"
    with qtbot.waitSignal(bar.note_captured) as captured:
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert captured.args[1] == 2


def test_voting_bar_during_a_round_fits(qtbot) -> None:
    bar = VotingBar()
    qtbot.addWidget(bar)
    voting_round = VotingRound(id=1, session_id=1, votes_per_person=3, hidden=True, open=True)
    bar.show_round(voting_round, None, 12)
    bar.show_message("Alexandra Beispielname has no dots left in this round.")
    bar.open_bar()
    assert bar.hint.isVisibleTo(bar)
    assert bar.minimumSizeHint().width() <= BOARD_WIDTH
    assert bar.hint.toolTip() == bar.hint.text()
