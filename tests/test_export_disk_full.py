"""A disk that fills up while an export is written: a plain message, the old file
intact, no temporary file left behind."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest

import copdesk.export.atomic_file as atomic_file
from copdesk.core.errors import ExportProblem
from copdesk.core.models import NoteDraft
from copdesk.desk import Desk
from copdesk.export.formats import export_file


class _FillingFile(io.BufferedWriter):
    """A file whose disk fills up after ``room`` bytes."""

    room = 4096

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.room:
            part = self.room - self.tell()
            super().write(bytes(data[:part]))
            super().flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


@pytest.fixture
def board_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "community.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-canvas", "Canvas").id
        desk.add_notes(sid, [NoteDraft(f"note {i} " * 20, 30.0 * i, 400.0) for i in range(60)])
    return path, sid


@pytest.mark.parametrize("format_id", ["poster", "summary", "md", "csv", "json"])
def test_disk_full_during_export_keeps_the_old_file(
    board_file: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format_id: str
) -> None:
    path, sid = board_file
    with Desk.open(path, read_only=True, backup=False) as desk:
        board = desk.board(sid)
    out = tmp_path / "exports" / f"canvas.{format_id}"
    out.parent.mkdir()
    old = b"the export from last week\n" * 10
    out.write_bytes(old)

    def filling_fdopen(fd: int, mode: str = "rb", *args: Any, **kw: Any) -> io.BufferedWriter:
        assert "w" in mode
        return _FillingFile(io.FileIO(fd, "w"))

    monkeypatch.setattr(atomic_file.os, "fdopen", filling_fdopen)
    with pytest.raises(ExportProblem) as caught:
        export_file(format_id, board, out)
    assert caught.value.message == f"Cannot save {out.name}: the disk is full."
    assert "Free some space" in str(caught.value)
    assert out.read_bytes() == old
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no .part left

    monkeypatch.undo()  # space was freed: the same export now goes through
    export_file(format_id, board, out)
    assert out.read_bytes() != old
