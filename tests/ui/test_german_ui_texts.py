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
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from copdesk.core.resource_paths import resource
from copdesk.core.rituals import LABELS, parse_cadence
from copdesk.desk.desk import Desk
from copdesk.export.formats import FORMATS
from copdesk.ui.community.rituals_view import RitualsView
from copdesk.ui.dialogs.export_dialog import ExportDialog, format_name
from copdesk.ui.language import install_translators, remove_translators


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
