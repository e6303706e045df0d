"""Opening a community file safely: checks first, then the connection.

Every way a file can be wrong (not SQLite, not copdesk, newer, damaged,
lacking a table or column the file format needs, read-only, held by another
copdesk, missing folder) becomes a :class:`~copdesk.core.errors.CopdeskError`
*before* anything is written, so the file on disk stays byte-for-byte as it
was. Trouble around a healthy file (a full disk, a read-only drive, a busy
file) is told as such, never as damage; when the file can still be read, it is
opened read-only with the reason.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from copdesk.core.clock import utc_now_iso
from copdesk.core.errors import CopdeskError, DiskFull, FileInUse, FileProblem
from copdesk.store.file_lock import FileLock
from copdesk.store.schema import (
    SCHEMA_VERSION,
    build_migrations,
    migration_names,
    missing_structure,
)
from copdesk.store.sqlite_errors import (
    READ_ONLY_REASONS,
    Condition,
    condition,
    damaged,
    open_error,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
APP_ID = "copdesk"
FILE_SUFFIX = ".copdesk"

log = logging.getLogger("copdesk.store")


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
    #: what to do to change the file, when it is read-only for a passing reason
    read_only_hint: str = ""
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    def close(self) -> None:
        try:
            self.conn.close()
            if self.read_only:
                tidy_side_files(self.path)
        finally:
            if self.lock is not None:
                self.lock.release()


def tidy_side_files(path: Path) -> None:
    """After a reader closed: remove the ``-wal`` and ``-shm`` files SQLite made
    beside ``path``, which a ``mode=ro`` reader cannot remove itself.

    Done the way SQLite does it: a connection that refuses every write opens and
    closes; being the last one (when no other program has the file open), it
    removes them. Only when they are there, the file and folder are writable and
    no changes wait in the log; any trouble (a full disk) just leaves them."""
    if not os.path.exists(f"{path}-shm") or wal_has_frames(path):
        return
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return
    try:
        conn = sqlite3.connect(str(path), timeout=0.2)
        try:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        log.info("side files of %s left in place", path.name, exc_info=True)


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
        try:
            on_read_only_drive = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
        except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
            on_read_only_drive = False
        if on_read_only_drive:
            return False, READ_ONLY_REASONS[Condition.READ_ONLY][0]
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
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=2.0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            conn.close()
            if condition(exc) not in _SIDE_FILE_TROUBLE:
                raise
            # SQLite could not make the side file WAL readers share (``-shm``):
            # a read-only folder or a full disk. Reading the file as immutable
            # needs no side file, and is right when no changes wait in the log.
            if wal_has_frames(path):
                raise _wal_unreadable(exc, path) from exc
            conn = sqlite3.connect(
                path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=2.0)
    # what sqlite-utils sets when it wraps the connection, so reads made before
    # the wrapper exists run under the same settings as those made after
    conn.execute("PRAGMA recursive_triggers = on")
    return conn


_SIDE_FILE_TROUBLE = frozenset(
    {Condition.IO, Condition.FULL, Condition.READ_ONLY, Condition.PERMISSION}
)


def wal_has_frames(path: Path) -> bool:
    """Whether changes may wait in the file's write-ahead log (``-wal``): its
    first frame is complete and carries the log's current salt. When unsure, True."""
    try:
        with open(f"{path}-wal", "rb") as fh:
            header = fh.read(32)
            frame = fh.read(24)
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        return False
    except OSError:
        return True
    if len(header) < 32 or len(frame) < 24:
        return False
    page_size = int.from_bytes(header[8:12], "big")
    if size < 32 + 24 + page_size:
        return False
    return frame[8:16] == header[16:24]


def _wal_unreadable(exc: BaseException, path: Path) -> CopdeskError:
    wal = f"“{path.name}-wal”"
    unchanged = "Nothing in the file was changed."
    if condition(exc, path) is Condition.FULL:
        return DiskFull(
            f"The disk holding {_describe(path)} is full, and its latest changes wait in "
            f"{wal}, which copdesk can only read with some free space.",
            hint=f"Free some space on that disk and open it again. {unchanged}",
        )
    return FileProblem(
        f"copdesk cannot read {_describe(path)} here: its latest changes wait in {wal}, "
        "which can only be read from a folder copdesk may write to.",
        hint=f"Copy both files to a folder you can write to and open the copy. {unchanged}",
    )


def _columns(db: sqlite3.Connection) -> dict[str, set[str]]:
    """Every table of the file with its columns (one query)."""
    rows = db.execute(
        "SELECT lower(m.name), lower(c.name) FROM sqlite_master AS m "
        "JOIN pragma_table_info(m.name) AS c WHERE m.type = 'table'"
    ).fetchall()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


def file_schema_version(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


def _inspect(
    db: sqlite3.Connection, path: Path, newest_backup: Path | None
) -> tuple[int, dict[str, set[str]]]:
    """The file's schema version and tables; raise when it is not ours, too new
    or damaged. SQLite errors that say nothing about the file itself (a full
    disk, a busy file, …) pass through for the caller to explain."""
    try:
        tables = _columns(db)
        app = (
            db.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
            if "meta" in tables
            else None
        )
        version = file_schema_version(db) if app else 0
        applied: set[str] = set()
        if app and "_sqlite_migrations" in tables:
            applied = {
                r[0]
                for r in db.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'copdesk'"
                ).fetchall()
            }
    except sqlite3.DatabaseError as exc:
        if condition(exc) is Condition.DAMAGED:
            raise damaged(path, [str(exc)], newest_backup) from exc
        raise
    if not app or app[0] != APP_ID:
        raise FileProblem(f"{_describe(path)} is an SQLite database, but not a copdesk file.")
    if version > SCHEMA_VERSION or applied - set(migration_names()):
        raise FileProblem(
            f"{_describe(path)} was saved by a newer copdesk (file format {version}; "
            f"this copdesk reads up to {SCHEMA_VERSION}). Update copdesk to open it."
        )
    return version, tables


def check_copdesk(db: sqlite3.Connection, path: Path, newest_backup: Path | None = None) -> int:
    """Return the file's schema version; raise a CopdeskError when it is not
    ours, too new, damaged or cannot be read."""
    try:
        return _inspect(db, path, newest_backup)[0]
    except sqlite3.Error as exc:
        raise open_error(exc, path, newest_backup) from exc


def integrity_problems(db: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """SQLite's integrity check, as a list of problems (empty: fine).

    An error that is not about the file itself (a full disk, a busy file)
    is raised, not reported as damage."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = db.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        if condition(exc) is Condition.DAMAGED:
            return [str(exc)]
        raise
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


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
    opened for writing when possible (else read-only, with the reason: a
    read-only file or folder, a full disk), locked against other copdesk
    processes, and migrated forward.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise FileProblem(f"The folder {path.parent} does not exist.")
    if not path.exists():
        if not create:
            raise FileProblem(f"There is no community file {_describe(path)} in {path.parent}.")
        create_file(path)
    sniff(path)
    opening = _Opening(path, newest_backup, before_migration)
    if read_only:
        return opening.read_only("it was opened read-only")
    ok, reason = writable(path)
    if not ok:
        return opening.read_only(reason)
    try:
        return opening.for_writing()
    except _CannotWrite as cannot:
        log.info("opening %s read-only: %s", path, cannot.__cause__)
        reason, hint = READ_ONLY_REASONS[cannot.condition]
        return opening.read_only(reason, hint)


class _CannotWrite(Exception):
    """Opening for writing met a condition that still lets the file be read."""

    def __init__(self, found: Condition) -> None:
        super().__init__(found.value)
        self.condition = found


@dataclass
class _Opening:
    path: Path
    newest_backup: Path | None
    before_migration: object

    def read_only(self, reason: str, hint: str = "") -> OpenedFile:
        conn, _ = self._connect(read_only=True, reason=reason, hint=hint)
        return OpenedFile(self.path, conn, True, reason, read_only_hint=hint)

    def for_writing(self) -> OpenedFile:
        lock = FileLock(self.path)
        if not lock.acquire():
            raise FileInUse(
                f"{_describe(self.path)} is open in another copdesk window.",
                hint="Close it there first, or open it read-only.",
            )
        try:
            conn, migrated_from = self._connect(read_only=False)
        except BaseException:
            lock.release()
            raise
        return OpenedFile(self.path, conn, False, "", lock, migrated_from)

    def _connect(
        self, *, read_only: bool, reason: str = "", hint: str = ""
    ) -> tuple[sqlite3.Connection, int | None]:
        """A checked connection and the version it was migrated from (if it was).

        Every SQLite error becomes a plain CopdeskError: only a broken file is
        called damaged; when opening for writing, a full disk or a read-only
        drive raises :class:`_CannotWrite` so the file can be opened read-only.
        """
        path = self.path
        migrating = False
        try:
            conn = connect(path, read_only=read_only)
            try:
                version, tables = _inspect(conn, path, self.newest_backup)
                if version == SCHEMA_VERSION:
                    self._check_structure(tables)
                if integrity_problems(conn):
                    raise damaged(path, ["its integrity check failed"], self.newest_backup)
                migrated_from = None
                if version < SCHEMA_VERSION and not read_only:
                    if callable(self.before_migration):
                        self.before_migration()
                    migrating = True
                    _migrate(wrap(conn))
                    migrated_from = version
                    self._check_structure(_columns(conn))
                elif version < SCHEMA_VERSION:
                    raise FileProblem(
                        f"{_describe(path)} uses an older file format, and copdesk cannot "
                        f"upgrade it because {reason}.",
                        hint=hint or "Copy it to a folder you can write to and open the copy.",
                    )
                _configure(conn, read_only=read_only)
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            found = condition(exc, path)
            if not read_only and not migrating and found in READ_ONLY_REASONS:
                raise _CannotWrite(found) from exc
            raise open_error(exc, path, self.newest_backup) from exc
        return conn, migrated_from

    def _check_structure(self, tables: dict[str, set[str]]) -> None:
        problems = missing_structure(tables)
        if problems:
            raise damaged(self.path, problems, self.newest_backup)
