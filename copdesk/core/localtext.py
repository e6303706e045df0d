"""Text that exists in several languages (template names, prompts, questions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_LANGUAGE = "en"
SUPPORTED_LANGUAGES = ("en", "de")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name: lupdate looks for it
    """Mark ``source`` for the UI's translation catalogue and return it unchanged.

    Qt's own marker of the same name lives in PySide6, which the layers below the UI
    must not import. ``pyside6-lupdate`` finds calls by their name, so an English text
    kept here (a format's name, a ritual's rhythm) is collected under ``context``;
    the window shows it with ``QCoreApplication.translate(context, source)``.
    """
    return source


@dataclass(frozen=True, slots=True)
class LocalText:
    """A string per language code; falls back to English, then to any language."""

    by_language: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, value: str | Mapping[str, str]) -> LocalText:
        if isinstance(value, str):
            return cls(((DEFAULT_LANGUAGE, value),))
        return cls(tuple(sorted(value.items())))

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        table = dict(self.by_language)
        for code in (language, language.split("_")[0], DEFAULT_LANGUAGE):
            if code in table:
                return table[code]
        return next(iter(table.values()), "")

    def as_dict(self) -> dict[str, str]:
        return dict(self.by_language)


@dataclass(frozen=True, slots=True)
class LocalList:
    """A list of strings per language (guiding questions)."""

    by_language: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, value: Mapping[str, list[str]] | list[str]) -> LocalList:
        if isinstance(value, list):
            return cls(((DEFAULT_LANGUAGE, tuple(value)),))
        return cls(tuple(sorted((k, tuple(v)) for k, v in value.items())))

    def get(self, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
        table = dict(self.by_language)
        for code in (language, language.split("_")[0], DEFAULT_LANGUAGE):
            if code in table:
                return table[code]
        return next(iter(table.values()), ())

    def as_dict(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.by_language}
