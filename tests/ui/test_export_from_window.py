"""File ▸ Export from the main window, end to end: dialog, runner, file on disk."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox

from copdesk.desk.desk import Desk
from copdesk.ui.export_flow import ExportFlow, file_stem
from tests.ui.board_fixtures import make_file, open_window


def test_file_export_writes_a_poster_with_every_note(qtbot, tmp_path: Path) -> None:
    texts = ["Demo slot at every meetup", "Mehr Austausch über Teams hinweg", "学习 together"]
    path, _sid = make_file(tmp_path / "c.copdesk", texts)
    window = open_window(qtbot, path)
    window.export_flow = ExportFlow(window, ThreadPoolExecutor(max_workers=1))
    failures: list[object] = []
    window.export_flow.export_failed.connect(failures.append)
    window.actions_by_id["file.export"].trigger()
    dialog = window.export_flow.dialog
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "poster.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(window.export_flow.export_finished, timeout=20_000) as done:
        dialog.buttons.accepted.emit()
    assert Path(done.args[0]) == out and not failures
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    squashed = "".join(text.split())
    for t in texts:
        assert "".join(t.split()) in squashed


def test_actions_export_lists_the_communitys_open_actions(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["x"])
    with Desk.open(path) as desk:
        desk.add_action("Write the newsletter", owner="Ana", session_id=sid)
    window = open_window(qtbot, path)
    window.export_flow = ExportFlow(window, ThreadPoolExecutor(max_workers=1))
    dialog = window.export_flow.open_dialog(window.desk, sid, "en")
    index = dialog.format_box.findData("actions")
    dialog.format_box.setCurrentIndex(index)
    out = tmp_path / "actions.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(window.export_flow.export_finished, timeout=20_000):
        dialog.buttons.accepted.emit()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Write the newsletter" in text and "Ana" in text


def test_file_stem() -> None:
    assert file_stem("Q3 retro: Keep/Drop") == "q3-retro-keep-drop"
    assert file_stem("   ") == "session"


def _error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "copdesk-error" and w.isVisible()
    ]


def test_the_dialog_refuses_a_name_an_export_must_not_take_and_stays_open(
    qtbot, tmp_path: Path
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["keep me"])
    other, _ = make_file(tmp_path / "renamed-community.pdf", ["someone else's board"])
    table = tmp_path / "roster.csv"
    table.write_text("name,interests\nAna,books\n", encoding="utf-8")
    window = open_window(qtbot, path)
    window.export_flow = ExportFlow(window, ThreadPoolExecutor(max_workers=1))
    requests: list[object] = []
    dialog = window.export_flow.open_dialog(window.desk, sid, "en")
    dialog.export_requested.connect(requests.append)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("poster"))
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("A2"))
    expected = {path: "community file", other: "community file", table: "CSV"}
    for target, words in expected.items():
        before = hashlib.sha256(target.read_bytes()).hexdigest()
        dialog.path_edit.setText(str(target))
        dialog.buttons.accepted.emit()
        boxes = _error_boxes()
        assert len(boxes) == 1 and words in boxes[0].text()
        boxes[0].close()
        assert dialog.isVisible() and not requests  # still open, choices kept
        assert dialog.paper_box.currentData() == "A2"
        assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert [n.text for n in window.desk.notes(sid)] == ["keep me"]


def test_the_flow_refuses_the_same_names_when_asked_directly(qtbot, tmp_path: Path) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    window.export_flow = ExportFlow(window, ThreadPoolExecutor(max_workers=1))
    failures: list[object] = []
    window.export_flow.export_failed.connect(failures.append)
    dialog = window.export_flow.open_dialog(window.desk, sid, "en")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    for target in (path, tmp_path / "report.pdf"):
        dialog.path_edit.setText(str(target))
        window.export_flow.run(window.desk, sid, dialog.request())
    assert len(failures) == 2
    assert "community file" in str(failures[0]) and "PDF" in str(failures[1])


def test_switching_to_a_whole_community_format_names_the_file_after_the_community(
    qtbot, tmp_path: Path
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    window.desk.set_community_name("Product Guild")
    dialog = ExportFlow(window).open_dialog(window.desk, sid, "en")
    session_stem = file_stem(window.desk.session(sid).title)
    assert Path(dialog.path_edit.text()).name == f"{session_stem}-poster.pdf"
    for format_id, name in [
        ("actions", "product-guild-actions.pdf"),
        ("community", "product-guild-community.pdf"),
        ("circles", "product-guild-circles.md"),
        ("summary", f"{session_stem}-summary.pdf"),
    ]:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(format_id))
        assert Path(dialog.path_edit.text()).name == name
    dialog.path_edit.setText(str(tmp_path / "my own name.pdf"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("actions"))
    assert Path(dialog.path_edit.text()).name == "my own name-actions.pdf"
