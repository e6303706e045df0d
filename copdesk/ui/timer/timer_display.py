"""The big countdown: digits that fill their widget, readable from the back of a room.

:class:`TimerDisplay` only paints what it is told (time text, step title,
phase, a status word) and flashes on request; it knows nothing of countdowns,
so the timer panel and the presenter window can both use it.

Phases: ``normal`` (white on slate), ``last-minute`` (black on amber),
``overtime`` (white on red). A flash inverts the colours a few times.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from copdesk.core.resource_paths import resource

#: (background, foreground) per phase.
PHASE_COLORS: dict[str, tuple[str, str]] = {
    "normal": ("#263238", "#ffffff"),
    "last-minute": ("#ffb300", "#1a1a1a"),
    "overtime": ("#c62828", "#ffffff"),
}
FLASH_INTERVAL_MS = 220
FLASH_TOGGLES = 8  # four inverted blinks
#: Wider than this (width / height) puts the step title beside the digits.
WIDE_ASPECT = 2.6
#: The step title never gets smaller than this (pixels); longer titles are cut with "…".
CAPTION_MIN_PX = 11
ELLIPSIS = "\u2026"


@cache
def digits_family() -> str:
    """The bundled bold face (tabular digits) if it loads, else the default family."""
    path = resource("fonts", "DejaVuSans-Bold.ttf")
    if path.is_file():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            return families[0]
    return QFont().family()


class CaptionLayout(NamedTuple):
    """The step title fitted into its rectangle: wrapped lines at one pixel size."""

    pixel_size: int
    lines: tuple[str, ...]
    line_height: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


def _caption_font(pixel_size: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(True)
    return font


def _wrapped(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken into lines ``width`` wide (between words, inside a word
    only when it is wider than a line)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return [line for line in lines if line] or [text]


@lru_cache(maxsize=256)
def fit_caption(
    text: str, width: float, height: float, max_px: int, min_px: int = CAPTION_MIN_PX
) -> CaptionLayout:
    """The largest size from ``max_px`` down to ``min_px`` at which ``text``,
    wrapped, fits ``width`` × ``height``; at ``min_px`` the lines that fit, the
    last one cut with "…". Never more lines than the height holds, so nothing
    is clipped at the top or bottom."""
    max_px = max(max_px, min_px)
    for px in range(max_px, min_px - 1, -1):
        font = _caption_font(px)
        line_height = QFontMetricsF(font).lineSpacing()
        lines = _wrapped(text, font, width)
        if len(lines) * line_height <= height + 0.5:
            return CaptionLayout(px, tuple(lines), line_height)
    font = _caption_font(min_px)
    metrics = QFontMetricsF(font)
    lines = _wrapped(text, font, width)
    keep = max(1, int((height + 0.5) // metrics.lineSpacing()))
    kept = lines[:keep]
    # the rest of the text on the last line that fits, cut to its width ("…")
    kept[-1] = metrics.elidedText(" ".join(lines[keep - 1 :]), Qt.TextElideMode.ElideRight, width)
    return CaptionLayout(min_px, tuple(kept), metrics.lineSpacing())


def _stable(text: str) -> str:
    """The text with every digit as ``0``, so the size does not jitter from second to second."""
    return "".join("0" if c.isdigit() else c for c in text)


class TimerDisplay(QWidget):
    """Paints the remaining time as large as the widget allows, the step title beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = "00:00"
        self._caption = ""
        self._status = ""
        self._dimmed = False
        self._phase = "normal"
        self._inverted = False
        self._toggles_left = 0
        self.flash_interval_ms = FLASH_INTERVAL_MS
        self._flash_timer = QTimer(self)
        self._flash_timer.timeout.connect(self._on_flash_timer_timeout)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 72)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Timer"))
        self._update_accessible()

    # -- state ---------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def caption(self) -> str:
        return self._caption

    def phase(self) -> str:
        return self._phase

    def status(self) -> str:
        return self._status

    def is_flashing(self) -> bool:
        return self._flash_timer.isActive()

    def colors(self) -> tuple[QColor, QColor]:
        """(background, foreground) as painted right now (a flash swaps them)."""
        bg, fg = PHASE_COLORS.get(self._phase, PHASE_COLORS["normal"])
        if self._inverted:
            bg, fg = fg, bg
        return QColor(bg), QColor(fg)

    def set_time(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._update_accessible()
            self.update()

    def set_caption(self, caption: str) -> None:
        if caption != self._caption:
            self._caption = caption
            self._update_accessible()
            self.update()

    def set_status(self, status: str, *, dimmed: bool = False) -> None:
        """A small word in the corner, e.g. "paused"; ``dimmed`` greys the digits."""
        if (status, dimmed) != (self._status, self._dimmed):
            self._status = status
            self._dimmed = dimmed
            self.update()

    def is_dimmed(self) -> bool:
        return self._dimmed

    def set_phase(self, phase: str) -> None:
        if phase not in PHASE_COLORS:
            phase = "normal"
        if phase != self._phase:
            self._phase = phase
            self.update()

    def flash(self) -> None:
        """Blink the colours a few times (the visual half of the alarm)."""
        self._toggles_left = FLASH_TOGGLES
        self._inverted = True
        self._flash_timer.start(self.flash_interval_ms)
        self.update()

    def stop_flash(self) -> None:
        self._flash_timer.stop()
        self._toggles_left = 0
        if self._inverted:
            self._inverted = False
            self.update()

    def _on_flash_timer_timeout(self) -> None:
        self._toggles_left -= 1
        self._inverted = not self._inverted
        if self._toggles_left <= 0:
            self.stop_flash()
        self.update()

    # -- painting --------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 160)

    def layout_rects(self) -> tuple[QRectF, QRectF]:
        """(caption rect, digits rect) for the current size."""
        r = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        if not self._caption:
            return QRectF(), r
        top = max(18.0, r.height() * 0.25)
        above = (QRectF(r.left(), r.top(), r.width(), top), r.adjusted(0, top + 4, 0, 0))
        if r.width() < WIDE_ASPECT * r.height():
            return above
        side = r.width() * 0.34
        beside = (QRectF(r.left(), r.top(), side, r.height()), r.adjusted(side + 12, 0, 0, 0))
        # the title beside the digits only where that does not make the digits smaller
        if self.digits_font(beside[1]).pixelSize() >= self.digits_font(above[1]).pixelSize():
            return beside
        return above

    def caption_layout(self) -> CaptionLayout | None:
        """The step title as painted: wrapped beside the digits when the display
        is wide, one line above them otherwise; always inside its rectangle."""
        rect = self.layout_rects()[0]
        if not self._caption or not rect.isValid():
            return None
        if rect.height() > rect.width() * 0.3:  # beside the digits: wrap
            biggest = max(CAPTION_MIN_PX, int(min(rect.height() * 0.22, 36)))
            smallest = max(CAPTION_MIN_PX, biggest // 2)
        else:  # a band above the digits: one line, cut rather than shrunk to nothing
            biggest = max(CAPTION_MIN_PX, int(min(rect.height() * 0.72, 40)))
            smallest = max(CAPTION_MIN_PX, int(biggest * 0.8))
        return fit_caption(self._caption, rect.width(), rect.height(), biggest, smallest)

    def digits_font(self, rect: QRectF) -> QFont:
        """The largest bold font whose text fits ``rect``."""
        font = QFont(digits_family())
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        width = max(1.0, metrics.horizontalAdvance(_stable(self._text)))
        height = max(1.0, metrics.capHeight())
        scale = min(rect.width() * 0.96 / width, rect.height() * 0.72 / height)
        font.setPixelSize(max(8, int(100 * scale)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        bg, fg = self.colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), bg)
        caption_rect, digits_rect = self.layout_rects()
        digits_color = QColor(fg)
        if self._dimmed and not self._inverted:
            digits_color.setAlphaF(0.55)
        p.setPen(fg)
        p.setFont(self.digits_font(digits_rect))
        p.setPen(digits_color)
        p.drawText(digits_rect, Qt.AlignmentFlag.AlignCenter, self._text)
        p.setPen(fg)
        small = QFont(self.font())
        caption = self.caption_layout()
        if caption is not None:
            wide = caption_rect.height() > caption_rect.width() * 0.3
            p.setFont(_caption_font(caption.pixel_size))
            align = Qt.AlignmentFlag.AlignLeft if wide else Qt.AlignmentFlag.AlignHCenter
            top = caption_rect.top() + (caption_rect.height() - caption.height) / 2
            for i, line in enumerate(caption.lines):
                box = QRectF(
                    caption_rect.left(),
                    top + i * caption.line_height,
                    caption_rect.width(),
                    caption.line_height,
                )
                p.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, line)
        if self._status:
            small.setBold(False)
            small.setPixelSize(max(10, min(18, self.height() // 9)))
            p.setFont(small)
            p.drawText(
                QRectF(self.rect()).adjusted(8, 4, -8, -4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                self._status,
            )
        p.end()

    def _update_accessible(self) -> None:
        self.setAccessibleDescription(f"{self._caption} {self._text}".strip())
