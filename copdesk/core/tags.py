"""Interest and learning-goal tags: one spelling per idea.

"UX Research", " ux  research" and "UX-Research" are the same tag, and so are
"Qualitätssicherung" and "Qualitaetssicherung". :func:`tag_key` gives the key
two tags are compared by; the text a person typed is kept for display.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SEPARATORS = re.compile(r"[\s\-_/.]+")
_SPLIT = re.compile(r"[,;|\n\r]+")


def tag_key(text: str) -> str:
    """The comparison key of a tag: case, spaces, dashes and umlauts folded."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_GERMAN)
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    return _SEPARATORS.sub(" ", stripped).strip()


def clean_tag(text: str) -> str:
    """A tag as shown: inner whitespace collapsed, ends stripped, case kept."""
    return " ".join(text.split())


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from one cell: split on ``,`` ``;`` ``|`` and line breaks, duplicates dropped."""
    return unique_tags(_SPLIT.split(text))


def unique_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Clean tags in first-seen order, dropping empties and same-key duplicates."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in tags:
        tag = clean_tag(raw)
        key = tag_key(tag)
        if key and key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out)


def display_names(tag_lists: Iterable[Iterable[str]]) -> dict[str, str]:
    """For every tag key, the spelling used most often (ties: alphabetically first)."""
    spellings: dict[str, Counter[str]] = {}
    for tags in tag_lists:
        for raw in tags:
            tag = clean_tag(raw)
            key = tag_key(tag)
            if key:
                spellings.setdefault(key, Counter())[tag] += 1
    return {
        key: min(counter.items(), key=lambda item: (-item[1], item[0]))[0]
        for key, counter in spellings.items()
    }
