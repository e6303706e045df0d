"""Cleaning note text: what a sticky note may hold."""

from __future__ import annotations

import re
import unicodedata

MAX_NOTE_CHARS = 2000
MAX_NOTES_PER_IMPORT = 10_000

# C0/C1 controls except tab and newline; DEL. Zero-width and bidi marks are kept:
# they carry meaning in right-to-left and mixed-script text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Strip control characters and lone surrogates, unify line ends, trim."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    return text.strip()


def clean_label(text: str, limit: int = 200) -> str:
    """A one-line label (titles, authors, cluster labels)."""
    return " ".join(clean_text(text).split())[:limit]


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1`` … ``%9`` replaced by ``values`` in one pass, so a
    value that itself holds "%2" (a name, a file name) is never replaced again."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
