"""The command line: ``copdesk [FILE]`` opens the window; verbs work headless.

Every verb prints one plain line on stderr and exits 1 when something is wrong,
never a traceback; details go to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from copdesk import __version__
from copdesk.core.errors import CopdeskError

#: Modules that add verbs: each has ``register(subparsers)``; a verb's parser
#: carries ``func(args) -> int``.
VERB_MODULES = [
    "copdesk.cli.file_verbs",
    "copdesk.cli.cluster_verb",
    "copdesk.cli.export_verb",
    "copdesk.cli.template_verbs",
]

#: Every verb, so that ``copdesk FILE`` can start the window without importing
#: the verb modules (a test keeps this in step with the parser).
VERBS = frozenset(
    {
        "new",
        "sessions",
        "import",
        "check",
        "templates",
        "backups",
        "restore",
        "cluster",
        "export",
        "save-template",
        "import-template",
        "export-template",
    }
)

log = logging.getLogger("copdesk.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copdesk",
        description="copdesk — boards, retro timers and canvas posters for a Community of "
        "Practice. With no verb, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"copdesk {__version__}")
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in VERB_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def verbs(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="copdesk", description="Open the copdesk window.")
    parser.add_argument("file", nargs="?", help="a community file (.copdesk) to open")
    parser.add_argument("--read-only", action="store_true", help="open without changing it")
    args, qt_args = parser.parse_known_args(argv)
    # The Qt-free layers first: once PySide6 is imported it reads the source of
    # every module imported after it (looking for its __feature__ switches),
    # about 5 ms of start-up for the desk's modules alone.
    import copdesk.desk.desk  # noqa: F401
    from copdesk.ui.app import run_app

    return run_app(args.file, read_only=args.read_only, qt_args=qt_args)


def main(argv: Sequence[str] | None = None) -> int:
    from copdesk.cli.logs import setup_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    try:
        if not argv or (argv[0] not in VERBS and not argv[0].startswith("-")):
            return _gui(argv)
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.verb is None:
            parser.print_help()
            return 0
        return int(args.func(args) or 0)
    except CopdeskError as exc:
        log.info("user-facing error: %s", exc)
        print(f"copdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("copdesk: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        log.exception("unexpected error")
        print(
            f"copdesk: something unexpected went wrong; details are in {log_path}.",
            file=sys.stderr,
        )
        return 2


def run() -> None:  # console entry point
    sys.exit(main())
