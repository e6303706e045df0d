"""The core of :class:`~copdesk.desk.desk.Desk`: the open file and its write gate."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copdesk.core.clock import utc_now_iso
from copdesk.core.errors import CopdeskError, NotFound, ReadOnlyFile
from copdesk.store.database import OpenedFile
from copdesk.store.write_errors import translate

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger("copdesk.desk")


class DeskBase:
    """Holds the open file; mixins add the domain operations."""

    def __init__(self, opened: OpenedFile) -> None:
        self._opened = opened
        #: the connection reads use; writes go through :attr:`db`
        self.conn: sqlite3.Connection = opened.conn
        self.path: Path = opened.path
        self.read_only: bool = opened.read_only
        self.read_only_reason: str = opened.read_only_reason
        #: what would let the file be changed (e.g. free some disk space), if anything
        self.read_only_hint: str = opened.read_only_hint
        self._identity = self._file_identity()

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the file, made on the first write."""
        return self._opened.db

    # -- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        if not self.read_only:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._opened.close()

    def __enter__(self) -> DeskBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the file on disk ------------------------------------------------------
    def _file_identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def file_missing(self) -> bool:
        """True when the file was deleted, moved or replaced while open.

        SQLite keeps writing to the open file, which no longer has a name: the
        work is safe only once it is saved elsewhere with :meth:`save_copy`.
        """
        return self._identity is not None and self._file_identity() != self._identity

    def save_copy(self, target: str | Path) -> Path:
        """Write a complete copy of the open file (e.g. after it was deleted)."""
        from copdesk.core.errors import FileProblem

        target = Path(target)
        if not target.parent.is_dir():
            raise FileProblem(f"The folder {target.parent} does not exist.")
        partial = target.with_name(f".{target.name}.partial")
        try:
            partial.unlink(missing_ok=True)
            self.conn.execute("VACUUM INTO ?", [str(partial)])
            os.replace(partial, target)
        except (sqlite3.Error, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise translate(exc, target) from exc
        return target

    # -- writes --------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[Database]:
        """One gesture, one transaction; errors become plain CopdeskErrors.

        Nested ``_write`` blocks become savepoints of the outer transaction.
        """
        if self.read_only:
            raise ReadOnlyFile(
                f"“{self.path.name}” is open read-only ({self.read_only_reason}), "
                "so it cannot be changed.",
                hint=self.read_only_hint or None,
            )
        try:
            with self.db.atomic():
                yield self.db
        except CopdeskError:
            raise
        except (sqlite3.Error, OSError, UnicodeEncodeError) as exc:
            log.exception("write failed")
            raise translate(exc, self.path) from exc

    def _now(self) -> str:
        return utc_now_iso()

    # -- reads ---------------------------------------------------------------
    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the file (a read transaction;
        inside a write, that write's own transaction)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _row(self, sql: str, params: Any, what: str) -> dict[str, Any]:
        rows = self._rows(sql, params)
        if not rows:
            raise NotFound(f"That {what} no longer exists.")
        return rows[0]

    def _touch_session(self, db: Database, session_id: int) -> None:
        db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", [self._now(), session_id])

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    @property
    def community_name(self) -> str:
        return self.meta("community", self.path.stem)

    def set_community_name(self, name: str) -> None:
        from copdesk.core.text import clean_label

        with self._write() as db:
            db.execute(
                "INSERT INTO meta(key, value) VALUES ('community', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [clean_label(name) or self.path.stem],
            )
