"""The guiding-questions panel: grouped by frame, filter, pin and unpin."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from copdesk.core.models import Frame
from copdesk.store.template_files import builtin_templates
from copdesk.ui.panels.questions_panel import QuestionsPanel


def frames_of(template_id: str, lang: str = "en") -> list[Frame]:
    template = builtin_templates()[template_id]
    return [
        Frame(
            id=i + 1,
            session_id=1,
            title=f.title.get(lang),
            prompt=f.prompt.get(lang),
            x=f.x,
            y=f.y,
            width=f.width,
            height=f.height,
            color=f.color,
            key=f.key,
            questions=f.questions.get(lang),
        )
        for i, f in enumerate(template.frames)
    ]


@pytest.fixture
def panel(qtbot) -> QuestionsPanel:
    p = QuestionsPanel()
    qtbot.addWidget(p)
    p.resize(360, 600)
    p.set_frames(frames_of("community-canvas"))
    p.show()
    return p


def _button(panel: QuestionsPanel, text: str) -> QPushButton:
    return next(b for b in panel.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_lists_every_question_of_the_board(panel: QuestionsPanel) -> None:
    total = sum(len(f.questions) for f in frames_of("community-canvas"))
    assert panel.question_count() == total >= 80
    assert len(panel.visible_questions()) == total


def test_pin_a_question_emits_it_and_shows_it_large(qtbot, panel: QuestionsPanel) -> None:
    question = frames_of("community-canvas")[0].questions[8]
    pin = _button(panel, "Pin")
    assert not pin.isEnabled()
    assert panel.select_question(question)
    assert pin.isEnabled()
    with qtbot.waitSignal(panel.question_pinned) as pinned:
        pin.click()
    assert pinned.args == [question]
    assert panel.pinned_question() == question
    shown = [label for label in panel.findChildren(QLabel) if label.text() == question]
    assert shown and shown[0].isVisible()
    assert shown[0].font().pointSizeF() > panel.font().pointSizeF() * 1.4

    unpin = _button(panel, "Unpin")
    with qtbot.waitSignal(panel.question_unpinned):
        unpin.click()
    assert panel.pinned_question() is None
    assert not unpin.isEnabled()
    assert not shown[0].isVisible()


def test_unpin_without_a_pin_says_nothing(qtbot, panel: QuestionsPanel) -> None:
    with qtbot.assertNotEmitted(panel.question_unpinned):
        panel.unpin()


def test_filter_matches_questions_and_frame_titles(panel: QuestionsPanel) -> None:
    panel.set_filter("SPONSOR")
    visible = panel.visible_questions()
    incentives = frames_of("community-canvas")[2]
    assert set(incentives.questions) <= set(visible)  # the frame title matches
    assert all("sponsor" in q.casefold() or q in incentives.questions for q in visible)
    panel.set_filter("no question has this text")
    assert panel.visible_questions() == []
    assert any(
        label.text() == "No question matches the filter." and label.isVisible()
        for label in panel.findChildren(QLabel)
    )
    panel.set_filter("")
    assert len(panel.visible_questions()) == panel.question_count()


def test_a_hidden_selection_cannot_be_pinned(panel: QuestionsPanel) -> None:
    question = frames_of("community-canvas")[0].questions[0]
    panel.select_question(question)
    panel.set_filter("zzzz-nothing")
    assert not _button(panel, "Pin").isEnabled()


def test_new_board_keeps_the_pin_and_shows_its_questions(qtbot, panel: QuestionsPanel) -> None:
    panel.pin("Why are we here?")
    panel.set_frames(frames_of("sailboat", "de"))
    assert panel.pinned_question() == "Why are we here?"
    assert "Was gibt uns Energie und Tempo?" in panel.visible_questions()
    panel.set_frames([])
    assert panel.question_count() == 0
    assert any(
        label.text() == "This board has no guiding questions."
        for label in panel.findChildren(QLabel)
    )


def test_activating_a_question_pins_it(qtbot, panel: QuestionsPanel) -> None:
    from PySide6.QtWidgets import QTreeWidget

    tree = panel.findChild(QTreeWidget)
    item = tree.topLevelItem(1).child(0)
    with qtbot.waitSignal(panel.question_pinned) as pinned:
        tree.itemActivated.emit(item, 0)
    assert pinned.args == [item.text(0)]
