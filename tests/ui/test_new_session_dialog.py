"""The new-session dialog: pick a template, see its preview and agenda, accept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QTreeWidget

from copdesk.core.templates import Template, parse_template
from copdesk.store.template_files import builtin_templates
from copdesk.ui.dialogs.new_session_dialog import NewSessionDialog
from copdesk.ui.dialogs.template_preview import (
    TemplatePreview,
    render_template_image,
    render_template_sheet,
)

TEMPLATES = list(builtin_templates().values())


def custom() -> Template:
    data = builtin_templates()["four-ls"].to_json()
    data["id"] = "team-4ls"
    data["name"] = "Team 4Ls"
    return parse_template(data, "test", builtin=False)


@pytest.fixture
def dialog(qtbot) -> NewSessionDialog:
    d = NewSessionDialog([*TEMPLATES, custom()], "en")
    qtbot.addWidget(d)
    return d


def _labels(d: NewSessionDialog) -> list[str]:
    return [label.text() for label in d.findChildren(QLabel)]


def test_choose_a_template_and_accept(qtbot, dialog: NewSessionDialog) -> None:
    assert dialog.select_template("community-retro")
    dialog.title_edit().setText("  Retro   March ")
    with qtbot.waitSignal(dialog.template_chosen) as chosen:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert chosen.args == ["community-retro", "Retro March"]
    assert dialog.result() == NewSessionDialog.DialogCode.Accepted
    assert dialog.choice() == ("community-retro", "Retro March")


def test_an_empty_title_falls_back_to_the_template_name(dialog: NewSessionDialog) -> None:
    dialog.select_template("sailboat")
    assert dialog.title_edit().placeholderText() == "Sailboat"
    assert dialog.choice() == ("sailboat", "Sailboat")


def test_shows_description_agenda_minutes_and_total(dialog: NewSessionDialog) -> None:
    dialog.select_template("community-retro")
    retro = builtin_templates()["community-retro"]
    assert retro.description.get() in _labels(dialog)
    assert "Total: 90 min" in _labels(dialog)
    agenda = dialog.findChild(QTreeWidget)
    rows = [agenda.topLevelItem(i) for i in range(agenda.topLevelItemCount())]
    assert [(r.text(0), r.text(1)) for r in rows] == [
        (s.title.get(), f"{s.minutes:g}") for s in retro.agenda
    ]
    preview = dialog.findChild(TemplatePreview)
    assert preview.template() is retro


def test_double_click_accepts(qtbot, dialog: NewSessionDialog) -> None:
    items = dialog.findChild(QListWidget)
    target = next(
        items.item(i)
        for i in range(items.count())
        if items.item(i).data(Qt.ItemDataRole.UserRole) == "blank"
    )
    with qtbot.waitSignal(dialog.accepted):
        items.itemActivated.emit(target)
    assert dialog.choice() == ("blank", "Blank board")


def test_custom_templates_are_listed_under_their_own_heading(dialog: NewSessionDialog) -> None:
    items = dialog.findChild(QListWidget)
    texts = [items.item(i).text() for i in range(items.count())]
    assert texts[0] == "Built-in templates"
    assert "This community's templates" in texts
    assert texts[-1] == "Team 4Ls"
    heading = items.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.select_template("team-4ls")
    assert dialog.choice() == ("team-4ls", "Team 4Ls")


def test_initial_template_and_language(qtbot) -> None:
    d = NewSessionDialog(TEMPLATES, "de", initial_template_id="community-canvas")
    qtbot.addWidget(d)
    assert d.selected_template().id == "community-canvas"
    assert "Community-Canvas" in _labels(d)
    assert d.choice() == ("community-canvas", "Community-Canvas")
    first = NewSessionDialog(TEMPLATES, "en", initial_template_id="not-there")
    qtbot.addWidget(first)
    assert first.selected_template().id == TEMPLATES[0].id


def test_no_templates_means_nothing_to_accept(qtbot) -> None:
    d = NewSessionDialog([], "en")
    qtbot.addWidget(d)
    ok = d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert d.choice() is None
    d.accept()
    assert d.result() != NewSessionDialog.DialogCode.Accepted


def _colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }


def _dark_pixels(image: QImage) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 90
    )


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_every_template_renders_its_frames_and_titles(qtbot, template: Template) -> None:
    image = render_template_image(template, "en", QSize(480, 300))
    colours = _colours(image)
    for frame in template.frames:
        assert frame.color in colours, frame.key
    bare = render_template_image(template, "en", QSize(480, 300), titles=False)
    if template.frames:
        assert _dark_pixels(image) > _dark_pixels(bare) + 30 * len(template.frames)
    else:
        assert len(colours) > 1  # the blank board's dot grid


def test_preview_widget_paints_the_selected_template(qtbot) -> None:
    preview = TemplatePreview("de")
    qtbot.addWidget(preview)
    preview.resize(480, 300)
    retro = builtin_templates()["mad-sad-glad"]
    preview.set_template(retro)
    image = preview.grab().toImage()
    assert retro.frames[0].color in _colours(image)
    assert preview.accessibleDescription() == retro.name.get("de")


def test_long_titles_stay_inside_their_frame(qtbot) -> None:
    data = builtin_templates()["blank"].to_json()
    words = " ".join(["Averyveryverylongword"] * 40)
    data["frames"] = [
        {
            "key": "a",
            "title": words,
            "x": 0,
            "y": 0,
            "width": 200,
            "height": 200,
            "color": "#dde9f8",
        }
    ]
    template = parse_template(data, "long", builtin=False)
    image = render_template_image(template, "en", QSize(300, 200))
    # 300 x 200 minus a 10 px margin: the 200 x 200 board scales by 0.9 and is centred
    left, top, right, bottom = 60, 10, 240, 190
    outside = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if not (left - 1 <= x <= right + 1 and top - 1 <= y <= bottom + 1)
        and QColor(image.pixel(x, y)).lightness() < 200
    ]
    assert outside == []
    assert _dark_pixels(image) > 50


def test_sheet_places_every_template_in_a_grid(qtbot) -> None:
    sheet = render_template_sheet(TEMPLATES, "de", columns=4, cell=QSize(200, 140))
    rows = (len(TEMPLATES) + 3) // 4
    assert (sheet.width(), sheet.height()) == (4 * 200 + 5 * 12, rows * 170 + (rows + 1) * 12)
    colours = _colours(sheet)
    assert {f.color for t in TEMPLATES for f in t.frames} <= colours
