"""Fuzzing every importer with 10,000 hostile inputs each.

The same targets as ``tests/test_hostile_input.py`` (notes CSV, notes text,
roster CSV, session JSON, template JSON, each through a real community file),
run with the "fuzz" hypothesis profile of ``tests/conftest.py``. A failure is
any exception other than a CopdeskError, a CopdeskError without a message, or
a refused import that changed the file. The baseline of each figure is the
same number of inputs parsed by the bare standard library (``csv`` /
``json``), timed in the same run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.report import Report

if TYPE_CHECKING:
    from hypothesis import settings

    from tests.harness.fuzz_targets import FuzzTarget

EXAMPLES = int(os.environ.get("COPDESK_BENCH_FUZZ_EXAMPLES", "0"))  # 0: the profile's count


def run(report: Report) -> None:
    from hypothesis import settings

    import tests.conftest  # noqa: F401  registers the hypothesis profiles
    from tests.harness.fuzz_targets import TARGETS

    profile = settings.get_profile("fuzz")
    examples = EXAMPLES or profile.max_examples
    for target in TARGETS:
        inputs, outcomes, failures, seconds = _fuzz(target, examples, profile)
        bare = _bare_parse_seconds(target.name, inputs)
        for failure in failures[:5]:
            print(f"  FAILURE {target.name}: {failure}")
        report(
            f"fuzz {target.name}: inputs run",
            len(inputs),
            "inputs",
            target=f">= {examples:,}",
            note=f"{outcomes['ok']} imported, {outcomes['refused']} refused plainly",
        )
        report(
            f"fuzz {target.name}: time",
            seconds,
            "s",
            baseline=bare,
            baseline_unit="s (bare csv/json parse)",
        )
        report(f"fuzz {target.name}: failures", len(failures), "failures", target="0")


def _fuzz(
    target: FuzzTarget, examples: int, profile: settings
) -> tuple[list[bytes], dict[str, int], list[str], float]:
    """Feed ``examples`` generated inputs to one target; failures are counted, not raised."""
    from hypothesis import HealthCheck, given, settings

    from tests.harness.fuzz_targets import FuzzDesk

    failures: list[str] = []
    outcomes = {"ok": 0, "refused": 0}
    inputs: list[bytes] = []
    with tempfile.TemporaryDirectory() as folder:
        kept = FuzzDesk(Path(folder))

        @settings(
            profile,
            max_examples=examples,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(target.strategy)
        def feed(data: bytes) -> None:
            inputs.append(data)
            try:
                outcomes[target.call(kept, data)] += 1
            except Exception as exc:  # counted, not raised: the run goes on
                failures.append(f"{type(exc).__name__}: {str(exc)[:160]} <- {data[:60]!r}")

        started = time.perf_counter()
        try:
            feed()
        finally:
            kept.close()
        seconds = time.perf_counter() - started
    return inputs, outcomes, failures, seconds


def _bare_parse_seconds(name: str, inputs: list[bytes]) -> float:
    """The stdlib parsing the same inputs, errors ignored: what any importer must pay."""
    started = time.perf_counter()
    for data in inputs:
        text = data.decode("utf-8", "replace")
        try:
            if "JSON" in name:
                json.loads(text)
            elif "CSV" in name:
                list(csv.reader(io.StringIO(text)))
            else:
                text.splitlines()
        except (ValueError, RecursionError, csv.Error):
            pass
    return time.perf_counter() - started
