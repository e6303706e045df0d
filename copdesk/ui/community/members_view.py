"""The member roster: a table to add, edit inline, remove, filter and import from CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Member
from copdesk.core.roster_csv import read_roster
from copdesk.core.tags import split_tags, tag_key
from copdesk.core.text import fill
from copdesk.ui.community.community_commands import push
from copdesk.ui.community.community_style import (
    readable_font,
    set_column_widths,
    show_problem,
    style_table,
)

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk
    from copdesk.desk.members_ops import MemberImport

COLUMNS = ("name", "team", "interests", "goals", "contact")
HEADERS = [
    QT_TRANSLATE_NOOP("MembersView", "Name"),
    QT_TRANSLATE_NOOP("MembersView", "Team / role"),
    QT_TRANSLATE_NOOP("MembersView", "Interests"),
    QT_TRANSLATE_NOOP("MembersView", "Learning goals"),
    QT_TRANSLATE_NOOP("MembersView", "Contact"),
]
_ID = Qt.ItemDataRole.UserRole


def _cell_text(member: Member, column: str) -> str:
    value = getattr(member, column)
    return ", ".join(value) if isinstance(value, tuple) else str(value)


class MembersView(QWidget):
    """Members of the community; every change goes through the desk and can be undone."""

    members_changed = Signal()
    problem_shown = Signal(str)

    def __init__(
        self, desk: Desk, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setFont(readable_font(self))

        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter by name, team or interest"))
        self.filter_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add member"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.count_label = QLabel()
        self.table = QTableWidget()
        style_table(self.table, [self.tr(h) for h in HEADERS])
        self.table.setSortingEnabled(False)
        set_column_widths(self.table, (220, 160, 300, 300))

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        for button in (self.add_button, self.remove_button, self.import_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.activated.connect(self._on_remove_button_clicked)
        self.refresh()

    # -- reading the desk ----------------------------------------------------------
    def refresh(self) -> None:
        members = self.desk.members()
        self.table.blockSignals(True)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            for col, column in enumerate(COLUMNS):
                item = QTableWidgetItem(_cell_text(member, column))
                item.setData(_ID, member.id)
                if col == 0:
                    item.setFont(readable_font(self.table, bold=True))
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self._apply_filter()
        self.members_changed.emit()

    def row_of(self, member_id: int) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(_ID) == member_id:
                return row
        return -1

    def visible_names(self) -> list[str]:
        return [
            self.table.item(r, 0).text()
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _apply_filter(self) -> None:
        words = tag_key(self.filter_edit.text()).split()
        shown = 0
        for row in range(self.table.rowCount()):
            text = tag_key(" ".join(self.table.item(row, c).text() for c in range(len(COLUMNS))))
            hidden = not all(w in text for w in words)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        total = self.table.rowCount()
        self.count_label.setText(
            self.tr("%1 members").replace("%1", str(total))
            if shown == total
            else fill(self.tr("%1 of %2 members shown"), shown, total)
        )

    # -- gestures ----------------------------------------------------------------------
    def _report(self, message: str) -> None:
        self.problem_shown.emit(message)
        show_problem(self, self.tr("That did not work"), message)

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._apply_filter()

    def _on_add_button_clicked(self) -> None:
        created: list[Member] = []

        def do() -> None:
            if created:
                self.desk.restore_members([created[0].id])
            else:
                created.append(self.desk.add_member(self.tr("New member")))

        if push(
            self.undo_stack,
            self.tr("Add member"),
            do,
            lambda: self.desk.remove_members([created[0].id]),
            self.refresh,
            self._report,
        ):
            self.filter_edit.clear()
            row = self.row_of(created[0].id)
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(_ID) for r in rows if not self.table.isRowHidden(r)]

    def _on_remove_button_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        label = self.tr("Remove member") if len(ids) == 1 else f"Remove {len(ids)} members"
        push(
            self.undo_stack,
            label,
            lambda: self.desk.remove_members(ids),
            lambda: self.desk.restore_members(ids),
            self.refresh,
            self._report,
        )

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        member_id = int(item.data(_ID))
        column = COLUMNS[item.column()]
        text = item.text()
        value: object = split_tags(text) if column in ("interests", "goals") else text
        old = self.desk.member(member_id)
        if _cell_text(old, column) == (", ".join(value) if isinstance(value, tuple) else text):
            return
        ok = push(
            self.undo_stack,
            self.tr("Edit %1").replace("%1", self.tr(HEADERS[item.column()])),
            lambda: self.desk.update_member(member_id, **{column: value}),  # type: ignore[arg-type]
            lambda: self.desk.put_members([old]),
            self.refresh,
            self._report,
        )
        if not ok:
            self.refresh()

    # -- import ---------------------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a member roster"),
            "",
            self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.import_csv_file(Path(path))

    def import_csv_file(self, path: Path) -> bool:
        """Read a roster and add it in one undoable step; a problem names its line."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._import_failed(
                fill(self.tr("%1 cannot be read (%2)."), path.name, exc.strerror or exc)
            )
            return False
        try:
            roster = read_roster(data)
        except CopdeskError as exc:
            self._import_failed(str(exc))
            return False
        done: list[MemberImport] = []

        def do() -> None:
            if done:
                result = done[0]
                self.desk.restore_members(m.id for m in result.added)
                self.desk.put_members(new for _, new in result.updated)
            else:
                done.append(self.desk.import_members(roster.drafts))

        def undo() -> None:
            result = done[0]
            self.desk.remove_members(m.id for m in result.added)
            self.desk.put_members(old for old, _ in result.updated)

        errors: list[str] = []
        label = self.tr("Import %1").replace("%1", path.name)
        if not push(self.undo_stack, label, do, undo, self.refresh, errors.append):
            self._import_failed(
                errors[0] if errors else self.tr("The roster could not be imported.")
            )
            return False
        result = done[0]
        added, updated = len(result.added), len(result.updated)
        if added == 1:
            text = (
                self.tr("Imported 1 new member, updated %2 from %3.")
                if updated
                else self.tr("Imported 1 new member from %3.")
            )
        else:
            text = (
                self.tr("Imported %1 new members, updated %2 from %3.")
                if updated
                else self.tr("Imported %1 new members from %3.")
            )
        self.count_label.setText(fill(text, added, updated, path.name))
        return True

    def _import_failed(self, message: str) -> None:
        self.problem_shown.emit(message)
        show_problem(self, self.tr("Nothing was imported"), message)
