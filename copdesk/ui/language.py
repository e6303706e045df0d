"""Which language copdesk speaks: the template texts and the translated UI strings.

The system locale decides ("de" for German, "en" for everything else); the
environment variable ``COPDESK_LANG`` overrides it, e.g. ``COPDESK_LANG=de``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale

from copdesk.core.localtext import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

ENV_VARIABLE = "COPDESK_LANG"


def language_of_locale(locale: QLocale) -> str:
    """The supported language code of a Qt locale ("de_AT" → "de", "fr_FR" → "en")."""
    code = locale.name().split("_")[0].lower()
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def app_language() -> str:
    """The language for template texts: ``COPDESK_LANG`` if it names a supported one,
    otherwise the system's language, otherwise English."""
    wanted = os.environ.get(ENV_VARIABLE, "").strip().lower().replace("-", "_").split("_")[0]
    if wanted in SUPPORTED_LANGUAGES:
        return wanted
    return language_of_locale(QLocale.system())
