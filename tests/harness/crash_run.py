"""Start a desk worker, kill it with SIGKILL, and check the file it leaves.

Shared by ``tests/test_crash_safety.py`` (a few dozen kills) and
``benchmarks/bench_crash_safety.py`` (hundreds). One :class:`CrashRun` keeps
one community file across many kills, like a facilitator whose laptop keeps
crashing: after each kill the file must pass ``PRAGMA integrity_check``, open
for writing with :class:`~copdesk.desk.Desk`, and hold every gesture the worker
reported as committed; the gesture in flight must be there completely or not
at all.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.harness.desk_state import DeskState, integrity, read_state

ROOT = Path(__file__).resolve().parents[2]
NEW = "NEW"


@dataclass
class KillOutcome:
    committed: int  # gestures reported committed in this run
    in_flight: str  # "", "absent" or "present"
    phase: str  # "start-up" (killed before the file was open) or "gestures"
    problems: list[str] = field(default_factory=list)


@dataclass
class Totals:
    kills: int = 0
    cut_lines: int = 0  # reports cut off mid-line by the kill (they promise nothing)
    verified: int = 0  # committed gestures whose effect was checked
    in_flight_present: int = 0
    in_flight_absent: int = 0
    killed_in_start_up: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, outcome: KillOutcome) -> None:
        self.kills += 1
        self.verified += outcome.committed
        self.in_flight_present += outcome.in_flight == "present"
        self.in_flight_absent += outcome.in_flight == "absent"
        self.killed_in_start_up += outcome.phase == "start-up"
        self.failures += [f"kill {self.kills}: {p}" for p in outcome.problems]


class _Reader(threading.Thread):
    """Collects the worker's lines; signals when enough commits were reported."""

    def __init__(self, proc: subprocess.Popen[bytes], commits_wanted: int) -> None:
        super().__init__(daemon=True)
        self.proc = proc
        self.records: list[dict[str, Any]] = []
        self.wanted = commits_wanted
        self.reached = threading.Event()
        self.garbage: list[str] = []
        self.fragments = 0

    def run(self) -> None:
        assert self.proc.stdout is not None
        commits = 0
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):
                # A long line is written in several pieces; a kill between them leaves
                # a fragment. It was never completely reported, so it promises nothing.
                self.fragments += 1
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except ValueError:
                self.garbage.append(raw[:200].decode("utf-8", "replace"))
                continue
            self.records.append(record)
            if "commit" in record:
                commits += 1
                if commits >= self.wanted:
                    self.reached.set()
        self.reached.set()


class CrashRun:
    """One community file, killed into again and again."""

    def __init__(self, path: Path, seed: int) -> None:
        self.path = path
        self.rng = random.Random(seed)
        self.seed = seed
        self.session_id: int | None = None
        self.totals = Totals()

    def kill_once(self) -> KillOutcome:
        """One worker run ended by SIGKILL at a seeded random moment, then the checks."""
        before = (
            read_state(self.path, self.session_id)
            if self.session_id is not None and self.path.exists()
            else DeskState()
        )
        worker_seed = self.rng.randrange(2**31)
        by_commits = self.rng.random() < 0.6
        wanted = self.rng.randint(1, 40) if by_commits else 10**9
        delay = self.rng.uniform(0.0, 0.6)  # seconds after process start (start-up included)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.harness.desk_worker", str(self.path), str(worker_seed)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        reader = _Reader(proc, wanted)
        reader.start()
        if by_commits:
            reader.reached.wait(timeout=30)
        else:
            reader.reached.wait(timeout=delay)
        died_early = proc.poll() is not None
        if not died_early:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        reader.join(timeout=30)
        assert proc.stderr is not None and proc.stdout is not None
        stderr = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        proc.stdout.close()
        outcome = self._check(before, reader.records)
        if died_early:
            outcome.problems.append(f"the worker ended by itself before the kill: {stderr[-500:]}")
        if reader.garbage:
            outcome.problems.append(f"unreadable worker output: {reader.garbage[:2]}")
        self.totals.add(outcome)
        self.totals.cut_lines += reader.fragments
        return outcome

    def stale_partial_backups(self) -> int:
        """Half-written backup copies left by kills during the backup on open."""
        from copdesk.store.user_dirs import backups_dir

        folder = backups_dir(self.path)
        return len(list(folder.glob("*.partial"))) if folder.is_dir() else 0

    # -- the checks ------------------------------------------------------------------
    def _check(self, before: DeskState, records: list[dict[str, Any]]) -> KillOutcome:
        problems: list[str] = []
        ready = [r["ready"] for r in records if "ready" in r]
        errors = [r["error"] for r in records if "error" in r]
        problems += [f"worker error: {e}" for e in errors]
        if ready:
            self.session_id = int(ready[0])
        expected = before.copy()
        begun: dict[str, Any] | None = None
        committed = 0
        for record in records:
            if "begin" in record:
                begun = record
            elif "commit" in record:
                expected.apply(record)
                committed += 1
                begun = None
        outcome = KillOutcome(committed, "", "gestures" if ready else "start-up", problems)
        if not self.path.exists():
            if committed:
                problems.append("the file is gone although gestures were committed")
            return outcome
        status = integrity(self.path)
        if status != "ok":
            problems.append(f"integrity_check: {status}")
            return outcome
        problems += _opens_for_writing(self.path)
        if self.session_id is None:
            return outcome  # killed before the first session existed: nothing was promised
        found = read_state(self.path, self.session_id)
        if found == expected:
            outcome.in_flight = "absent" if begun else ""
            return outcome
        if begun is not None:
            candidate = _with_in_flight(expected, begun, found)
            if candidate == found:
                outcome.in_flight = "present"
                return outcome
        problems.append(
            f"committed state differs ({begun['op'] if begun else 'no gesture in flight'}): "
            + "; ".join(expected.differences(found))
        )
        return outcome


def _opens_for_writing(path: Path) -> list[str]:
    from copdesk.core.errors import CopdeskError
    from copdesk.desk import Desk

    try:
        desk = Desk.open(path, create=False, backup=False)
    except CopdeskError as exc:
        return [f"Desk.open refused the file: {exc}"]
    try:
        if desk.read_only:
            return [f"the file opens read-only: {desk.read_only_reason}"]
        desk.sessions()
        return []
    finally:
        desk.close()


def _with_in_flight(expected: DeskState, begun: dict[str, Any], found: DeskState) -> DeskState:
    """``expected`` plus the gesture in flight, its new rows matched by content in ``found``."""
    candidate = expected.copy()
    new_cluster: int | None = None
    if "new_cluster" in begun:
        fresh = [c for c in found.clusters if c not in expected.clusters]
        if len(fresh) == 1:
            new_cluster = fresh[0]
            candidate.clusters[new_cluster] = (begun["new_cluster"], False)
    notes = {
        key: [new_cluster if v == NEW else v for v in value]
        for key, value in begun.get("notes", {}).items()
    }
    candidate.apply({**begun, "notes": notes})
    if begun.get("new_round"):
        fresh_rounds = [r for r in found.rounds if r not in expected.rounds]
        if len(fresh_rounds) == 1:
            candidate.rounds[fresh_rounds[0]] = True
    if "new_notes" in begun:
        fresh_notes = sorted(n for n in found.notes if n not in expected.notes)
        wanted = [(t, float(x), float(y), int(c), False, None) for t, x, y, c in begun["new_notes"]]
        if [found.notes[n] for n in fresh_notes] == wanted:  # ids follow the drafts' order
            for n in fresh_notes:
                candidate.notes[n] = found.notes[n]
    return candidate
