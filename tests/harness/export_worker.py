"""A real copdesk process exporting a big poster PDF over and over, until killed.

Run as ``python -m tests.harness.export_worker FILE SESSION OUT [--times N]``.
Each round renders the session's poster through the export registry
(:func:`copdesk.export.formats.render`), prints ``{"rendered": sha256, "size": n}``,
writes it to OUT with the registry's atomic writer (exactly what
:func:`copdesk.export.formats.export_file` does) and prints ``{"written": sha256}``.
``tests/test_export_kill.py`` kills it with SIGKILL and checks that OUT is always
a complete file: the old one or a rendered one, never a mix.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from copdesk.desk import Desk
from copdesk.export.atomic_file import write_atomic
from copdesk.export.formats import ExportOptions, render


def _say(record: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="export a poster again and again")
    parser.add_argument("file", type=Path)
    parser.add_argument("session", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--times", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    with Desk.open(args.file, read_only=True, backup=False) as desk:
        board = desk.board(args.session)
    _say({"ready": True})
    for _ in range(args.times):
        data = render("poster", board, ExportOptions(paper="A1"))
        digest = hashlib.sha256(data).hexdigest()
        _say({"rendered": digest, "size": len(data)})
        write_atomic(args.out, data)
        _say({"written": digest})
    return 0


if __name__ == "__main__":
    sys.exit(main())
