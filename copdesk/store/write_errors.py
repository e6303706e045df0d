"""Turn SQLite's write errors into messages a facilitator can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from copdesk.core.errors import CopdeskError, DiskFull, FileInUse, FileProblem, ReadOnlyFile
from copdesk.store.sqlite_errors import Condition, condition


def translate(exc: BaseException, path: Path) -> CopdeskError:
    name = f"“{path.name}”"
    if isinstance(exc, CopdeskError):
        return exc
    if isinstance(exc, sqlite3.IntegrityError):
        return CopdeskError(f"That change does not fit the board any more ({exc}).")
    if isinstance(exc, UnicodeEncodeError):
        return CopdeskError("The text contains characters that cannot be stored.")
    # a bare "disk I/O error" is often a full disk: condition() asks the drive
    found = condition(exc, path)
    if found is Condition.FULL:
        return DiskFull(
            f"The disk holding {name} is full, so the last change was not saved.",
            hint="Free some space and try again; nothing else was lost.",
        )
    if found in (Condition.READ_ONLY, Condition.PERMISSION):
        return ReadOnlyFile(f"{name} is read-only now, so the last change was not saved.")
    if found is Condition.BUSY:
        return FileInUse(f"{name} is busy in another program; the last change was not saved.")
    if found is Condition.IO:
        return FileProblem(
            f"{name} could not be written (it may have been moved, deleted or its drive "
            "removed), so the last change was not saved.",
            hint="Use File ▸ Save a copy to keep your board.",
        )
    return FileProblem(f"{name} could not be written ({exc}).")
