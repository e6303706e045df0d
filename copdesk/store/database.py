"""Opening a community file safely: checks first, then the connection.

Every way a file can be wrong (not SQLite, not copdesk, newer, damaged,
read-only, held by another copdesk, missing folder) becomes a
:class:`~copdesk.core.errors.CopdeskError` *before* anything is written, so the
file on disk stays byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from copdesk.core.clock import utc_now_iso
from copdesk.core.errors import FileInUse, FileProblem
from copdesk.store.file_lock import FileLock
from copdesk.store.schema import SCHEMA_VERSION, build_migrations, migration_names

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
APP_ID = "copdesk"
FILE_SUFFIX = ".copdesk"


@dataclass
class OpenedFile:
    """A checked, open community file.

    Reads go straight to ``conn``; :attr:`db`, the sqlite-utils wrapper the
    writes use, is made on first use, so opening a file and showing its board
    never imports sqlite-utils (and what it pulls in) on the way to the window.
    """

    path: Path
    conn: sqlite3.Connection
    read_only: bool
    read_only_reason: str = ""
    lock: FileLock | None = None
    migrated_from: int | None = None
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _describe(path: Path) -> str:
    return f"“{path.name}”"


def sniff(path: Path) -> None:
    """Raise FileProblem unless ``path`` looks like an SQLite file (reads 16 bytes)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except PermissionError as exc:
        raise FileProblem(f"copdesk may not read {_describe(path)}: permission denied.") from exc
    except IsADirectoryError as exc:
        raise FileProblem(f"{_describe(path)} is a folder, not a community file.") from exc
    except OSError as exc:
        raise FileProblem(f"{_describe(path)} cannot be read ({exc.strerror}).") from exc
    if not header:
        raise FileProblem(f"{_describe(path)} is empty: it is not a copdesk community file.")
    if header != SQLITE_HEADER:
        raise FileProblem(
            f"{_describe(path)} is not a copdesk community file (it is not an SQLite database)."
        )


def writable(path: Path) -> tuple[bool, str]:
    """Whether copdesk may write the file and its folder (WAL needs both)."""
    if not os.access(path, os.W_OK):
        return False, "the file is read-only"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return False, "its folder is read-only"
    return True, ""


def wrap(conn: sqlite3.Connection) -> Database:
    """The sqlite-utils view of an open connection (imported only when needed)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A plain connection: reads need nothing more; see :func:`wrap` for writes."""
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL file in a read-only folder cannot be opened normally.
            conn.close()
            conn = sqlite3.connect(
                path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=2.0)
    # what sqlite-utils sets when it wraps the connection, so reads made before
    # the wrapper exists run under the same settings as those made after
    conn.execute("PRAGMA recursive_triggers = on")
    return conn


def _tables(db: sqlite3.Connection) -> set[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def file_schema_version(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


def check_copdesk(db: sqlite3.Connection, path: Path) -> int:
    """Return the file's schema version; raise when it is not ours or too new."""
    try:
        tables = _tables(db)
    except sqlite3.DatabaseError as exc:
        raise FileProblem(
            f"{_describe(path)} is damaged or not an SQLite database ({exc}). "
            "Restore a backup with “copdesk restore”."
        ) from exc
    if "meta" not in tables:
        raise FileProblem(f"{_describe(path)} is an SQLite database, but not a copdesk file.")
    try:
        app = db.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise FileProblem(f"{_describe(path)} is damaged: its meta table cannot be read.") from exc
    if not app or app[0] != APP_ID:
        raise FileProblem(f"{_describe(path)} is an SQLite database, but not a copdesk file.")
    version = file_schema_version(db)
    known = set(migration_names())
    applied: set[str] = set()
    if "_sqlite_migrations" in tables:
        applied = {
            r[0]
            for r in db.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'copdesk'"
            ).fetchall()
        }
    if version > SCHEMA_VERSION or applied - known:
        raise FileProblem(
            f"{_describe(path)} was saved by a newer copdesk (file format {version}; "
            f"this copdesk reads up to {SCHEMA_VERSION}). Update copdesk to open it."
        )
    return version


def integrity_problems(db: sqlite3.Connection, *, full: bool = False) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = db.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


def _damaged(path: Path, newest_backup: Path | None) -> FileProblem:
    hint = (
        f"The newest backup is {newest_backup.name}; restore it with "
        f"“copdesk restore {path.name} {newest_backup}”."
        if newest_backup
        else "No backup of it exists yet."
    )
    return FileProblem(f"{_describe(path)} is damaged (its integrity check failed).", hint=hint)


def _configure(db: sqlite3.Connection, *, read_only: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 2000")
    if not read_only:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")


def _initialise(db: Database, community: str) -> None:
    now = utc_now_iso()
    with db.atomic():
        db.execute("INSERT INTO meta(key, value) VALUES ('app', ?)", [APP_ID])
        db.execute("INSERT INTO meta(key, value) VALUES ('created_at', ?)", [now])
        db.execute("INSERT INTO meta(key, value) VALUES ('community', ?)", [community])
        db.execute("INSERT INTO meta(key, value) VALUES ('file_id', ?)", [uuid.uuid4().hex])


def _migrate(db: Database) -> None:
    migrations = build_migrations()
    migrations.apply(db)  # type: ignore[attr-defined]
    version = len(migration_names())
    with db.atomic():
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [str(version)],
        )
        db.execute(f"PRAGMA user_version = {version}")


def create_file(path: Path, community: str | None = None) -> None:
    """Create a new, empty community file at ``path`` (which must not exist)."""
    if not path.parent.is_dir():
        raise FileProblem(f"The folder {path.parent} does not exist.")
    if path.exists():
        raise FileProblem(f"{_describe(path)} already exists.")
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        conn = connect(tmp, read_only=False)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            db = wrap(conn)
            _migrate(db)
            _initialise(db, community or path.stem)
        finally:
            conn.close()
        os.replace(tmp, path)
    except sqlite3.OperationalError as exc:
        tmp.unlink(missing_ok=True)
        from copdesk.store.write_errors import translate

        raise translate(exc, path) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileProblem(f"copdesk cannot create {_describe(path)} ({exc.strerror}).") from exc


def open_file(
    path: Path,
    *,
    create: bool = False,
    read_only: bool = False,
    newest_backup: Path | None = None,
    before_migration: object = None,
) -> OpenedFile:
    """Check and open a community file.

    ``read_only=True`` never writes and takes no lock. Otherwise the file is
    opened for writing when possible (else read-only, with the reason), locked
    against other copdesk processes, and migrated forward.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise FileProblem(f"The folder {path.parent} does not exist.")
    if not path.exists():
        if not create:
            raise FileProblem(f"There is no community file {_describe(path)} in {path.parent}.")
        create_file(path)
    sniff(path)
    reason = ""
    if not read_only:
        ok, reason = writable(path)
        read_only = not ok
    elif not reason:
        reason = "it was opened read-only"
    lock: FileLock | None = None
    if not read_only:
        lock = FileLock(path)
        if not lock.acquire():
            raise FileInUse(
                f"{_describe(path)} is open in another copdesk window.",
                hint="Close it there first, or open it read-only.",
            )
    try:
        conn = connect(path, read_only=read_only)
        try:
            version = check_copdesk(conn, path)
            if integrity_problems(conn):
                raise _damaged(path, newest_backup)
            migrated_from = None
            if version < SCHEMA_VERSION and not read_only:
                if callable(before_migration):
                    before_migration()
                _migrate(wrap(conn))
                migrated_from = version
            elif version < SCHEMA_VERSION:
                raise FileProblem(
                    f"{_describe(path)} uses an older file format and is read-only here, "
                    "so it cannot be upgraded.",
                    hint="Copy it to a folder you can write to and open the copy.",
                )
            _configure(conn, read_only=read_only)
        except BaseException:
            conn.close()
            raise
    except sqlite3.DatabaseError as exc:
        if lock:
            lock.release()
        if "locked" in str(exc):
            raise FileInUse(f"{_describe(path)} is busy in another program.") from exc
        raise _damaged(path, newest_backup) from exc
    except BaseException:
        if lock:
            lock.release()
        raise
    return OpenedFile(path, conn, read_only, reason, lock, migrated_from)
