"""What QA found in the German UI: English format names and rhythms, English
decimal points, a cut quick-start button, "Wiederherstellen:" with nothing to
redo, and a voting hint cut off. Each is checked in German (and English where
the layout differs)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from copdesk.core.resource_paths import resource
from copdesk.core.rituals import LABELS, parse_cadence
from copdesk.desk.desk import Desk
from copdesk.export.formats import FORMATS
from copdesk.ui.community.rituals_view import RitualsView
from copdesk.ui.dialogs.export_dialog import ExportDialog, format_name
from copdesk.ui.language import install_translators, remove_translators
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import make_file, open_window
from tests.ui.learning_goals_board import make_learning_goals


@pytest.fixture
def translated(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, request) -> Iterator[str]:
    language = request.param
    monkeypatch.setenv("COPDESK_LANG", language)
    translators = install_translators(qapp)
    yield language
    remove_translators(qapp, translators)


def _catalogue(context: str) -> set[str]:
    root = ET.parse(resource("i18n", "copdesk_de.ts")).getroot()
    return {
        message.findtext("source") or ""
        for ctx in root.iter("context")
        if ctx.findtext("name") == context
        for message in ctx.iter("message")
    }


def test_the_qt_free_texts_the_window_shows_are_in_the_catalogue() -> None:
    """packaging/update_translations.sh collects formats.py and rituals.py too:
    a format or rhythm added there comes into the catalogue (and its test)."""
    assert {f.description for f in FORMATS.values()} <= _catalogue("ExportFormat")
    assert set(LABELS.values()) <= _catalogue("rituals")
    assert {"Automatic", "Landscape", "Portrait"} <= _catalogue("ExportDialog")


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_export_dialog_names_formats_and_orientations_in_german(
    translated: str, qtbot, tmp_path: Path
) -> None:
    dialog = ExportDialog(tmp_path, "Retro", language="de")
    qtbot.addWidget(dialog)
    names = [dialog.format_box.itemText(i) for i in range(dialog.format_box.count())]
    assert names[0] == "Canvas-Poster (PDF, eine Seite)"
    assert names == [format_name(f) for f in FORMATS.values()]
    for fmt, name in zip(FORMATS.values(), names, strict=True):
        assert name != fmt.description, name
    orientations = [dialog.orientation_box.itemText(i) for i in range(3)]
    assert orientations == ["Automatisch", "Querformat", "Hochformat"]


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_german_rhythms_read_back_as_their_cadence(translated: str) -> None:
    """A rhythm cell shows "monatlich"; edited, it must still be understood."""
    for cadence, label in LABELS.items():
        german = QCoreApplication.translate("rituals", label)
        assert german != label
        assert parse_cadence(german) == cadence


@pytest.mark.parametrize("translated", ["en", "de"], indirect=True)
def test_template_minutes_take_the_ui_decimal_point(translated: str) -> None:
    from copdesk.ui.dialogs.new_session_dialog import format_minutes

    assert format_minutes(90) == "90"
    assert format_minutes(7.5) == {"en": "7.5", "de": "7,5"}[translated]


@pytest.fixture
def ritual_desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    d.add_ritual("Community session", "monthly", 90, 20, "2025-01-31")
    d.add_ritual("Short sync", "weekly", 7.5, 4, "2025-01-06")
    d.add_ritual("Conference", "yearly", 1440, 1000, "2025-05-10")
    yield d
    d.close()


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_rituals_view_writes_rhythms_and_numbers_in_german(
    translated: str, qtbot, ritual_desk: Desk
) -> None:
    assert QLocale().decimalPoint() == ","
    view = RitualsView(ritual_desk, date(2025, 2, 1), QUndoStack())
    qtbot.addWidget(view)
    rows = [[view.table.item(r, c).text() for c in range(7)] for r in range(3)]
    assert [row[1] for row in rows] == ["monatlich", "wöchentlich", "jährlich"]
    assert rows[1][2] == "7,5"  # minutes
    assert rows[2][6] == "2.000 h"  # person-hours from a thousand on
    summary = view.summary.text()
    assert "Personenstunden" in summary
    assert "2.032,2 Personenstunden" in summary, summary
    view.table.item(1, 1).setText("alle zwei Wochen")  # typed over a German rhythm
    assert ritual_desk.rituals()[1].cadence == "biweekly"
    assert view.table.item(1, 1).text() == "alle zwei Wochen"
    view.table.item(1, 2).setText("12,5")
    assert ritual_desk.rituals()[1].duration_minutes == 12.5


@pytest.mark.parametrize("translated", ["en", "de"], indirect=True)
def test_empty_state_buttons_show_their_whole_text(translated: str, qtbot, tmp_path) -> None:
    path = tmp_path / "new.copdesk"
    Desk.open(path).close()
    empty = open_window(qtbot, path).empty_state
    assert empty.isVisible()
    for button in [*empty.buttons.values(), empty.more_button]:
        assert button.sizeHint().width() <= button.width(), button.text()
        assert button.sizeHint().height() <= button.height(), button.text()
        lines = button.text().split("\n")
        room = button.contentsRect().width()
        assert all(button.fontMetrics().horizontalAdvance(line) < room for line in lines)
    retro = empty.buttons["community-retro"]
    if translated == "de":
        assert retro.toolTip() == "Community-Retro — Behalten / Weglassen / Ergänzen, Maßnahmen"
        assert retro.text() == "Community-Retro —\nBehalten / Weglassen / Ergänzen, Maßnahmen"
    else:
        assert retro.text() == "Community retro — Keep / Drop / Add, actions"  # fits one line


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_redo_without_anything_to_redo_has_no_dangling_colon(
    translated: str, qtbot, tmp_path: Path
) -> None:
    path, _sid = make_file(tmp_path / "team.copdesk", ["Keep the demos"])
    window = open_window(qtbot, path)
    undo, redo = window.actions_by_id["edit.undo"], window.actions_by_id["edit.redo"]
    assert redo.text() == "&Wiederherstellen"
    window.undo_stack.push(QUndoCommand("Notiz verschieben"))
    assert undo.text() == "&Rückgängig: Notiz verschieben"
    assert redo.text() == "&Wiederherstellen"
    window.undo_stack.undo()
    assert undo.text() == "&Rückgängig"
    assert redo.text() == "&Wiederherstellen: Notiz verschieben"


def _wrapped_whole(label: QLabel) -> bool:
    """A word-wrapped label shows its whole text when it is as high as its text
    needs at its width."""
    return label.wordWrap() and label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("translated", ["en", "de"], indirect=True)
def test_voting_hint_is_read_whole_in_a_1400_pixel_window(
    translated: str, qtbot, tmp_path: Path
) -> None:
    path, _sid = make_learning_goals(tmp_path / "goals.copdesk", 8)
    window: MainWindow = open_window(qtbot, path)
    assert window.width() == 1400
    window.actions_by_id["board.start_voting"].trigger()
    bar = window.cluster_tools.voting_bar
    QTest.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.hint.isVisible)
    QApplication.processEvents()
    assert window.width() == 1400  # the German bar does not widen the window
    assert bar.minimumSizeHint().width() <= 820  # nor on a 1366-pixel laptop screen
    hint = bar.hint
    expected = {
        "en": "Click a note or cluster to add a dot; right-click removes one",
        "de": "Notiz oder Cluster anklicken, um einen Punkt zu vergeben; "
        "Rechtsklick nimmt einen weg",
    }[translated]
    assert hint.text() == expected
    assert hint.toolTip() == expected
    assert _wrapped_whole(hint), (hint.size(), hint.heightForWidth(hint.width()))
    assert hint.width() >= bar.width() // 2  # a line of its own, not a sliver
    for widget in (bar.start_button, bar.reveal_button, bar.close_round_button, bar.left_label):
        if widget.isVisible():
            text = widget.text().replace("&", "")
            assert widget.width() >= widget.fontMetrics().horizontalAdvance(text), text
    bar.show_message("Alexandra Beispielname hat in dieser Runde keine Punkte mehr.")
    QApplication.processEvents()
    assert bar.message.isVisible() and _wrapped_whole(bar.message)
    bar.show_message("")
    assert not bar.message.isVisible()
