"""The sessions of the open community: choose one, create from a template,
rename (in place), duplicate, delete. The sidebar only asks; the window acts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.models import Session

ID_ROLE = Qt.ItemDataRole.UserRole


class SessionsSidebar(QWidget):
    session_chosen = Signal(int)
    new_requested = Signal()
    rename_requested = Signal(int, str)
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._titles: dict[int, str] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("sessionsList")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.itemDoubleClicked.connect(self.list.editItem)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("new", self.tr("New…"), self.tr("Create a session from a template")),
            ("rename", self.tr("Rename"), self.tr("Rename the session")),
            ("duplicate", self.tr("Duplicate"), self.tr("Copy the session with all its notes")),
            ("delete", self.tr("Delete"), self.tr("Delete the session (undo brings it back)")),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, k=key: self._request(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

    def set_sessions(self, sessions: Sequence[Session], current: int | None) -> None:
        self._filling = True
        try:
            self.list.clear()
            self._titles = {}
            for s in sessions:
                item = QListWidgetItem(s.title)
                item.setData(ID_ROLE, s.id)
                item.setToolTip(
                    s.title + "\n" + self.tr("Template: %1").replace("%1", s.template_id)
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                self._titles[s.id] = s.title
                if s.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False

    def set_editable(self, editable: bool) -> None:
        for key in ("new", "rename", "duplicate", "delete"):
            self.buttons[key].setEnabled(editable)
        triggers = (
            QAbstractItemView.EditTrigger.EditKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.list.setEditTriggers(triggers)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def start_rename(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.buttons["rename"].isEnabled():
            self.list.editItem(item)

    def _request(self, key: str) -> None:
        sid = self.current_id()
        if key == "new":
            self.new_requested.emit()
        elif sid is None:
            return
        elif key == "rename":
            self.start_rename()
        elif key == "duplicate":
            self.duplicate_requested.emit(sid)
        elif key == "delete":
            self.delete_requested.emit(sid)

    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if not self._filling and current is not None:
            self.session_chosen.emit(int(current.data(ID_ROLE)))

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        sid = int(item.data(ID_ROLE))
        title = item.text().strip()
        old = self._titles.get(sid, "")
        if title and title != old:
            self.rename_requested.emit(sid, title)
        elif title != old:
            self._filling = True
            item.setText(old)
            self._filling = False

    def _on_list_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for key, text in (
            ("new", self.tr("New session…")),
            ("rename", self.tr("Rename")),
            ("duplicate", self.tr("Duplicate")),
            ("delete", self.tr("Delete")),
        ):
            action = menu.addAction(text)
            action.setEnabled(self.buttons[key].isEnabled())
            action.triggered.connect(lambda _=False, k=key: self._request(k))
        menu.popup(self.list.viewport().mapToGlobal(pos))
