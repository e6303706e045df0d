"""The app language: the system locale, overridable by COPDESK_LANG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from copdesk.ui.language import app_language, language_of_locale


@pytest.mark.parametrize(
    ("name", "expected"), [("de_DE", "de"), ("de_AT", "de"), ("en_GB", "en"), ("fr_FR", "en")]
)
def test_language_of_locale(name: str, expected: str) -> None:
    assert language_of_locale(QLocale(name)) == expected


@pytest.mark.parametrize(("value", "expected"), [("de", "de"), ("DE_ch", "de"), ("en-US", "en")])
def test_environment_overrides(monkeypatch: pytest.MonkeyPatch, value: str, expected: str) -> None:
    monkeypatch.setenv("COPDESK_LANG", value)
    assert app_language() == expected


def test_unsupported_override_falls_back_to_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPDESK_LANG", "klingon")
    assert app_language() == language_of_locale(QLocale.system())
