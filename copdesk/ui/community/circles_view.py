"""Learning circles: suggest, lock together or apart, swap, regenerate the rest, save.

Circles show as cards with their topic. Clicking names selects them (two at
most): "Swap" exchanges them, "Keep apart" forbids them one circle. A card's
lock keeps its members together when the rest is regenerated.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.circles import (
    CircleLockProblem,
    MatchMember,
    SuggestedCircle,
    pair,
    suggest_circles,
    with_topics,
)
from copdesk.core.errors import CopdeskError
from copdesk.core.models import CircleRound
from copdesk.core.palette import NOTE_COLORS
from copdesk.core.text import clean_label, fill
from copdesk.ui.community.community_commands import push
from copdesk.ui.community.community_style import TITLE_POINT_SIZE, readable_font, show_problem

if TYPE_CHECKING:
    from copdesk.desk.circles_ops import RoundRows
    from copdesk.desk.desk import Desk

CARD_COLUMNS = 3
#: the template whose boards show a saved round of circles as notes
CIRCLES_TEMPLATE = "learning-circles"


class CirclesView(QWidget):
    circles_suggested = Signal()
    round_saved = Signal(int)
    #: a round was saved, or its saving undone or redone: boards may show other notes
    board_changed = Signal()
    problem_shown = Signal(str)

    def __init__(
        self,
        desk: Desk,
        today: date | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.session_id = session_id
        self.circles: list[SuggestedCircle] = []
        self.locked: set[frozenset[int]] = set()
        self.apart: set[tuple[int, int]] = set()
        self.selected: list[int] = []
        self._names: dict[int, str] = {}
        self.setFont(readable_font(self))
        start = today or date.today()

        self.seed_box = QSpinBox(minimum=0, maximum=1_000_000)
        self.prefer_box = QComboBox()
        self.prefer_box.addItem(self.tr("Circles of three"), 3)
        self.prefer_box.addItem(self.tr("Pairs"), 2)
        self.suggest_button = QPushButton(self.tr("Suggest circles"))
        self.regenerate_button = QPushButton(self.tr("Regenerate the rest"))
        self.swap_button = QPushButton(self.tr("Swap the two selected"))
        self.apart_button = QPushButton(self.tr("Keep the two apart"))
        self.title_edit = QLineEdit(self.tr("Learning circles %1").replace("%1", start.isoformat()))
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.save_button = QPushButton(self.tr("Save round"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.cards = QWidget()
        self.grid = QGridLayout(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards)

        top = QHBoxLayout()
        top.addWidget(self.suggest_button)
        top.addWidget(self.regenerate_button)
        top.addWidget(self.prefer_box)
        top.addWidget(QLabel(self.tr("Seed")))
        top.addWidget(self.seed_box)
        top.addStretch(1)
        top.addWidget(self.swap_button)
        top.addWidget(self.apart_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Round")))
        bottom.addWidget(self.title_edit, 1)
        bottom.addWidget(QLabel(self.tr("Starts on")))
        bottom.addWidget(self.date_edit)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)

        self.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        self.regenerate_button.clicked.connect(self._on_regenerate_button_clicked)
        self.swap_button.clicked.connect(self.swap_selected)
        self.apart_button.clicked.connect(self.keep_selected_apart)
        self.save_button.clicked.connect(self.save_round)
        self._update_buttons()

    # -- matching -------------------------------------------------------------------------
    def _roster(self) -> list[MatchMember]:
        members = self.desk.members()
        self._names = {m.id: m.name for m in members}
        return [MatchMember(m.id, m.team, m.interests) for m in members]

    def suggest(self) -> bool:
        """Suggest circles for every member, keeping locked circles and apart pairs."""
        roster = self._roster()
        ids = {m.id for m in roster}
        self.locked = {lock for lock in self.locked if lock <= ids}
        try:
            circles = suggest_circles(
                roster,
                seed=self.seed_box.value(),
                previous_pairs=self.desk.previous_pairs(),
                together=self.locked,
                apart=self.apart,
                prefer_size=int(self.prefer_box.currentData()),
            )
        except CircleLockProblem as exc:
            self._report(str(exc))
            return False
        self.circles = list(circles)
        self.selected = []
        self._render()
        self.circles_suggested.emit()
        new_pairs = self._repeat_count()
        text = fill(self.tr("%1 circles for %2 members"), len(self.circles), len(roster))
        if new_pairs:
            text += self.tr(" · %1 pair(s) met in an earlier round").replace("%1", str(new_pairs))
        self.status_label.setText(text)
        return True

    def _repeat_count(self) -> int:
        previous = self.desk.previous_pairs()
        return sum(
            1
            for c in self.circles
            for i, a in enumerate(c.member_ids)
            for b in c.member_ids[i + 1 :]
            if pair(a, b) in previous
        )

    def _on_suggest_button_clicked(self) -> None:
        self.suggest()

    def _on_regenerate_button_clicked(self) -> None:
        self.seed_box.setValue(self.seed_box.value() + 1)
        self.suggest()

    # -- facilitator's edits -------------------------------------------------------------
    def set_locked(self, circle_index: int, locked: bool) -> None:
        members = frozenset(self.circles[circle_index].member_ids)
        if locked:
            self.locked.add(members)
        else:
            self.locked.discard(members)
        self._render()

    def toggle_selected(self, member_id: int) -> None:
        if member_id in self.selected:
            self.selected.remove(member_id)
        else:
            self.selected = [*self.selected, member_id][-2:]
        self._render()

    def swap_selected(self) -> bool:
        if len(self.selected) != 2:
            return False
        a, b = self.selected
        groups = [list(c.member_ids) for c in self.circles]
        ga = next(i for i, g in enumerate(groups) if a in g)
        gb = next(i for i, g in enumerate(groups) if b in g)
        if ga == gb:
            self._report(self.tr("These two are already in the same circle."))
            return False
        if any(frozenset(groups[g]) in self.locked for g in (ga, gb)):
            self._report(self.tr("A locked circle cannot change. Unlock it first."))
            return False
        groups[ga] = [b if m == a else m for m in groups[ga]]
        groups[gb] = [a if m == b else m for m in groups[gb]]
        self.circles = list(with_topics(groups, self._roster()))
        self.selected = []
        self._render()
        return True

    def keep_selected_apart(self) -> None:
        if len(self.selected) == 2:
            self.apart.add(pair(*self.selected))
            first, second = (self._names.get(i, "?") for i in self.selected)
            self.status_label.setText(
                fill(self.tr("%1 and %2 will be kept apart. Regenerate to apply."), first, second)
            )
            self.selected = []
            self._render()

    def save_round(self) -> int | None:
        """Save the suggested circles as a round: one undo step, which also takes
        back the notes the round put on a learning-circles board."""
        if not self.circles:
            self._report(self.tr("Suggest circles first."))
            return None
        day = self.date_edit.date().toString("yyyy-MM-dd")
        title, circles, seed = self.title_edit.text(), list(self.circles), self.seed_box.value()
        board = self._circles_board()
        done: list[tuple[CircleRound, list[int]]] = []
        kept: list[RoundRows] = []

        def save() -> None:
            if done:
                self.desk.resave_round(kept.pop(), done[0][1])
                return
            saved, _members, notes = self.desk.save_round_on_board(
                title, day, circles, seed=seed, session_id=board
            )
            done.append((saved, [n.id for n in notes]))

        def unsave() -> None:
            saved, note_ids = done[0]
            kept.append(self.desk.unsave_round(saved.id, note_ids))

        errors: list[str] = []
        label = fill(self.tr("Save round “%1”"), clean_label(title) or day)
        if not push(self.undo_stack, label, save, unsave, self.board_changed.emit, errors.append):
            self._report(errors[0] if errors else self.tr("The round could not be saved."))
            return None
        saved = done[0][0]
        self.status_label.setText(
            fill(self.tr("Saved “%1”, starting on %2."), saved.title, saved.started_on)
        )
        self.round_saved.emit(saved.id)
        return saved.id

    def _circles_board(self) -> int | None:
        """The open session, when it is a learning-circles board: only there do
        the saved circles become notes (never on a retro or a canvas)."""
        if self.session_id is None:
            return None
        try:
            session = self.desk.session(self.session_id)
        except CopdeskError:
            return None
        return self.session_id if session.template_id == CIRCLES_TEMPLATE else None

    def _report(self, message: str) -> None:
        self.problem_shown.emit(message)
        self.status_label.setText(message)
        show_problem(self, self.tr("That did not work"), message)

    # -- cards -----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has = bool(self.circles)
        self.regenerate_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.swap_button.setEnabled(len(self.selected) == 2)
        self.apart_button.setEnabled(len(self.selected) == 2)

    def _render(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for index, circle in enumerate(self.circles):
            row, col = divmod(index, CARD_COLUMNS)
            self.grid.addWidget(self._card(index, circle), row, col)
        for r in range(self.grid.rowCount() + 1):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch((len(self.circles) + CARD_COLUMNS - 1) // CARD_COLUMNS, 1)
        self._update_buttons()

    def _card(self, index: int, circle: SuggestedCircle) -> QFrame:
        card = QFrame()
        card.setObjectName(f"circle_card_{index}")
        locked = frozenset(circle.member_ids) in self.locked
        color = NOTE_COLORS[index % len(NOTE_COLORS)]
        border = "#22272e" if locked else "#8a949e"
        card.setStyleSheet(
            f"QFrame#circle_card_{index} {{ background: {color}; border: "
            f"{3 if locked else 1}px solid {border}; border-radius: 10px; }}"
        )
        layout = QVBoxLayout(card)
        topic = QLabel(circle.topic or self.tr("Open topic"))
        topic.setObjectName("topic")
        topic.setFont(readable_font(card, TITLE_POINT_SIZE, bold=True))
        topic.setWordWrap(True)
        layout.addWidget(topic)
        for member_id in circle.member_ids:
            button = QPushButton(self._names.get(member_id, "?"))
            button.setObjectName(f"member_{member_id}")
            button.setCheckable(True)
            button.setChecked(member_id in self.selected)
            button.setFont(readable_font(card, 14))
            button.setStyleSheet(
                "QPushButton { text-align: left; padding: 6px; background: rgba(255,255,255,0.6);"
                " border: 1px solid transparent; border-radius: 6px; }"
                " QPushButton:checked { border: 2px solid #1f2d3a; background: white; }"
            )
            button.clicked.connect(lambda _=False, m=member_id: self.toggle_selected(m))
            layout.addWidget(button)
        lock = QCheckBox(self.tr("Locked together"))
        lock.setObjectName("lock")
        lock.setChecked(locked)
        lock.setFont(readable_font(card))
        lock.toggled.connect(lambda on, i=index: self.set_locked(i, on))
        layout.addWidget(lock)
        layout.addStretch(1)
        return card
