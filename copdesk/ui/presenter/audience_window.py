"""The audience window: the board for the room, full screen on the projector.

It holds an :class:`AudienceView` on the facilitator's own scene, the timer
large in the top-right corner (a second :class:`TimerDisplay` fed by the same
:class:`TimerController`), the pinned guiding question as a banner, a caption
naming the frame or cluster in focus, and a black overlay for blanking.

Two ways to show the board:

* **following**: the audience sees what the facilitator's viewport shows
  (:meth:`follow` is fed the facilitator's visible rectangle);
* **focus**: one frame or cluster at a time, fitted with a margin; PageDown /
  PageUp / arrows (what presentation clickers send) step through them in board
  order, Home / End jump to the first / last.

B (or ``.``, as clickers send) blanks and unblanks, F follows the facilitator,
Esc asks to leave (``exit_requested``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QLabel, QVBoxLayout, QWidget

from copdesk.core.models import AgendaStep
from copdesk.ui.board.frame_item import PRESENT_PROMPT_PX, TITLE_PX
from copdesk.ui.board.typeface import board_font
from copdesk.ui.presenter.audience_view import BACKGROUND, AudienceView
from copdesk.ui.presenter.focus_targets import FocusTarget
from copdesk.ui.timer.timer_display import TimerDisplay

if TYPE_CHECKING:
    from copdesk.ui.timer.timer_controller import TimerController

#: Room between a focused frame and the screen edge, as a share of the height.
MARGIN_SHARE = 0.012
#: The timer's height as a share of the screen height (and its width : height).
TIMER_SHARE = 0.13
TIMER_ASPECT = 2.6
#: Room around a cluster in focus (board units) and the largest zoom of focus mode,
#: so a cluster of two notes does not fill the wall.
CLUSTER_PAD = 12.0
MAX_FOCUS_SCALE = 2.0
#: The smallest note text (screen pixels) the room can read from the back.
LEGIBLE_PIXELS = 28
#: The fixed header of a frame in focus is never narrower than this (pixels).
MIN_HEADER_WIDTH = 260


def _framing(rect: QRectF, area: QRectF) -> tuple[QRectF, float]:
    """The board rectangle to fit into ``area`` so that ``rect`` shows centred,
    and the scale: as large as fits, at most :data:`MAX_FOCUS_SCALE` (a small
    cluster does not fill the wall; more of the board shows around it)."""
    scale = min(area.width() / rect.width(), area.height() / rect.height())
    if scale <= MAX_FOCUS_SCALE:
        return rect, scale
    grow = scale / MAX_FOCUS_SCALE
    shown = QRectF(0, 0, rect.width() * grow, rect.height() * grow)
    shown.moveCenter(rect.center())
    return shown, MAX_FOCUS_SCALE


NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_P}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_W}
#: Keys clickers send that must not do anything else here (F5 / Shift+F5 toggles).
SWALLOWED_KEYS = {Qt.Key.Key_F5, Qt.Key.Key_Tab}


def is_presenter_key(key: Qt.Key) -> bool:
    return (
        key in NEXT_KEYS
        or key in PREVIOUS_KEYS
        or key in BLANK_KEYS
        or key in SWALLOWED_KEYS
        or key
        in {
            Qt.Key.Key_Escape,
            Qt.Key.Key_Space,
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_F,
        }
    )


BANNER_STYLE = (
    "QLabel#questionBanner {{ background: #1f3b5c; color: #ffffff; padding: {pad}px {side}px; "
    "border-bottom: 4px solid #ffd54f; }}"
)
HEADER_STYLE = (
    "QLabel#frameHeader {{ background: rgba(13, 17, 23, 230); color: #ffffff; "
    "padding: {pad}px {side}px; border-left: 6px solid #ffd54f; }}"
)
CAPTION_STYLE = (
    "QLabel#focusCaption {{ background: rgba(13, 17, 23, 210); color: #ffffff; "
    "padding: {pad}px {side}px; border-radius: {radius}px; }}"
)


class AudienceWindow(QWidget):
    exit_requested = Signal()
    blank_changed = Signal(bool)
    #: the focus moved: the FocusTarget shown, or None when following the facilitator
    focus_changed = Signal(object)
    #: the audience asked to follow the facilitator again (F key)
    follow_requested = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(self.tr("copdesk — audience"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.banner = QLabel(self)
        self.banner.setObjectName("questionBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        self.view = AudienceView(scene, self)
        self.view.resized.connect(self._on_view_resized)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.view, 1)

        self.timer_display = TimerDisplay(self)
        self.timer_display.setObjectName("audienceTimer")
        self.timer_display.hide()
        #: a focused frame's title and guiding question at a size the room can read,
        #: when the frame's own (scaled with it) would be too small
        self.frame_header = QLabel(self)
        self.frame_header.setObjectName("frameHeader")
        self.frame_header.setTextFormat(Qt.TextFormat.RichText)
        self.frame_header.setWordWrap(True)
        self.frame_header.hide()
        self.header_pixels = (LEGIBLE_PIXELS, LEGIBLE_PIXELS)  # (title, prompt), see _restyle
        self._header_reserved = False  # the header has a band of its own on top
        self.caption = QLabel(self)
        self.caption.setObjectName("focusCaption")
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.hide()
        self.blank_overlay = QWidget(self)
        self.blank_overlay.setObjectName("blankOverlay")
        self.blank_overlay.setStyleSheet("background: #000000;")
        self.blank_overlay.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.blank_overlay.hide()

        self._targets: list[FocusTarget] = []
        self._index: int | None = None
        self._follow_rect: QRectF | None = None
        self._timer: TimerController | None = None
        self._timer_links: list[tuple[Any, Callable[..., None]]] = []
        self._restyle()

    # -- reading -------------------------------------------------------------------
    def is_blank(self) -> bool:
        return not self.blank_overlay.isHidden()

    def is_following(self) -> bool:
        return self._index is None

    def targets(self) -> list[FocusTarget]:
        return list(self._targets)

    def focus_index(self) -> int | None:
        return self._index

    def focus_target(self) -> FocusTarget | None:
        return self._targets[self._index] if self._index is not None else None

    def question(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    # -- what to show ------------------------------------------------------------------
    def set_targets(self, targets: Sequence[FocusTarget]) -> None:
        """The frames and clusters of the board, in board order. The focus stays on
        the same frame or cluster (refitted if it moved or changed size)."""
        current = self.focus_target()
        self._targets = list(targets)
        if current is None:
            return
        keys = [t.key for t in self._targets]
        if current.key in keys:
            self._index = keys.index(current.key)
            if self._targets[self._index] != current:
                self._show_focus(animate=False)
        elif self._targets:
            self._index = min(self._index or 0, len(self._targets) - 1)
            self._show_focus(animate=True)
        else:
            self._index = None
            self._show_follow()

    def focus_on(self, index: int, *, animate: bool = True) -> bool:
        """Lock the view to target ``index``; False when there is no such target."""
        if not 0 <= index < len(self._targets):
            return False
        changed = index != self._index
        self._index = index
        self._show_focus(animate=animate)
        if changed:
            self.focus_changed.emit(self._targets[index])
        return True

    def focus_on_key(self, kind: str, target_id: int, *, animate: bool = True) -> bool:
        for i, target in enumerate(self._targets):
            if target.key == (kind, target_id):
                return self.focus_on(i, animate=animate)
        return False

    def next_target(self) -> bool:
        if not self._targets:
            return False
        index = 0 if self._index is None else self._index + 1
        return self.focus_on(min(index, len(self._targets) - 1))

    def previous_target(self) -> bool:
        if not self._targets:
            return False
        index = len(self._targets) - 1 if self._index is None else self._index - 1
        return self.focus_on(max(index, 0))

    def follow(self, rect: QRectF | None = None) -> None:
        """Follow the facilitator; ``rect`` is what their viewport shows now."""
        if rect is not None and not rect.isEmpty():
            self._follow_rect = QRectF(rect)
        was_focused = self._index is not None
        self._index = None
        self._show_follow(animate=was_focused)
        if was_focused:
            self.focus_changed.emit(None)

    def follow_rect(self) -> QRectF | None:
        return self._follow_rect

    def set_blank(self, blank: bool) -> None:
        if blank == self.is_blank():
            return
        self.blank_overlay.setVisible(blank)
        if blank:
            self.blank_overlay.raise_()
        self.blank_changed.emit(blank)

    def toggle_blank(self) -> None:
        self.set_blank(not self.is_blank())

    def set_question(self, question: str | None) -> None:
        """Show a pinned guiding question as the banner (None or "" removes it)."""
        text = (question or "").strip()
        if text == self.question():
            return
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self._refit()

    def set_votes_hidden(self, hidden: bool) -> None:
        self.view.set_votes_hidden(hidden)

    # -- the timer ---------------------------------------------------------------------
    def attach_timer(self, controller: TimerController | None) -> None:
        """Show ``controller``'s countdown in the corner (None hides the timer)."""
        for signal, slot in self._timer_links:
            with contextlib.suppress(RuntimeError, TypeError):  # the timer may be gone
                signal.disconnect(slot)
        self._timer_links = []
        self._timer = controller
        display = self.timer_display
        if controller is None:
            display.hide()
            return
        links: list[tuple[Any, Callable[..., None]]] = [
            (controller.ticked, display.set_time),
            (controller.phase_changed, display.set_phase),
            (controller.countdown_finished, display.flash),
            (controller.state_changed, self._on_timer_state_changed),
            (controller.step_changed, self._on_timer_step_changed),
        ]
        for signal, slot in links:
            signal.connect(slot)
        self._timer_links = links
        display.set_time(controller.text())
        display.set_phase(controller.phase())
        self._on_timer_state_changed(controller.countdown.state)
        self._on_timer_step_changed(controller.current_step)
        display.show()
        display.raise_()
        self.blank_overlay.raise_()
        self._place_overlays()

    def _on_timer_state_changed(self, state: str) -> None:
        if state != "running":
            self.timer_display.stop_flash()
        self.timer_display.set_status(
            "paused" if state == "paused" else "", dimmed=state == "paused"
        )

    def _on_timer_step_changed(self, step: AgendaStep | None) -> None:
        self.timer_display.set_caption(step.title if step is not None else "")

    # -- placing -------------------------------------------------------------------------
    def _margin(self) -> float:
        return max(12.0, self.height() * MARGIN_SHARE)

    def timer_rect(self) -> QRectF:
        """Where the timer sits, in view (viewport) coordinates."""
        h = max(90.0, self.height() * TIMER_SHARE)
        w = min(h * TIMER_ASPECT, self.view.width() * 0.4)
        m = max(10.0, self.height() * 0.015)
        return QRectF(self.view.width() - w - m, m, w, h)

    def fit_area(self, rect: QRectF) -> QRectF:
        """The part of the viewport ``rect`` is fitted into: all of it less a margin,
        or, when the timer would cover the target, the part left of the timer (if
        that costs little size)."""
        m = self._margin()
        full = QRectF(self.view.viewport().rect()).adjusted(m, m, -m, -m)
        if self._header_reserved:  # the frame goes below its fixed header
            below = self.frame_header.geometry().bottom() - self.view.geometry().top() + m
            full.setTop(max(full.top(), below))
        if self.timer_display.isHidden() or full.isEmpty():
            return full
        timer = self.timer_rect()
        _centre, scale = self.view.placement(rect, full)
        shown = QRectF(0, 0, rect.width() * scale, rect.height() * scale)
        shown.moveCenter(full.center())
        if not shown.intersects(timer):
            return full
        beside = QRectF(full.left(), full.top(), timer.left() - m - full.left(), full.height())
        if beside.width() <= 0:
            return full
        scale_beside = min(beside.width() / rect.width(), beside.height() / rect.height())
        return beside if scale_beside >= 0.85 * scale else full

    def _show_focus(self, *, animate: bool = True) -> None:
        target = self.focus_target()
        if target is None:
            return
        rect = QRectF(*target.rect)
        if target.kind == "cluster":
            rect.adjust(-CLUSTER_PAD, -CLUSTER_PAD, CLUSTER_PAD, CLUSTER_PAD)
        self.frame_header.hide()
        self._header_reserved = False
        area = self.fit_area(rect)
        shown, scale = _framing(rect, area)
        if self._header_needed(target, scale) and not self._header_beside(rect, area, scale):
            self._reserve_header()  # no room beside the frame: give it a band on top
            area = self.fit_area(rect)
            shown, scale = _framing(rect, area)
        self.view.set_spotlight(rect.adjusted(-6, -6, 6, 6))
        self.view.place(shown, area, animate=animate)
        self._update_caption()

    def _header_needed(self, target: FocusTarget, scale: float) -> bool:
        """A frame in focus whose own title and prompt, drawn at ``scale``, would
        be smaller than the room can read (a tall frame such as a retro's Actions
        column): its texts go into the fixed header, at a readable size."""
        if target.kind != "frame":
            return False
        own = (PRESENT_PROMPT_PX if target.prompt else TITLE_PX) * scale
        if own >= LEGIBLE_PIXELS:
            return False
        title_px, prompt_px = self.header_pixels
        text = f"<div style='font-size:{title_px}px; font-weight:700'>{escape(target.title)}</div>"
        if target.prompt:
            text += f"<div style='font-size:{prompt_px}px'>{escape(target.prompt)}</div>"
        self.frame_header.setText(text)
        return True

    def _header_beside(self, rect: QRectF, area: QRectF, scale: float) -> bool:
        """Put the header left of the frame (aligned with its top), or above it,
        where the fitted frame leaves room; False when neither has room."""
        m = self._margin()
        on_screen = QRectF(0, 0, rect.width() * scale, rect.height() * scale)
        on_screen.moveCenter(area.center())
        offset = self.view.geometry().topLeft()
        left = on_screen.left() - m - area.left()
        if left >= MIN_HEADER_WIDTH:
            height = self.frame_header.heightForWidth(int(left))
            if height <= area.bottom() - on_screen.top():
                self._show_header(QRectF(area.left(), on_screen.top(), left, height), offset)
                return True
        width = area.width()
        if not self.timer_display.isHidden():
            width = min(width, self.timer_rect().left() - m - area.left())
        height = self.frame_header.heightForWidth(int(width))
        if width >= MIN_HEADER_WIDTH and height <= on_screen.top() - m - area.top():
            top = on_screen.top() - m - height
            self._show_header(QRectF(area.left(), top, width, height), offset)
            return True
        return False

    def _reserve_header(self) -> None:
        """The header in a band at the top, left of the timer; the frame fits below."""
        m = self._margin()
        right = self.view.width() - m
        if not self.timer_display.isHidden():
            right = self.timer_rect().left() - m
        width = max(MIN_HEADER_WIDTH, right - m)
        height = self.frame_header.heightForWidth(int(width))
        self._show_header(QRectF(m, m, width, height), self.view.geometry().topLeft())
        self._header_reserved = True

    def _show_header(self, rect: QRectF, offset: QPoint) -> None:
        """``rect`` in viewport coordinates."""
        self.frame_header.setGeometry(rect.translated(offset.x(), offset.y()).toRect())
        self.frame_header.show()
        self.frame_header.raise_()
        self.blank_overlay.raise_()

    def _show_follow(self, *, animate: bool = False) -> None:
        self.frame_header.hide()
        self._header_reserved = False
        self.view.set_spotlight(None)
        if self._follow_rect is not None:
            self.view.place(self._follow_rect, None, animate=animate)
        self._update_caption()

    def _refit(self) -> None:
        if self._index is None:
            self._show_follow()
        else:
            self._show_focus(animate=False)

    def _update_caption(self) -> None:
        target = self.focus_target()
        if target is None or target.kind == "frame":
            # a frame shows its own title; following needs no caption
            self.caption.hide()
            return
        count = f"{(self._index or 0) + 1} / {len(self._targets)}"
        self.caption.setText(f"{target.title}  <span style='color:#9fb3c8'>{count}</span>")
        self.caption.adjustSize()
        self.caption.show()
        self._place_overlays()

    def _place_overlays(self) -> None:
        self.blank_overlay.setGeometry(self.rect())
        top = self.view.geometry().top()
        timer = self.timer_rect().translated(0, top)
        self.timer_display.setGeometry(timer.toRect())
        m = int(max(10.0, self.height() * 0.015))
        self.caption.adjustSize()
        self.caption.move(m, self.height() - self.caption.height() - m)

    def _restyle(self) -> None:
        h = max(400, self.height())
        banner_px = max(20, int(h * 0.036))
        self.banner.setStyleSheet(BANNER_STYLE.format(pad=int(banner_px * 0.3), side=banner_px))
        self.banner.setFont(board_font(banner_px, bold=True))
        caption_px = max(18, int(h * 0.03))
        self.caption.setStyleSheet(
            CAPTION_STYLE.format(pad=caption_px // 3, side=caption_px // 2, radius=caption_px // 3)
        )
        self.caption.setFont(board_font(caption_px, bold=True))
        prompt_px = max(LEGIBLE_PIXELS, int(h * 0.032))
        self.header_pixels = (int(prompt_px * 1.3), prompt_px)
        self.frame_header.setStyleSheet(
            HEADER_STYLE.format(pad=prompt_px // 3, side=prompt_px // 2)
        )
        self.frame_header.setFont(board_font(prompt_px))

    # -- Qt ----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()
        self._place_overlays()

    def _on_view_resized(self) -> None:
        self._place_overlays()
        self._refit()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not event.modifiers()
            and is_presenter_key(Qt.Key(event.key()))
        ):
            event.accept()  # ours, not the facilitator window's shortcut (e.g. Home)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.handle_key(Qt.Key(event.key())):
            event.accept()
            return
        super().keyPressEvent(event)

    def handle_key(self, key: Qt.Key) -> bool:
        """The presenter keys; True when ``key`` was one of them."""
        if key == Qt.Key.Key_Escape:
            self.exit_requested.emit()
        elif key in NEXT_KEYS or key == Qt.Key.Key_Space:
            self.next_target()
        elif key in PREVIOUS_KEYS or key == Qt.Key.Key_Backspace:
            self.previous_target()
        elif key == Qt.Key.Key_Home:
            self.focus_on(0)
        elif key == Qt.Key.Key_End:
            self.focus_on(len(self._targets) - 1)
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key == Qt.Key.Key_F:
            self.follow()
            self.follow_requested.emit()
        elif key in SWALLOWED_KEYS:
            pass
        else:
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.finish()
        self.attach_timer(None)
        super().closeEvent(event)
