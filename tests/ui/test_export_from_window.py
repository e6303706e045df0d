"""File ▸ Export from the main window, end to end: dialog, runner, file on disk."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pypdf import PdfReader

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


def test_export_onto_the_open_community_file_is_refused(qtbot, tmp_path: Path) -> None:
    import hashlib

    path, _sid = make_file(tmp_path / "c.copdesk", ["keep me"])
    window = open_window(qtbot, path)
    window.export_flow = ExportFlow(window, ThreadPoolExecutor(max_workers=1))
    failures: list[object] = []
    window.export_flow.export_failed.connect(failures.append)
    dialog = window.export_flow.open_dialog(window.desk, _sid, "en")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    dialog.path_edit.setText(str(path))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    dialog.buttons.accepted.emit()
    assert failures and "community file itself" in str(failures[0])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert [n.text for n in window.desk.notes(_sid)] == ["keep me"]


def test_export_onto_another_community_file_or_a_foreign_kind_is_refused(
    qtbot, tmp_path: Path
) -> None:
    import hashlib

    path, sid = make_file(tmp_path / "c.copdesk", ["x"])
    other, _ = make_file(tmp_path / "renamed-community.pdf", ["someone else's board"])
    table = tmp_path / "roster.csv"
    table.write_text("name,interests\nAna,books\n", encoding="utf-8")
    window = open_window(qtbot, path)
    window.export_flow = ExportFlow(window, ThreadPoolExecutor(max_workers=1))
    failures: list[object] = []
    window.export_flow.export_failed.connect(failures.append)
    for target in (other, table):
        before = hashlib.sha256(target.read_bytes()).hexdigest()
        dialog = window.export_flow.open_dialog(window.desk, sid, "en")
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("poster"))
        dialog.path_edit.setText(str(target))
        dialog.buttons.accepted.emit()
        assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert len(failures) == 2
    assert "community file" in str(failures[0]) and "CSV" in str(failures[1])
