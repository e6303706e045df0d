"""Kill a process in the middle of exporting a poster; check the output file.

Shared by ``tests/test_export_kill.py`` and ``benchmarks/bench_crash_safety.py``.
The output path holds an older export before the first kill. After each kill it
must be byte-identical to the file that was there or to a poster the worker had
completely rendered — never a mix or a stub — and the only other files left in
the folder are the atomic writer's temporaries, named ``.NAME.*.part``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness.crash_run import ROOT


def big_board_file(path: Path, notes: int, seed: int = 5) -> int:
    """A community file with one canvas session of ``notes`` notes; returns its id."""
    from copdesk.core.models import NoteDraft
    from copdesk.desk import Desk

    rng = random.Random(seed)
    words = ("purpose", "rituals", "Lernziel", "ناقش", "日本語", "🙂", "sponsoring", "channels")
    with Desk.open(path, backup=False) as desk:
        session_id = desk.create_session("community-canvas", "Poster under fire").id
        drafts = [
            NoteDraft(
                f"{i}: " + " ".join(rng.choice(words) for _ in range(rng.randint(1, 30))),
                rng.uniform(0, 3200),
                rng.uniform(0, 2200),
                color=rng.randrange(6),
            )
            for i in range(notes)
        ]
        desk.add_notes(session_id, drafts)
    return session_id


@dataclass
class ExportKills:
    kills: int = 0
    old_intact: int = 0  # the file that was there before the kill is there, unchanged
    new_complete: int = 0  # a fully rendered new poster is there
    killed_mid_write: int = 0  # the kill left a temporary file: it hit the write itself
    failures: list[str] = field(default_factory=list)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Announcements(threading.Thread):
    """Reads the worker's lines: the digests of the posters it rendered."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        super().__init__(daemon=True)
        self.proc = proc
        self.rendered: set[str] = set()
        self.rendered_once = threading.Event()

    def run(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if raw.endswith(b"\n"):  # a line cut by the kill announces nothing
                record = json.loads(raw)
                if "rendered" in record:
                    self.rendered.add(record["rendered"])
                    self.rendered_once.set()


def kill_exports(data_file: Path, session_id: int, out: Path, kills: int, seed: int) -> ExportKills:
    """``kills`` worker runs, each ended by SIGKILL; counts and failures."""
    rng = random.Random(seed)
    totals = ExportKills()
    if not out.exists():
        out.write_bytes(b"%PDF-1.4\n% an older export that must survive\n%%EOF\n")
    for _ in range(kills):
        before = _sha(out)
        leftovers_before = set(out.parent.glob(f".{out.name}.*.part"))
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.harness.export_worker",
                str(data_file),
                str(session_id),
                str(out),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        reader = _Announcements(proc)
        reader.start()
        if rng.random() < 0.5:  # aim at the write: just after a render is announced
            tiny = rng.uniform(0.0, 0.004)
            reader.rendered_once.wait(timeout=60)
            threading.Event().wait(tiny)
        else:
            reader.rendered_once.wait(timeout=rng.uniform(0.2, 3.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        reader.join(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
        totals.kills += 1
        after = _sha(out)
        if after == before:
            totals.old_intact += 1
        elif after in reader.rendered:
            totals.new_complete += 1
        else:
            totals.failures.append(
                f"kill {totals.kills}: the output is neither the old file nor a rendered poster "
                f"({out.stat().st_size} bytes)"
            )
        leftovers = set(out.parent.glob(f".{out.name}.*.part")) - leftovers_before
        totals.killed_mid_write += bool(leftovers)
        strays = {
            p.name
            for p in out.parent.iterdir()
            if p != out
            and not (p.name.startswith(f".{out.name}.") and p.name.endswith(".part"))
            and p != data_file
            and not p.name.startswith(data_file.name)
        }
        if strays:
            totals.failures.append(f"kill {totals.kills}: unexpected files left: {sorted(strays)}")
    return totals
