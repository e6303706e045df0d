"""The community's memory in one window: members, learning circles, actions, rituals.

Its "Export…" button asks the main window for the export dialog, on the format
that fits the tab shown: the learning circles as Markdown, the open actions, or
the community overview.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from copdesk.desk.desk import Desk

TABS = ("members", "circles", "actions", "rituals")
#: the export each tab offers first (format ids of copdesk.export.formats)
EXPORT_OF_TAB = {
    "members": "community",
    "circles": "circles",
    "actions": "actions",
    "rituals": "community",
}


class CommunityWindow(QWidget):
    """A tool window with one tab per community view; built from the open desk."""

    export_requested = Signal(str)  # the format id to open the export dialog on

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
        self.circles = CirclesView(desk, day, session_id, undo_stack=undo_stack)
        self.actions = ActionsView(desk, undo_stack, review_session_id=session_id)
        self.rituals = RitualsView(desk, day, undo_stack)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.circles, self.tr("Learning circles"))
        self.tabs.addTab(self.actions, self.tr("Actions"))
        self.tabs.addTab(self.rituals, self.tr("Rituals && rhythm"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("communityExport")
        self.export_button.setToolTip(
            self.tr("Export the community overview (PDF), the learning circles or the actions")
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))
        self.show()
        self.raise_()
        self.activateWindow()

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def _on_export_button_clicked(self) -> None:
        self.export_requested.emit(EXPORT_OF_TAB[self.current_tab()])
