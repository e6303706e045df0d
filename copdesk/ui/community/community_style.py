"""Readable-from-the-back-of-the-room styling and the plain-words problem box."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidget, QWidget

BASE_POINT_SIZE = 13
TITLE_POINT_SIZE = 17


def readable_font(widget: QWidget, size: int = BASE_POINT_SIZE, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(size)
    font.setBold(bold)
    return font


def style_table(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setFont(readable_font(table))
    table.horizontalHeader().setFont(readable_font(table, bold=True))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(int(BASE_POINT_SIZE * 2.6))
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setWordWrap(True)


def set_column_widths(table: QTableWidget, widths: Sequence[int]) -> None:
    """Column widths in pixels, each at least as wide as its (bold, translated)
    header, so no header is cut."""
    header = table.horizontalHeader()
    for col, width in enumerate(widths):
        table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))


def show_problem(parent: QWidget, title: str, message: str) -> QMessageBox:
    """A non-blocking warning in plain words (``open()``, never ``exec()``)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("community_problem")
    box.open()
    return box
