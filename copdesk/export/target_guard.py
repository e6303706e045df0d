"""Where an export may be written: never over a community file, never under a
name that promises another kind of file.

An export replaces an existing file of its own kind (re-exporting
``poster.pdf``), as any command line tool does. It refuses, in plain words:

- a file that is an SQLite database (a copdesk community file is recognised by
  its content, whatever its name), and the journal files beside one;
- a file a running copdesk holds open;
- a name whose suffix belongs to another known kind (``.csv``, ``.copdesk``,
  ``.json`` … for a PDF). Suffixes nobody claims (``.txt``, none) are allowed.

Qt-free, so the command line and the window's export flow share it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path

from copdesk.core.errors import ExportProblem
from copdesk.store.database import APP_ID, FILE_SUFFIX, SQLITE_HEADER
from copdesk.store.file_lock import FileLock

#: What a suffix promises, in words; an export format's suffix not named here
#: reads as "a DOCX file".
KIND_NAMES = {
    ".pdf": "a PDF",
    ".md": "Markdown",
    ".csv": "a CSV table",
    ".json": "JSON",
    ".png": "a PNG image",
    ".txt": "a text file",
    FILE_SUFFIX: "a community file",
}

#: Exports that are text: they may go to standard output, and to a plain ``.txt``
#: name; a PDF or an image may not take one.
TEXT_EXTENSIONS = frozenset({".md", ".csv", ".json", ".txt"})
PLAIN_TEXT = ".txt"

#: Files SQLite keeps beside a database while it is open.
SIDECARS = ("-wal", "-shm", "-journal")


def kind_name(suffix: str) -> str:
    """``.pdf`` → ``a PDF``: what a file with this suffix is, for a message."""
    suffix = suffix.lower()
    return KIND_NAMES.get(suffix) or f"a {suffix.lstrip('.').upper()} file"


def known_suffixes() -> frozenset[str]:
    """Every suffix copdesk gives a meaning: its export formats' and its own files'."""
    from copdesk.export.formats import FORMATS

    return frozenset({f.extension.lower() for f in FORMATS.values()} | {FILE_SUFFIX, PLAIN_TEXT})


def suffix_of(path: Path) -> str:
    """The suffix that says what ``path`` is (``.copdesk`` for ``x.copdesk-wal``)."""
    name = path.name.lower()
    for sidecar in SIDECARS:
        if name.endswith(FILE_SUFFIX + sidecar):
            return FILE_SUFFIX
    return path.suffix.lower()


def refuse_unsafe_target(out: str | os.PathLike[str], extension: str) -> None:
    """Raise :class:`ExportProblem` unless an export ending in ``extension`` may go to ``out``.

    ``extension`` is the format's suffix with its dot (``.pdf``).
    """
    out = Path(out)
    extension = extension.lower()
    _refuse_database(out, extension)
    _refuse_held(out, extension)
    suffix = suffix_of(out)
    if suffix == PLAIN_TEXT and extension in TEXT_EXTENSIONS:
        return  # Markdown, CSV or JSON as a plain text file
    if suffix != extension and suffix in known_suffixes():
        raise ExportProblem(
            f"Cannot save {kind_name(extension)} as “{out.name}”: "
            f"that name is for {kind_name(suffix)}.",
            hint=_rename_hint(out, extension),
        )


def _rename_hint(out: Path, extension: str) -> str:
    stem = out.name
    for sidecar in SIDECARS:
        stem = stem.removesuffix(sidecar)
    suggestion = f"{Path(stem).stem or 'export'}{extension}"
    if suggestion.lower() == out.name.lower():
        return "Choose another file name."
    return f"Choose a name ending in {extension}, such as “{suggestion}”."


def _refuse_database(out: Path, extension: str) -> None:
    candidates = [out]
    for sidecar in SIDECARS:  # the journal of a database is part of it
        if out.name.endswith(sidecar) and len(out.name) > len(sidecar):
            candidates.append(out.with_name(out.name[: -len(sidecar)]))
    for candidate in candidates:
        what = _database_kind(candidate)
        if what is None:
            continue
        whose = "it is" if candidate == out else f"it belongs to “{candidate.name}”, which is"
        raise ExportProblem(
            f"Cannot export onto “{out.name}”: {whose} {what}, and an export never replaces one.",
            hint=_rename_hint(out, extension),
        )


def _database_kind(path: Path) -> str | None:
    """``"a copdesk community file"``, ``"a database"`` or None (not a database)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None  # nothing there (a folder is refused when the export is written)
    except OSError as exc:
        raise ExportProblem(
            f"Cannot export onto “{path.name}”: copdesk may not read that file, "
            "so it cannot check that it is not a community file.",
            hint="Choose another file name.",
        ) from exc
    if header != SQLITE_HEADER:
        return None
    return "a copdesk community file" if _is_copdesk(path) else "a database"


def _is_copdesk(path: Path) -> bool:
    """Whether an SQLite file carries copdesk's mark (its ``meta`` row ``app``).

    Read as immutable: no lock is taken and no ``-wal``/``-shm`` file is made
    beside someone else's database; the mark is written once, when the file is
    created, so it is always in the main file.
    """
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return bool(row) and row[0] == APP_ID


def _refuse_held(out: Path, extension: str) -> None:
    """A file a running copdesk holds open is a community file, whatever it looks like."""
    if sys.platform == "win32" and not Path(str(out) + ".lock").exists():
        return  # copdesk locks a sidecar there: without one, nothing holds the file
    if not out.is_file():
        return
    lock = FileLock(out)
    try:
        held = not lock.acquire()
    except OSError:
        return  # unreadable files are refused by _refuse_database
    finally:
        with contextlib.suppress(OSError):
            lock.release()
    if held:
        raise ExportProblem(
            f"Cannot export onto “{out.name}”: it is open in copdesk, "
            "and an export never replaces a community file.",
            hint=_rename_hint(out, extension),
        )
