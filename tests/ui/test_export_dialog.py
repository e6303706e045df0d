"""File ▸ Export: the dialog builds the request; the runner exports off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from copdesk.core.errors import ExportProblem
from copdesk.export.formats import FORMATS, ExportOptions
from copdesk.store.template_files import builtin_templates
from copdesk.ui.dialogs.export_dialog import ExportDialog, ExportRequest
from copdesk.ui.export_runner import ExportRunner
from tests.export.pdf_reading import assert_texts_present
from tests.export.sample_boards import retro_board


class SyncExecutor(Executor):
    """Runs each job at once on the calling thread (tests only)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the future like a real executor
            future.set_exception(exc)
        return future


def test_dialog_offers_every_format_and_shows_only_fitting_options(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(tmp_path, "Retro", templates=list(builtin_templates().values()))
    qtbot.addWidget(dialog)
    ids = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert ids == list(FORMATS)
    assert dialog.format_id() == "poster"
    assert [dialog.paper_box.itemText(i) for i in range(dialog.paper_box.count())] == list(
        FORMATS["poster"].papers
    )
    assert dialog.paper_box.currentText() == "A3"
    assert Path(dialog.path_edit.text()).name == "Retro-poster.pdf"

    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    assert Path(dialog.path_edit.text()).name == "Retro.md"
    assert dialog.request().options.paper is None

    dialog.format_box.setCurrentIndex(dialog.format_box.findData("worksheet"))
    assert [dialog.paper_box.itemText(i) for i in range(dialog.paper_box.count())] == ["A4", "A3"]
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("community-canvas"))
    request = dialog.request()
    assert request.options.template is not None
    assert request.options.template.id == "community-canvas"


def test_accepting_emits_the_request(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(tmp_path, "Retro")
    qtbot.addWidget(dialog)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("A2"))
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("portrait"))
    dialog.questions_check.setChecked(True)
    dialog.open_check.setChecked(False)
    with qtbot.waitSignal(dialog.export_requested) as caught:
        dialog.buttons.accepted.emit()
    request = caught.args[0]
    assert isinstance(request, ExportRequest)
    assert request.format_id == "poster"
    assert request.options.paper == "A2" and request.options.orientation == "portrait"
    assert request.options.questions and not request.open_when_done


def test_runner_exports_reports_progress_and_opens_the_result(qtbot: QtBot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    runner = ExportRunner(SyncExecutor(), opener=lambda url: opened.append(url) or True)
    progress: list[float] = []
    runner.progress_reported.connect(lambda fraction, _: progress.append(fraction))
    target = tmp_path / "retro-summary.pdf"
    request = ExportRequest("summary", target, ExportOptions(), open_when_done=True)
    with qtbot.waitSignal(runner.export_finished, timeout=10_000) as caught:
        runner.start(retro_board(), request)
    assert caught.args == [target]
    assert_texts_present(target.read_bytes(), ["Community retro Q2"])
    assert progress and progress[-1] == 1.0
    assert opened == [QUrl.fromLocalFile(str(target))]
    assert not runner.busy


def test_runner_reports_a_plain_problem_and_keeps_the_old_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"
    runner = ExportRunner(SyncExecutor(), opener=lambda url: pytest.fail("must not open"))
    with qtbot.waitSignal(runner.export_failed, timeout=10_000) as caught:
        runner.start(retro_board(), ExportRequest("poster", target, ExportOptions(), True))
    assert isinstance(caught.args[0], ExportProblem)
    assert "does not exist" in caught.args[0].message


def test_cancelling_stops_the_export_and_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"previous poster")
    runner = ExportRunner(SyncExecutor(), show_progress=False)
    runner.progress_reported.connect(lambda *_: runner.cancel())  # Cancel pressed at once
    with qtbot.waitSignal(runner.export_cancelled, timeout=10_000):
        runner.start(retro_board(), ExportRequest("poster", target, ExportOptions()))
    assert target.read_bytes() == b"previous poster"
    assert not runner.busy


def test_png_export_through_the_runner(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "board.png"
    runner = ExportRunner(SyncExecutor(), show_progress=False)
    with qtbot.waitSignal(runner.export_finished, timeout=10_000):
        runner.start(retro_board(), ExportRequest("png", target, ExportOptions(scale=0.5)))
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG")
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert image.width() > 100 and image.height() > 100


def test_the_questions_box_starts_at_each_formats_default(qtbot: QtBot, tmp_path: Path) -> None:
    """Poster: questions only when ticked; worksheet: ticked, and unticking leaves
    them out (the request says so explicitly)."""
    dialog = ExportDialog(tmp_path, "Retro", templates=list(builtin_templates().values()))
    qtbot.addWidget(dialog)
    assert not dialog.questions_check.isChecked()
    assert dialog.request().options.questions is False
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("worksheet"))
    assert not dialog.questions_check.isHidden() and dialog.questions_check.isChecked()
    assert dialog.request().options.questions is True
    dialog.questions_check.setChecked(False)
    assert dialog.request().options.questions is False
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    assert dialog.questions_check.isHidden()
    assert dialog.request().options.questions is False


def test_without_a_session_only_the_community_formats_are_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(tmp_path, "product-cop", initial_format="circles", community_only=True)
    qtbot.addWidget(dialog)
    ids = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert ids == [f.id for f in FORMATS.values() if f.community_wide]
    assert ids == ["actions", "community", "circles"]
    assert dialog.format_id() == "circles"
    assert Path(dialog.path_edit.text()).name == "product-cop-circles.md"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("community"))
    assert Path(dialog.path_edit.text()).name == "product-cop-community.pdf"
    assert [dialog.paper_box.itemText(i) for i in range(dialog.paper_box.count())] == ["A4"]
