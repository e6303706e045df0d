"""The main window's session handlers: create from a template, rename, duplicate,
delete — each one undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from copdesk.ui.board.commands import SessionCommand

#: Templates whose sessions are retros: they open with the review of open actions.
RETRO_TEMPLATES = frozenset(
    {"community-retro", "start-stop-continue", "four-ls", "mad-sad-glad", "sailboat"}
)

if TYPE_CHECKING:
    from copdesk.core.models import Session
    from copdesk.ui.main_window import MainWindow


class SessionHandlers:
    """Mixed into :class:`MainWindow`; the actions table names these methods."""

    def new_session(self: MainWindow) -> None:
        """Ask for a template and a title (non-modal), then create the session."""
        if self.desk.read_only:
            return
        from copdesk.ui.dialogs.new_session_dialog import NewSessionDialog

        language = self._language()
        dialog = NewSessionDialog(self.desk.templates(language), language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.template_chosen.connect(self.create_session)
        self.new_session_dialog = dialog
        dialog.open()

    def create_session(self: MainWindow, template_id: str, title: str = "") -> None:
        desk = self.desk
        language = self._language()
        self.undo_stack.push(
            SessionCommand(
                self.board,
                QCoreApplication.translate("MainWindow", "New session"),
                lambda: desk.create_session(template_id, title or None, language),
                revert=lambda s: desk.delete_session(s.id),
                redo_again=lambda s: desk.restore_session(s.id),
            )
        )
        self.review_open_actions(template_id)

    def review_open_actions(self: MainWindow, template_id: str) -> None:
        """A new retro starts with the open actions of earlier sessions to review."""
        sid = self.scene.session_id
        if template_id not in RETRO_TEMPLATES or sid is None or self.desk.read_only:
            return
        if not self.desk.open_actions_for_review(sid):
            return
        community = self._community()
        community.actions.start_review(sid)
        community.show_tab("actions")

    def _on_board_session_imported(self: MainWindow, session: Session) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Imported the session “%1”. Undo (Ctrl+Z) removes it."
            ).replace("%1", session.title),
            6000,
        )

    def _language(self: MainWindow) -> str:
        from copdesk.ui.language import app_language

        return app_language()

    def rename_session(self: MainWindow, session_id: int, title: str) -> None:
        desk = self.desk
        old = desk.session(session_id).title
        self.undo_stack.push(
            SessionCommand(
                self.board,
                QCoreApplication.translate("MainWindow", "Rename session"),
                lambda: desk.rename_session(session_id, title),
                revert=lambda s: desk.rename_session(s.id, old),
                redo_again=lambda s: desk.rename_session(s.id, title),
            )
        )

    def duplicate_session(self: MainWindow, session_id: int) -> None:
        desk = self.desk
        self.undo_stack.push(
            SessionCommand(
                self.board,
                QCoreApplication.translate("MainWindow", "Duplicate session"),
                lambda: desk.duplicate_session(session_id),
                revert=lambda s: desk.delete_session(s.id),
                redo_again=lambda s: desk.restore_session(s.id),
            )
        )

    def delete_session(self: MainWindow, session_id: int) -> None:
        desk = self.desk
        self.undo_stack.push(
            SessionCommand(
                self.board,
                QCoreApplication.translate("MainWindow", "Delete session"),
                lambda: desk.delete_session(session_id),
                revert=lambda s: desk.restore_session(s.id),
                redo_again=lambda s: desk.delete_session(s.id),
            )
        )
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Session deleted. Undo (Ctrl+Z) brings it back."
            ),
            6000,
        )
