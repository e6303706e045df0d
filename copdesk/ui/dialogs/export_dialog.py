"""File ▸ Export: choose a format, paper, orientation, options and a file.

Open it with ``open()`` (never ``exec()`` inside a qasync slot); on accept it
emits :attr:`ExportDialog.export_requested` with an :class:`ExportRequest`,
which :class:`copdesk.ui.export_runner.ExportRunner` carries out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.errors import CopdeskError
from copdesk.core.templates import Template
from copdesk.export.formats import FORMATS, ExportFormat, ExportOptions, export_format
from copdesk.export.paper import Orientation
from copdesk.export.target_guard import refuse_unsafe_target
from copdesk.ui.error_dialogs import show_error

ORIENTATIONS: tuple[tuple[str, Orientation | None], ...] = (
    (QT_TRANSLATE_NOOP("ExportDialog", "Automatic"), None),
    (QT_TRANSLATE_NOOP("ExportDialog", "Landscape"), "landscape"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Portrait"), "portrait"),
)


def format_name(fmt: ExportFormat) -> str:
    """The format's description in the UI language (the table in
    ``copdesk.export.formats`` keeps it in English, marked for the catalogue)."""
    return QCoreApplication.translate("ExportFormat", fmt.description)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    format_id: str
    path: Path
    options: ExportOptions
    open_when_done: bool = False


class ExportDialog(QDialog):
    """Export settings for one session; remembers nothing on its own."""

    export_requested = Signal(object)  # ExportRequest, on accept

    def __init__(
        self,
        folder: Path,
        file_stem: str,
        *,
        templates: Sequence[Template] = (),
        language: str = "en",
        initial_format: str = "poster",
        community_only: bool = False,
        community_stem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``community_only``: no session to export, only the formats of the whole
        community file are offered. ``community_stem`` names the file of a
        whole-community format (overview, circles, actions) while the name is
        still the one offered."""
        super().__init__(parent)
        self._session_stem = file_stem
        self._community_stem = community_stem or file_stem
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("export-dialog")
        self._language = language
        self._templates = {t.id: t for t in templates}
        self._folder = Path(folder).expanduser().absolute()

        self.format_box = QComboBox()
        for fmt in FORMATS.values():
            if fmt.community_wide or not community_only:
                self.format_box.addItem(format_name(fmt), fmt.id)
        self.paper_box = QComboBox()
        self.orientation_box = QComboBox()
        for label, value in ORIENTATIONS:
            self.orientation_box.addItem(self.tr(label), value)
        self.questions_check = QCheckBox(self.tr("Print the guiding questions"))
        self.template_box = QComboBox()
        self.template_box.addItem(self.tr("This session's frames"), "")
        for template in templates:
            self.template_box.addItem(template.name.get(language), template.id)
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setRange(0.25, 4.0)
        self.scale_spin.setSingleStep(0.25)
        self.scale_spin.setValue(1.0)
        self.scale_spin.setSuffix(" ×")
        self.path_edit = QLineEdit(str(folder / f"{file_stem}.pdf"))
        self.path_edit.setObjectName("export-path")
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.open_check = QCheckBox(self.tr("Open the file when it is ready"))
        self.open_check.setChecked(True)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Paper"), self.paper_box)
        form.addRow(self.tr("Orientation"), self.orientation_box)
        form.addRow(self.tr("Template"), self.template_box)
        form.addRow(self.tr("Image scale"), self.scale_spin)
        form.addRow("", self.questions_check)
        form.addRow(self.tr("Save as"), path_row)
        form.addRow("", self.open_check)
        self._form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.format_box.currentIndexChanged.connect(self._on_format_box_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        index = self.format_box.findData(initial_format)
        self.format_box.setCurrentIndex(max(index, 0))
        self._on_format_box_changed()

    # -- state -----------------------------------------------------------------
    def format_id(self) -> str:
        return str(self.format_box.currentData())

    def request(self) -> ExportRequest:
        fmt = export_format(self.format_id())
        template_id = str(self.template_box.currentData() or "")
        options = ExportOptions(
            paper=str(self.paper_box.currentData()) if fmt.papers else None,
            orientation=self.orientation_box.currentData() if fmt.papers else None,
            questions=self.questions_check.isChecked() and fmt.uses_questions,
            language=self._language,
            scale=self.scale_spin.value(),
            template=self._templates.get(template_id) if fmt.id == "worksheet" else None,
        )
        return ExportRequest(fmt.id, self._path(), options, self.open_check.isChecked())

    def _path(self) -> Path:
        """The typed path; a bare name goes to the folder the dialog offered."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.is_absolute() else self._folder / path

    # -- slots -----------------------------------------------------------------
    def _on_format_box_changed(self, *_: object) -> None:
        fmt = export_format(self.format_id())
        current = self.paper_box.currentData()
        self.paper_box.clear()
        for paper in fmt.papers:
            self.paper_box.addItem(paper, paper)
        wanted = current if current in fmt.papers else fmt.default_paper
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(wanted), 0))
        self._show(self.paper_box, bool(fmt.papers))
        self._show(self.orientation_box, len(fmt.papers) > 1)
        self._show(self.questions_check, fmt.uses_questions)
        self.questions_check.setChecked(fmt.questions(ExportOptions()))  # the format's default
        self._show(self.template_box, fmt.id == "worksheet")
        self._show(self.scale_spin, fmt.needs_qt)
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            stem = path.stem
            for other in FORMATS.values():
                suffix = f"-{other.id}"
                if stem.endswith(suffix):
                    stem = stem[: -len(suffix)]
            if stem in (self._session_stem, self._community_stem):  # still the name offered
                stem = self._community_stem if fmt.community_wide else self._session_stem
            if fmt.extension == ".pdf" or fmt.community_wide:
                stem = f"{stem}-{fmt.id}"
            self.path_edit.setText(str(path.with_name(stem + fmt.extension)))
        self._update_ok()

    def _show(self, widget: QWidget, visible: bool) -> None:
        self._form.setRowVisible(widget, visible)

    def _on_browse_button_clicked(self) -> None:
        fmt = export_format(self.format_id())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as"),
            self.path_edit.text(),
            f"{format_name(fmt)} (*{fmt.extension})",
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != fmt.extension:
                path = path.with_name(path.name + fmt.extension)
            self.path_edit.setText(str(path))

    def _update_ok(self, *_: object) -> None:
        path = self._path()
        valid = bool(self.path_edit.text().strip()) and path.name != "" and not path.is_dir()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)

    def _on_buttons_accepted(self) -> None:
        """Export, unless the name is one an export must not take: then say why and
        keep the dialog (and its choices) open for another name."""
        request = self.request()
        try:
            refuse_unsafe_target(request.path, export_format(request.format_id).extension)
        except CopdeskError as error:
            show_error(self, error, self.tr("Export"))
            self.path_edit.setFocus()
            self.path_edit.selectAll()
            return
        self.export_requested.emit(request)
        self.accept()
