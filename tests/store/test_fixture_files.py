"""A file made by each released file format still opens, migrates and reads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copdesk.desk import Desk
from copdesk.store.schema import SCHEMA_VERSION

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema-*.copdesk"))


def test_there_is_a_fixture_for_every_released_version() -> None:
    versions = {int(p.stem.split("-")[1]) for p in FIXTURES}
    assert versions == set(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture_migrates_and_reads(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Desk.open(path, create=False) as desk:
        assert desk.community_name == "Product CoP Fixture"
        [session] = desk.sessions()
        board = desk.board(session.id)
        assert {n.text for n in board.notes} == {
            "Keep the demo slot",
            "Weniger Statusberichte",
            "学习 🚀",
        }
        assert all(n.frame_id is not None for n in board.notes)
        assert desk.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
