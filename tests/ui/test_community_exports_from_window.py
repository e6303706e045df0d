"""The community overview PDF, the circles Markdown and the worksheet's questions
choice, exported from the window: community window, Community menu, File ▸ Export."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from copdesk.core.circles import SuggestedCircle
from copdesk.desk.desk import Desk
from copdesk.store.template_files import builtin_templates
from copdesk.ui.dialogs.export_dialog import ExportDialog
from copdesk.ui.export_flow import ExportFlow
from copdesk.ui.main_window import MainWindow
from copdesk.ui.settings import Settings
from tests.export.pdf_reading import (
    all_text,
    assert_fonts_embedded,
    assert_qpdf_clean,
    assert_texts_present,
    squash,
)
from tests.ui.board_fixtures import make_file, open_window


def _community(path: Path) -> None:
    with Desk.open(path) as desk:
        desk.set_community_name("Product CoP")
        ada = desk.add_member("Ada Lovelace", "Checkout", ["Discovery"], ["Kotlin"])
        ming = desk.add_member("李明", "Search", ["Discovery", "SQL"])
        bo = desk.add_member("Bo Berg", "", ["SQL"])
        desk.save_round(
            "Autumn",
            "2025-09-01",
            [SuggestedCircle("Discovery", (ada.id, ming.id)), SuggestedCircle("SQL", (bo.id,))],
        )
        desk.add_ritual("Learning circles", "biweekly", 45, 12, "2025-09-01")
        desk.add_action("Book a room", "Ada Lovelace", "2025-10-01")


def _exporting(window: MainWindow) -> list[object]:
    window.export_flow = ExportFlow(window, ThreadPoolExecutor(max_workers=1))
    failures: list[object] = []
    window.export_flow.export_failed.connect(failures.append)
    return failures


def _export(qtbot: QtBot, window: MainWindow, dialog: ExportDialog, out: Path) -> None:
    dialog.path_edit.setText(str(out))
    dialog.open_check.setChecked(False)
    with qtbot.waitSignal(window.export_flow.export_finished, timeout=20_000) as done:
        dialog.buttons.accepted.emit()
    assert Path(done.args[0]) == out


def test_the_community_windows_export_button_writes_the_circles_as_markdown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["x"])
    _community(path)
    window = open_window(qtbot, path)
    failures = _exporting(window)
    window.actions_by_id["community.circles"].trigger()
    community = window.community_window
    assert community is not None and community.isVisible()
    qtbot.mouseClick(community.export_button, Qt.MouseButton.LeftButton)
    dialog = window.export_flow.dialog
    assert dialog is not None and dialog.isVisible() and dialog.parent() is community
    assert dialog.format_id() == "circles"
    assert Path(dialog.path_edit.text()).name == "product-cop-circles.md"
    out = tmp_path / "circles.md"
    _export(qtbot, window, dialog, out)
    assert not failures
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Learning circles — Autumn\n")
    assert "## 1. Discovery" in text and "## 2. SQL" in text
    assert "- **Ada Lovelace** (Checkout) — Discovery" in text
    assert "- **李明** (Search) — Discovery, SQL" in text


def test_the_community_overview_exports_from_the_menu_without_any_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "new.copdesk"
    _community(path)
    window = MainWindow(Desk.open(path), Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.current_session_id() is None
    failures = _exporting(window)
    window.actions_by_id["community.export"].trigger()
    dialog = window.export_flow.dialog
    assert dialog is not None and dialog.format_id() == "community"
    formats = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert formats == ["actions", "community", "circles"]  # nothing needs a session
    out = tmp_path / "overview.pdf"
    _export(qtbot, window, dialog, out)
    assert not failures
    data = out.read_bytes()
    assert_texts_present(
        data,
        [
            "Community overview — Product CoP",
            "3 members in 2 teams",
            "Ada Lovelace",
            "李明",
            "No team given",
            "Learning circles — Autumn",
            "every two weeks",
            "Book a room",
        ],
    )
    assert_fonts_embedded(data)
    assert_qpdf_clean(data, tmp_path)


def test_the_circles_export_without_a_round_explains_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    failures = _exporting(window)
    dialog = window.export_flow.open_dialog(window.desk, sid, "en", initial_format="circles")
    out = tmp_path / "circles.md"
    dialog.path_edit.setText(str(out))
    dialog.open_check.setChecked(False)
    with qtbot.waitSignal(window.export_flow.export_failed, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert "no saved round of learning circles" in str(failures[0])
    assert not out.exists()


@pytest.mark.parametrize("ticked", [True, False])
def test_the_worksheets_questions_box_decides(qtbot: QtBot, tmp_path: Path, ticked: bool) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    failures = _exporting(window)
    dialog = window.export_flow.open_dialog(window.desk, sid, "en")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("worksheet"))
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("community-retro"))
    assert dialog.questions_check.isChecked()  # a worksheet prints them unless unticked
    dialog.questions_check.setChecked(ticked)
    out = tmp_path / "worksheet.pdf"
    _export(qtbot, window, dialog, out)
    assert not failures
    template = builtin_templates()["community-retro"]
    questions = [q for f in template.frames for q in f.questions.get("en") if len(q) > 25]
    text = squash(all_text(out.read_bytes()))
    found = [q for q in questions if squash(q) in text]
    assert found == (questions if ticked else [])
    assert all(squash(f.title.get("en")) in text for f in template.frames)
