"""The "New session" dialog: pick a template, see its board, description and agenda.

Open it with ``open()`` (never ``exec()`` inside a qasync slot) and read
:meth:`NewSessionDialog.choice` once ``accepted`` fires.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.core.templates import Template
from copdesk.ui.dialogs.template_preview import TemplatePreview, render_template_image

ICON_SIZE = QSize(64, 44)
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole
MAX_TITLE = 200


def format_minutes(minutes: float) -> str:
    """ "90" for whole minutes, "7.5" otherwise (German: "7,5")."""
    return f"{minutes:g}".replace(".", QLocale().decimalPoint())


class NewSessionDialog(QDialog):
    """Choose a template and a title for a new session."""

    template_chosen = Signal(str, str)  # template id, title — emitted on accept

    def __init__(
        self,
        templates: Sequence[Template],
        language: str,
        parent: QWidget | None = None,
        *,
        initial_template_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._templates = {t.id: t for t in templates}
        self.setWindowTitle(self.tr("New session"))
        self.setMinimumSize(QSize(820, 520))

        self._list = QListWidget()
        self._list.setIconSize(ICON_SIZE)
        self._list.setSpacing(2)
        self._list.setWordWrap(True)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setAccessibleName(self.tr("Templates"))
        self._fill_list(templates)

        self._preview = TemplatePreview(language)
        self._name = QLabel()
        heading = QFont(self._name.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        heading.setBold(True)
        self._name.setFont(heading)
        self._description = QLabel()
        self._description.setWordWrap(True)
        self._description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._agenda = QTreeWidget()
        self._agenda.setColumnCount(2)
        self._agenda.setHeaderLabels([self.tr("Agenda"), self.tr("Minutes")])
        self._agenda.setRootIsDecorated(False)
        self._agenda.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self._agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self._agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._total = QLabel()
        self._total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._title = QLineEdit()
        self._title.setMaxLength(MAX_TITLE)
        self._title.setClearButtonEnabled(True)

        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._name)
        column.addWidget(self._preview, 5)
        column.addWidget(self._description)
        column.addWidget(self._agenda, 2)
        column.addWidget(self._total)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self._title)
        column.addLayout(form)

        splitter = QSplitter()
        splitter.addWidget(self._list)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 560])

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create session"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(splitter)
        layout.addLayout(top)
        layout.addWidget(self._buttons)

        self._list.currentItemChanged.connect(self._on_list_current_item_changed)
        self._list.itemActivated.connect(self._on_list_item_activated)
        self._select(initial_template_id)
        self._list.setFocus()

    # -- public --------------------------------------------------------------
    def selected_template(self) -> Template | None:
        item = self._list.currentItem()
        tid = item.data(TEMPLATE_ROLE) if item is not None else None
        return self._templates.get(tid) if isinstance(tid, str) else None

    def select_template(self, template_id: str) -> bool:
        """Make ``template_id`` the current one; False if the dialog does not offer it."""
        for row in range(self._list.count()):
            item = self._list.item(row)
            if item.data(TEMPLATE_ROLE) == template_id:
                self._list.setCurrentItem(item)
                return True
        return False

    def title_edit(self) -> QLineEdit:
        return self._title

    def choice(self) -> tuple[str, str] | None:
        """(template id, title) — the title falls back to the template's name."""
        template = self.selected_template()
        if template is None:
            return None
        title = " ".join(self._title.text().split()) or template.name.get(self._language)
        return template.id, title

    def accept(self) -> None:
        chosen = self.choice()
        if chosen is None:
            return
        super().accept()
        self.template_chosen.emit(*chosen)

    # -- building ------------------------------------------------------------
    def _fill_list(self, templates: Sequence[Template]) -> None:
        builtin = [t for t in templates if t.builtin]
        custom = [t for t in templates if not t.builtin]
        for heading, group in (
            (self.tr("Built-in templates"), builtin),
            (self.tr("This community's templates"), custom),
        ):
            if not group:
                continue
            if builtin and custom:
                self._list.addItem(self._heading_item(heading))
            for template in group:
                self._list.addItem(self._template_item(template))

    def _heading_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def _template_item(self, template: Template) -> QListWidgetItem:
        image = render_template_image(template, self._language, ICON_SIZE * 2, titles=False)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(2.0)
        item = QListWidgetItem(QIcon(pixmap), template.name.get(self._language))
        item.setData(TEMPLATE_ROLE, template.id)
        item.setToolTip(template.description.get(self._language))
        return item

    def _select(self, template_id: str | None) -> None:
        if template_id and self.select_template(template_id):
            return
        for row in range(self._list.count()):
            item = self._list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self._list.setCurrentItem(item)
                return
        self._show(None)

    def _show(self, template: Template | None) -> None:
        lang = self._language
        self._preview.set_template(template)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(template is not None)
        self._agenda.clear()
        if template is None:
            self._name.setText(self.tr("No template"))
            self._description.setText("")
            self._total.setText("")
            self._title.setPlaceholderText("")
            return
        self._name.setText(template.name.get(lang))
        self._description.setText(template.description.get(lang))
        for step in template.agenda:
            row = QTreeWidgetItem([step.title.get(lang), format_minutes(step.minutes)])
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(0, step.notes.get(lang))
            self._agenda.addTopLevelItem(row)
        total = sum(step.minutes for step in template.agenda)
        self._agenda.setVisible(bool(template.agenda))
        self._total.setText(
            self.tr("Total: %1 min").replace("%1", format_minutes(total)) if template.agenda else ""
        )
        self._title.setPlaceholderText(template.name.get(lang))

    # -- slots ---------------------------------------------------------------
    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        tid = current.data(TEMPLATE_ROLE) if current is not None else None
        self._show(self._templates.get(tid) if isinstance(tid, str) else None)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        if isinstance(item.data(TEMPLATE_ROLE), str):
            self.accept()
