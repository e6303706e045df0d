"""The UI speaks German with COPDESK_LANG=de and English otherwise; the German
catalogue is complete."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from copdesk.core.resource_paths import resource
from copdesk.ui.language import install_translators, remove_translators, translation_file
from copdesk.ui.main_window import MainWindow
from tests.ui.board_fixtures import make_file, open_window


@pytest.fixture
def translated(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, request) -> Iterator[str]:
    language = request.param
    monkeypatch.setenv("COPDESK_LANG", language)
    translators = install_translators(qapp)
    yield language
    remove_translators(qapp, translators)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def built_window(qtbot, tmp_path: Path) -> MainWindow:
    path, _sid = make_file(tmp_path / "team.copdesk", ["Keep the demos"])
    return open_window(qtbot, path)


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_german_menus_and_timer(translated: str, qtbot, tmp_path: Path) -> None:
    window = built_window(qtbot, tmp_path)
    titles = menu_titles(window)
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert titles[-1] == "&Hilfe"
    assert window.actions_by_id["edit.undo"].text() == "&Rückgängig"
    assert window.actions_by_id["board.color2"].text() == "Farbe &3"
    panel = window.docks.timer_panel
    assert panel is not None
    assert panel.actions_by_id["toggle"].text() == "Start"
    assert panel.actions_by_id["reset"].text() == "Zurücksetzen"
    assert window.sidebar_dock.windowTitle() == "Sitzungen"


@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_english_installs_nothing_and_stays_english(translated: str, qtbot, tmp_path) -> None:
    assert install_translators(QApplication.instance(), "en") == []  # type: ignore[arg-type]
    window = built_window(qtbot, tmp_path)
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&View"]
    assert menu_titles(window)[-1] == "&Help"
    panel = window.docks.timer_panel
    assert panel is not None
    assert panel.actions_by_id["reset"].text() == "Reset"


def test_the_german_catalogue_is_complete_and_compiled() -> None:
    ts = resource("i18n", "copdesk_de.ts")
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 300
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert (translation.text or "").strip(), source
        for marker in ("%1", "%2", "%3", "{version}", "{license}", "{author}"):
            assert (marker in source) == (marker in (translation.text or "")), source
    assert translation_file("de").is_file()


@pytest.mark.parametrize("translated", ["de"], indirect=True)
def test_german_timer_and_agenda_texts_are_not_cut(translated: str, qtbot, tmp_path) -> None:
    """German words are longer ("Hinzufügen"): the dock widens instead of cutting
    a button's or label's text."""
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel

    from copdesk.desk.desk import Desk
    from copdesk.ui.settings import Settings

    path, _sid = make_file(tmp_path / "team.copdesk", ["Keep the demos"])
    window = MainWindow(Desk.open(path), Settings(), defer_panels=True)  # as the app starts
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.load_deferred()
    window.docks.agenda_dock.raise_()
    qtbot.waitUntil(window.docks.agenda_dock.isVisible)
    panels = [window.docks.timer_panel, window.docks.agenda_panel]
    assert window.docks.agenda_panel is not None
    assert window.docks.agenda_panel.add_button.text() == "Hinzufügen"
    checked = 0
    for panel in panels:
        assert panel is not None
        for widget in panel.findChildren(QAbstractButton) + panel.findChildren(QLabel):
            if not widget.isVisible() or not widget.text() or "<" in widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            text_width = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            room = widget.width() - (24 if isinstance(widget, QCheckBox) else 0)
            margin = 8 if isinstance(widget, QAbstractButton) else 0
            assert room >= text_width + margin, (widget.text(), widget.width(), text_width)
            checked += 1
    assert checked >= 15
