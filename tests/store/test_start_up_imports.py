"""Opening a file and reading a board leave sqlite-utils (and numpy, which it
pulls in) unimported: start-up does not pay for them; the first write does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from copdesk.desk.desk import Desk

PROBE = """
import sys
from copdesk.desk.desk import Desk
desk = Desk.open(sys.argv[1], backup=False)
sid = desk.sessions()[0].id
assert len(desk.board(sid).notes) == 3
print(sorted(m for m in ("sqlite_utils", "numpy") if m in sys.modules))
desk.add_note(sid, "after start-up", 10, 10)
print("sqlite_utils" in sys.modules)
desk.close()
"""


def test_reads_need_no_sqlite_utils_and_the_first_write_loads_it(tmp_path: Path) -> None:
    path = tmp_path / "start.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Retro").id
        for i in range(3):
            desk.add_note(sid, f"note {i}", 100.0 * i, 300.0)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[:2] == ["[]", "True"]
    with Desk.open(path, read_only=True, backup=False) as desk:
        assert [n.text for n in desk.notes(sid)][-1] == "after start-up"
