"""Hostile files through every importer: each succeeds or refuses with a plain
CopdeskError, and a refused import changes nothing in the community file.

Notes CSV, notes text, roster CSV, session JSON and template JSON, each fed
the way a user's file arrives (see ``tests/harness/fuzz_targets.py``). The
normal suite runs 100 examples per importer; ``benchmarks/bench_fuzz.py`` runs
10,000 each with the "fuzz" hypothesis profile.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.harness.fuzz_targets import TARGETS, FuzzDesk, FuzzTarget

EXAMPLES = 100


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_importer_succeeds_or_refuses_plainly(target: FuzzTarget, tmp_path: Path) -> None:
    kept = FuzzDesk(tmp_path)
    outcomes: dict[str, int] = {}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,  # the same inputs every run: the suite stays stable
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(target.strategy)
    def feed(data: bytes) -> None:
        outcome = target.call(kept, data)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    try:
        feed()
    finally:
        kept.close()
    print(target.name, outcomes)
    assert sum(outcomes.values()) >= EXAMPLES
    # the generator reaches both the error paths and the import itself
    assert outcomes.get("refused", 0) > 0 and outcomes.get("ok", 0) > 0


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes CSV", b"text\n" + "\ud800 lone".encode("utf-8", "surrogatepass") + b"\n"),
        ("notes CSV", b"text\n" + b"x" * 131_073 + b"\n"),
        ("notes CSV", b"text,author\nok,\x00\n"),
        ("notes text", "\ud800\n\udfff".encode("utf-8", "surrogatepass")),
        ("roster CSV", b"name\n" + b"y" * 131_073 + b"\n"),
        ("session JSON", b'{"format": "copdesk-session", "session": {"title": "\\ud800"}}'),
        ("session JSON", b"[" * 100_000 + b"]" * 100_000),
        ("session JSON", b'{"format": "copdesk-session", "version": NaN}'),
        ("template JSON", b"{" * 50_000),
        ("template JSON", b'{"id": "\\ud800", "name": {"en": "\\udfff"}, "frames": []}'),
    ],
)
def test_the_known_traps(name: str, data: bytes, tmp_path: Path) -> None:
    """The bad input seen in practice (DESIGN.md, Known traps), each by name."""
    target = next(t for t in TARGETS if t.name == name)
    kept = FuzzDesk(tmp_path)
    try:
        assert target.call(kept, data) in ("ok", "refused")
    finally:
        kept.close()
