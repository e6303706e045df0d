"""What an SQLite error says about the file: damaged, or only its surroundings.

SQLite reports a full disk, a read-only drive, a missing permission or a
pulled USB stick mostly as a bare "disk I/O error"; only "file is not a
database", "database disk image is malformed" and a structure that lacks what
the file format needs mean the file itself is broken. :func:`condition` tells
them apart from the error's code and, for the I/O family, from the drive
itself (free space, read-only mount), so a healthy file is never called
damaged and nobody is told to restore a backup over current work.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from copdesk.core.errors import (
    CopdeskError,
    DamagedFile,
    DiskFull,
    FileInUse,
    FileProblem,
    ReadOnlyFile,
)

#: Below this much free space an I/O error is taken for a full disk: SQLite
#: grows its side files (``-shm``, ``-wal``, journals) by tens of kilobytes.
LOW_SPACE = 1024 * 1024


class Condition(enum.Enum):
    FULL = "full"
    READ_ONLY = "read-only"
    PERMISSION = "permission"
    BUSY = "busy"
    IO = "io"
    NO_MEMORY = "no-memory"
    DAMAGED = "damaged"
    OTHER = "other"


# SQLite's primary result codes (the low byte of the extended code)
_BY_CODE = {
    3: Condition.PERMISSION,  # SQLITE_PERM
    5: Condition.BUSY,  # SQLITE_BUSY
    6: Condition.BUSY,  # SQLITE_LOCKED
    7: Condition.NO_MEMORY,  # SQLITE_NOMEM
    8: Condition.READ_ONLY,  # SQLITE_READONLY
    10: Condition.IO,  # SQLITE_IOERR
    11: Condition.DAMAGED,  # SQLITE_CORRUPT
    13: Condition.FULL,  # SQLITE_FULL
    14: Condition.IO,  # SQLITE_CANTOPEN
    23: Condition.PERMISSION,  # SQLITE_AUTH
    26: Condition.DAMAGED,  # SQLITE_NOTADB
}

# for errors without a code (raised by hand, or by older Pythons)
_BY_TEXT = (
    ("disk is full", Condition.FULL),
    ("no space", Condition.FULL),
    ("readonly", Condition.READ_ONLY),
    ("read-only", Condition.READ_ONLY),
    ("locked", Condition.BUSY),
    ("busy", Condition.BUSY),
    ("disk i/o error", Condition.IO),
    ("unable to open", Condition.IO),
    ("permission denied", Condition.PERMISSION),
    ("out of memory", Condition.NO_MEMORY),
    ("malformed", Condition.DAMAGED),
    ("not a database", Condition.DAMAGED),
    ("no such table", Condition.DAMAGED),
    ("no such column", Condition.DAMAGED),
)


def _drive(path: Path) -> Condition | None:
    """Full or read-only, as the drive holding ``path`` says (None: neither, or unknown)."""
    try:
        st = os.statvfs(path.parent)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return None
    if st.f_flag & os.ST_RDONLY:
        return Condition.READ_ONLY
    if st.f_bavail * st.f_frsize < LOW_SPACE:
        return Condition.FULL
    return None


def condition(exc: BaseException, path: Path | None = None) -> Condition:
    """The condition behind ``exc``, raised while using the file at ``path``
    (without a path, the drive is not asked)."""
    if isinstance(exc, MemoryError):
        return Condition.NO_MEMORY
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return Condition.FULL
        if exc.errno == errno.EROFS:
            return Condition.READ_ONLY
        if exc.errno in (errno.EACCES, errno.EPERM):
            return Condition.PERMISSION
        return (_drive(path) if path else None) or Condition.IO
    found = Condition.OTHER
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(exc, sqlite3.Error) and isinstance(code, int):
        found = _BY_CODE.get(code & 0xFF, Condition.OTHER)
    if found is Condition.OTHER:
        text = str(exc).lower()
        found = next((c for words, c in _BY_TEXT if words in text), Condition.OTHER)
    drive = _drive(path) if path and found in (Condition.IO, Condition.PERMISSION) else None
    if found is Condition.IO:
        # "disk I/O error" hides ENOSPC and EROFS: ask the drive
        return drive or found
    if found is Condition.PERMISSION and drive is Condition.READ_ONLY:
        return Condition.READ_ONLY
    return found


def name(path: Path) -> str:
    return f"“{path.name}”"


#: The words for a file opened read-only because it cannot be written now.
READ_ONLY_REASONS = {
    Condition.FULL: (
        "the disk holding it is full",
        "Free some space on that disk and open the file again to change it.",
    ),
    Condition.READ_ONLY: (
        "its drive is read-only",
        "Copy it to a folder you can write to and open the copy to change it.",
    ),
    Condition.PERMISSION: (
        "copdesk may not write it",
        "Copy it to a folder you can write to and open the copy to change it.",
    ),
}

_UNCHANGED = "Nothing in the file was changed."


def damaged(
    path: Path, problems: Sequence[str], newest_backup: Path | None, *, shown: int = 3
) -> DamagedFile:
    """The file itself is broken: the one case where restoring a backup is advice.

    The message names the first ``shown`` problems; the error keeps them all."""
    listed = "; ".join(problems[:shown])
    if len(problems) > shown:
        listed += f"; and {len(problems) - shown} more"
    hint = (
        f"The newest backup is {newest_backup.name}; restore it with "
        f"“copdesk restore {path.name} {newest_backup}”."
        if newest_backup
        else "No backup of it exists yet."
    )
    return DamagedFile(f"{name(path)} is damaged: {listed}.", hint=hint, problems=tuple(problems))


def open_error(exc: BaseException, path: Path, newest_backup: Path | None = None) -> CopdeskError:
    """A plain message for an error met while opening or checking ``path``."""
    if isinstance(exc, CopdeskError):
        return exc
    found = condition(exc, path)
    if found is Condition.FULL:
        return DiskFull(
            f"The disk holding {name(path)} is full, so copdesk cannot open it.",
            hint=f"Free some space on that disk and open it again. {_UNCHANGED}",
        )
    if found is Condition.READ_ONLY:
        return ReadOnlyFile(
            f"{name(path)} is on a read-only drive and cannot be opened from there.",
            hint="Copy it to a folder you can write to and open the copy. " + _UNCHANGED,
        )
    if found is Condition.PERMISSION:
        return FileProblem(
            f"copdesk may not open {name(path)}: permission denied.",
            hint="Ask whoever owns the file for access, or open a copy of it.",
        )
    if found is Condition.BUSY:
        return FileInUse(
            f"{name(path)} is busy in another program.",
            hint="Close that program, or wait until it is done, and open the file again.",
        )
    if found is Condition.NO_MEMORY:
        return FileProblem(f"There is not enough memory to open {name(path)}.")
    if found is Condition.DAMAGED:
        return damaged(path, [str(exc)], newest_backup)
    if found is Condition.IO:
        return FileProblem(
            f"copdesk could not read {name(path)}: its drive reported an error ({exc}).",
            hint="Check that the drive is still connected and open the file again. " + _UNCHANGED,
        )
    return FileProblem(f"copdesk could not open {name(path)} ({exc}).")
