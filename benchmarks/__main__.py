"""Run every benchmark: ``python -m benchmarks [NAME ...]``."""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from benchmarks.report import Collector


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    collector = Collector()
    failed = 0
    for name in names:
        print(f"# {name}", flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            module.run(collector)
        except Exception:  # a broken benchmark must not hide the others
            failed += 1
            traceback.print_exc()
    collector.write()
    print(f"# {len(collector.figures)} figures written to benchmarks/results.json")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
