"""Turn SQLite's write errors into messages a facilitator can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from copdesk.core.errors import CopdeskError, FileInUse, FileProblem, ReadOnlyFile


def translate(exc: BaseException, path: Path) -> CopdeskError:
    text = str(exc).lower()
    name = f"“{path.name}”"
    if isinstance(exc, CopdeskError):
        return exc
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return FileProblem(
            f"The disk holding {name} is full, so the last change was not saved.",
            hint="Free some space and try again; nothing else was lost.",
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyFile(f"{name} is read-only now, so the last change was not saved.")
    if "locked" in text or "busy" in text:
        return FileInUse(f"{name} is busy in another program; the last change was not saved.")
    if "disk i/o error" in text or "unable to open" in text:
        return FileProblem(
            f"{name} could not be written (it may have been moved, deleted or its drive "
            "removed), so the last change was not saved.",
            hint="Use File ▸ Save a copy to keep your board.",
        )
    if isinstance(exc, sqlite3.IntegrityError):
        return CopdeskError(f"That change does not fit the board any more ({exc}).")
    if isinstance(exc, UnicodeEncodeError):
        return CopdeskError("The text contains characters that cannot be stored.")
    return FileProblem(f"{name} could not be written ({exc}).")
