"""Exports never leave a half-written file, and failures speak plainly."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from copdesk.core.errors import ExportProblem
from copdesk.export import atomic_file
from copdesk.export.atomic_file import write_atomic
from copdesk.export.formats import ExportOptions, export_file
from tests.export.sample_boards import retro_board


def test_writes_the_whole_file_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_failing_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old poster")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fsync", disk_full)
    with pytest.raises(ExportProblem, match="disk is full"):
        write_atomic(target, b"half of a new poster")
    assert target.read_bytes() == b"old poster"
    assert [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]


def test_a_crash_before_the_rename_keeps_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")

    def killed(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # like a kill in the middle of the export

    monkeypatch.setattr(atomic_file.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(".summary.pdf.*.part"))


def test_unwritable_folder_is_a_plain_export_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", denied)
    with pytest.raises(ExportProblem, match="may not write to the folder"):
        write_atomic(tmp_path / "x.pdf", b"data")


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(ExportProblem, match="does not exist"):
        write_atomic(tmp_path / "nowhere" / "x.pdf", b"data")
    with pytest.raises(ExportProblem, match="is a folder"):
        write_atomic(tmp_path, b"data")


def test_read_only_folder_for_real(tmp_path: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("permissions are not enforced for root or on this platform")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportProblem, match="may not write"):
            write_atomic(folder / "x.pdf", b"data")
    finally:
        folder.chmod(0o700)


def test_a_failing_export_keeps_the_previous_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "retro.pdf"
    export_file("summary", retro_board(), target)
    before = target.read_bytes()

    def broken(*args: object, **kwargs: object) -> bytes:
        raise ValueError("a bug in the layout")

    import copdesk.export.summary_pdf as summary_module

    monkeypatch.setattr(summary_module, "summary_pdf", broken)
    with pytest.raises(ExportProblem, match="could not be made"):
        export_file("summary", retro_board(), target, ExportOptions())
    assert target.read_bytes() == before


def test_parts_left_by_a_killed_export_are_removed_next_time(tmp_path) -> None:
    import subprocess
    import sys

    from copdesk.export.atomic_file import write_atomic

    target = tmp_path / "poster [A3].pdf"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = tmp_path / f".{target.name}.{dead.stdout.strip()}.abc123.part"
    stale.write_bytes(b"half a poster")
    other = tmp_path / ".other.pdf.1.x.part"
    other.write_bytes(b"not ours")
    write_atomic(target, b"%PDF-1.4 complete")
    assert target.read_bytes() == b"%PDF-1.4 complete"
    assert not stale.exists() and other.exists()
    assert not list(tmp_path.glob(f".{target.name[:6]}*.part"))
