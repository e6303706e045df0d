"""Help ▸ Keyboard Shortcuts (F1): all the keys, readable, and it fits the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from copdesk.ui.actions_table import shortcut_rows
from copdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from tests.ui.board_fixtures import make_file, open_window


def test_f1_opens_every_key_in_a_dialog_that_fits_the_screen(qtbot, tmp_path: Path) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["a note"])
    window = open_window(qtbot, path)
    window.actions_by_id["help.shortcuts"].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    close = dialog.findChild(QDialogButtonBox)
    assert close is not None and close.isVisible()
    assert dialog.rect().contains(close.geometry())
    text = dialog.browser.toPlainText()
    for expected in (
        "Ctrl+N",
        "Ctrl+Space",
        "Ctrl+Alt+0",
        "Alt+PgDown",
        "Blank the screen",
        "Dot voting",
        "Resize a note",
        "Ctrl+Shift+M",
    ):
        assert expected in text, expected
    dialog.close()


def test_shortcut_rows_leave_out_keys_no_workshop_keyboard_has(qtbot) -> None:
    rows = shortcut_rows()
    keys = " ".join(k for _menu, _action, k in rows)
    assert "F20" not in keys and "Cut" not in keys.split(", ")
    cut = next(k for _m, action, k in rows if action == "Cut")
    assert cut.startswith("Ctrl+X")
    assert {menu for menu, _a, _k in rows} >= {"File", "Edit", "View", "Board", "Help"}
    assert all("&" not in action for _m, action, _k in rows)
