"""Cluster label chips keep frame titles readable: on the board and, as the audience
view shows the same scene, on the projector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from copdesk.core.label_spot import overlap
from copdesk.ui.board.cluster_item import ClusterItem
from copdesk.ui.board.frame_item import frame_header
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import open_window
from tests.ui.presenter_board import make_retro


def _box(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.x(), rect.y(), rect.width(), rect.height())


def _chips(window: MainWindow) -> list[ClusterItem]:
    items = list(window.scene.cluster_layer.items.values())
    assert items
    return items


def _assert_headers_clear(window: MainWindow) -> None:
    headers = [frame_header(f) for f in window.scene.frames()]
    for item in _chips(window):
        chip = _box(item.mapRectToScene(item.chip_rect()))
        for header in headers:
            for kept in (*header.keep, *header.texts):  # titles, chips, prompts
                assert overlap(chip, kept) == 0, (item.chip_text(), kept)


def test_cluster_chips_leave_frame_titles_and_prompts_clear(qtbot: QtBot, tmp_path: Path) -> None:
    path, _sid = make_retro(tmp_path / "retro.copdesk")
    window = open_window(qtbot, path)
    _assert_headers_clear(window)
    # "Formats that work" groups the first row of Keep: its chip sits beside the title
    keep = next(f for f in window.scene.frames() if f.title == "Keep")
    formats = next(i for i in _chips(window) if i.cluster.label == "Formats that work")
    chip = formats.mapRectToScene(formats.chip_rect())
    assert keep.y <= chip.top() and chip.bottom() <= keep.y + 52
    assert chip.left() > keep.x + 22 + 60  # right of "Keep"


def test_chips_follow_a_renamed_frame(qtbot: QtBot, tmp_path: Path) -> None:
    path, _sid = make_retro(tmp_path / "retro.copdesk")
    window = open_window(qtbot, path)
    keep = next(f for f in window.scene.frames() if f.title == "Keep")
    window.scene.apply_frames([window.desk.update_frame(keep.id, title="Keep doing these, please")])
    _assert_headers_clear(window)


def test_the_audience_sees_the_same_clear_titles(qtbot: QtBot, tmp_path: Path) -> None:
    path, _sid = make_retro(tmp_path / "retro.copdesk")
    window = open_window(qtbot, path)
    window.actions_by_id["view.present"].trigger()
    audience = window.presenter.audience
    assert audience is not None
    qtbot.waitExposed(audience)
    assert audience.view.scene() is window.scene
    _assert_headers_clear(window)
    window.actions_by_id["view.present"].trigger()


def test_chips_of_neighbouring_clusters_never_overlap(qtbot: QtBot, tmp_path: Path) -> None:
    """Two clusters side by side at the top of Drop both want its title row; the
    second chip keeps clear of the first (QA found them on top of each other)."""
    from copdesk.core.models import NoteDraft
    from copdesk.desk.desk import Desk

    path = tmp_path / "two.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Two clusters").id
        drop = next(f for f in desk.frames(sid) if f.title == "Drop")
        # the two clusters' notes overlap a little, as stuck-on notes do
        drafts = [NoteDraft(f"note {i}", drop.x + 20 + i * 105, drop.y + 80) for i in (0, 2, 1, 3)]
        notes = desk.add_notes(sid, drafts)
        desk.group_notes(sid, [n.id for n in notes[:2]], label="managers")
        desk.group_notes(sid, [n.id for n in notes[2:]], label="meeting")
    window = open_window(qtbot, path)
    chips = [_box(i.mapRectToScene(i.chip_rect())) for i in _chips(window)]
    assert len(chips) == 2
    assert overlap(chips[0], chips[1]) == 0
    _assert_headers_clear(window)
