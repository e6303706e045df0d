"""Trouble around a healthy file is never called damage.

A full disk, a read-only drive, a busy file: each gets its own plain message
(or, when the file can still be read, a read-only opening with the reason),
never "damaged" and never the advice to restore a backup over current work.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import copdesk.store.database as database
import copdesk.store.sqlite_errors as sqlite_errors
from copdesk.core.errors import (
    DamagedFile,
    DiskFull,
    FileInUse,
    FileProblem,
    ReadOnlyFile,
)
from copdesk.desk import Desk
from copdesk.store.database import integrity_problems, wal_has_frames
from copdesk.store.sqlite_errors import Condition, condition, open_error
from copdesk.store.write_errors import translate

SQLITE_IOERR_SHMSIZE = 10 | (19 << 8)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def io_error() -> sqlite3.OperationalError:
    """What SQLite raises when the side file a WAL connection needs cannot grow."""
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = SQLITE_IOERR_SHMSIZE
    exc.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    return exc


class NoRoomConnection(sqlite3.Connection):
    """A writer's connection on a full disk: it opens, its first statement fails."""

    def execute(self, *args: object, **kwargs: object) -> sqlite3.Cursor:
        raise io_error()


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "full.copdesk"
    with Desk.open(path) as desk:
        sid = desk.create_session("community-retro", "Retro").id
        desk.add_note(sid, "Keep the demos", 100, 200)
    return path


def _writers_fail(monkeypatch: pytest.MonkeyPatch, drive: Condition | None) -> None:
    """Opening for writing fails as on a full disk (SQLite says "disk I/O error");
    the drive, asked, says ``drive``. Reading the file still works."""
    real = database.connect

    def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
        if read_only:
            return real(path, read_only=True)
        return sqlite3.connect(path, factory=NoRoomConnection)

    monkeypatch.setattr(database, "connect", connect)
    monkeypatch.setattr(sqlite_errors, "_drive", lambda path: drive)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    _writers_fail(monkeypatch, Condition.FULL)
    yield


def _no_restore_advice(text: str) -> None:
    assert "damaged" not in text and "restore" not in text and "backup" not in text


def test_full_disk_opens_read_only_with_the_reason(good_file: Path, full_disk: None) -> None:
    before = digest(good_file)
    with Desk.open(good_file, create=False) as desk:
        assert desk.read_only
        assert desk.read_only_reason == "the disk holding it is full"
        assert [n.text for n in desk.notes(1)] == ["Keep the demos"]
        with pytest.raises(ReadOnlyFile) as info:
            desk.add_note(1, "x", 0, 0)
    message = str(info.value)
    assert "disk holding it is full" in message and "Free some space" in message
    _no_restore_advice(message)
    assert digest(good_file) == before


def test_full_disk_takes_no_backup(good_file: Path, full_disk: None) -> None:
    from copdesk.store.backups import list_backups

    with Desk.open(good_file, create=False):
        pass
    assert list_backups(good_file) == []


def test_full_disk_when_reading_fails_too(good_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
        return sqlite3.connect(path, factory=NoRoomConnection)

    monkeypatch.setattr(database, "connect", connect)
    monkeypatch.setattr(sqlite_errors, "_drive", lambda path: Condition.FULL)
    before = digest(good_file)
    with pytest.raises(DiskFull) as info:
        Desk.open(good_file, create=False)
    message = str(info.value)
    assert message.startswith("The disk holding “full.copdesk” is full")
    assert "Free some space" in message
    _no_restore_advice(message)
    assert digest(good_file) == before


def test_an_io_error_that_is_not_a_full_disk_is_not_damage(
    good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pulled USB stick or a flaky drive: a plain message; no read-only
    fallback (reading would fail the same way), no restore advice."""
    _writers_fail(monkeypatch, None)
    with pytest.raises(FileProblem) as info:
        Desk.open(good_file, create=False)
    assert not isinstance(info.value, DamagedFile)
    assert "drive reported an error" in str(info.value)
    _no_restore_advice(str(info.value))


def test_a_read_only_drive_opens_read_only(
    good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _writers_fail(monkeypatch, Condition.READ_ONLY)
    with Desk.open(good_file, create=False) as desk:
        assert desk.read_only and desk.read_only_reason == "its drive is read-only"


def test_a_locked_file_is_busy_not_damaged(good_file: Path) -> None:
    other = sqlite3.connect(good_file, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(FileInUse, match="busy in another program") as info:
            Desk.open(good_file, create=False)
        _no_restore_advice(str(info.value))
    finally:
        other.close()
    with Desk.open(good_file, create=False) as desk:
        assert not desk.read_only


def test_damage_still_says_damaged_and_names_the_backup(good_file: Path) -> None:
    with Desk.open(good_file):  # opening takes a backup
        pass
    conn = sqlite3.connect(good_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    good_file.write_bytes(good_file.read_bytes()[:4096])
    with pytest.raises(DamagedFile) as info:
        Desk.open(good_file, create=False)
    assert "is damaged" in info.value.message
    assert info.value.hint and "copdesk restore" in info.value.hint


def test_the_integrity_check_passes_io_errors_on() -> None:
    class Failing:
        def execute(self, sql: str) -> sqlite3.Cursor:
            raise io_error()

    with pytest.raises(sqlite3.OperationalError):
        integrity_problems(Failing())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "exc, drive, expected",
    [
        (io_error(), Condition.FULL, Condition.FULL),
        (io_error(), Condition.READ_ONLY, Condition.READ_ONLY),
        (io_error(), None, Condition.IO),
        (sqlite3.OperationalError("database or disk is full"), None, Condition.FULL),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            None,
            Condition.READ_ONLY,
        ),
        (sqlite3.OperationalError("database is locked"), None, Condition.BUSY),
        (sqlite3.DatabaseError("file is not a database"), Condition.FULL, Condition.DAMAGED),
        (sqlite3.DatabaseError("database disk image is malformed"), None, Condition.DAMAGED),
        (sqlite3.OperationalError("no such table: notes"), None, Condition.DAMAGED),
        (OSError(28, "No space left on device"), None, Condition.FULL),
    ],
    ids=[
        "io-full",
        "io-ro",
        "io",
        "full",
        "readonly",
        "locked",
        "notadb",
        "malformed",
        "no-table",
        "enospc",
    ],
)
def test_conditions(
    monkeypatch: pytest.MonkeyPatch,
    exc: BaseException,
    drive: Condition | None,
    expected: Condition,
) -> None:
    monkeypatch.setattr(sqlite_errors, "_drive", lambda path: drive)
    assert condition(exc, Path("x.copdesk")) is expected


def test_real_sqlite_codes_are_read(tmp_path: Path) -> None:
    text = tmp_path / "list.copdesk"
    text.write_text("milk, eggs\n" * 100)
    with pytest.raises(sqlite3.DatabaseError) as info:
        sqlite3.connect(text).execute("SELECT * FROM sqlite_master").fetchall()
    assert condition(info.value) is Condition.DAMAGED
    full = sqlite3.connect(":memory:")
    full.execute("CREATE TABLE t(x)")
    full.execute(f"PRAGMA max_page_count = {full.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as info:
        full.execute("INSERT INTO t SELECT randomblob(9000)")
    assert condition(info.value) is Condition.FULL


def test_plain_messages_for_each_condition(monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path("guild.copdesk")
    monkeypatch.setattr(sqlite_errors, "_drive", lambda path: Condition.FULL)
    assert isinstance(open_error(io_error(), path), DiskFull)
    assert isinstance(translate(io_error(), path), DiskFull)
    monkeypatch.setattr(sqlite_errors, "_drive", lambda path: None)
    busy = open_error(sqlite3.OperationalError("database is locked"), path)
    assert isinstance(busy, FileInUse)
    for error in (busy, open_error(io_error(), path), translate(io_error(), path)):
        assert "guild.copdesk" in str(error)
        _no_restore_advice(str(error))


def _copy_while_open(source: Path, target: Path) -> None:
    """Copy the file and its side files as a killed copdesk would leave them."""
    with Desk.open(source, create=False, backup=False) as desk:
        desk.add_note(1, "only in the log", 0, 0)
        shutil.copy(source, target)
        shutil.copy(f"{source}-wal", f"{target}-wal")


def test_wal_frames_are_seen(good_file: Path, tmp_path: Path) -> None:
    assert not wal_has_frames(good_file)  # closed cleanly: no log
    Path(f"{good_file}-wal").write_bytes(b"")
    assert not wal_has_frames(good_file)
    killed = tmp_path / "killed.copdesk"
    _copy_while_open(good_file, killed)
    assert wal_has_frames(killed)
    with Desk.open(killed, create=False, read_only=True) as desk:
        assert "only in the log" in [n.text for n in desk.notes(1)]
