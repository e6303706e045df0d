"""The community's memory in one window: members, learning circles, actions, rituals."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from copdesk.desk.desk import Desk

TABS = ("members", "circles", "actions", "rituals")


class CommunityWindow(QWidget):
    """A tool window with one tab per community view; built from the open desk."""

    def __init__(
        self,
        desk: Desk,
        undo_stack: QUndoStack,
        *,
        session_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from copdesk.ui.community.actions_view import ActionsView
        from copdesk.ui.community.circles_view import CirclesView
        from copdesk.ui.community.members_view import MembersView
        from copdesk.ui.community.rituals_view import RitualsView

        self.setObjectName("communityWindow")
        self.setWindowTitle(self.tr("Community — %1").replace("%1", desk.community_name))
        self.resize(1100, 760)
        day = today or date.today()
        self.members = MembersView(desk, undo_stack)
        self.circles = CirclesView(desk, day, session_id)
        self.actions = ActionsView(desk, undo_stack, review_session_id=session_id)
        self.rituals = RitualsView(desk, day, undo_stack)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.circles, self.tr("Learning circles"))
        self.tabs.addTab(self.actions, self.tr("Actions"))
        self.tabs.addTab(self.rituals, self.tr("Rituals && rhythm"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))
        self.show()
        self.raise_()
        self.activateWindow()
