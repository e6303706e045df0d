"""Presenter mode: opens the audience window on the right screen and keeps it in step.

:class:`PresenterController` belongs to the main window. ``start()`` chooses
the screens (:mod:`screen_choice`), opens the :class:`AudienceWindow` on the
facilitator's own board scene (no copy: it always mirrors) and, when audience
and facilitator share one screen, the floating :class:`ControlBar`. While
presenting it wires:

* the facilitator's viewport (scroll, zoom, resize) to the audience view when
  it follows the facilitator;
* the board's frames and clusters (board order) to focus mode, refreshed when
  the scene changes;
* the same :class:`TimerController` the timer dock drives (the main window's
  ``timer_controller``, followed when the dock rebuilds it for another session;
  a host window without a timer dock gets one of the presenter's own, stopped
  again on exit);
* the questions panel's ``question_pinned`` / ``question_unpinned`` to the banner;
* the current voting round's ``hidden`` flag to the audience view's
  ``votes_hidden`` (re-read after every undo-stack step, which is how every
  board gesture, reveal included, reaches the desk);
* the presenter keys (PageDown / PageUp, B, Esc) while the facilitator's board
  has the focus, so a clicker works whichever window is in front.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

from copdesk.core.errors import CopdeskError
from copdesk.ui.presenter.audience_window import AudienceWindow
from copdesk.ui.presenter.control_bar import ControlBar
from copdesk.ui.presenter.focus_targets import FocusTarget, focus_targets
from copdesk.ui.presenter.screen_choice import (
    ScreenInfo,
    ScreenPlan,
    choose_screens,
    screens_from_qt,
)

if TYPE_CHECKING:
    from copdesk.ui.main_window import MainWindow
    from copdesk.ui.timer.timer_controller import TimerController

log = logging.getLogger("copdesk.ui.presenter")

#: Keys the facilitator's board passes on to the audience while presenting.
_BOARD_KEYS = {
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_B,
    Qt.Key.Key_Period,
}
REFRESH_MS = 120  # scene changes are gathered this long before focus targets are redone

ScreenSource = Callable[[], tuple[list[ScreenInfo], str | None]]


def qt_screens(window: QWidget) -> tuple[list[ScreenInfo], str | None]:
    """The system's screens and the name of the one ``window`` is on."""
    screens = QGuiApplication.screens()
    infos = screens_from_qt(screens, QGuiApplication.primaryScreen())
    current = window.screen()
    for info, screen in zip(infos, screens, strict=True):
        if screen is current or screen == current:
            return infos, info.name
    return infos, None


def qscreen_for(info: ScreenInfo) -> QScreen | None:
    """The ``QScreen`` a descriptor from :func:`qt_screens` stands for, if still there."""
    screens = QGuiApplication.screens()
    infos = screens_from_qt(screens, QGuiApplication.primaryScreen())
    for candidate, screen in zip(infos, screens, strict=True):
        if candidate.name == info.name and candidate.geometry == info.geometry:
            return screen
    return None


class PresenterController(QObject):
    #: presenting started (True) or ended (False)
    active_changed = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        *,
        screens: ScreenSource | None = None,
        full_screen: bool = True,
        preferred_screen: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.screens = screens or (lambda: qt_screens(window))
        self.full_screen = full_screen
        self.preferred_screen = preferred_screen
        self.audience: AudienceWindow | None = None
        self.control_bar: ControlBar | None = None
        self.plan: ScreenPlan | None = None
        self.timer: TimerController | None = None
        self._own_timer: TimerController | None = None
        self._links: list[tuple[Any, Callable[..., Any]]] = []
        self._labels: dict[int, str] = {}
        self._session_id: int | None = None
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._on_follow_timer_timeout)
        self._targets_timer = QTimer(self)
        self._targets_timer.setSingleShot(True)
        self._targets_timer.setInterval(REFRESH_MS)
        self._targets_timer.timeout.connect(self.refresh_targets)

    # -- reading -----------------------------------------------------------------------
    def is_active(self) -> bool:
        return self.audience is not None

    def facilitator_rect(self) -> QRectF:
        """The part of the board the facilitator's viewport shows."""
        view = self.window.view
        return view.mapToScene(view.viewport().rect()).boundingRect()

    # -- on and off ----------------------------------------------------------------------
    def toggle(self) -> None:
        if self.is_active():
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        if self.audience is not None:
            return
        window = self.window
        screens, main_screen = self.screens()
        self.plan = plan = choose_screens(screens, main_screen, self.preferred_screen)
        audience = AudienceWindow(window.scene, window)
        self.audience = audience
        self._connect(audience.exit_requested, self.stop)
        self._connect(audience.follow_requested, self.follow_facilitator)
        self._connect(audience.focus_changed, self._on_audience_focus_changed)
        self._connect(audience.blank_changed, self._on_audience_blank_changed)
        self._wire_board()
        self.refresh_targets()
        self.refresh_votes()
        self._wire_questions()
        self._attach_timer()
        audience.follow(self.facilitator_rect())
        start = self._starting_target(audience.targets())
        if start is not None:
            audience.focus_on(start, animate=False)
        self._show(audience, plan)
        if plan.needs_control_bar:
            self._open_control_bar(plan)
        window.installEventFilter(self)
        window.view.installEventFilter(self)
        window.view.viewport().installEventFilter(self)
        self.active_changed.emit(True)

    def stop(self) -> None:
        audience = self.audience
        if audience is None:
            return
        self.audience = None
        window = self.window
        window.removeEventFilter(self)
        window.view.removeEventFilter(self)
        window.view.viewport().removeEventFilter(self)
        self._follow_timer.stop()
        self._targets_timer.stop()
        for signal, slot in self._links:
            with contextlib.suppress(RuntimeError, TypeError):  # the sender may be gone
                signal.disconnect(slot)
        self._links = []
        audience.attach_timer(None)
        audience.close()
        audience.deleteLater()
        if self.control_bar is not None:
            self.control_bar.close()
            self.control_bar.deleteLater()
            self.control_bar = None
        if self._own_timer is not None:
            self._own_timer.shutdown()
            self._own_timer.deleteLater()
            self._own_timer = None
        self.timer = None
        window.activateWindow()
        window.view.setFocus()
        self.active_changed.emit(False)

    # -- gestures -------------------------------------------------------------------------
    def follow_facilitator(self) -> None:
        if self.audience is not None:
            self.audience.follow(self.facilitator_rect())

    def set_question(self, question: str | None) -> None:
        if self.audience is not None:
            self.audience.set_question(question)

    def handle_key(self, key: int) -> bool:
        """A presenter key from the control bar or the board; True when used."""
        if self.audience is None:
            return False
        return self.audience.handle_key(Qt.Key(key))

    # -- refreshing ------------------------------------------------------------------------
    def refresh_targets(self) -> None:
        """Redo the focus stops from the scene (and the cluster labels from the desk)."""
        audience = self.audience
        if audience is None:
            return
        scene = self.window.scene
        if scene.session_id != self._session_id:
            self._session_id = scene.session_id
            self._read_labels()
            self.refresh_votes()
            self._attach_timer()
        targets = focus_targets(scene.frames(), scene.notes(), self._labels)
        audience.set_targets([self._as_drawn(t) for t in targets])

    def _as_drawn(self, target: FocusTarget) -> FocusTarget:
        """A cluster as the scene draws it (outline and label chip, or its card when
        collapsed), when the scene has cluster items."""
        if target.kind != "cluster":
            return target
        layer = getattr(self.window.scene, "cluster_layer", None)
        item = layer.item(target.id) if layer is not None else None
        if item is None or not item.isVisible():
            return target
        r = item.sceneBoundingRect()
        outline, chip = getattr(item, "outline_rect", None), getattr(item, "chip_rect", None)
        if outline is not None and chip is not None:  # tighter than the bounding rect
            drawn = outline()
            if not chip().isEmpty():
                drawn = drawn.united(chip())
            r = item.mapRectToScene(drawn)
        label = getattr(getattr(item, "cluster", None), "label", "") or target.title
        return replace(target, title=label, rect=(r.x(), r.y(), r.width(), r.height()))

    def refresh_votes(self) -> None:
        """Hide vote badges on the audience view while the current round is hidden."""
        if self.audience is None:
            return
        hidden = False
        sid = self.window.scene.session_id
        if sid is not None:
            try:
                current = self.window.desk.current_round(sid)
            except CopdeskError as error:
                log.info("voting round not read: %s", error)
                current = None
            hidden = current is not None and current.hidden
        self.audience.set_votes_hidden(hidden)

    def _read_labels(self) -> None:
        sid = self.window.scene.session_id
        self._labels = {}
        if sid is None:
            return
        try:
            self._labels = {c.id: c.label for c in self.window.desk.clusters(sid)}
        except CopdeskError as error:
            log.info("cluster labels not read: %s", error)

    # -- wiring ------------------------------------------------------------------------------
    def _connect(self, signal: Any, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._links.append((signal, slot))

    def _wire_board(self) -> None:
        view = self.window.view
        self._connect(view.horizontalScrollBar().valueChanged, self._on_view_moved)
        self._connect(view.verticalScrollBar().valueChanged, self._on_view_moved)
        self._connect(view.zoom_changed, self._on_view_moved)
        self._connect(self.window.scene.changed, self._on_scene_changed)
        self._connect(self.window.undo_stack.indexChanged, self._on_undo_stack_index_changed)
        docks = getattr(self.window, "docks", None)
        changed = getattr(docks, "timer_controller_changed", None)
        if changed is not None:  # the timer dock rebuilds its countdown per session
            self._connect(changed, self._on_docks_timer_controller_changed)
        self._session_id = self.window.scene.session_id
        self._read_labels()

    def _wire_questions(self) -> None:
        from copdesk.ui.panels.questions_panel import QuestionsPanel

        panel = getattr(self.window, "questions_panel", None)
        if not isinstance(panel, QuestionsPanel):
            panel = self.window.findChild(QuestionsPanel)
        if panel is None or self.audience is None:
            return
        self._connect(panel.question_pinned, self.set_question)
        self._connect(panel.question_unpinned, self._on_questions_unpinned)
        self.audience.set_question(panel.pinned_question())

    def _find_timer(self) -> TimerController | None:
        """The window's countdown for the shown session; a window without one
        (no timer dock) gets one of the presenter's own."""
        from copdesk.ui.timer.timer_controller import TimerController
        from copdesk.ui.timer.timer_panel import TimerPanel

        sid = self.window.scene.session_id
        if hasattr(type(self.window), "timer_controller"):
            candidate = self.window.timer_controller
            return candidate if isinstance(candidate, TimerController) else None
        panel = self.window.findChild(TimerPanel)
        if panel is not None and panel.controller.session_id == sid:
            return panel.controller
        if sid is None:
            return None
        if self._own_timer is not None and self._own_timer.session_id == sid:
            return self._own_timer
        if self._own_timer is not None:
            self._own_timer.shutdown()
            self._own_timer.deleteLater()
        try:
            self._own_timer = TimerController(self.window.desk, sid, parent=self)
        except CopdeskError as error:
            log.info("no timer for the presenter: %s", error)
            self._own_timer = None
        return self._own_timer

    def _attach_timer(self) -> None:
        audience = self.audience
        if audience is None:
            return
        timer = self._find_timer()
        if timer is self.timer:
            return
        if self.timer is not None:
            for name, slot in (
                ("ticked", self._on_timer_ticked),
                ("state_changed", self._on_timer_state_changed),
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    getattr(self.timer, name).disconnect(slot)
        self.timer = timer
        audience.attach_timer(timer)
        if timer is not None:
            timer.ticked.connect(self._on_timer_ticked)
            timer.state_changed.connect(self._on_timer_state_changed)
            self._links.append((timer.ticked, self._on_timer_ticked))
            self._links.append((timer.state_changed, self._on_timer_state_changed))
        self._sync_control_bar()

    def _starting_target(self, targets: list[FocusTarget]) -> int | None:
        """The frame the facilitator is zoomed in on (under the centre of their view),
        else (the whole board in view, or no frame there) the first stop."""
        if not targets:
            return None
        shown = self.facilitator_rect()
        if shown.contains(self.window.scene.content_rect()):
            return 0
        centre = shown.center()
        for i, target in enumerate(targets):
            if target.kind == "frame" and QRectF(*target.rect).contains(centre):
                return i
        return 0

    def _show(self, audience: AudienceWindow, plan: ScreenPlan) -> None:
        if plan.audience is not None:
            x, y, w, h = plan.audience.geometry
            qscreen = qscreen_for(plan.audience)
            if qscreen is not None:
                audience.setScreen(qscreen)
            audience.setGeometry(x, y, w, h)
        if self.full_screen:
            audience.showFullScreen()
        else:
            audience.show()
        if plan.needs_control_bar:
            audience.raise_()
            audience.activateWindow()
            audience.setFocus()
        else:
            self.window.activateWindow()  # the facilitator keeps working on the laptop

    def _open_control_bar(self, plan: ScreenPlan) -> None:
        bar = ControlBar(self.window)
        self.control_bar = bar
        self._connect(bar.toggle_timer_requested, self._on_control_bar_toggle_timer_requested)
        self._connect(bar.next_step_requested, self._on_control_bar_next_step_requested)
        self._connect(bar.previous_target_requested, self._on_control_bar_previous_requested)
        self._connect(bar.next_target_requested, self._on_control_bar_next_requested)
        self._connect(bar.follow_requested, self.follow_facilitator)
        self._connect(bar.blank_toggled, self._on_control_bar_blank_toggled)
        self._connect(bar.exit_requested, self.stop)
        self._connect(bar.key_pressed, self.handle_key)
        self._sync_control_bar()
        audience = self.audience
        if plan.audience is not None:
            bar.place_on(plan.audience.geometry)
        elif audience is not None:
            g = audience.geometry()
            bar.place_on((g.x(), g.y(), g.width(), g.height()))
        bar.show()
        bar.raise_()

    def _sync_control_bar(self) -> None:
        bar = self.control_bar
        if bar is None:
            return
        timer = self.timer
        bar.set_timer_available(timer is not None)
        if timer is not None:
            bar.set_time(timer.text())
            bar.set_timer_state(timer.countdown.state)
        if self.audience is not None:
            bar.set_blank(self.audience.is_blank())
            bar.set_following(self.audience.is_following())

    # -- slots ---------------------------------------------------------------------------------
    def _on_view_moved(self, *_args: object) -> None:
        if self.audience is not None and self.audience.is_following():
            self._follow_timer.start()

    def _on_follow_timer_timeout(self) -> None:
        if self.audience is not None and self.audience.is_following():
            self.audience.follow(self.facilitator_rect())

    def _on_scene_changed(self, _rects: object) -> None:
        if not self._targets_timer.isActive():
            self._targets_timer.start()

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self._read_labels()
        self.refresh_votes()
        self._targets_timer.start()

    def _on_docks_timer_controller_changed(self, _controller: object) -> None:
        self._attach_timer()

    def _on_questions_unpinned(self) -> None:
        self.set_question(None)

    def _on_audience_focus_changed(self, _target: object) -> None:
        self._sync_control_bar()

    def _on_audience_blank_changed(self, _blank: bool) -> None:
        self._sync_control_bar()

    def _on_timer_ticked(self, text: str) -> None:
        if self.control_bar is not None:
            self.control_bar.set_time(text)

    def _on_timer_state_changed(self, state: str) -> None:
        if self.control_bar is not None:
            self.control_bar.set_timer_state(state)

    def _on_control_bar_toggle_timer_requested(self) -> None:
        if self.timer is not None:
            self.timer.toggle()

    def _on_control_bar_next_step_requested(self) -> None:
        if self.timer is not None:
            self.timer.next_step()

    def _on_control_bar_previous_requested(self) -> None:
        if self.audience is not None:
            self.audience.previous_target()

    def _on_control_bar_next_requested(self) -> None:
        if self.audience is not None:
            self.audience.next_target()

    def _on_control_bar_blank_toggled(self, blank: bool) -> None:
        if self.audience is not None:
            self.audience.set_blank(blank)

    # -- the facilitator's keys ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self.window
        if self.audience is None:
            return False
        if watched is window and event.type() == QEvent.Type.Close:
            self.stop()  # the audience window must not outlive the facilitator's
            return False
        if watched is window.view.viewport() and event.type() == QEvent.Type.Resize:
            self._on_view_moved()
            return False
        if (
            watched is window.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers()
            and getattr(window.board, "editor", None) is None
            and window.scene.focusItem() is None
        ):
            key = Qt.Key(event.key())
            if key in _BOARD_KEYS:
                return self.handle_key(key)
            if key == Qt.Key.Key_Escape and not window.scene.selectedItems():
                self.stop()
                return True
        return False
