"""One line per figure, each beside a bare baseline measured in the same run.

A benchmark module ``benchmarks/bench_<topic>.py`` defines ``run(report)`` and
calls ``report(name, value, unit, baseline=..., baseline_unit=...)`` for every
figure. Lines print as ``name: value unit (baseline value unit, ratio r)`` and the
whole run is written to ``benchmarks/results.json``.
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

RESULTS = Path(__file__).with_name("results.json")


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_unit: str | None = None
    target: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]

    def line(self) -> str:
        text = f"{self.name}: {_fmt(self.value)} {self.unit}"
        if self.baseline is not None:
            ratio = self.ratio
            r = f"{ratio:.2f}" if ratio is not None else "n/a"
            text += (
                f" (baseline {_fmt(self.baseline)} {self.baseline_unit or self.unit}, ratio {r})"
            )
        if self.target:
            text += f"  [target {self.target}]"
        if self.note:
            text += f"  {self.note}"
        return text


def _fmt(value: float) -> str:
    if value == 0 or abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


class Report(Protocol):
    def __call__(
        self,
        name: str,
        value: float,
        unit: str,
        *,
        baseline: float | None = None,
        baseline_unit: str | None = None,
        target: str = "",
        note: str = "",
    ) -> None: ...


@dataclass
class Collector:
    figures: list[Figure] = field(default_factory=list)
    echo: Callable[[str], None] = print

    def __call__(self, name: str, value: float, unit: str, **kw: Any) -> None:
        figure = Figure(name, float(value), unit, **kw)
        self.figures.append(figure)
        self.echo(figure.line())

    def write(self, path: Path = RESULTS) -> None:
        data = {
            "machine": {
                "python": platform.python_version(),
                "system": platform.platform(),
                "processor": platform.machine(),
            },
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "figures": [asdict(f) | {"ratio": f.ratio} for f in self.figures],
        }
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best
