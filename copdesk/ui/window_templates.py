"""The main window's template handlers: save a session as a template of this
community file, import a template from JSON, export one to JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from copdesk.core.errors import CopdeskError
from copdesk.ui.error_dialogs import show_error

if TYPE_CHECKING:
    from copdesk.ui.main_window import MainWindow


class TemplateHandlers:
    """Mixed into :class:`MainWindow`; named in the actions table."""

    def save_as_template(self: MainWindow) -> None:
        sid = self.scene.session_id
        if sid is None or self.desk.read_only:
            return
        session = self.desk.session(sid)
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MainWindow", "Save session as template"),
            QCoreApplication.translate(
                "MainWindow", "Name of the template (frames and agenda are kept, notes are not):"
            ),
            text=session.title,
        )
        if not ok or not name.strip():
            return
        try:
            template = self.desk.save_session_as_template(sid, "", name)
        except CopdeskError as error:
            show_error(self, error, QCoreApplication.translate("MainWindow", "Save as template"))
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved the template “%1”.").replace(
                "%1", template.name.get(self._language())
            ),
            6000,
        )

    def import_template(self: MainWindow) -> None:
        if self.desk.read_only:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import a template"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "Templates (*.json);;All files (*)"),
        )
        if not path:
            return
        try:
            template = self.desk.import_template(path)
        except CopdeskError as error:
            show_error(self, error, QCoreApplication.translate("MainWindow", "Import template"))
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Imported the template “%1”.").replace(
                "%1", template.name.get(self._language())
            ),
            6000,
        )

    def export_template(self: MainWindow) -> None:
        language = self._language()
        templates = self.desk.templates(language)
        names = [f"{t.name.get(language)} ({t.id})" for t in templates]
        choice, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("MainWindow", "Export a template"),
            QCoreApplication.translate("MainWindow", "Template:"),
            names,
            0,
            False,
        )
        if not ok or choice not in names:
            return
        template = templates[names.index(choice)]
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Export a template"),
            str(self.desk.path.parent / f"{template.id}.json"),
            QCoreApplication.translate("MainWindow", "Templates (*.json)"),
        )
        if not path:
            return
        try:
            written = self.desk.export_template(template.id, path)
        except CopdeskError as error:
            show_error(self, error, QCoreApplication.translate("MainWindow", "Export template"))
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exported to %1").replace("%1", str(written)),
            6000,
        )
