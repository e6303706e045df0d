"""Every bad file gets a plain CopdeskError and stays byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from copdesk.core.errors import CopdeskError, FileInUse, FileProblem, ReadOnlyFile
from copdesk.core.models import NoteDraft
from copdesk.desk import Desk
from copdesk.store.database import SQLITE_HEADER
from copdesk.store.schema import SCHEMA_VERSION, built_migration_names, migration_names


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "community.copdesk"
    with Desk.open(path) as desk:
        sid = desk.create_session("community-retro", "Retro").id
        desk.add_note(sid, "Keep the demos", 100, 200)
    return path


def test_schema_version_is_readable_by_any_sqlite_client(good_file: Path) -> None:
    conn = sqlite3.connect(good_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(
        SCHEMA_VERSION
    )
    assert len(migration_names()) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_the_names_checked_on_open_are_the_migrations_that_run() -> None:
    assert built_migration_names() == migration_names()


def test_foreign_keys_are_on(good_file: Path) -> None:
    with Desk.open(good_file) as desk:
        assert desk.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def _not_sqlite(tmp_path: Path) -> Path:
    p = tmp_path / "notes.copdesk"
    p.write_text("this is a shopping list, not a database\n")
    return p


def _empty(tmp_path: Path) -> Path:
    p = tmp_path / "empty.copdesk"
    p.write_bytes(b"")
    return p


def _other_sqlite(tmp_path: Path) -> Path:
    p = tmp_path / "other.copdesk"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE recipes(name TEXT)")
    conn.commit()
    conn.close()
    return p


def _newer(tmp_path: Path, good: Path) -> Path:
    conn = sqlite3.connect(good)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    return good


def _truncated(tmp_path: Path, good: Path) -> Path:
    data = good.read_bytes()
    p = tmp_path / "truncated.copdesk"
    p.write_bytes(data[: len(data) // 3])
    return p


def _corrupted(tmp_path: Path, good: Path) -> Path:
    data = bytearray(good.read_bytes())
    # keep the header, scribble over the schema pages
    for i in range(100, min(len(data), 9000)):
        data[i] = 0xA5
    p = tmp_path / "corrupted.copdesk"
    p.write_bytes(bytes(data))
    return p


def _checkpointed(good: Path) -> Path:
    conn = sqlite3.connect(good)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return good


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda tmp, good: _not_sqlite(tmp), "not a copdesk community file"),
        (lambda tmp, good: _empty(tmp), "empty"),
        (lambda tmp, good: _other_sqlite(tmp), "not a copdesk file"),
        (lambda tmp, good: _newer(tmp, good), "newer copdesk"),
        (lambda tmp, good: _truncated(tmp, _checkpointed(good)), "damaged"),
        (lambda tmp, good: _corrupted(tmp, _checkpointed(good)), "damaged"),
    ],
    ids=["not-sqlite", "empty", "other-sqlite", "newer", "truncated", "corrupted"],
)
def test_bad_files_are_refused_and_left_untouched(
    tmp_path: Path, good_file: Path, make: object, words: str
) -> None:
    path = make(tmp_path, good_file)  # type: ignore[operator]
    before = digest(path)
    with pytest.raises(CopdeskError) as info:
        Desk.open(path, create=False)
    message = str(info.value)
    assert words in message
    assert "\n" not in message and "Traceback" not in message
    assert digest(path) == before


def test_damaged_file_names_the_newest_backup(tmp_path: Path, good_file: Path) -> None:
    with Desk.open(good_file):  # opening takes a backup
        pass
    _checkpointed(good_file)
    data = bytearray(good_file.read_bytes())
    for i in range(100, min(len(data), 9000)):
        data[i] = 0x5A
    good_file.write_bytes(bytes(data))
    with pytest.raises(FileProblem) as info:
        Desk.open(good_file, create=False)
    assert "backup" in str(info.value) and "copdesk restore" in str(info.value)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="does not exist"):
        Desk.open(tmp_path / "nowhere" / "x.copdesk")


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="There is no community file"):
        Desk.open(tmp_path / "x.copdesk", create=False)
    assert not (tmp_path / "x.copdesk").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_opens_read_only(tmp_path: Path, good_file: Path) -> None:
    good_file.chmod(0o444)
    before = digest(good_file)
    with Desk.open(good_file) as desk:
        assert desk.read_only
        assert "read-only" in desk.read_only_reason
        with pytest.raises(ReadOnlyFile):
            desk.add_note(1, "x", 0, 0)
    assert digest(good_file) == before


def test_opened_read_only_refuses_writes_and_leaves_file(good_file: Path) -> None:
    _checkpointed(good_file)
    before = digest(good_file)
    with Desk.open(good_file, read_only=True) as desk:
        assert desk.read_only
        assert [n.text for n in desk.notes(1)] == ["Keep the demos"]
        with pytest.raises(ReadOnlyFile, match="read-only"):
            desk.edit_note(1, "changed")
    assert digest(good_file) == before


def test_file_held_by_another_copdesk(good_file: Path) -> None:
    with Desk.open(good_file) as first:
        with pytest.raises(FileInUse, match="open in another copdesk"):
            Desk.open(good_file)
        # reading alongside is fine
        with Desk.open(good_file, read_only=True, backup=False) as reader:
            assert reader.sessions()[0].title == "Retro"
        assert first.sessions()
    with Desk.open(good_file) as again:  # released on close
        assert again.sessions()


def test_full_disk_rolls_back_with_a_plain_message(good_file: Path) -> None:
    with Desk.open(good_file) as desk:
        before = [n.text for n in desk.notes(1)]
        pages = desk.db.execute("PRAGMA page_count").fetchone()[0]
        desk.db.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
        with pytest.raises(FileProblem, match=r"disk .* is full"):
            desk.add_notes(1, [NoteDraft("x" * 1900)] * 400)
        desk.db.execute("PRAGMA max_page_count = 1073741823")
        assert [n.text for n in desk.notes(1)] == before
        desk.add_note(1, "after the disk was freed", 0, 0)
    with Desk.open(good_file) as desk:
        assert len(desk.notes(1)) == 2


def test_file_header_constant() -> None:
    assert SQLITE_HEADER == b"SQLite format 3\x00"


def test_unwritable_file_opens_read_only_with_reason(
    good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path as a chmod 444 file, exercised even when tests run as root."""
    import copdesk.store.database as database

    monkeypatch.setattr(database, "writable", lambda path: (False, "the file is read-only"))
    _checkpointed(good_file)
    before = digest(good_file)
    with Desk.open(good_file) as desk:
        assert desk.read_only and desk.read_only_reason == "the file is read-only"
        with pytest.raises(ReadOnlyFile, match="read-only"):
            desk.add_note(1, "x", 0, 0)
    assert digest(good_file) == before


def test_file_deleted_while_open_keeps_the_session_usable(good_file: Path) -> None:
    with Desk.open(good_file) as desk:
        good_file.unlink()
        # SQLite keeps the open inode; the work goes on and can be saved elsewhere
        note = desk.add_note(1, "still here", 0, 0)
        assert desk.note(note.id).text == "still here"


def test_a_reader_leaves_no_side_files_behind(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as desk:
        desk.create_session("blank", "One")
    before = path.read_bytes()
    with Desk.open(path, create=False, read_only=True, backup=False) as reader:
        assert [s.title for s in reader.sessions()] == ["One"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.copdesk"]
    assert path.read_bytes() == before


def test_a_reader_beside_a_writer_leaves_the_writers_log_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    writer = Desk.open(path, backup=False)
    try:
        sid = writer.create_session("blank", "One").id
        with Desk.open(path, create=False, read_only=True, backup=False) as reader:
            assert [s.id for s in reader.sessions()] == [sid]
        writer.add_note(sid, "written after the reader left", 0.0, 0.0)
        assert [n.text for n in writer.notes(sid)] == ["written after the reader left"]
    finally:
        writer.close()
    with Desk.open(path, create=False, read_only=True, backup=False) as again:
        assert [n.text for n in again.notes(sid)] == ["written after the reader left"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.copdesk"]
