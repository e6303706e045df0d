"""A file missing a table or column its format needs is refused as damaged on
open (with the restore advice, rightly this time), not found out later by a
query deep in the board."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from copdesk.core.errors import DamagedFile
from copdesk.desk import Desk
from copdesk.store.schema import REQUIRED_COLUMNS


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "guild.copdesk"
    with Desk.open(path) as desk:
        sid = desk.create_session("community-retro", "Retro").id
        desk.add_note(sid, "Keep the demos", 100, 200)
    return path


def alter(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_the_required_structure_is_what_the_migrations_build(good_file: Path) -> None:
    conn = sqlite3.connect(good_file)
    built = {
        table: [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_sqlite_migrations'"
        )
    }
    conn.close()
    assert built == {table: list(columns) for table, columns in REQUIRED_COLUMNS.items()}


def test_missing_table_is_refused_with_restore_advice(good_file: Path) -> None:
    with Desk.open(good_file):  # opening takes a backup
        pass
    alter(good_file, "DROP TABLE notes")
    before = digest(good_file)
    for read_only in (False, True):
        with pytest.raises(DamagedFile) as info:
            Desk.open(good_file, create=False, read_only=read_only)
        assert info.value.message == "“guild.copdesk” is damaged: the table “notes” is missing."
        assert info.value.hint and "copdesk restore guild.copdesk" in info.value.hint
    assert digest(good_file) == before


def test_missing_column_is_named(good_file: Path) -> None:
    alter(good_file, "ALTER TABLE frames DROP COLUMN questions")
    with pytest.raises(DamagedFile, match="the column “questions” of the table “frames”"):
        Desk.open(good_file, create=False)


def test_the_message_names_the_first_problems_and_keeps_them_all(good_file: Path) -> None:
    alter(good_file, *(f"DROP TABLE {t}" for t in ("votes", "timers", "rituals", "circles")))
    with pytest.raises(DamagedFile) as info:
        Desk.open(good_file, create=False)
    assert info.value.message.endswith("; and 1 more.")
    assert len(info.value.problems) == 4


def test_extra_tables_and_columns_are_fine(good_file: Path) -> None:
    alter(
        good_file,
        "CREATE TABLE our_notes(x)",
        "ALTER TABLE notes ADD COLUMN mood TEXT",
    )
    with Desk.open(good_file, create=False) as desk:
        assert [n.text for n in desk.notes(1)] == ["Keep the demos"]
