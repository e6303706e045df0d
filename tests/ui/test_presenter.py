"""Presenter mode: F5 opens the audience view on the shared scene; focus stepping,
blanking, leaving, the pinned question, hidden votes, following, the timer, and
type large enough for the back of the room."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from copdesk.core.palette import VOTE_DOT
from copdesk.ui.main_window import MainWindow
from copdesk.ui.panels.questions_panel import QuestionsPanel
from copdesk.ui.presenter.audience_window import LEGIBLE_PIXELS, AudienceWindow
from copdesk.ui.presenter.control_bar import ControlBar
from copdesk.ui.presenter.focus_targets import focus_targets
from copdesk.ui.presenter.presenter_controller import PresenterController
from copdesk.ui.presenter.screen_choice import ScreenInfo
from copdesk.ui.presenter.view_flags import VOTES_HIDDEN, presentation_text
from tests.ui.board_fixtures import open_window
from tests.ui.presenter_board import make_retro


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path, _sid = make_retro(tmp_path / "retro.copdesk")
    w = open_window(qtbot, path)
    w.view.fit_board()
    return w


def audience_of(window: MainWindow) -> AudienceWindow:
    presenter = window.presenter
    assert isinstance(presenter, PresenterController)
    assert presenter.audience is not None
    presenter.audience.view.animation_ms = 0
    return presenter.audience


def bar_of(window: MainWindow) -> ControlBar:
    bar = window.presenter.control_bar
    assert bar is not None
    return bar


def present(window: MainWindow, qtbot: QtBot) -> AudienceWindow:
    window.activateWindow()
    window.actions_by_id["view.present"].trigger()
    audience = audience_of(window)
    qtbot.waitExposed(audience)
    return audience


def key(widget: object, k: Qt.Key) -> None:
    QTest.keyClick(widget, k)  # type: ignore[call-overload]


def test_present_is_in_the_view_menu_with_f5(window: MainWindow) -> None:
    action = window.actions_by_id["view.present"]
    assert action in window.menus["view"].actions()
    assert any(s.toString() == "F5" for s in action.shortcuts())
    assert window.actions_by_id["view.full_screen"].shortcuts()[0].toString() == "F11"


def test_f5_opens_the_audience_window_on_the_same_scene(window: MainWindow, qtbot: QtBot) -> None:
    window.view.setFocus()
    key(window.view, Qt.Key.Key_F5)
    audience = audience_of(window)
    qtbot.waitExposed(audience)
    assert audience.isVisible()
    assert audience.view.scene() is window.scene  # no copy: it mirrors
    assert window.actions_by_id["view.present"].isChecked()
    # one (offscreen) screen: the audience takes it and the control bar floats on top
    bar = bar_of(window)
    assert bar is not None and bar.isVisible()
    assert bar.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # F5 again (from the facilitator's window) leaves
    window.actions_by_id["view.present"].trigger()
    assert window.presenter.audience is None
    assert not window.actions_by_id["view.present"].isChecked()


def test_pagedown_steps_through_frames_and_clusters_in_board_order(
    window: MainWindow, qtbot: QtBot
) -> None:
    audience = present(window, qtbot)
    titles = [t.title for t in audience.targets()]
    assert titles[:6] == ["Keep", "Formats that work", "Drop", "Add", "Learn outside", titles[5]]
    assert audience.focus_index() == 0
    seen = []
    for _ in range(4):
        key(audience, Qt.Key.Key_PageDown)
        target = audience.focus_target()
        assert target is not None
        seen.append(target.title)
        # the target fills the screen, with a margin all round
        shown = audience.view.mapFromScene(QRectF(*target.rect)).boundingRect()
        assert audience.view.viewport().rect().contains(shown)
    assert seen == ["Formats that work", "Drop", "Add", "Learn outside"]
    key(audience, Qt.Key.Key_PageUp)
    assert audience.focus_target().title == "Add"  # type: ignore[union-attr]
    key(audience, Qt.Key.Key_Left)
    assert audience.focus_target().title == "Drop"  # type: ignore[union-attr]
    key(audience, Qt.Key.Key_Home)
    assert audience.focus_index() == 0
    key(audience, Qt.Key.Key_PageUp)  # stays on the first one
    assert audience.focus_index() == 0


def test_the_facilitators_board_passes_clicker_keys_on(window: MainWindow, qtbot: QtBot) -> None:
    audience = present(window, qtbot)
    window.scene.clearSelection()
    key(window.view, Qt.Key.Key_PageDown)
    assert audience.focus_index() == 1
    key(window.view, Qt.Key.Key_B)
    assert audience.is_blank()
    key(window.view, Qt.Key.Key_Escape)
    assert window.presenter.audience is None


def test_b_blanks_and_unblanks(window: MainWindow, qtbot: QtBot) -> None:
    audience = present(window, qtbot)
    bar = bar_of(window)
    key(audience, Qt.Key.Key_B)
    assert audience.is_blank()
    assert audience.blank_overlay.geometry() == audience.rect()
    assert bar.buttons["blank"].isChecked()
    image = audience.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("#000000")
    key(audience, Qt.Key.Key_B)
    assert not audience.is_blank()
    bar.buttons["blank"].click()  # the control bar blanks too
    assert audience.is_blank()


def test_esc_closes_the_audience_window(window: MainWindow, qtbot: QtBot) -> None:
    audience = present(window, qtbot)
    with qtbot.waitSignal(window.presenter.active_changed) as blocker:
        key(audience, Qt.Key.Key_Escape)
    assert blocker.args == [False]
    assert not audience.isVisible()
    assert window.presenter.control_bar is None
    assert not window.actions_by_id["view.present"].isChecked()


def test_a_pinned_question_shows_in_the_banner(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.questions_panel
    assert isinstance(panel, QuestionsPanel)
    question = panel.visible_questions()[0]
    panel.pin(question)
    audience = present(window, qtbot)
    assert audience.question() == question  # pinned before presenting
    assert audience.banner.isVisible()
    other = panel.visible_questions()[1]
    panel.pin(other)
    assert audience.question() == other
    # the focused frame moves below the banner, still whole
    target = audience.focus_target()
    shown = audience.view.mapFromScene(QRectF(*target.rect)).boundingRect()  # type: ignore[union-attr]
    assert audience.view.viewport().rect().contains(shown)
    panel.unpin()
    assert audience.question() == ""
    assert not audience.banner.isVisible()


def test_note_text_is_legible_from_the_back_at_the_default_fit(
    window: MainWindow, qtbot: QtBot
) -> None:
    presenter = PresenterController(window, full_screen=False)
    window.presenter = presenter
    presenter.start()
    audience = audience_of(window)
    audience.resize(1920, 1080)
    qtbot.waitExposed(audience)
    qtbot.waitUntil(lambda: audience.view.viewport().width() == 1920)
    target = audience.focus_target()
    assert target is not None and target.kind == "frame"
    scale = audience.view.transform().m11()
    frame = QRectF(*target.rect)
    sizes = sorted(
        presentation_text(item.note).pixel_size
        for item in window.scene.note_items()
        if frame.contains(item.sceneBoundingRect().center())
    )
    assert sizes, "the first frame holds notes"
    typical = sizes[len(sizes) // 2]
    assert typical * scale >= LEGIBLE_PIXELS


def _red_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    dot = QColor(VOTE_DOT)
    return sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y) == dot
    )


def test_hidden_votes_stay_hidden_until_revealed(window: MainWindow, qtbot: QtBot) -> None:
    audience = present(window, qtbot)
    viewport = audience.view.viewport()
    assert viewport.property(VOTES_HIDDEN) is True
    audience.focus_on(0, animate=False)  # Keep: the first note has two votes
    assert _red_pixels(audience.view) == 0
    desk = window.desk
    sid = window.scene.session_id
    assert sid is not None
    current = desk.current_round(sid)
    assert current is not None
    desk.reveal_round(current.id)
    window.scene.apply_votes(desk.board(sid))
    window.presenter.refresh_votes()
    assert viewport.property(VOTES_HIDDEN) is False
    assert _red_pixels(audience.view) > 0


def test_vote_badges_hide_per_view(window: MainWindow, qtbot: QtBot) -> None:
    """The audience's flag hides badges there even while the facilitator's view shows them."""
    audience = present(window, qtbot)
    audience.focus_on(0, animate=False)
    keep = QRectF(*audience.focus_target().rect)  # type: ignore[union-attr]
    for item in window.scene.note_items():
        if keep.contains(item.sceneBoundingRect().center()):
            item.set_badge("3")
    audience.set_votes_hidden(True)
    window.view.set_zoom(audience.view.scale_factor())
    window.view.centerOn(keep.center())
    assert _red_pixels(window.view) > 0
    assert _red_pixels(audience.view) == 0
    audience.set_votes_hidden(False)
    assert _red_pixels(audience.view) > 0


def test_follow_mode_mirrors_the_facilitators_viewport(window: MainWindow, qtbot: QtBot) -> None:
    audience = present(window, qtbot)
    key(audience, Qt.Key.Key_F)
    assert audience.is_following()
    window.view.set_zoom(1.0)
    keep = window.scene.frame_items()[0]
    window.view.centerOn(keep)
    facilitator = window.presenter.facilitator_rect()
    qtbot.waitUntil(
        lambda: (
            audience.view.visible_rect().contains(facilitator.center())
            and abs(audience.view.visible_rect().center().x() - facilitator.center().x()) < 5
        )
    )
    shown = audience.view.visible_rect()
    assert shown.contains(facilitator.adjusted(2, 2, -2, -2))
    # locking to a frame stops following; following again comes back
    key(audience, Qt.Key.Key_PageDown)
    assert not audience.is_following()
    bar_of(window).buttons["follow"].click()
    assert audience.is_following()


def test_the_timer_is_the_same_controller_shown_large(window: MainWindow, qtbot: QtBot) -> None:
    controller = window.timer_controller
    assert controller is not None
    audience = present(window, qtbot)
    assert window.presenter.timer is controller
    display = audience.timer_display
    assert display.isVisible()
    assert display.height() >= audience.height() * 0.1
    assert display.geometry().right() >= audience.width() - 40  # in the corner
    bar = bar_of(window)
    bar.buttons["toggle"].click()
    assert controller.countdown.running
    assert bar.buttons["toggle"].text().endswith("Pause")
    controller.tick()
    assert display.text() == controller.text()
    bar.buttons["toggle"].click()
    assert display.status() == "paused"
    assert display.is_dimmed()


def test_the_screen_choice_puts_the_audience_on_the_second_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    laptop = ScreenInfo("laptop", (0, 0, 1366, 768), is_primary=True)
    projector = ScreenInfo("projector", (1366, 0, 1280, 720))
    presenter = PresenterController(
        window, screens=lambda: ([laptop, projector], "laptop"), full_screen=False
    )
    window.presenter = presenter
    presenter.start()
    assert presenter.plan is not None
    assert presenter.plan.audience == projector
    assert presenter.control_bar is None  # two screens: the laptop keeps the main window
    audience = audience_of(window)
    assert audience.geometry().size().width() == 1280
    presenter.stop()


def test_closing_the_main_window_closes_the_audience(window: MainWindow, qtbot: QtBot) -> None:
    audience = present(window, qtbot)
    window.close()
    assert window.presenter.audience is None
    assert not audience.isVisible()


def test_the_room_still_sees_notes_while_the_facilitator_is_zoomed_far_out(
    window: MainWindow, qtbot: QtBot
) -> None:
    audience = present(window, qtbot)
    audience.focus_on(0, animate=False)
    before = audience.view.grab().toImage()
    window.view.set_zoom(0.06)  # the shared scene switches to its batched overview
    assert window.scene.overview
    after = audience.view.grab().toImage()
    step = 7
    differing = sum(
        1
        for x in range(0, before.width(), step)
        for y in range(0, before.height(), step)
        if before.pixelColor(x, y) != after.pixelColor(x, y)
    )
    total = (before.width() // step + 1) * (before.height() // step + 1)
    assert differing < total * 0.01


def test_switching_session_shows_its_board_and_its_timer(window: MainWindow, qtbot: QtBot) -> None:
    audience = present(window, qtbot)
    first_timer = window.presenter.timer
    assert first_timer is not None
    session = window.desk.create_session("start-stop-continue", "Next retro")
    window.load_sessions(session.id)
    assert window.scene.session_id == session.id
    expected = [t.title for t in focus_targets(window.scene.frames(), window.scene.notes())]
    qtbot.waitUntil(lambda: [t.title for t in audience.targets()] == expected)
    assert window.presenter.timer is window.timer_controller
    assert window.presenter.timer is not first_timer
    assert audience.timer_display.isVisible()
    key(audience, Qt.Key.Key_Home)
    assert audience.focus_target() is not None
    assert audience.focus_target().title == expected[0]  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_tall_frames_guiding_question_stays_readable_in_focus(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    """Fitted to the screen, the retro's tall Actions column would draw its prompt
    a few pixels high: focus mode shows it in a fixed header, at a readable size,
    covering neither the frame nor the timer."""
    audience = present(window, qtbot)
    audience.resize(*size)
    qtbot.waitUntil(lambda: audience.view.viewport().width() == size[0])
    assert audience.focus_on_key("frame", _frame_id(window, "Actions"), animate=False)
    header = audience.frame_header
    assert header.isVisible()
    assert "One or two actions, each with an owner and a date." in header.text()
    assert min(audience.header_pixels) >= LEGIBLE_PIXELS
    assert f"font-size:{audience.header_pixels[1]}px" in header.text()
    frame = QRectF(*audience.focus_target().rect)  # type: ignore[union-attr]
    on_screen = audience.view.mapFromScene(frame).boundingRect()
    on_screen.translate(audience.view.geometry().topLeft())
    assert not header.geometry().intersects(on_screen)
    assert not header.geometry().intersects(audience.timer_display.geometry())
    assert audience.rect().contains(header.geometry())
    # a cluster, or following the facilitator, needs no header
    cluster = next(i for i, t in enumerate(audience.targets()) if t.kind == "cluster")
    audience.focus_on(cluster, animate=False)
    assert not header.isVisible()
    audience.focus_on_key("frame", _frame_id(window, "Actions"), animate=False)
    audience.follow()
    assert not header.isVisible()


def _frame_id(window: MainWindow, title: str) -> int:
    return next(f.id for f in window.scene.frames() if f.title == title)
