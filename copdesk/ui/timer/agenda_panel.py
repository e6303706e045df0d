"""The agenda panel: a session's timeboxed steps, edited in a dock beside the board.

The list shows each step with the time spent beside its timebox; the current
step (the one the timer is on) has an accent bar. Drag a step to reorder it,
or use Alt+Up / Alt+Down; Ins adds a step after the selected one, Del (inside
the list) removes it, Enter makes it the current step. Every edit is one
:class:`QUndoCommand` on the shared undo stack (see ``agenda_commands``).

The panel shares the :class:`TimerController` of the timer panel (pass it as
``controller``) so both show the same countdown; alone it makes its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.countdown import Clock, format_seconds
from copdesk.core.models import AgendaStep
from copdesk.core.text import fill
from copdesk.desk.agenda_ops import MAX_STEP_MINUTES, MIN_STEP_MINUTES
from copdesk.ui.timer.agenda_commands import AddStep, EditStep, MoveStep, RemoveStep
from copdesk.ui.timer.timer_controller import TimerController

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPENT_ROLE = Qt.ItemDataRole.UserRole + 2
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 3
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 4
ACCENT = QColor("#1e88e5")
OVER = QColor("#c62828")
NEW_STEP_MINUTES = 5.0


def clock_text(seconds: float) -> str:
    return format_seconds(round(max(0.0, seconds)))


def _least_width(button: QPushButton) -> int:
    """The narrowest ``button`` can get with its whole text showing (longer words,
    as in German "Hinzufügen", widen the dock instead of being cut off)."""
    style = button.style()
    chrome = 2 * (
        style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    )
    return max(28, button.fontMetrics().horizontalAdvance(button.text()) + chrome + 4)


class StepDelegate(QStyledItemDelegate):
    """Title on the left, ``spent / planned`` on the right, an accent bar on the current step."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), int(option.fontMetrics.height() * 2.0)))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        current = bool(index.data(CURRENT_ROLE))
        spent = float(index.data(SPENT_ROLE) or 0.0)
        planned = float(index.data(PLANNED_ROLE) or 0.0)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(8, 0, -8, 0)
        if current:
            painter.fillRect(opt.rect.left(), opt.rect.top() + 2, 4, opt.rect.height() - 4, ACCENT)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.highlightedText() if selected else opt.palette.text()
        times = f"{clock_text(spent)} / {clock_text(planned)}"
        font = QFont(opt.font)
        font.setBold(current)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        times_width = metrics.horizontalAdvance(times) + 12
        painter.setPen(OVER if spent > planned and not selected else text_color.color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, times)
        painter.setPen(text_color.color())
        title_rect = rect.adjusted(0, 0, -times_width, 0)
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        painter.restore()


class StepList(QListWidget):
    """The steps; a drop never moves rows itself, it reports ``step_dropped(id, position)``."""

    step_dropped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegate(StepDelegate(self))
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)

    def drop_position(self, y: int) -> int:
        """Index (among all rows) a drop at viewport height ``y`` inserts before."""
        index = self.indexAt(QPoint(4, y))
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if y > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        if item is None:
            event.ignore()
            return
        source = self.row(item)
        target = self.drop_position(event.position().toPoint().y())
        new_position = target - 1 if target > source else target
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if new_position != source:
            self.step_dropped.emit(int(item.data(STEP_ID_ROLE)), new_position)


class AgendaPanel(QWidget):
    """The steps list, the selected step's editor and the planned / spent totals."""

    def __init__(
        self,
        desk: Desk,
        session_id: int,
        undo_stack: QUndoStack,
        clock: Clock | None = None,
        *,
        controller: TimerController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.desk = desk
        self.session_id = session_id
        self.undo_stack = undo_stack
        self.controller = controller or TimerController(desk, session_id, clock, parent=self)
        self.last_error = ""
        self._editor_step_id: int | None = None
        self._build()
        c = self.controller
        c.agenda_changed.connect(self.refresh)
        c.step_changed.connect(self._on_controller_step_changed)
        c.ticked.connect(self._on_controller_ticked)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(self.controller.sheet.index or 0)

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.list = StepList(self)
        self.list.setAccessibleName(self.tr("Agenda steps"))
        self.list.step_dropped.connect(self._on_list_step_dropped)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a step after the selected one (Ins)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected step (Del in the list)"))
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move the step up (Alt+Up)"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move the step down (Alt+Down)"))
        self.go_button = QPushButton(self.tr("Go to"))
        self.go_button.setToolTip(self.tr("Make the selected step the current one (Enter)"))
        for button, slot in (
            (self.add_button, self.add_step),
            (self.remove_button, self.remove_selected),
            (self.up_button, lambda: self.move_selected(-1)),
            (self.down_button, lambda: self.move_selected(+1)),
            (self.go_button, self.go_to_selected),
        ):
            button.clicked.connect(slot)
            button.setMinimumWidth(_least_width(button))
            buttons.addWidget(button, 1 if button in (self.up_button, self.down_button) else 2)
        layout.addLayout(buttons)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Step title"))
        self.title_edit.editingFinished.connect(self._on_title_edit_editing_finished)
        self.minutes_spin = QDoubleSpinBox()
        self.minutes_spin.setRange(MIN_STEP_MINUTES, MAX_STEP_MINUTES)
        self.minutes_spin.setDecimals(1)
        self.minutes_spin.setSingleStep(1.0)
        self.minutes_spin.setSuffix(self.tr(" min"))

        self.minutes_spin.setKeyboardTracking(False)
        self.minutes_spin.valueChanged.connect(self._on_minutes_spin_value_changed)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Facilitator notes (not shown to the room)"))
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.installEventFilter(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Length"), self.minutes_spin)
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout.addLayout(form)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("agendaTotals")
        layout.addWidget(self.totals_label)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.list, self.add_step)

    # -- reading -----------------------------------------------------------------

    def selected_step(self) -> AgendaStep | None:
        item = self.list.currentItem()
        if item is None:
            return None
        step_id = int(item.data(STEP_ID_ROLE))
        return next((s for s in self.controller.sheet.steps if s.id == step_id), None)

    def step_ids(self) -> list[int]:
        return [int(self.list.item(i).data(STEP_ID_ROLE)) for i in range(self.list.count())]

    # -- gestures -------------------------------------------------------------------

    def add_step(self) -> None:
        self.commit_notes()
        selected = self.list.currentRow()
        position = selected + 1 if selected >= 0 else None
        command = AddStep(
            self.desk,
            self.session_id,
            self.tr("New step"),
            NEW_STEP_MINUTES,
            self._on_agenda_edited,
            self._on_command_failed,
            position=position,
        )
        self.undo_stack.push(command)
        if command.step_id is not None:
            self._select(command.step_id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def remove_selected(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        self.commit_notes()
        row = self.list.currentRow()
        self.undo_stack.push(
            RemoveStep(
                self.desk, step.id, step.title, self._on_agenda_edited, self._on_command_failed
            )
        )
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_selected(self, delta: int) -> None:
        step = self.selected_step()
        if step is None:
            return
        row = self.list.currentRow()
        target = max(0, min(row + delta, self.list.count() - 1))
        if target != row:
            self._push_move(step.id, row, target)

    def go_to_selected(self) -> None:
        step = self.selected_step()
        if step is not None:
            self.controller.select_step(step.id)

    def commit_notes(self) -> None:
        """Save the notes being typed (on focus out, selection change, or before another edit)."""
        step = self.selected_step()
        if step is None:
            return
        text = self.notes_edit.toPlainText()
        if text.strip() != step.notes.strip():
            self._push_edit(step, "notes", step.notes, text)

    # -- refresh ------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the list from the controller's agenda, keeping the selection."""
        keep = self.selected_step()
        steps = self.controller.sheet.steps
        current = self.controller.current_step
        self.list.blockSignals(True)
        self.list.clear()
        for step in steps:
            item = QListWidgetItem(step.title)
            item.setData(STEP_ID_ROLE, step.id)
            item.setData(CURRENT_ROLE, current is not None and step.id == current.id)
            item.setData(PLANNED_ROLE, step.minutes * 60)
            item.setData(SPENT_ROLE, self.controller.sheet.elapsed_seconds(step))
            item.setToolTip(step.notes or step.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if keep is not None and keep.id in self.step_ids():
            self._select(keep.id)
        self._load_editor()
        self._refresh_totals()

    def _refresh_totals(self) -> None:
        sheet = self.controller.sheet
        planned = sheet.planned_seconds()
        spent = sheet.elapsed_seconds()
        n = len(sheet.steps)
        self.totals_label.setText(
            fill(
                self.tr("Planned %1 · spent %2 · 1 step")
                if n == 1
                else self.tr("Planned %1 · spent %2 · %3 steps"),
                clock_text(planned),
                clock_text(spent),
                n,
            )
        )
        has = self.selected_step() is not None
        for button in (self.remove_button, self.go_button, self.up_button, self.down_button):
            button.setEnabled(has)
        for editor in (self.title_edit, self.minutes_spin, self.notes_edit):
            editor.setEnabled(has)

    def _load_editor(self) -> None:
        """Show the selected step in the editor, leaving a field being typed in alone."""
        step = self.selected_step()
        same = step is not None and step.id == self._editor_step_id
        self._editor_step_id = step.id if step else None
        for w in (self.title_edit, self.minutes_spin, self.notes_edit):
            w.blockSignals(True)
        if not (same and self.title_edit.hasFocus()):
            self.title_edit.setText(step.title if step else "")
        self.minutes_spin.setValue(step.minutes if step else NEW_STEP_MINUTES)
        if not (same and self.notes_edit.hasFocus()):
            self.notes_edit.setPlainText(step.notes if step else "")
        for w in (self.title_edit, self.minutes_spin, self.notes_edit):
            w.blockSignals(False)
        self._refresh_totals()

    def _select(self, step_id: int) -> None:
        ids = self.step_ids()
        if step_id in ids:
            self.list.setCurrentRow(ids.index(step_id))

    # -- events --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_notes()
        elif watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.NoModifier:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _push_edit(self, step: AgendaStep, field: str, old: str | float, new: str | float) -> None:
        self.undo_stack.push(
            EditStep(
                self.desk, step.id, field, old, new, self._on_agenda_edited, self._on_command_failed
            )
        )

    def _push_move(self, step_id: int, old: int, new: int) -> None:
        self.undo_stack.push(
            MoveStep(self.desk, step_id, old, new, self._on_agenda_edited, self._on_command_failed)
        )
        self._select(step_id)

    def _on_agenda_edited(self) -> None:
        self.controller.reload_agenda()  # emits agenda_changed -> refresh

    def _on_command_failed(self, message: str) -> None:
        self.last_error = message
        if self.isVisible():
            QMessageBox.warning(self, "Agenda", message)

    def _on_list_step_dropped(self, step_id: int, new_position: int) -> None:
        old = self.step_ids().index(step_id)
        self._push_move(step_id, old, new_position)

    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        self._load_editor()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.controller.select_step(int(item.data(STEP_ID_ROLE)))

    def _on_title_edit_editing_finished(self) -> None:
        step = self.selected_step()
        text = self.title_edit.text()
        if step is not None and text.strip() and text.strip() != step.title:
            self._push_edit(step, "title", step.title, text)

    def _on_minutes_spin_value_changed(self, value: float) -> None:
        step = self.selected_step()
        if step is not None and abs(value - step.minutes) > 1e-9:
            self._push_edit(step, "minutes", step.minutes, value)

    def _on_controller_step_changed(self, step: AgendaStep | None) -> None:
        """The timer moved to another step (Next, Previous, the run-sheet): the list
        and the editor follow it, unless a field holds typing not saved yet."""
        self.refresh()
        if step is not None and not self.editing():
            self._select(step.id)

    def editing(self) -> bool:
        """Whether the facilitator is typing in the step editor: a field has the
        focus and differs from the selected step (a field left as it is is not)."""
        step = self.selected_step()
        focus = QApplication.focusWidget()
        if step is None or focus is None:
            return False
        spin = self.minutes_spin
        typed = {
            self.title_edit: self.title_edit.text().strip() != step.title.strip(),
            spin: spin.text() != spin.prefix() + spin.textFromValue(step.minutes) + spin.suffix(),
            self.notes_edit: self.notes_edit.toPlainText().strip() != step.notes.strip(),
        }
        return any(
            changed and (field is focus or field.isAncestorOf(focus))
            for field, changed in typed.items()
        )

    def _on_controller_ticked(self, text: str) -> None:
        live = self.controller.countdown.step_id
        if live is None:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            if int(item.data(STEP_ID_ROLE)) == live:
                step = next((s for s in self.controller.sheet.steps if s.id == live), None)
                if step is not None:
                    item.setData(SPENT_ROLE, self.controller.sheet.elapsed_seconds(step))
        self._refresh_totals()
