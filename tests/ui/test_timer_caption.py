"""The step title on the big countdown: wrapped or cut, never clipped at the top
or bottom, and never at the cost of the digits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from copdesk.desk.desk import Desk
from copdesk.ui.main_window import MainWindow
from copdesk.ui.settings import Settings
from copdesk.ui.timer.timer_display import TimerDisplay, _caption_font
from copdesk.ui.timer.timer_panel import DISPLAY_MIN_HEIGHT, TimerPanel

LONG = "1/8 · Welcome and why we are here"
LONGER = "3/8 · A very long agenda step title that goes on and on about the community and more"


def _assert_caption_inside(display: TimerDisplay) -> None:
    rect = display.layout_rects()[0]
    caption = display.caption_layout()
    assert caption is not None
    assert caption.height <= rect.height() + 0.5
    metrics = QFontMetricsF(_caption_font(caption.pixel_size))
    for line in caption.lines:
        assert metrics.horizontalAdvance(line) <= rect.width() + 0.5, line
    assert QRectF(display.rect()).contains(rect)


@pytest.mark.parametrize(
    "size",
    [(234, 72), (234, 90), (270, 120), (320, 126), (364, 140), (600, 120), (900, 200), (160, 72)],
)
@pytest.mark.parametrize("caption", [LONG, LONGER, "Check-in"])
def test_the_caption_fits_its_rectangle(qtbot: QtBot, size: tuple[int, int], caption: str) -> None:
    display = TimerDisplay()
    qtbot.addWidget(display)
    display.resize(*size)
    display.set_time("10:00")
    display.set_caption(caption)
    _assert_caption_inside(display)
    if caption == LONGER and size[1] <= 90:
        assert display.caption_layout().lines[-1].endswith("…")  # type: ignore[union-attr]


def test_a_long_caption_does_not_shrink_the_digits(qtbot: QtBot) -> None:
    display = TimerDisplay()
    qtbot.addWidget(display)
    display.resize(364, 140)  # the audience window's timer on a 1080p projector
    display.set_time("10:00")
    display.set_caption("Check-in")
    short = display.digits_font(display.layout_rects()[1]).pixelSize()
    display.set_caption(LONG)
    assert display.digits_font(display.layout_rects()[1]).pixelSize() == short >= 80


def test_the_timer_stays_big_when_the_panels_load_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The real start-up builds the panels into docks sized for placeholders."""
    desk = Desk.open(tmp_path / "goals.copdesk")
    desk.create_session("learning-goals", "Goals")
    window = MainWindow(desk, Settings(), defer_panels=True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.load_deferred()
    panel = window.docks.timer_panel
    assert isinstance(panel, TimerPanel)
    qtbot.waitUntil(lambda: panel.display.height() >= DISPLAY_MIN_HEIGHT)
    display = panel.display
    assert display.caption().startswith("1/8 · ")
    _assert_caption_inside(display)
    assert display.digits_font(display.layout_rects()[1]).pixelSize() >= 60
