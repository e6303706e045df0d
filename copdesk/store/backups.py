"""Rolling backups of a community file, made with SQLite's ``VACUUM INTO``.

A backup is taken each time a file is opened for writing; the newest
:data:`KEEP` per file are kept in the user data folder.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from copdesk.core.errors import FileProblem
from copdesk.store.user_dirs import backups_dir

KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int


def list_backups(path: Path) -> list[Backup]:
    """Backups of ``path``, newest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    found: list[Backup] = []
    for item in folder.glob("*.copdesk"):
        stamp = item.stem.rsplit("@", 1)[-1]
        try:
            taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(item, taken, item.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def find_backup(path: Path, wanted: str) -> Backup:
    """The backup of ``path`` that ``wanted`` names, as :func:`list_backups` lists
    it: its file name (``guild@20260301-101500-000000.copdesk``) or its full path.

    Anything else, even a copdesk file, is not a backup of ``path``: FileProblem.
    """
    backups = list_backups(path)
    bare = os.sep not in wanted and (os.altsep is None or os.altsep not in wanted)
    for backup in backups:
        if bare and wanted == backup.path.name:
            return backup
        if not bare and _same_file(Path(wanted), backup.path):
            return backup
    name = _printable(Path(path).name)
    if not backups:
        raise FileProblem(
            f"“{_printable(wanted)}” is not a backup of “{name}”: it has no backups yet "
            "(one is taken each time it is opened)."
        )
    raise FileProblem(
        f"“{_printable(wanted)}” is not a backup of “{name}”.",
        hint=f"See its backups with “copdesk backups {_printable(str(path))}” "
        "and name one as it is listed.",
    )


def _printable(text: str) -> str:
    """``text`` on one line: a newline or other control character shows escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except (OSError, ValueError):
        return False


def newest_backup(path: Path) -> Path | None:
    backups = list_backups(path)
    return backups[0].path if backups else None


def _vacuum_into(source: Path, target: Path) -> None:
    uri = source.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("VACUUM INTO ?", [str(target)])
    finally:
        conn.close()


def take_backup(path: Path, *, keep: int = KEEP) -> Path:
    """Copy ``path`` into its backup folder and prune old copies."""
    folder = backups_dir(path)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{Path(path).stem}@{stamp}.copdesk"
    partial = target.with_suffix(".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.partial"):  # left by a backup that was killed
            stale.unlink(missing_ok=True)
        _vacuum_into(Path(path), partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise FileProblem(
            f"copdesk could not back up “{Path(path).name}” ({exc}).",
            hint="Check that the disk has free space.",
        ) from exc
    for old in list_backups(path)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Replace ``path`` by ``backup``; the current file is backed up first.

    Returns the backup taken of the current file (None if it did not exist).
    """
    backup = Path(backup)
    if not backup.is_file():
        raise FileProblem(f"There is no backup “{backup}”.")
    from copdesk.store.database import check_copdesk, connect, integrity_problems, sniff

    sniff(backup)
    conn = connect(backup, read_only=True)
    try:
        check_copdesk(conn, backup)
        if integrity_problems(conn, full=True):
            raise FileProblem(f"The backup “{backup.name}” is damaged too; choose another one.")
    finally:
        conn.close()
    saved: Path | None = None
    if Path(path).exists():
        try:
            saved = take_backup(path, keep=KEEP + 1)
        except FileProblem:
            saved = None  # a damaged current file cannot be vacuumed: keep a raw copy
            raw = (
                backups_dir(path)
                / f"{Path(path).stem}@damaged-{datetime.now(UTC):%Y%m%d-%H%M%S}.bin"
            )
            raw.parent.mkdir(parents=True, exist_ok=True)
            raw.write_bytes(Path(path).read_bytes())
    tmp = Path(path).with_name(f".{Path(path).name}.restore.tmp")
    try:
        _vacuum_into(backup, tmp)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise FileProblem(f"copdesk could not restore the backup ({exc}).") from exc
    return saved
