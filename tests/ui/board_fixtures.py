"""Shared set-up for the board tests: a community file with a retro session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from copdesk.core.models import NoteDraft
from copdesk.desk.desk import Desk
from copdesk.ui.main_window import MainWindow
from copdesk.ui.settings import Settings


def make_file(path: Path, texts: list[str] | None = None) -> tuple[Path, int]:
    desk = Desk.open(path)
    session = desk.create_session("community-retro", "Spring retro")
    if texts:
        desk.place_and_add(session.id, [NoteDraft(text=t) for t in texts], frame_title="Keep")
    desk.close()
    return path, session.id


def open_window(qtbot: object, path: Path) -> MainWindow:
    window = MainWindow(Desk.open(path), Settings())
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    window.view.setFocus()
    window.view.actual_size()
    return window


def view_point(window: MainWindow, scene_point: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_point)


def note_center(window: MainWindow, note_id: int) -> QPoint:
    item = window.scene.note_item(note_id)
    assert item is not None
    window.view.centerOn(item)
    return view_point(window, item.sceneBoundingRect().center())


def drag(window: MainWindow, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """A real mouse drag on the board's viewport."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
