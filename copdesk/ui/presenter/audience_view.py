"""The audience's view of the board: a second, read-only view on the shared scene.

It never copies the board: it is one more ``QGraphicsView`` on the facilitator's
``BoardScene``, so whatever the facilitator does shows at once. Its viewport
carries the presentation flags (see :mod:`view_flags`) so the shared items
paint high-contrast and room-legible here, and the view's own background brush
(dark) replaces the scene's dotted one.

The camera is a centre and a scale; :meth:`place` moves it so that a board
rectangle fills a given area of the viewport, animated when asked.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QPointF, QRect, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from copdesk.ui.board.note_item import NoteItem
from copdesk.ui.presenter.view_flags import PRESENTATION, VOTES_HIDDEN, painting_for

BACKGROUND = "#0d1117"
#: What lies outside the frame or cluster in focus is dimmed with this.
SHADE = QColor(13, 17, 23, 215)
ANIMATION_MS = 260
MIN_SCALE = 0.02
#: Below this scale the scene's own far-zoomed overview drawing is good enough here too.
OVERVIEW_SCALE = 0.15
MAX_SCALE = 8.0


class AudienceView(QGraphicsView):
    #: the viewport changed size (the camera must be placed again)
    resized = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("audienceView")
        self.setInteractive(False)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor(BACKGROUND))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        viewport = self.viewport()
        viewport.setProperty(PRESENTATION, True)
        viewport.setProperty(VOTES_HIDDEN, False)
        self.animation_ms = ANIMATION_MS
        self._spotlight: QRectF | None = None
        self._from = (QPointF(), 1.0)
        self._to = (QPointF(), 1.0)
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_animation_value_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painting_for(self.viewport())
        try:
            super().paintEvent(event)
        finally:
            painting_for(None)

    # -- spotlight ---------------------------------------------------------------
    def set_spotlight(self, rect: QRectF | None) -> None:
        """Dim everything outside ``rect`` (board units); None lights the whole board."""
        if rect != self._spotlight:
            self._spotlight = QRectF(rect) if rect is not None else None
            self.viewport().update()

    def spotlight(self) -> QRectF | None:
        return self._spotlight

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        if getattr(self.scene(), "overview", False):
            # The facilitator zoomed far out: the shared scene skips painting its
            # notes and draws coloured blocks in its foreground instead. Here the
            # room may be zoomed in, so paint the notes in view ourselves.
            if self.scale_factor() < OVERVIEW_SCALE:
                super().drawForeground(painter, rect)
            else:
                self._paint_skipped_notes(painter, rect)
        if self._spotlight is None:
            return
        shade = QPainterPath()
        shade.addRect(rect.united(self._spotlight))
        hole = QPainterPath()
        hole.addRoundedRect(self._spotlight, 14.0, 14.0)
        painter.fillPath(shade.subtracted(hole), SHADE)

    def _paint_skipped_notes(self, painter: QPainter, rect: QRectF) -> None:
        scene = self.scene()
        if scene is None:
            return
        no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        viewport = self.viewport()
        for item in scene.items(
            rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder
        ):
            if not isinstance(item, NoteItem) or not item.isVisible():
                continue
            if not item.flags() & no_contents:
                continue
            option = QStyleOptionGraphicsItem()
            option.exposedRect = item.boundingRect()
            painter.save()
            painter.setTransform(item.sceneTransform(), True)
            item.paint(painter, option, viewport)
            painter.restore()

    # -- flags -------------------------------------------------------------------
    def set_votes_hidden(self, hidden: bool) -> bool:
        """Hide or show vote badges here; True when that changed anything."""
        viewport = self.viewport()
        if bool(viewport.property(VOTES_HIDDEN)) == hidden:
            return False
        viewport.setProperty(VOTES_HIDDEN, hidden)
        scene = self.scene()
        if scene is not None:
            for item in scene.items():  # drop the per-view caches of the badge holders
                item.update()
        return True

    def votes_hidden(self) -> bool:
        return bool(self.viewport().property(VOTES_HIDDEN))

    # -- the camera --------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def camera(self) -> tuple[QPointF, float]:
        """(scene point at the viewport centre, scale)."""
        centre = self.mapToScene(self.viewport().rect().center())
        return QPointF(centre), self.scale_factor()

    def is_moving(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def finish(self) -> None:
        """Jump to the end of a running move."""
        if self.is_moving():
            self._animation.stop()
            self._set_camera(*self._to)

    def placement(self, rect: QRectF, area: QRectF) -> tuple[QPointF, float]:
        """The camera that shows ``rect`` (board units) as large as fits in ``area``
        (viewport pixels), centred in it."""
        scale = min(area.width() / rect.width(), area.height() / rect.height())
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        shift = QPointF(self.viewport().rect().center()) - area.center()
        return rect.center() + shift / scale, scale

    def place(self, rect: QRectF, area: QRectF | None = None, *, animate: bool = False) -> None:
        if rect.isEmpty() or self.viewport().rect().isEmpty():
            return
        target = self.placement(rect, area if area is not None else QRectF(self.viewport().rect()))
        self._animation.stop()
        if not animate or self.animation_ms <= 0 or not self.isVisible():
            self._to = target
            self._set_camera(*target)
            return
        self._from = self.camera()
        self._to = target
        self._animation.setDuration(self.animation_ms)
        self._animation.start()

    def _on_animation_value_changed(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        (c0, s0), (c1, s1) = self._from, self._to
        scale = math.exp(math.log(s0) + (math.log(s1) - math.log(s0)) * t)
        self._set_camera(c0 + (c1 - c0) * t, scale)

    def _set_camera(self, centre: QPointF, scale: float) -> None:
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(centre)
