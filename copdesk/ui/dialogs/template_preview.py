"""A template's board in miniature, painted with QPainter from its frames.

The board is scaled to fit; frame titles are drawn at a fixed, readable pixel size
(shrinking only when a frame is too small), so a preview reads at any scale.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH
from copdesk.core.templates import Template, TemplateFrame

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#1a1a1a")
MUTED = QColor("#5a5f66")
GRID = QColor("#e4e7eb")
SHEET = QColor("#f0f2f4")
MARGIN = 10.0
TITLE_PX = 12.0  # at a 264 px high preview; scaled with the preview, 9 to 16 px
MIN_TITLE_PX = 7.0


def _title_font(px: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(True)
    return font


def _fit_title(text: str, rect: QRectF, largest: float) -> tuple[QFont, str]:
    """The largest font (down to a floor) whose wrapped text fits ``rect``; elided if none."""
    px = largest
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    while px >= MIN_TITLE_PX:
        font = _title_font(px)
        needed = QFontMetricsF(font).boundingRect(rect, flags, text)
        if needed.width() <= rect.width() + 0.5 and needed.height() <= rect.height() + 0.5:
            return font, text
        px -= 1
    font = _title_font(MIN_TITLE_PX)
    return font, QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())


def _paint_frame(
    painter: QPainter,
    frame: TemplateFrame,
    rect: QRectF,
    language: str,
    titles: bool,
    title_px: float,
) -> None:
    fill = QColor(frame.color)
    painter.setPen(QPen(fill.darker(125), 1.0))
    painter.setBrush(fill)
    radius = min(4.0, rect.width() / 10, rect.height() / 10)
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(4, 3, -4, -3)
    if not titles or inner.width() < 8 or inner.height() < 6:
        return
    title_box = QRectF(
        inner.left(), inner.top(), inner.width(), min(inner.height(), 3.2 * title_px)
    )
    font, text = _fit_title(frame.title.get(language), title_box, title_px)
    painter.setFont(font)
    painter.setPen(TEXT)
    painter.drawText(title_box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
    count = len(frame.questions.get(language))
    if count and inner.height() > 2.4 * title_px:
        badge = _title_font(max(MIN_TITLE_PX, title_px * 0.75))
        badge.setBold(False)
        painter.setFont(badge)
        painter.setPen(MUTED)
        painter.drawText(
            inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), f"? {count}"
        )


def paint_template(
    painter: QPainter,
    target: QRectF,
    template: Template,
    language: str,
    *,
    titles: bool = True,
) -> None:
    """Paint ``template``'s frames scaled into ``target`` (background included).

    Without ``titles`` only the coloured frames are drawn (list icons).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(target, BACKGROUND)
    margin = min(MARGIN, target.width() / 20, target.height() / 20)
    area = target.adjusted(margin, margin, -margin, -margin)
    frames = template.frames
    if not frames or area.width() <= 0 or area.height() <= 0:
        _paint_empty(painter, area)
        painter.restore()
        return
    left = min(f.x for f in frames)
    top = min(f.y for f in frames)
    width = max(f.x + f.width for f in frames) - left
    height = max(f.y + f.height for f in frames) - top
    scale = min(area.width() / width, area.height() / height)
    ox = area.left() + (area.width() - width * scale) / 2
    oy = area.top() + (area.height() - height * scale) / 2
    title_px = min(16.0, max(9.0, TITLE_PX * target.height() / 264))
    for frame in frames:
        rect = QRectF(
            ox + (frame.x - left) * scale,
            oy + (frame.y - top) * scale,
            frame.width * scale,
            frame.height * scale,
        )
        _paint_frame(painter, frame, rect, language, titles, title_px)
    painter.restore()


def _paint_empty(painter: QPainter, area: QRectF) -> None:
    """A blank board: a faint dot grid the size of sticky notes."""
    painter.setPen(QPen(GRID, 2.0))
    step_x = max(12.0, area.width() / 12)
    step_y = step_x * NOTE_HEIGHT / NOTE_WIDTH
    y = area.top() + step_y / 2
    while y < area.bottom():
        x = area.left() + step_x / 2
        while x < area.right():
            painter.drawPoint(round(x), round(y))
            x += step_x
        y += step_y


def render_template_image(
    template: Template, language: str, size: QSize, *, titles: bool = True
) -> QImage:
    """The preview as an image (icons in the list, docs, tests)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        rect = QRectF(0, 0, size.width(), size.height())
        paint_template(painter, rect, template, language, titles=titles)
    finally:
        painter.end()
    return image


class TemplatePreview(QWidget):
    """Shows one template's board in miniature."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._template: Template | None = None
        self.setMinimumSize(QSize(320, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def template(self) -> Template | None:
        return self._template

    def set_template(self, template: Template | None) -> None:
        self._template = template
        self.setAccessibleDescription(template.name.get(self._language) if template else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            if self._template is None:
                painter.fillRect(rect, BACKGROUND)
            else:
                paint_template(painter, rect, self._template, self._language)
            painter.setPen(QPen(GRID, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        finally:
            painter.end()


def render_template_sheet(
    templates: Sequence[Template],
    language: str,
    *,
    columns: int = 4,
    cell: QSize | None = None,
) -> QImage:
    """All ``templates`` side by side, each under its name (docs, a printed overview)."""
    cell = cell or QSize(420, 290)
    gap, caption = 12, 30
    rows = max(1, (len(templates) + columns - 1) // columns)
    width = columns * cell.width() + (columns + 1) * gap
    height = rows * (cell.height() + caption) + (rows + 1) * gap
    sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(SHEET)
    painter = QPainter(sheet)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(_title_font(15))
        painter.setPen(TEXT)
        for i, template in enumerate(templates):
            row, col = divmod(i, columns)
            x = gap + col * (cell.width() + gap)
            y = gap + row * (cell.height() + caption + gap)
            label = QRectF(x, y, cell.width(), caption)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignVCenter), template.name.get(language))
            painter.drawImage(x, y + caption, render_template_image(template, language, cell))
    finally:
        painter.end()
    return sheet
