"""The QA set-up for real: a 400 kB tmpfs filled to the last byte and a read-only
bind mount, in a private mount namespace (needs root and ``unshare``; skipped
elsewhere, where tests/store/test_open_conditions.py covers the same paths
with simulated SQLite errors)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from copdesk.desk import Desk


def _can_mount() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "mount", "-t", "tmpfs", "tmpfs", "/mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _can_mount(), reason="needs root and mount namespaces")

INSIDE = r"""
import contextlib, errno, hashlib, io, json, os, shutil, subprocess, sys
from pathlib import Path
from copdesk.cli import main
from copdesk.core.errors import CopdeskError
from copdesk.desk import Desk

src, work = Path(sys.argv[1]), Path(sys.argv[2])
full, ro = work / "full", work / "ro"
full.mkdir()
ro.mkdir()
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(full)], check=True)
subprocess.run(["mount", "--bind", str(src), str(ro)], check=True)
subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True)
for item in src.iterdir():
    shutil.copy(item, full / item.name)
fd = os.open(full / "filler", os.O_WRONLY | os.O_CREAT)
try:
    while True:
        os.write(fd, b"\0" * 4096)
except OSError as exc:
    assert exc.errno == errno.ENOSPC
os.close(fd)

def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()

def opened(path):
    try:
        with Desk.open(path, create=False) as desk:
            return {"read_only": desk.read_only, "reason": desk.read_only_reason,
                    "notes": [n.text for n in desk.notes(1)]}
    except CopdeskError as error:
        return {"error": type(error).__name__, "message": str(error)}

def cli(*argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()) as out:
        code = main(list(argv))
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}

report = {}
for where in (full, ro):
    for name in ("clean", "killed"):
        path = where / f"{name}.copdesk"
        before = digest(path)
        report[f"{where.name}/{name}"] = {
            "open": opened(path),
            "new": cli("new", str(path)),
            "check": cli("check", str(path)),
            "unchanged": digest(path) == before,
        }
print(json.dumps(report))
"""


def test_full_disk_and_read_only_drive(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    with Desk.open(src / "clean.copdesk") as desk:
        desk.add_note(desk.create_session("community-retro", "Retro").id, "saved", 0, 0)
    # a copdesk killed while the disk filled up: its last note is only in the log
    with Desk.open(src / "clean.copdesk", backup=False) as desk:
        desk.add_note(1, "in the log", 0, 0)
        shutil.copy(src / "clean.copdesk", src / "killed.copdesk")
        shutil.copy(src / "clean.copdesk-wal", src / "killed.copdesk-wal")
    work = tmp_path / "work"
    work.mkdir()
    namespace = ["unshare", "-m", "--propagation", "private"]
    done = subprocess.run(
        [*namespace, sys.executable, "-c", INSIDE, str(src), str(work)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for case, seen in report.items():
        assert seen["unchanged"], case
        for what in ("open", "new", "check"):
            text = json.dumps(seen[what])
            assert "damaged" not in text and "restore" not in text, (case, what, text)
            assert "unexpected" not in text and "Traceback" not in text, (case, what, text)

    # a healthy file on a full disk opens read-only, with the reason
    clean = report["full/clean"]
    assert clean["open"] == {
        "read_only": True,
        "reason": "the disk holding it is full",
        "notes": ["saved", "in the log"],
    }
    assert clean["new"]["code"] == 1 and "disk holding it is full" in clean["new"]["err"]
    assert clean["check"]["code"] == 0 and "integrity: ok" in clean["check"]["out"]

    # changes waiting in the log cannot be read without space: said so, not shown stale
    killed = report["full/killed"]
    assert killed["open"]["error"] == "DiskFull"
    assert "killed.copdesk-wal" in killed["open"]["message"]
    assert killed["check"]["code"] == 1 and "Free some space" in killed["check"]["err"]

    ro_clean = report["ro/clean"]
    assert ro_clean["open"]["read_only"] and ro_clean["open"]["reason"] == "its drive is read-only"
    assert ro_clean["open"]["notes"] == ["saved", "in the log"]
    assert ro_clean["new"]["code"] == 1 and "read-only" in ro_clean["new"]["err"]

    ro_killed = report["ro/killed"]
    assert "killed.copdesk-wal" in ro_killed["open"]["message"]
    assert ro_killed["check"]["code"] == 1
