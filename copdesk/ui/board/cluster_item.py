"""A cluster on the board: an outline around its notes with a label chip.

Expanded, the item draws a tinted, dashed outline around its member notes and
a chip above the top-left corner with the label, the number of notes and (when
a voting round shows counts) the cluster's dots. Collapsed, it draws one card
in the place of the notes, with the label and the count; the member notes are
hidden meanwhile (the :class:`~copdesk.ui.board.cluster_layer.ClusterLayer`
does that).

The item never writes: pressing on it selects it and dragging moves its notes
live; the scene records the start positions and reports one finished drag, as
for notes. Its geometry follows the member note items it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from copdesk.core.box_grid import BoxGrid
from copdesk.core.label_spot import FrameHeader, label_box
from copdesk.core.models import Cluster
from copdesk.core.palette import (
    CLUSTER_LABEL,
    VOTE_DOT,
    VOTE_TEXT,
    note_border,
    note_color,
    text_on,
)
from copdesk.ui.board.note_item import NoteItem
from copdesk.ui.board.typeface import board_font
from copdesk.ui.presenter.view_flags import votes_hidden

CLUSTER_TYPE = QGraphicsItem.UserType + 3
Z_CLUSTER = -50_000.0  # above frames, below notes
PADDING = 16.0
CHIP_HEIGHT = 40.0
CHIP_GAP = 6.0
CARD_WIDTH = 240.0
CARD_HEIGHT = 140.0
SELECTION = QColor("#1e6fd9")
_LABEL_SIZE = 20
_MAX_CHIP_WIDTH = 520.0
#: Beside a frame title the chip may be cut down to this width (its text elided).
_MIN_CHIP_WIDTH = 160.0


_font_metrics: dict[int, QFontMetricsF] = {}


def _metrics(size: int) -> QFontMetricsF:
    """Bold board-font metrics, made once per size (chips are laid out often)."""
    if size not in _font_metrics:
        _font_metrics[size] = QFontMetricsF(board_font(size, bold=True))
    return _font_metrics[size]


def cluster_caption(cluster: Cluster) -> str:
    return cluster.label or QCoreApplication.translate("board", "Cluster")


class ClusterItem(QGraphicsItem):
    """One cluster; ``cluster`` is the row it mirrors, ``members`` its note items."""

    def __init__(self, cluster: Cluster) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_CLUSTER)
        self.cluster = cluster
        self.members: list[NoteItem] = []
        self.votes = ""  # dots on the cluster and its notes, "" when none or hidden
        #: notes being dragged right now: left out of the outline so a drag out shows
        self.excluded: frozenset[int] = frozenset()
        self._body = QRectF()  # the outline (expanded) or the card (collapsed)
        self._chip = QRectF()
        self._bounds = QRectF()
        self._press: QPointF | None = None
        self._starts: list[tuple[NoteItem, QPointF]] = []
        #: the frame headers of the board, which the chip must not cover (set by the layer)
        self.headers: Callable[[], Sequence[FrameHeader]] = tuple
        #: every cluster's chip on the board, shared by the layer's items
        self.chips = BoxGrid()

    def type(self) -> int:
        return CLUSTER_TYPE

    @property
    def cluster_id(self) -> int:
        return self.cluster.id

    @property
    def collapsed(self) -> bool:
        return self.cluster.collapsed

    # -- mirror ------------------------------------------------------------------
    def set_cluster(self, cluster: Cluster) -> None:
        changed = (cluster.label, cluster.collapsed, cluster.color) != (
            self.cluster.label,
            self.cluster.collapsed,
            self.cluster.color,
        )
        self.cluster = cluster
        if changed:
            self.relayout()

    def set_members(self, members: Sequence[NoteItem]) -> None:
        self.members = sorted(members, key=lambda i: i.note.id)
        self.relayout()

    def set_votes(self, text: str) -> None:
        if text != self.votes:
            self.votes = text
            self._place_chip()

    def member_ids(self) -> list[int]:
        return [m.note.id for m in self.members]

    def member_positions(self) -> dict[int, QPointF]:
        return {m.note.id: m.pos() for m in self.members}

    def outline_rect(self) -> QRectF:
        """The area that counts as "in the cluster" (outline or card), in scene units."""
        return QRectF(self._body)

    def chip_rect(self) -> QRectF:
        return QRectF(self._chip)

    def relayout(self) -> None:
        """Recompute the outline from where the member items are now."""
        shown = [m for m in self.members if m.note.id not in self.excluded] or self.members
        if not shown:
            self._body = QRectF()
        else:
            lefts, tops, rights, bottoms = [], [], [], []
            for member in shown:
                p = member.pos()  # one Qt call per note
                x, y = p.x(), p.y()
                lefts.append(x)
                tops.append(y)
                rights.append(x + member.note.width)
                bottoms.append(y + member.note.height)
            left, top = min(lefts), min(tops)
            if self.collapsed:
                self._body = QRectF(left, top, CARD_WIDTH, CARD_HEIGHT)
            else:
                self._body = QRectF(
                    left - PADDING,
                    top - PADDING,
                    max(rights) - left + 2 * PADDING,
                    max(bottoms) - top + 2 * PADDING,
                )
        self._place_chip()

    def _place_chip(self) -> None:
        """The chip above the outline's corner (its width follows label, count and dots),
        or, where that would cover a frame's title, beside that title or below the outline."""
        body = self._body
        if self.collapsed or body.isEmpty():
            chip = QRectF()
            bounds = QRectF(body)
        else:
            width = min(_MAX_CHIP_WIDTH, self._chip_text_width() + 28.0)
            outline = (body.x(), body.y(), body.width(), body.height())
            headers = self.headers()
            chip = QRectF(
                *label_box(
                    outline, width, CHIP_HEIGHT, headers, gap=CHIP_GAP, min_width=_MIN_CHIP_WIDTH
                )
            )
            margin = CHIP_GAP
            if self._chips_near(chip.adjusted(-margin, -margin, margin, margin)):
                # another cluster's chip is there: place again, clear of the chips around
                # (placing every chip against its neighbours costs a 500-cluster board
                # about a tenth more; most chips have no neighbour where they land)
                around = self._chips_near(body.adjusted(-width, -width, width, width))
                chip = QRectF(
                    *label_box(
                        outline,
                        width,
                        CHIP_HEIGHT,
                        headers,
                        gap=CHIP_GAP,
                        min_width=_MIN_CHIP_WIDTH,
                        taken=around,
                    )
                )
            bounds = body.united(chip)
        bounds = bounds.adjusted(-4.0, -4.0, 8.0, 10.0)
        if bounds != self._bounds:
            self.prepareGeometryChange()
        self._chip, self._bounds = chip, bounds
        self.chips.put(self.cluster_id, (chip.x(), chip.y(), chip.width(), chip.height()))
        self.update()

    def _chips_near(self, area: QRectF) -> list[tuple[float, float, float, float]]:
        """The chips of the other clusters around ``area``, which this one keeps clear of."""
        box = (area.x(), area.y(), area.width(), area.height())
        return self.chips.near(box, besides=self.cluster_id)

    def chip_text(self) -> str:
        count = len(self.members)
        return f"{cluster_caption(self.cluster)} · {count}"

    def _chip_text_width(self) -> float:
        width = _metrics(_LABEL_SIZE).horizontalAdvance(self.chip_text())
        if self.votes:
            width += _metrics(17).horizontalAdvance(self.votes) + 40.0
        return width

    # -- Qt --------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._body)
        if not self._chip.isEmpty():
            path.addRect(self._chip)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._body.isEmpty():
            return
        color = self.cluster.color
        edge = QColor(note_border(color))
        show_votes = bool(self.votes) and not votes_hidden(widget)
        if self.collapsed:
            self._paint_card(painter, edge, show_votes)
        else:
            fill = QColor(note_color(color))
            fill.setAlpha(70)
            pen = QPen(edge.darker(135), 2.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRoundedRect(self._body, 12.0, 12.0)
            self._paint_chip(painter, edge, show_votes)
        if self.isSelected():
            painter.setPen(QPen(SELECTION, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for target in self._selection_rects():
                painter.drawRoundedRect(target.adjusted(-3, -3, 3, 3), 12.0, 12.0)

    def _selection_rects(self) -> list[QRectF]:
        """One frame around outline and chip when the chip sits on the outline's
        corner, else one around each (a chip beside a frame title is apart)."""
        chip, body = self._chip, self._body
        if self.collapsed or chip.isEmpty():
            return [body]
        on_corner = chip.left() == body.left() and (
            abs(chip.bottom() + CHIP_GAP - body.top()) < 0.5
            or abs(body.bottom() + CHIP_GAP - chip.top()) < 0.5
        )
        return [body.united(chip)] if on_corner else [body, chip]

    def _paint_chip(self, painter: QPainter, edge: QColor, show_votes: bool) -> None:
        chip = self._chip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(edge)
        painter.drawRoundedRect(chip, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
        painter.setFont(board_font(_LABEL_SIZE, bold=True))
        painter.setPen(QColor(text_on(edge.name())))
        text_rect = chip.adjusted(14.0, 0.0, -14.0, 0.0)
        if show_votes:
            dot = self._votes_rect(chip.right() - 10.0, chip.center().y())
            text_rect.setRight(dot.left() - 6.0)
            self._paint_votes(painter, dot)
            painter.setFont(board_font(_LABEL_SIZE, bold=True))
            painter.setPen(QColor(text_on(edge.name())))
        metrics = QFontMetricsF(painter.font())
        text = metrics.elidedText(self.chip_text(), Qt.TextElideMode.ElideMiddle, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
        )

    def _paint_card(self, painter: QPainter, edge: QColor, show_votes: bool) -> None:
        card = self._body
        fill = QColor(note_color(self.cluster.color))
        painter.setPen(QPen(edge, 1.2))
        for step in (8.0, 4.0):  # a pile: two edges behind the top card
            painter.setBrush(fill.darker(100 + int(step * 2)))
            painter.drawRoundedRect(card.translated(step, step), 6.0, 6.0)
        painter.setBrush(fill)
        painter.setPen(QPen(edge.darker(130), 2.0))
        painter.drawRoundedRect(card, 6.0, 6.0)
        painter.setPen(QColor(CLUSTER_LABEL))
        painter.setFont(board_font(24, bold=True))
        inner = card.adjusted(14.0, 12.0, -14.0, -40.0)
        painter.drawText(
            inner,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            cluster_caption(self.cluster),
        )
        count = len(self.members)
        painter.setFont(board_font(16))
        painter.drawText(
            QRectF(card.left() + 14.0, card.bottom() - 36.0, card.width() - 28.0, 26.0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            (
                QCoreApplication.translate("board", "1 note · collapsed")
                if count == 1
                else QCoreApplication.translate("board", "%1 notes · collapsed")
            ).replace("%1", str(count)),
        )
        if show_votes:
            self._paint_votes(painter, self._votes_rect(card.right() + 6.0, card.top() + 4.0))

    def _votes_rect(self, right: float, center_y: float) -> QRectF:
        width = max(32.0, _metrics(17).horizontalAdvance(self.votes) + 18.0)
        return QRectF(right - width, center_y - 14.0, width, 28.0)

    def _paint_votes(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(VOTE_DOT)))
        painter.drawRoundedRect(rect, 14.0, 14.0)
        painter.setPen(QColor(VOTE_TEXT))
        painter.setFont(board_font(17, bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.votes)

    # -- moving as a unit ----------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        if scene is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            scene.clearSelection()
        self.setSelected(True)
        self._press = event.scenePos()
        movable = bool(getattr(scene, "editable", True))
        self._starts = [(m, m.pos()) for m in self.members] if movable else []
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None or not self._starts:
            return
        delta = event.scenePos() - self._press
        for member, start in self._starts:
            member.setPos(start + delta)
        self.relayout()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = None
        self._starts = []
        event.accept()
