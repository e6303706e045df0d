"""Which language copdesk speaks: the template texts and the translated UI strings.

The system locale decides ("de" for German, "en" for everything else); the
environment variable ``COPDESK_LANG`` overrides it, e.g. ``COPDESK_LANG=de``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from copdesk.core.localtext import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from copdesk.core.resource_paths import resource

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


def translation_file(language: str) -> Path:
    """copdesk's compiled translation for ``language`` (it may not exist: English has none)."""
    return resource("i18n", f"copdesk_{language}.qm")


def ui_locale(language: str) -> QLocale:
    """The locale numbers are written in when the UI speaks ``language``: the
    system's where it speaks that language (its conventions, e.g. de_CH), else the
    language's own (``COPDESK_LANG=de`` on an English system writes "10,5")."""
    system = QLocale.system()
    return system if language_of_locale(system) == language else QLocale(language)


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Translate the UI into ``language`` (default: :func:`app_language`).

    Installs copdesk's own translation and, where Qt ships one, Qt's ``qtbase``
    translation (standard dialog buttons such as Cancel and Close), and makes
    :func:`ui_locale` the default ``QLocale``, so numbers read as in that language.
    Returns the installed translators, which must stay alive; English installs none.
    """
    language = language or app_language()
    QLocale.setDefault(ui_locale(language))
    if language == DEFAULT_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in (
        (str(translation_file(language).parent), f"copdesk_{language}"),
        (qt_folder, f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (back to the English source texts and the
    system's locale)."""
    QLocale.setDefault(QLocale.system())
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
