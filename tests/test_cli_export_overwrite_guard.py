"""``copdesk export`` never writes over the community file it reads from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copdesk.cli import main
from copdesk.desk import Desk


@pytest.fixture
def community(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Retro Q2").id
        desk.add_note(sid, "Keep the monthly demo", 0, 0)
    return path, sid


@pytest.mark.parametrize("spelling", ["same", "relative", "sidecar"])
def test_export_onto_the_community_file_itself_is_refused_and_the_file_kept(
    community: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    spelling: str,
) -> None:
    path, sid = community
    monkeypatch.chdir(tmp_path)
    target = {
        "same": str(path),
        "relative": os.path.join(".", "sub", "..", path.name),
        "sidecar": str(path) + "-wal",
    }[spelling]
    (tmp_path / "sub").mkdir()
    before = path.read_bytes()
    rc = main(["export", str(path), "--session", str(sid), "--format", "json", "-o", target])
    err = capsys.readouterr().err
    assert rc == 1
    assert err.count("\n") == 1 and "community file" in err
    assert path.read_bytes() == before
    with Desk.open(path, create=False, read_only=True, backup=False) as desk:
        assert [n.text for n in desk.notes(sid)] == ["Keep the monthly demo"]
