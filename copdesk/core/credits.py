"""Credits of the files copdesk bundles (fonts, sounds, icons), read from ``CREDITS.json``.

``resources/CREDITS.json`` is the one list: the About dialog shows it and
``THIRD_PARTY_LICENSES.md`` is generated from it (``packaging/write_licenses.py``).
Parsing is pure; the caller reads the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from copdesk.core.errors import CopdeskError

KINDS = ("font", "sound", "icon", "data")


@dataclass(frozen=True)
class Credit:
    """One bundled work: its files (relative to ``resources/``), author and licence."""

    kind: str
    name: str
    files: tuple[str, ...]
    author: str
    license: str
    license_file: str | None = None
    url: str | None = None
    use: str = ""

    @property
    def made_for_copdesk(self) -> bool:
        """True for the project's own files, which share copdesk's licence."""
        return self.license_file == "LICENSE.txt"


def _text(entry: dict[str, object], key: str, number: int, *, required: bool = True) -> str:
    value = entry.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise CopdeskError(f"Credit {number} in CREDITS.json needs a text “{key}”.")
    return value


def parse_credits(text: str) -> tuple[Credit, ...]:
    """The credits in a ``CREDITS.json`` text; a malformed one raises :class:`CopdeskError`."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise CopdeskError(f"CREDITS.json is not valid JSON ({exc}).") from None
    entries = data.get("credits") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CopdeskError("CREDITS.json has no list of “credits”.")
    credits: list[Credit] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise CopdeskError(f"Credit {number} in CREDITS.json is not an object.")
        kind = _text(entry, "kind", number)
        if kind not in KINDS:
            raise CopdeskError(f"Credit {number} in CREDITS.json has an unknown kind “{kind}”.")
        files = entry.get("files")
        if (
            not isinstance(files, list)
            or not files
            or not all(isinstance(f, str) and f for f in files)
        ):
            raise CopdeskError(f"Credit {number} in CREDITS.json needs a list of “files”.")
        credits.append(
            Credit(
                kind=kind,
                name=_text(entry, "name", number),
                files=tuple(files),
                author=_text(entry, "author", number),
                license=_text(entry, "license", number),
                license_file=_text(entry, "license_file", number, required=False) or None,
                url=_text(entry, "url", number, required=False) or None,
                use=_text(entry, "use", number, required=False),
            )
        )
    return tuple(credits)


@dataclass(frozen=True)
class Library:
    """A library copdesk runs on (shipped inside the app bundle, installed with the wheel)."""

    name: str
    license: str
    url: str | None = None


def parse_libraries(text: str) -> tuple[Library, ...]:
    """The ``libraries`` of a ``CREDITS.json`` text (none when the list is absent)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise CopdeskError(f"CREDITS.json is not valid JSON ({exc}).") from None
    entries = data.get("libraries", []) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CopdeskError("CREDITS.json has no list of “libraries”.")
    libraries: list[Library] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise CopdeskError(f"Library {number} in CREDITS.json is not an object.")
        libraries.append(
            Library(
                name=_text(entry, "name", number),
                license=_text(entry, "license", number),
                url=_text(entry, "url", number, required=False) or None,
            )
        )
    return tuple(libraries)


def credited_files(credits: tuple[Credit, ...]) -> set[str]:
    """Every path a credit names: its files and its licence file."""
    names = {name for credit in credits for name in credit.files}
    names.update(c.license_file for c in credits if c.license_file)
    return names
