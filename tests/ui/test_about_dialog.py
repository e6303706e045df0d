"""The About dialog: version, licence and every credit of the bundled files."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from copdesk import __version__
from copdesk.core.credits import Credit, Library
from copdesk.ui.dialogs.about_dialog import AboutDialog, load_credits, load_license_text


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_shows_the_version_and_the_mit_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert "MIT" in _texts(dialog)
    licence = dialog.license_view.toPlainText()
    assert licence.startswith("MIT License") and "Permission is hereby granted" in licence


def test_lists_every_bundled_credit_with_author_and_licence(qtbot: QtBot) -> None:
    credits, libraries = load_credits()
    kinds = {credit.kind for credit in credits}
    assert {"font", "sound"} <= kinds, "CREDITS.json lists the bundled fonts and sounds"
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    shown = dialog.credits_view.toPlainText()
    for credit in credits:
        assert credit.name in shown
        assert credit.author in shown
        assert credit.license in shown
        for name in credit.files:
            assert name in shown
    for library in libraries:
        assert library.name in shown and library.license in shown
    assert "DejaVu Sans" in shown and "Droid Sans Fallback" in shown


def test_credits_given_by_the_caller_are_grouped_by_kind(qtbot: QtBot) -> None:
    credits = (
        Credit("sound", "Bell", ("sounds/b.wav",), "B. <Maker>", "CC0-1.0", url="https://x.test"),
        Credit("font", "Test Sans", ("fonts/t.ttf",), "A. Designer", "OFL-1.1"),
        Credit("sound", "Gong", ("sounds/g.wav",), "C. Maker", "CC-BY-4.0"),
    )
    dialog = AboutDialog(
        credits=credits, libraries=(Library("Lib", "MIT"),), license_text="Custom text"
    )
    qtbot.addWidget(dialog)
    lines = [line.strip() for line in dialog.credits_view.toPlainText().splitlines()]
    order = [line for line in lines if line in {"Sounds", "Fonts", "Libraries"}]
    assert order == ["Sounds", "Fonts", "Libraries"]
    sounds = lines.index("Sounds")
    assert lines.index("Bell") > sounds and lines.index("Gong") < lines.index("Fonts")
    assert "by B. <Maker> · licence: CC0-1.0" in lines  # escaped, shown as written
    assert "https://x.test" in dialog.credits_view.toHtml()
    assert dialog.license_view.toPlainText() == "Custom text"


def test_missing_credits_and_licence_still_give_a_readable_dialog(qtbot: QtBot) -> None:
    dialog = AboutDialog(credits=(), libraries=(), license_text="")
    qtbot.addWidget(dialog)
    assert "missing" in dialog.credits_view.toPlainText()
    assert "MIT" in dialog.license_view.toPlainText()


def test_the_bundled_licence_is_the_repository_licence() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert load_license_text() == (root / "LICENSE").read_text(encoding="utf-8")


def test_close_button_closes(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.isVisible()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
