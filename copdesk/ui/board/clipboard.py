"""Notes on the clipboard: copdesk's own format between sessions and files,
plain text (one line per note) for everything else."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData

from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH, Note, NoteDraft
from copdesk.core.text import MAX_NOTES_PER_IMPORT

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


def drafts_from_mime(mime: QMimeData, at: tuple[float, float]) -> tuple[list[NoteDraft], bool]:
    """Drafts for a paste at scene point ``at``; True when they carry positions
    (copdesk notes), False for plain text lines that still need a grid."""
    if mime.hasFormat(MIME):
        try:
            payload = json.loads(bytes(mime.data(MIME).data()).decode("utf-8"))
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
                for d in payload[:MAX_NOTES_PER_IMPORT]
            ]
            return drafts, True
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            pass  # a damaged payload: fall back to its text
    return text_drafts(mime.text() if mime.hasText() else ""), False


def text_drafts(text: str) -> list[NoteDraft]:
    """One draft per non-empty line."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return [NoteDraft(text=line) for line in lines if line][:MAX_NOTES_PER_IMPORT]
