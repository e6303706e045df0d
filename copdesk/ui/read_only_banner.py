"""The banner over the board when the community file can only be read, or when
it was deleted or moved while open (with a button to save a copy)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from copdesk.core.text import fill


class ReadOnlyBanner(QWidget):
    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #e0c050; }"
            "QLabel { color: #4a3b00; padding: 6px 10px; }"
        )
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.save_button = QPushButton(self.tr("Save a Copy…"), self)
        self.save_button.clicked.connect(self.save_copy_requested)
        self.save_button.hide()
        layout.addWidget(self.save_button)
        self.hide()

    def show_reason(self, file_name: str, reason: str) -> None:
        why = f" ({reason})" if reason else ""
        self.label.setText(
            fill(
                self.tr(
                    "<b>Read-only:</b> “%1” is open for reading only%2. "
                    "You can look, search and export, but not change the board."
                ),
                file_name,
                why,
            )
        )
        self.save_button.hide()
        self.show()

    def show_missing(self, file_name: str) -> None:
        self.label.setText(
            self.tr(
                "<b>The file is gone:</b> “%1” was deleted or moved while open. "
                "Your board is still here — save a copy to keep it."
            ).replace("%1", file_name)
        )

        self.save_button.show()
        self.show()
