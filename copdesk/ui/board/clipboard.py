"""Notes on the clipboard: copdesk's own format between sessions and files,
plain text (one line per note) for everything else."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData

from copdesk.core.errors import ImportProblem
from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH, Note, NoteDraft
from copdesk.core.text import MAX_NOTES_PER_IMPORT, fill

MIME = "application/x-copdesk-notes"


def notes_to_mime(notes: Sequence[Note]) -> QMimeData:
    """Copy notes keeping their arrangement (offsets from the top-left note)."""
    mime = QMimeData()
    if not notes:
        return mime
    left = min(n.x for n in notes)
    top = min(n.y for n in notes)
    ordered = sorted(notes, key=lambda n: (n.y, n.x))
    payload = [
        {
            "text": n.text,
            "color": n.color,
            "author": n.author,
            "dx": n.x - left,
            "dy": n.y - top,
            "width": n.width,
            "height": n.height,
        }
        for n in ordered
    ]
    mime.setData(MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(" ".join(n.text.split()) for n in ordered))
    return mime


def _check_count(count: int) -> None:
    """Refuse a paste of more notes than an import may bring (nothing is added)."""
    if count > MAX_NOTES_PER_IMPORT:
        raise ImportProblem(
            fill(
                QCoreApplication.translate(
                    "clipboard",
                    "The clipboard holds more than %1 notes; "
                    "split them and paste the parts one after the other.",
                ),
                QLocale().toString(MAX_NOTES_PER_IMPORT),
            )
        )


def drafts_from_mime(mime: QMimeData, at: tuple[float, float]) -> tuple[list[NoteDraft], bool]:
    """Drafts for a paste at scene point ``at``; True when they carry positions
    (copdesk notes), False for plain text lines that still need a grid. More
    notes than an import may bring are refused (:class:`ImportProblem`)."""
    if mime.hasFormat(MIME):
        try:
            payload = json.loads(bytes(mime.data(MIME).data()).decode("utf-8"))
            if isinstance(payload, list):
                _check_count(len(payload))
            drafts = [
                NoteDraft(
                    text=str(d["text"]),
                    x=at[0] + float(d["dx"]),
                    y=at[1] + float(d["dy"]),
                    color=int(d.get("color", 0)),
                    author=str(d.get("author", "")),
                    width=float(d.get("width", NOTE_WIDTH)),
                    height=float(d.get("height", NOTE_HEIGHT)),
                )
                for d in payload
            ]
            return drafts, True
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            pass  # a damaged payload: fall back to its text
    return text_drafts(mime.text() if mime.hasText() else ""), False


def text_drafts(text: str) -> list[NoteDraft]:
    """One draft per non-empty line; more lines than an import may bring are
    refused (:class:`ImportProblem`), not cut off."""
    lines = [cleaned for line in text.splitlines() if (cleaned := " ".join(line.split()))]
    _check_count(len(lines))
    return [NoteDraft(text=line) for line in lines]
