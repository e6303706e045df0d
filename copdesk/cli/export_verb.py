"""``copdesk export FILE --session ID --format FORMAT -o OUT``: every export, headless.

Formats: every one in :mod:`copdesk.export.formats` (poster, summary, actions,
community, worksheet, md, csv, circles, json) and png (drawn with Qt,
offscreen). The output is written atomically: an interrupted export leaves the
old file intact. It never replaces a community file nor takes a name meant for
another kind of file (:mod:`copdesk.export.target_guard`); ``-o -`` writes a
text format to standard output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from copdesk.cli.arg_types import session_id
from copdesk.core.errors import CopdeskError, ExportProblem
from copdesk.export.atomic_file import refuse_own_file
from copdesk.export.target_guard import TEXT_EXTENSIONS, kind_name, refuse_unsafe_target

#: ``-o -``: standard output instead of a file (``-o ./-`` names a file "-").
STDOUT = "-"

#: Suffixes of the formats whose bytes are text, so ``-o -`` may print them.


def _scale(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a scale is a number like 2, not “{value}”") from None
    if not 0.05 <= number <= 8:
        raise argparse.ArgumentTypeError("the scale must be between 0.05 and 8")
    return number


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from copdesk.export.formats import FORMATS
    from copdesk.export.paper import PAPER_SIZES

    p = sub.add_parser(
        "export",
        help="export a session or the community: PDF poster/summary/actions/overview/worksheet, "
        "Markdown, CSV, JSON, PNG",
        description="Export a session of a community file, or the whole community (formats "
        + ", ".join(f.id for f in FORMATS.values() if f.community_wide)
        + ": no --session needed). "
        + "; ".join(f"{f.id}: {f.description}" for f in FORMATS.values()),
    )
    p.add_argument("file", type=Path, nargs="?", help="community file (.copdesk)")
    p.add_argument("--session", type=session_id, help="session id (see `copdesk sessions`)")
    p.add_argument("--format", required=True, choices=list(FORMATS), help="what to export")
    p.add_argument(
        "-o",
        "--output",
        help="output file (default: named after the session); "
        "- prints Markdown, CSV or JSON to standard output",
    )
    p.add_argument("--paper", choices=list(PAPER_SIZES), type=_paper, help="paper size")
    turn = p.add_mutually_exclusive_group()
    turn.add_argument("--landscape", dest="orientation", action="store_const", const="landscape")
    turn.add_argument("--portrait", dest="orientation", action="store_const", const="portrait")
    p.add_argument(
        "--questions",
        action=argparse.BooleanOptionalAction,
        help="print the guiding questions (poster: off unless asked; worksheet: on unless "
        "--no-questions)",
    )
    p.add_argument("--template", help="worksheet: a template id to print empty")
    p.add_argument("--lang", default="en", choices=("en", "de"), help="worksheet/CSV language")
    p.add_argument("--scale", type=_scale, default=1.0, help="PNG: pixels per board unit")
    p.set_defaults(func=cmd_export)


def _paper(value: str) -> str:
    from copdesk.export.paper import paper_name

    try:
        return paper_name(value)
    except ExportProblem as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def cmd_export(args: argparse.Namespace) -> int:
    from copdesk.export.formats import (
        ExportOptions,
        default_file_name,
        export_file,
        export_format,
        with_community_data,
    )

    fmt = export_format(args.format)
    to_stdout = args.output == STDOUT
    if to_stdout and fmt.extension.lower() not in TEXT_EXTENSIONS:
        kind = kind_name(fmt.extension)
        raise CopdeskError(
            f"{kind[:1].upper()}{kind[1:]} is not text, so it cannot go to standard output "
            f"(-o -). Name a file ending in {fmt.extension} with -o instead."
        )
    template = _template(args.template, args.lang) if args.template else None
    if args.template and args.format != "worksheet":
        raise CopdeskError("--template only applies to --format worksheet.")
    board = None
    community = ""
    options = ExportOptions(
        paper=args.paper,
        orientation=args.orientation,
        questions=args.questions,
        language=args.lang,
        scale=args.scale,
        template=template,
    )
    needs_file = not (args.format == "worksheet" and template is not None)
    if needs_file:
        if args.file is None:
            raise CopdeskError("Name the community file to export from.")
        if not args.file.exists():
            raise CopdeskError(f"There is no community file “{args.file}”.")
        from copdesk.desk import Desk

        with Desk.open(args.file, create=False, read_only=True, backup=False) as desk:
            if args.session is not None:
                board = desk.board(args.session)
            elif not fmt.community_wide:
                raise CopdeskError(
                    f"Choose the session to export with --session (format {fmt.id})."
                )
            community = desk.community_name
            options = with_community_data(fmt.id, desk, options)
    if args.format == "actions" and board is None:
        from copdesk.core.models import Board, Session

        board = Board(community, Session(0, "Open actions", "", "", ""))
    if to_stdout:
        from copdesk.export.formats import render

        _write_stdout(render(fmt.id, board, options))
        return 0
    out = (
        Path(args.output)
        if args.output
        else Path(default_file_name(fmt.id, board, template, community=community))
    )
    if needs_file:
        refuse_own_file(out, args.file)
    refuse_unsafe_target(out, fmt.extension)
    if fmt.needs_qt:
        _render_png(board, out, options)
    else:
        export_file(fmt.id, board, out, options)
    sys.stdout.write(f"Wrote {out}\n")
    return 0


def _write_stdout(data: bytes) -> None:
    """The export's bytes as they would be in the file, on standard output."""
    sys.stdout.flush()
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:  # a text-only stream (an embedding host)
        sys.stdout.write(data.decode("utf-8", errors="replace"))
    else:
        binary.write(data)
        binary.flush()


def _template(template_id: str, language: str) -> object:
    from copdesk.store.template_files import builtin_templates

    templates = builtin_templates()
    if template_id not in templates:
        known = ", ".join(sorted(templates))
        raise CopdeskError(f"There is no template “{template_id}”. Known templates: {known}.")
    return templates[template_id]


def _render_png(board: object, out: Path, options: object) -> None:
    if board is None:
        raise CopdeskError("Choose the session to export with --session.")
    try:
        from copdesk.ui.board_png import render_board_png
    except ImportError as exc:
        raise ExportProblem("PNG export needs Qt (PySide6), which is not installed.") from exc
    render_board_png(board, out, scale=options.scale)  # type: ignore[attr-defined,arg-type]
