"""Crash safety: a real copdesk process is killed with SIGKILL mid-work, again and again.

After every kill the file passes ``PRAGMA integrity_check``, opens for
writing, and holds every gesture the worker reported as committed; the gesture
in flight is there completely or not at all. The benchmark
``benchmarks/bench_crash_safety.py`` does the same with 200+ kills.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.harness.crash_run import ROOT, CrashRun
from tests.harness.desk_state import DeskState, integrity, read_state

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLS = 30


def _run_worker(path: Path, seed: int, ops: int) -> list[dict[str, Any]]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.harness.desk_worker",
            str(path),
            str(seed),
            "--ops",
            str(ops),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_the_worker_reports_exactly_what_the_file_holds(tmp_path: Path) -> None:
    """Without a kill, the worker's reported state is the file's: the harness itself is sound."""
    path = tmp_path / "steady.copdesk"
    records = _run_worker(path, 7, 150)
    assert records[-1] == {"done": 150}
    ops = {r["op"] for r in records if "commit" in r}
    assert {"add", "move", "edit", "recolor", "group", "vote"} <= ops
    expected = DeskState()
    for record in records:
        if "commit" in record:
            expected.apply(record)
    found = read_state(path, records[0]["ready"])
    assert expected.differences(found) == []
    assert integrity(path) == "ok"


def test_killed_at_random_moments_the_file_keeps_every_committed_gesture(tmp_path: Path) -> None:
    run = CrashRun(tmp_path / "crashy.copdesk", seed=20240611)
    for _ in range(KILLS):
        run.kill_once()
    totals = run.totals
    print(
        f"kills={totals.kills} verified={totals.verified} "
        f"in-flight present={totals.in_flight_present} absent={totals.in_flight_absent} "
        f"killed in start-up={totals.killed_in_start_up} failures={len(totals.failures)}"
    )
    assert totals.failures == []
    assert totals.kills == KILLS
    assert totals.verified > KILLS  # the kills landed amid real work


def test_the_check_notices_a_lost_gesture_and_a_half_applied_one(tmp_path: Path) -> None:
    """The harness can fail: a committed change undone behind its back is reported,
    and so is a gesture in flight that is only half in the file."""
    records = _run_worker(tmp_path / "probe.copdesk", 3, 40)
    last = max(
        r["commit"] for r in records if "commit" in r and r["op"] == "move" and len(r["notes"]) > 1
    )
    path = tmp_path / "tampered.copdesk"
    records = _run_worker(path, 3, last)  # the same stream, ending with that move
    move = records[-2]
    assert move.get("commit") == last and move["op"] == "move"
    run = CrashRun(path, seed=1)
    assert run._check(DeskState(), records).problems == []

    before = DeskState()
    for record in records[:-2]:
        if "commit" in record:
            before.apply(record)
    first_id = int(next(iter(move["notes"])))
    conn = sqlite3.connect(path)
    with conn:  # put one note of the last move back where it was
        conn.execute(
            "UPDATE notes SET x = ?, y = ? WHERE id = ?",
            [before.notes[first_id][1], before.notes[first_id][2], first_id],
        )
    conn.close()
    problems = run._check(DeskState(), records).problems
    assert problems and "committed state differs" in problems[0]
    in_flight = records[:-2]  # as if killed before the move's commit line was printed
    assert in_flight[-1].get("begin") == last
    problems = run._check(DeskState(), in_flight).problems
    assert problems and "(move)" in problems[0], "half a gesture must not pass as in flight"
