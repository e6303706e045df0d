"""Help ▸ Keyboard Shortcuts (F1): every key of the window, the timer panel and
the presenter view, grouped, in a scrollable dialog that fits the screen.

The rows come from where the keys are defined (the menu actions, the timer
panel's actions, the presenter's key sets), so the help cannot drift from what
the keys do. Open it with ``open()``.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from copdesk.ui.actions_table import shortcut_rows

Section = tuple[str, list[tuple[str, str]]]


def _keys(keys: Iterable[Qt.Key]) -> str:
    names = (QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
    return ", ".join(sorted(names, key=lambda name: (len(name), name)))


def _native(portable: str) -> str:
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


def menu_sections() -> list[Section]:
    """The menu actions with keys, one section per menu, in menu order."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for menu, action, keys in shortcut_rows():
        sections.setdefault(menu, []).append((action, keys))
    return list(sections.items())


def sections_html(sections: Iterable[Section]) -> str:
    parts = []
    for title, rows in sections:
        parts.append(f"<h3>{escape(title)}</h3><table cellspacing='0' cellpadding='4'>")
        parts += [
            f"<tr><td width='55%'>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>"
            for what, keys in rows
        ]
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(sections_html(self.sections()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self._fit_screen()

    def sections(self) -> list[Section]:
        return [*menu_sections(), self._gestures(), self._timer(), self._presenter()]

    def _gestures(self) -> Section:
        return self.tr("On the board"), [
            (self.tr("Move selected notes"), self.tr("Arrow keys (Shift: bigger steps)")),
            (self.tr("New note"), self.tr("Double-click the board")),
            (self.tr("Resize a note"), self.tr("Drag the corner of a selected note")),
            (self.tr("Zoom around the cursor"), self.tr("Ctrl+wheel, pinch")),
            (self.tr("Pan"), self.tr("Wheel, middle-drag, Space+drag")),
            (
                self.tr("While editing a note"),
                self.tr("Enter done, Shift+Enter new line, Esc cancel"),
            ),
            (self.tr("Capture bar"), self.tr("Enter adds the note, Tab changes the author")),
            (
                self.tr("Dot voting"),
                self.tr("Click adds a dot; right-click or Alt+click removes one"),
            ),
        ]

    def _timer(self) -> Section:
        from copdesk.ui.timer.timer_panel import _QUICK_KEYS, ACTIONS

        rows = [
            (QCoreApplication.translate("TimerPanel", a.tip), ", ".join(map(_native, a.shortcuts)))
            for a in ACTIONS
        ]
        rows += [
            (self.tr("Quick timer of %1 minutes").replace("%1", str(minutes)), _native(keys))
            for minutes, keys in sorted(_QUICK_KEYS.items())
        ]
        return self.tr("Timer"), rows

    def _presenter(self) -> Section:
        from copdesk.ui.presenter import audience_window as a

        return self.tr("Presenter view (on the projector)"), [
            (self.tr("Next frame or cluster"), _keys(a.NEXT_KEYS | {Qt.Key.Key_Space})),
            (
                self.tr("Previous frame or cluster"),
                _keys(a.PREVIOUS_KEYS | {Qt.Key.Key_Backspace}),
            ),
            (self.tr("Blank the screen"), _keys(a.BLANK_KEYS)),
            (self.tr("Follow your view of the board"), _keys({Qt.Key.Key_F})),
            (self.tr("Leave the presenter view"), _keys({Qt.Key.Key_Escape})),
        ]

    def _fit_screen(self) -> None:
        """As tall as the content, but never taller than the screen it opens on."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width = min(760, int(room.width() * 0.9))
        self.browser.document().setTextWidth(width - 40)
        wanted = int(self.browser.document().size().height()) + 90
        self.resize(width, max(320, min(wanted, int(room.height() * 0.85))))
