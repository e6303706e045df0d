"""Rituals and rhythm: a table of rituals with the time per month and the next dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Ritual
from copdesk.core.rituals import (
    LABELS,
    format_hours,
    format_person_hours,
    monthly_time,
    next_ritual_dates,
    parse_cadence,
    total_monthly_time,
)
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
    QT_TRANSLATE_NOOP("RitualsView", "Ritual"),
    QT_TRANSLATE_NOOP("RitualsView", "Rhythm"),
    QT_TRANSLATE_NOOP("RitualsView", "Minutes"),
    QT_TRANSLATE_NOOP("RitualsView", "People"),
    QT_TRANSLATE_NOOP("RitualsView", "First date"),
    QT_TRANSLATE_NOOP("RitualsView", "Per person / month"),
    QT_TRANSLATE_NOOP("RitualsView", "Total / month"),
    QT_TRANSLATE_NOOP("RitualsView", "Next dates"),
]
EDITABLE = {0: "name", 1: "cadence", 2: "duration_minutes", 3: "people", 4: "first_date"}
_ID = Qt.ItemDataRole.UserRole


def rhythm_label(cadence: str) -> str:
    """How a cadence reads in the UI language ("every month", "monatlich"); the
    German labels are spellings :func:`parse_cadence` reads back."""
    return QCoreApplication.translate("rituals", LABELS[parse_cadence(cadence)])


def _values(ritual: Ritual, today: date) -> list[str]:
    locale = QLocale()
    try:
        rhythm = rhythm_label(ritual.cadence)
        t = monthly_time(ritual)
        per_person = format_hours(t.hours_per_person)
        total = format_person_hours(t.person_hours, locale.groupSeparator())
        upcoming = ", ".join(d.isoformat() for d in next_ritual_dates(ritual, today, 3))
    except CopdeskError:
        rhythm, per_person, total, upcoming = ritual.cadence, "?", "?", "?"
    # no group separator: the cell is read back when edited ("1,5" and "1.5" both work)
    minutes = f"{ritual.duration_minutes:g}".replace(".", locale.decimalPoint())
    return [
        ritual.name,
        rhythm,
        minutes,
        str(ritual.people),
        ritual.first_date,
        per_person,
        total,
        upcoming,
    ]


class RitualsView(QWidget):
    rituals_changed = Signal()
    problem_shown = Signal(str)

    def __init__(
        self,
        desk: Desk,
        today: date,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.today = today
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setFont(readable_font(self))
        self.summary = QLabel()
        self.summary.setFont(readable_font(self, TITLE_POINT_SIZE, bold=True))
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add ritual"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.table = QTableWidget()
        style_table(self.table, [self.tr(h) for h in HEADERS])
        set_column_widths(self.table, (220, 170, 90, 80, 130, 170, 130))
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.refresh()

    def refresh(self) -> None:
        rituals = self.desk.rituals()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rituals))
        for row, ritual in enumerate(rituals):
            for col, value in enumerate(_values(ritual, self.today)):
                item = QTableWidgetItem(value)
                item.setData(_ID, ritual.id)
                if col not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        try:
            t = total_monthly_time(rituals)
            self.summary.setText(
                fill(
                    self.tr(
                        "Time per month: %1 for someone at every ritual · %2 person-hours in total"
                    ),
                    format_hours(t.hours_per_person),
                    QLocale().toString(t.person_hours, "f", 1),
                )
            )
        except CopdeskError as exc:
            self.summary.setText(str(exc))
        self.rituals_changed.emit()

    def _report(self, message: str) -> None:
        self.problem_shown.emit(message)
        show_problem(self, self.tr("That did not work"), message)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(_ID)) for r in rows]

    def _on_add_button_clicked(self) -> None:
        created: list[Ritual] = []

        def do() -> None:
            if created:
                self.desk.restore_rituals([created[0].id])
            else:
                created.append(
                    self.desk.add_ritual(
                        self.tr("New ritual"), "monthly", 60, 10, self.today.isoformat()
                    )
                )

        push(
            self.undo_stack,
            self.tr("Add ritual"),
            do,
            lambda: self.desk.remove_rituals([created[0].id]),
            self.refresh,
            self._report,
        )

    def _on_remove_button_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            push(
                self.undo_stack,
                self.tr("Remove ritual"),
                lambda: self.desk.remove_rituals(ids),
                lambda: self.desk.restore_rituals(ids),
                self.refresh,
                self._report,
            )

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        field = EDITABLE.get(item.column())
        if field is None:
            return
        ritual_id = int(item.data(_ID))
        old = self.desk.ritual(ritual_id)
        text = item.text().strip()
        value: object = text
        try:
            if field == "duration_minutes":
                value = float(text.replace(",", "."))
            elif field == "people":
                value = int(text)
        except ValueError:
            self._report(self.tr("“%1” is not a number.").replace("%1", text))
            self.refresh()
            return
        fields = {
            "name": old.name,
            "cadence": old.cadence,
            "duration_minutes": old.duration_minutes,
            "people": old.people,
            "first_date": old.first_date,
        }
        ok = push(
            self.undo_stack,
            self.tr("Edit %1").replace("%1", self.tr(HEADERS[item.column()])),
            lambda: self.desk.update_ritual(ritual_id, **{field: value}),  # type: ignore[arg-type]
            lambda: self.desk.update_ritual(ritual_id, **fields),  # type: ignore[arg-type]
            self.refresh,
            self._report,
        )
        if not ok:
            self.refresh()
