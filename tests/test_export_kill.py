"""A process killed while exporting never leaves a broken or half-written output file.

The export worker renders a big poster through the export registry and writes
it with the atomic writer (temporary file, fsync, rename). It is killed with
SIGKILL at random moments, half of them aimed at the write itself. The output is
always the old file or a complete new one; the only leftovers are temporaries
named ``.NAME.*.part``. ``benchmarks/bench_crash_safety.py`` does more kills.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.harness.export_kill_run import big_board_file, kill_exports

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killed_exports_leave_the_old_file_or_a_complete_new_one(tmp_path: Path) -> None:
    data_file = tmp_path / "poster.copdesk"
    session_id = big_board_file(data_file, notes=600)
    out = tmp_path / "poster.pdf"
    old = b"%PDF-1.4\n% an older export that must survive\n%%EOF\n"
    out.write_bytes(old)
    totals = kill_exports(data_file, session_id, out, kills=8, seed=11)
    print(
        f"kills={totals.kills} old intact={totals.old_intact} new complete={totals.new_complete} "
        f"killed mid-write={totals.killed_mid_write} failures={len(totals.failures)}"
    )
    assert totals.failures == []
    assert totals.kills == 8
    assert totals.old_intact + totals.new_complete == 8
    content = out.read_bytes()
    if content != old:  # a complete new poster: it reads back as one page
        assert len(PdfReader(out).pages) == 1
