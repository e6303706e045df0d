"""Every action of every session: filter by owner and status, edit inline, set the
status; and a review mode for a new retro listing the previous retro's open actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.models import Action
from copdesk.core.text import fill
from copdesk.ui.community.community_commands import push
from copdesk.ui.community.community_style import (
    TITLE_POINT_SIZE,
    readable_font,
    set_column_widths,
    show_problem,
    style_table,
)

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

HEADERS = [
    QT_TRANSLATE_NOOP("ActionsView", "Action"),
    QT_TRANSLATE_NOOP("ActionsView", "Owner"),
    QT_TRANSLATE_NOOP("ActionsView", "Due"),
    QT_TRANSLATE_NOOP("ActionsView", "Status"),
    QT_TRANSLATE_NOOP("ActionsView", "From session"),
]
EDITABLE = {0: "text", 1: "owner", 2: "due"}
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("ActionsView", "Open"),
    "done": QT_TRANSLATE_NOOP("ActionsView", "Done"),
    "carried": QT_TRANSLATE_NOOP("ActionsView", "Carried over"),
    "dropped": QT_TRANSLATE_NOOP("ActionsView", "Dropped"),
}
MARK_LABELS = {
    "open": QT_TRANSLATE_NOOP("ActionsView", "Mark open"),
    "done": QT_TRANSLATE_NOOP("ActionsView", "Mark done"),
    "carried": QT_TRANSLATE_NOOP("ActionsView", "Mark carried over"),
    "dropped": QT_TRANSLATE_NOOP("ActionsView", "Mark dropped"),
}
OUTCOME_BUTTONS = (
    ("done", QT_TRANSLATE_NOOP("ActionsView", "Done")),
    ("carried", QT_TRANSLATE_NOOP("ActionsView", "Carry over")),
    ("dropped", QT_TRANSLATE_NOOP("ActionsView", "Drop")),
)
ALL = "__all__"
NO_OWNER = "__none__"
_ID = Qt.ItemDataRole.UserRole


class ActionsView(QWidget):
    """One list of every action; edits go through the desk and can be undone."""

    actions_changed = Signal()
    problem_shown = Signal(str)

    def __init__(
        self,
        desk: Desk,
        undo_stack: QUndoStack | None = None,
        review_session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.review_session_id: int | None = None
        self.setFont(readable_font(self))

        # review panel (hidden unless a retro is being started)
        self.review_title = QLabel()
        self.review_title.setFont(readable_font(self, TITLE_POINT_SIZE, bold=True))
        self.review_table = QTableWidget()
        style_table(
            self.review_table,
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Outcome")],
        )

        self.review_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.review_panel = QWidget()
        review_layout = QVBoxLayout(self.review_panel)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.review_title)
        review_layout.addWidget(self.review_table)
        self.review_panel.setVisible(False)

        self.owner_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(self.tr(label), status)
        self.add_button = QPushButton(self.tr("Add action"))
        self.status_buttons = {s: QPushButton(self.tr(label)) for s, label in MARK_LABELS.items()}
        self.remove_button = QPushButton(self.tr("Remove"))
        self.table = QTableWidget()
        style_table(self.table, [self.tr(h) for h in HEADERS])
        set_column_widths(self.table, (380, 160, 130, 140))
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Owner")))
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (*self.status_buttons.values(), self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_panel)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)

        self.owner_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _=False, s=status: self.set_selected_status(s))
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.refresh()
        if review_session_id is not None:
            self.start_review(review_session_id)

    # -- reading the desk -----------------------------------------------------------
    def refresh(self) -> None:
        self._fill_owner_filter()
        owner = self.owner_filter.currentData()
        status = self.status_filter.currentData()
        actions = self.desk.actions(
            owner=None if owner == ALL else ("" if owner == NO_OWNER else owner),
            status=None if status == ALL else status,
        )
        titles = {s.id: s.title for s in self.desk.sessions(include_deleted=True)}
        self.table.blockSignals(True)
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            values = (
                action.text,
                action.owner,
                action.due or "",
                self.tr(STATUS_LABELS[action.status]),
                titles.get(action.session_id or -1, ""),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(_ID, action.id)
                if col not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.count_label.setText(
            (self.tr("1 action") if len(actions) == 1 else self.tr("%1 actions")).replace(
                "%1", str(len(actions))
            )
        )
        self._fill_review()
        self.actions_changed.emit()

    def _fill_owner_filter(self) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), ALL)
        for owner in self.desk.action_owners():
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.addItem(self.tr("No owner yet"), NO_OWNER)
        index = self.owner_filter.findData(current) if current is not None else 0
        self.owner_filter.setCurrentIndex(max(index, 0))
        self.owner_filter.blockSignals(False)

    def shown_texts(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def set_filters(self, owner: str | None = None, status: str | None = None) -> None:
        """Select an owner ("" = no owner) and a status; None = all."""
        key = ALL if owner is None else (NO_OWNER if owner == "" else owner)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(key), 0))
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status or ALL), 0))

    # -- gestures -----------------------------------------------------------------------
    def _report(self, message: str) -> None:
        self.problem_shown.emit(message)
        show_problem(self, self.tr("That did not work"), message)

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(_ID)) for r in rows]

    def _on_add_button_clicked(self) -> None:
        created: list[Action] = []
        owner = self.owner_filter.currentData()

        def do() -> None:
            if created:
                self.desk.restore_actions([created[0].id])
            else:
                created.append(
                    self.desk.add_action(
                        self.tr("New action"),
                        owner if owner not in (ALL, NO_OWNER) else "",
                        session_id=self.review_session_id,
                    )
                )

        self.status_filter.setCurrentIndex(0)
        if push(
            self.undo_stack,
            self.tr("Add action"),
            do,
            lambda: self.desk.remove_actions([created[0].id]),
            self.refresh,
            self._report,
        ):
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(_ID) == created[0].id:
                    self.table.setCurrentCell(row, 0)
                    self.table.editItem(self.table.item(row, 0))

    def _on_remove_button_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            push(
                self.undo_stack,
                self.tr("Remove action")
                if len(ids) == 1
                else self.tr("Remove %1 actions").replace("%1", str(len(ids))),
                lambda: self.desk.remove_actions(ids),
                lambda: self.desk.restore_actions(ids),
                self.refresh,
                self._report,
            )

    def set_selected_status(self, status: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        old = self.desk.actions_by_id(ids)
        push(
            self.undo_stack,
            self.tr(MARK_LABELS[status]),
            lambda: self.desk.set_action_status(ids, status),
            lambda: self.desk.put_actions(old),
            self.refresh,
            self._report,
        )

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        field = EDITABLE.get(item.column())
        if field is None:
            return
        action_id = int(item.data(_ID))
        old = self.desk.action(action_id)
        text = item.text().strip()
        if text == (getattr(old, field) or ""):
            return
        value: str | None = text if field != "due" or text else None
        ok = push(
            self.undo_stack,
            self.tr("Edit %1").replace("%1", self.tr(HEADERS[item.column()])),
            lambda: self.desk.update_action(action_id, **{field: value}),  # type: ignore[arg-type]
            lambda: self.desk.put_actions([old]),
            self.refresh,
            self._report,
        )
        if not ok:
            self.refresh()

    # -- review at a new retro --------------------------------------------------------
    def start_review(self, session_id: int) -> None:
        """Show the previous retro's open actions to mark done, carried over or dropped."""
        self.review_session_id = session_id
        self.review_panel.setVisible(True)
        self._review_ids = [a.id for a in self.desk.open_actions_for_review(session_id)]
        self._fill_review()

    def stop_review(self) -> None:
        self.review_session_id = None
        self.review_panel.setVisible(False)

    def _fill_review(self) -> None:
        if self.review_session_id is None:
            return
        outcomes = self.desk.action_reviews(self.review_session_id)
        ids = list(self._review_ids)
        for action in self.desk.open_actions_for_review(self.review_session_id):
            if action.id not in ids:
                ids.append(action.id)
        self._review_ids = ids
        actions = [a for a in self.desk.actions_by_id(ids) if not a.deleted]
        pending = sum(1 for a in actions if a.id not in outcomes)
        self.review_title.setText(
            fill(
                self.tr("Review: 1 open action from earlier sessions · %2 still to decide")
                if len(actions) == 1
                else self.tr("Review: %1 open actions from earlier sessions · %2 still to decide"),
                len(actions),
                pending,
            )
            if actions
            else self.tr("Review: no open actions from the previous retro.")
        )
        self.review_table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            for col, value in enumerate((action.text, action.owner, action.due or "")):
                self.review_table.setItem(row, col, QTableWidgetItem(value))
            cell = QWidget()
            buttons = QHBoxLayout(cell)
            buttons.setContentsMargins(2, 0, 2, 0)
            for outcome, label in OUTCOME_BUTTONS:
                button = QPushButton(self.tr(label))
                button.setObjectName(f"review_{outcome}_{action.id}")
                button.setCheckable(True)
                button.setChecked(outcomes.get(action.id) == outcome)
                button.clicked.connect(
                    lambda _=False, a=action, o=outcome: self.record_outcome(a.id, o)
                )
                buttons.addWidget(button)
            self.review_table.setCellWidget(row, 3, cell)
        set_column_widths(self.review_table, (380, 120, 110, 360))
        self.review_table.setMaximumHeight(
            int(
                self.review_table.verticalHeader().defaultSectionSize()
                * (min(len(actions), 6) + 1.5)
            )
        )

    def record_outcome(self, action_id: int, outcome: str) -> None:
        session_id = self.review_session_id
        if session_id is None:
            return
        before = self.desk.action(action_id)
        earlier = self.desk.action_reviews(session_id).get(action_id)

        def undo() -> None:
            if earlier is None:
                self.desk.clear_review(session_id, action_id, before.status)
            else:
                self.desk.record_review(session_id, action_id, earlier)

        push(
            self.undo_stack,
            self.tr("Review: %1").replace("%1", self.tr(dict(OUTCOME_BUTTONS)[outcome]).lower()),
            lambda: self.desk.record_review(session_id, action_id, outcome),
            undo,
            self.refresh,
            self._report,
        )
