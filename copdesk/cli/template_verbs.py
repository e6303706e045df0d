"""Verbs on a community file's own templates: save a session as one, import, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from copdesk.cli.arg_types import session_id


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "save-template", help="keep a session's frames and agenda (not notes) as a template"
    )
    p.add_argument("file", type=Path, help="community file (.copdesk)")
    p.add_argument("--session", type=session_id, required=True, help="session id")
    p.add_argument("--name", required=True, help="the template's name")
    p.add_argument("--id", default="", help="the template's id (default: from the name)")
    p.set_defaults(func=cmd_save_template)

    p = sub.add_parser("import-template", help="add a template from a JSON file")
    p.add_argument("file", type=Path, help="community file (.copdesk)")
    p.add_argument("source", type=Path, help="a template .json file")
    p.set_defaults(func=cmd_import_template)

    p = sub.add_parser("export-template", help="write a template (built-in or the file's) as JSON")
    p.add_argument("file", type=Path, help="community file (.copdesk)")
    p.add_argument("template", help="template id (see “copdesk templates”)")
    p.add_argument(
        "-o", "--output", help="output file (default: ID.json); - prints it to standard output"
    )
    p.set_defaults(func=cmd_export_template)


def cmd_save_template(args: argparse.Namespace) -> int:
    from copdesk.desk import Desk

    with Desk.open(args.file, create=False) as desk:
        template = desk.save_session_as_template(args.session, args.id, args.name)
    sys.stdout.write(f"{template.id}\n")
    return 0


def cmd_import_template(args: argparse.Namespace) -> int:
    from copdesk.desk import Desk

    with Desk.open(args.file, create=False) as desk:
        template = desk.import_template(args.source)
    sys.stdout.write(f"{template.id}\n")
    return 0


def cmd_export_template(args: argparse.Namespace) -> int:
    from copdesk.desk import Desk
    from copdesk.export.atomic_file import refuse_own_file
    from copdesk.export.target_guard import refuse_unsafe_target
    from copdesk.store.template_files import template_to_json_text

    out = None if args.output == "-" else Path(args.output or f"{args.template}.json")
    if out is not None:
        refuse_own_file(out, args.file)
        refuse_unsafe_target(out, ".json")
    with Desk.open(args.file, create=False, read_only=True, backup=False) as desk:
        if out is None:
            sys.stdout.write(template_to_json_text(desk.template(args.template)))
            return 0
        written = desk.export_template(args.template, out)
    sys.stdout.write(f"Wrote {written}\n")
    return 0
