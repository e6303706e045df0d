"""An exported file gets the permissions any new file of the user gets (not the
0600 of a temporary file), and a replaced export keeps the mode it had, so a
PDF saved to a shared folder stays readable by the co-facilitator."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from copdesk.export.atomic_file import write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_export_follows_the_umask(tmp_path: Path, umask_022: None) -> None:
    target = write_atomic(tmp_path / "retro-summary.pdf", b"%PDF-1.4\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_replaced_export_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    target.chmod(0o664)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
