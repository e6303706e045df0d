"""The timer panel: the big countdown and its controls, for a dock of the main window.

Keyboard (window-wide shortcuts, chosen not to clash with the board's N, 1–6,
arrows, F2 and Del, nor with the platform's zoom and tab keys):

==========================  =================================
Ctrl+Space                  start / pause / resume
Ctrl+Shift+R                reset to the step's timebox
Ctrl+Alt+Up / Ctrl+Alt+=    one more minute
Ctrl+Alt+Down / Ctrl+Alt+-  one minute less
Alt+PageDown                next agenda step
Alt+PageUp                  previous agenda step
Ctrl+Alt+3 / 5 / 0          quick timer of 3 / 5 / 10 minutes
==========================  =================================

While the panel itself has the keyboard focus, plain keys work too: Space,
``+`` / ``-``, ``R``, PageDown / PageUp.

Every control is a :class:`QAction` declared once in :data:`ACTIONS`;
:meth:`TimerPanel.timer_actions` hands them to the main window for its menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.countdown import Clock
from copdesk.core.models import AgendaStep
from copdesk.ui.timer.timer_controller import TimerController
from copdesk.ui.timer.timer_display import TimerDisplay

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk
    from copdesk.ui.timer.chime import Sounder

AUTO_ADVANCE_KEY = "timer/auto_advance"
QUICK_MINUTES = (3, 5, 10)
#: The countdown never gets shorter than this in the dock (pixels): the digits
#: stay readable across the room even when the dock starts small.
DISPLAY_MIN_HEIGHT = 120


@dataclass(frozen=True, slots=True)
class TimerAction:
    id: str
    text: str
    shortcuts: tuple[str, ...]
    handler: Callable[[TimerController], None]
    tip: str


ACTIONS: tuple[TimerAction, ...] = (
    TimerAction(
        "previous",
        QT_TRANSLATE_NOOP("TimerPanel", "◀ Prev"),
        ("Alt+PgUp",),
        TimerController.previous_step,
        QT_TRANSLATE_NOOP("TimerPanel", "Previous agenda step"),
    ),
    TimerAction(
        "toggle",
        QT_TRANSLATE_NOOP("TimerPanel", "Start"),
        ("Ctrl+Space",),
        TimerController.toggle,
        QT_TRANSLATE_NOOP("TimerPanel", "Start, pause or resume the timer"),
    ),
    TimerAction(
        "reset",
        QT_TRANSLATE_NOOP("TimerPanel", "Reset"),
        ("Ctrl+Shift+R",),
        TimerController.reset,
        QT_TRANSLATE_NOOP("TimerPanel", "Back to the full timebox"),
    ),
    TimerAction(
        "minus",
        QT_TRANSLATE_NOOP("TimerPanel", "−1 min"),
        ("Ctrl+Alt+Down", "Ctrl+Alt+-"),
        TimerController.remove_minute,
        QT_TRANSLATE_NOOP("TimerPanel", "One minute less"),
    ),
    TimerAction(
        "plus",
        QT_TRANSLATE_NOOP("TimerPanel", "+1 min"),
        ("Ctrl+Alt+Up", "Ctrl+Alt+="),
        TimerController.add_minute,
        QT_TRANSLATE_NOOP("TimerPanel", "One more minute"),
    ),
    TimerAction(
        "next",
        QT_TRANSLATE_NOOP("TimerPanel", "Next ▶"),
        ("Alt+PgDown",),
        TimerController.next_step,
        QT_TRANSLATE_NOOP("TimerPanel", "Next agenda step"),
    ),
)

_QUICK_KEYS = {3: "Ctrl+Alt+3", 5: "Ctrl+Alt+5", 10: "Ctrl+Alt+0"}
_TOGGLE_TEXT = {
    "idle": QT_TRANSLATE_NOOP("TimerPanel", "Start"),
    "running": QT_TRANSLATE_NOOP("TimerPanel", "Pause"),
    "paused": QT_TRANSLATE_NOOP("TimerPanel", "Resume"),
}


class TimerPanel(QWidget):
    """The countdown display, the timer buttons, quick timers and the run-sheet switch."""

    def __init__(
        self,
        desk: Desk,
        session_id: int,
        undo_stack: QUndoStack | None = None,
        clock: Clock | None = None,
        *,
        controller: TimerController | None = None,
        settings: QSettings | None = None,
        chime: Sounder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.undo_stack = undo_stack  # timer gestures are not undoable; kept for a uniform API
        self.settings = settings if settings is not None else QSettings()
        auto = _as_bool(self.settings.value(AUTO_ADVANCE_KEY, False))
        self.controller = controller or TimerController(
            desk, session_id, clock, chime, self, auto_advance=auto
        )
        self.display = TimerDisplay(self)
        self.actions_by_id: dict[str, QAction] = {}
        self._build(auto)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        c = self.controller
        c.ticked.connect(self._on_controller_ticked)
        c.phase_changed.connect(self._on_controller_phase_changed)
        c.countdown_finished.connect(self._on_controller_countdown_finished)
        c.state_changed.connect(self._on_controller_state_changed)
        c.step_changed.connect(self._on_controller_step_changed)
        c.agenda_changed.connect(self._refresh_caption)
        self._on_controller_phase_changed(c.phase())
        self._on_controller_ticked(c.text())
        self._refresh_caption()

    # -- building ------------------------------------------------------------

    def _build(self, auto: bool) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.display.setMinimumHeight(DISPLAY_MIN_HEIGHT)
        layout.addWidget(self.display, 1)
        buttons = {}
        for spec in ACTIONS:
            action = self._action(
                spec.id, self.tr(spec.text), spec.shortcuts, self.tr(spec.tip), spec.handler
            )
            buttons[spec.id] = self._button(action)
        # Two rows so the panel stays usable in a narrow dock: steps and start on top.
        for ids, stretches in ((("previous", "toggle", "next"), (1, 2, 1)),
                               (("reset", "minus", "plus"), (1, 1, 1))):  # fmt: skip
            row = QHBoxLayout()
            for action_id, stretch in zip(ids, stretches, strict=True):
                row.addWidget(buttons[action_id], stretch)
            layout.addLayout(row)
        quick = QHBoxLayout()
        quick.addWidget(QLabel(self.tr("Quick:")))
        for minutes in QUICK_MINUTES:
            action = self._action(
                f"quick{minutes}",
                self.tr("%1 min").replace("%1", str(minutes)),
                (_QUICK_KEYS[minutes],),
                self.tr("A free %1-minute timer, not tied to the agenda").replace(
                    "%1", str(minutes)
                ),
                lambda c, m=minutes: c.start_quick(m),
            )
            quick.addWidget(self._button(action))
        layout.addLayout(quick)
        self.run_sheet_box = QCheckBox(self.tr("Run sheet: advance by itself"))
        self.run_sheet_box.setToolTip(
            self.tr("When a step's time is up, chime and move on to the next step automatically")
        )
        self.run_sheet_box.setChecked(auto)
        self.run_sheet_box.toggled.connect(self._on_run_sheet_box_toggled)
        layout.addWidget(self.run_sheet_box)

    def _action(
        self,
        action_id: str,
        text: str,
        shortcuts: tuple[str, ...],
        tip: str,
        handler: Callable[[TimerController], None],
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"timer_{action_id}")
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                         for s in shortcuts)  # fmt: skip
        action.setToolTip(f"{tip} ({keys})")
        action.triggered.connect(lambda _checked=False: handler(self.controller))
        self.addAction(action)
        self.actions_by_id[action_id] = action
        return action

    def _button(self, action: QAction) -> QToolButton:
        """A button mirroring ``action`` (not ``setDefaultAction``: that would copy the
        shortcut onto the button, and two owners of one key make it ambiguous)."""
        button = QToolButton(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setObjectName(f"{action.objectName()}_button")
        button.clicked.connect(action.trigger)

        def mirror() -> None:
            button.setText(action.text())
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())

        action.changed.connect(mirror)
        mirror()
        return button

    def timer_actions(self) -> list[QAction]:
        """The panel's actions, in button order, for a "Timer" menu."""
        return list(self.actions_by_id.values())

    # -- keys while the panel has focus ------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        c = self.controller
        handlers: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Space: c.toggle,
            Qt.Key.Key_Plus: c.add_minute,
            Qt.Key.Key_Equal: c.add_minute,
            Qt.Key.Key_Minus: c.remove_minute,
            Qt.Key.Key_R: c.reset,
            Qt.Key.Key_PageDown: c.next_step,
            Qt.Key.Key_PageUp: c.previous_step,
        }
        handler = handlers.get(event.key())
        if handler is None:
            super().keyPressEvent(event)
            return
        handler()
        event.accept()

    # -- reacting to the controller ------------------------------------------------

    def _on_controller_ticked(self, text: str) -> None:
        self.display.set_time(text)

    def _on_controller_phase_changed(self, phase: str) -> None:
        self.display.set_phase(phase)

    def _on_controller_countdown_finished(self) -> None:
        self.display.flash()

    def _on_controller_state_changed(self, state: str) -> None:
        if state != "running":
            self.display.stop_flash()  # the facilitator has reacted
        self._refresh_caption()

    def _on_controller_step_changed(self, step: AgendaStep | None) -> None:
        if not self.controller.countdown.is_finished():
            self.display.stop_flash()
        self._refresh_caption()

    def _on_run_sheet_box_toggled(self, on: bool) -> None:
        self.settings.setValue(AUTO_ADVANCE_KEY, on)
        self.controller.set_auto_advance(on)

    def _refresh_caption(self) -> None:
        c = self.controller
        state = c.countdown.state
        self.actions_by_id["toggle"].setText(self.tr(_TOGGLE_TEXT[state]))
        self.actions_by_id["previous"].setEnabled(c.sheet.has_previous())
        self.actions_by_id["next"].setEnabled(c.sheet.has_next())
        step = c.current_step
        if c.countdown.step_id is None:
            caption = self.tr("Quick timer") if state != "idle" or step is not None else ""
        elif step is not None:
            i = c.sheet.index or 0
            caption = f"{i + 1}/{len(c.sheet.steps)} · {step.title}"
        else:
            caption = ""
        self.display.set_caption(caption)
        self.display.set_status(
            {"paused": self.tr("paused"), "idle": self.tr("ready")}.get(state, ""),
            dimmed=state == "paused",
        )


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)
