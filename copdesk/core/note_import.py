"""Turning CSV and plain text into note drafts — all or nothing.

Either every row becomes a :class:`NoteDraft` or an :class:`ImportProblem`
names the first bad line and nothing is imported.
"""

from __future__ import annotations

import re

from copdesk.core.csv_table import decode, read_csv_table
from copdesk.core.errors import ImportProblem
from copdesk.core.models import NOTE_COLOR_COUNT, NoteDraft
from copdesk.core.palette import NOTE_COLOR_NAMES
from copdesk.core.text import MAX_NOTE_CHARS, MAX_NOTES_PER_IMPORT, clean_label, clean_text

_PARAGRAPH = re.compile(r"\n\s*\n")

#: Header names a spreadsheet, a survey tool or a whiteboard export may use for
#: each column (English and German), matched without case or surrounding space.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "note", "notes", "content", "sticky", "sticky note", "idea", "goal",
        "learning goal", "notiz", "notizen", "inhalt", "idee", "ziel", "lernziel",
    ),
    "author": ("author", "name", "by", "who", "created by", "autor", "autorin", "von"),
    "color": ("color", "colour", "farbe"),
    "frame": ("frame", "column", "category", "bucket", "rahmen", "spalte", "kategorie"),
}  # fmt: skip

#: Columns survey tools add around the answers (Google Forms, Microsoft Forms):
#: never taken for the note text.
BOOKKEEPING_COLUMNS = frozenset(
    {
        "id", "timestamp", "zeitstempel", "date", "datum", "time", "zeit", "submitted at",
        "start time", "completion time", "last modified time", "email", "email address",
        "e-mail", "e-mail-adresse", "startzeit", "fertigstellungszeit",
    }
)  # fmt: skip


def _columns(headers: tuple[str, ...]) -> dict[str, str]:
    """Which header holds each of text, author, color and frame.

    The first name of :data:`COLUMN_NAMES` found wins. Without a text column,
    the one column left over, if there is exactly one (a survey export of one
    question, beside its timestamp), is the text."""
    found: dict[str, str] = {}
    for field, names in COLUMN_NAMES.items():
        for name in names:
            if name in headers:
                found[field] = name
                break
    named = [h for h in headers if h]
    left = [h for h in named if h not in found.values() and h not in BOOKKEEPING_COLUMNS]
    if "text" not in found and len(left) == 1:
        found["text"] = left[0]
    if "text" not in found:
        raise ImportProblem(
            f"Line 1: the header has no “text” column (found: {', '.join(named)}). "
            "Name the column of the note texts “text” (or “note”, “content”, “Notiz”)."
        )
    return found


def parse_color(value: str, line: int) -> int:
    """``1``–``6`` or a colour name (English or German) → palette index."""
    v = value.strip().lower()
    if not v:
        return 0
    if v.isdigit() and 1 <= int(v) <= NOTE_COLOR_COUNT:
        return int(v) - 1
    for names in NOTE_COLOR_NAMES.values():
        if v in names:
            return names.index(v)
    raise ImportProblem(
        f"Line {line}: “{value[:30]}” is not a note colour "
        f"(use 1–{NOTE_COLOR_COUNT} or {', '.join(NOTE_COLOR_NAMES['en'])})."
    )


def _checked(text: str, line: int) -> str:
    cleaned = clean_text(text)
    if len(cleaned) > MAX_NOTE_CHARS:
        raise ImportProblem(
            f"Line {line}: the note has {len(cleaned):,} characters; "
            f"a note can hold at most {MAX_NOTE_CHARS:,}."
        )
    return cleaned


def _limit(count: int) -> None:
    if count > MAX_NOTES_PER_IMPORT:
        raise ImportProblem(
            f"The file holds more than {MAX_NOTES_PER_IMPORT:,} notes; "
            "split it and import the parts one after the other."
        )


def notes_from_csv(data: bytes) -> list[NoteDraft]:
    """A CSV with a header: a text column required (see :data:`COLUMN_NAMES`);
    author, colour and frame columns optional."""
    table = read_csv_table(data, max_rows=MAX_NOTES_PER_IMPORT + 1, max_field=MAX_NOTE_CHARS * 4)
    columns = _columns(table.headers)
    _limit(len(table.rows))
    drafts = []
    for row in table.rows:
        cells = {field: row.values.get(header, "") for field, header in columns.items()}
        text = _checked(cells["text"], row.line)
        if not text:
            raise ImportProblem(f"Line {row.line}: the text of the note is empty.")
        drafts.append(
            NoteDraft(
                text=text,
                color=parse_color(cells.get("color", ""), row.line),
                author=clean_label(cells.get("author", ""), 100),
                frame_title=clean_label(cells.get("frame", "")),
            )
        )
    if not drafts:
        raise ImportProblem("The file has a header but no notes.")
    return drafts


def notes_from_text(data: bytes) -> list[NoteDraft]:
    """One note per line; or one per paragraph when blank lines separate them."""
    text, _ = decode(data)
    if "\x00" in text:
        raise ImportProblem("The file contains NUL bytes: it is not a text file.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    by_paragraph = bool(_PARAGRAPH.search(text.strip()))
    chunks: list[tuple[int, str]] = []
    if by_paragraph:
        line = 1
        for block in re.split(r"(\n\s*\n)", text):
            if block.strip() and not _PARAGRAPH.fullmatch(block):
                offset = len(block) - len(block.lstrip("\n"))
                chunks.append((line + offset, block))
            line += block.count("\n")
    else:
        chunks = [(i + 1, s) for i, s in enumerate(text.split("\n"))]
    drafts = []
    for line, chunk in chunks:
        cleaned = _checked(chunk, line)
        if cleaned:
            drafts.append(NoteDraft(text=cleaned))
        _limit(len(drafts))
    if not drafts:
        raise ImportProblem("The file has no text to turn into notes.")
    return drafts


def sniff_kind(name: str, data: bytes) -> str:
    """``csv``, ``json`` or ``text`` from the file name, then the content."""
    lower = name.lower()
    if lower.endswith(".csv") or lower.endswith(".tsv"):
        return "csv"
    if lower.endswith(".json"):
        return "json"
    head = data[:1].lstrip()
    if lower.endswith((".txt", ".md", ".text")):
        return "text"
    return "json" if head in (b"{", b"[") else "text"
