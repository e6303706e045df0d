"""Crash safety at scale: 200+ SIGKILLs of a real copdesk process mid-work.

Each kill is checked like in ``tests/test_crash_safety.py``: integrity_check
ok, the file opens for writing, every gesture reported committed is in the
file and the gesture in flight is all or nothing. The baseline of the
"verified gestures" figure is the number of kills (the ratio is gestures per
kill); "failures" must be 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.report import Report

if TYPE_CHECKING:
    from tests.harness.export_kill_run import ExportKills

KILLS = int(os.environ.get("COPDESK_BENCH_KILLS", "200"))
EXPORT_KILLS = int(os.environ.get("COPDESK_BENCH_EXPORT_KILLS", "40"))
POSTER_NOTES = 1500
FILES = 4  # independent files, each killed into KILLS / FILES times
SEED = 20240611


def run(report: Report) -> None:
    if sys.platform == "win32":
        print("crash safety: skipped (SIGKILL is POSIX)")
        return
    from tests.harness.crash_run import CrashRun, Totals

    all_totals = Totals()
    partials = 0
    started = time.perf_counter()
    saved_home = os.environ.get("COPDESK_HOME")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["COPDESK_HOME"] = str(Path(folder) / "home")  # backups go here, not home
        per_file = -(-KILLS // FILES)
        for index in range(FILES):
            crash_run = CrashRun(Path(folder) / f"crash-{index}.copdesk", seed=SEED + index)
            for _ in range(per_file):
                crash_run.kill_once()
            t = crash_run.totals
            all_totals.kills += t.kills
            all_totals.verified += t.verified
            all_totals.in_flight_present += t.in_flight_present
            all_totals.in_flight_absent += t.in_flight_absent
            all_totals.killed_in_start_up += t.killed_in_start_up
            all_totals.cut_lines += t.cut_lines
            all_totals.failures += [f"file {index}, {f}" for f in t.failures]
            partials += crash_run.stale_partial_backups()
        exports = _export_kills(Path(folder))
        if saved_home is None:
            del os.environ["COPDESK_HOME"]
        else:
            os.environ["COPDESK_HOME"] = saved_home
    seconds = time.perf_counter() - started
    for failure in all_totals.failures[:10]:
        print(f"  FAILURE {failure}")
    note = (
        f"in flight at the kill: {all_totals.in_flight_present} committed, "
        f"{all_totals.in_flight_absent} not; "
        f"{all_totals.killed_in_start_up} kills during start-up; "
        f"{all_totals.cut_lines} report lines cut by the kill; "
        f"{partials} half-written backup copies left; {seconds:.0f} s"
    )
    report("crash safety: kills (SIGKILL)", all_totals.kills, "kills", target=">= 200")
    report(
        "crash safety: committed gestures verified after a kill",
        all_totals.verified,
        "gestures",
        baseline=all_totals.kills,
        baseline_unit="kills",
        note=note,
    )
    report("crash safety: failures", len(all_totals.failures), "failures", target="0")
    report(
        f"crash safety: kills during a {POSTER_NOTES:,}-note poster export",
        exports.kills,
        "kills",
        target=">= 40",
        note=(
            f"old file intact {exports.old_intact}, complete new poster {exports.new_complete}, "
            f"{exports.killed_mid_write} kills inside the write (temporary .part left)"
        ),
    )
    for failure in exports.failures[:10]:
        print(f"  FAILURE {failure}")
    report("crash safety: export failures", len(exports.failures), "failures", target="0")


def _export_kills(folder: Path) -> ExportKills:
    from tests.harness.export_kill_run import big_board_file, kill_exports

    data_file = folder / "poster.copdesk"
    session_id = big_board_file(data_file, notes=POSTER_NOTES)
    out = folder / "exports" / "poster.pdf"
    out.parent.mkdir()
    return kill_exports(data_file, session_id, out, kills=EXPORT_KILLS, seed=SEED)
