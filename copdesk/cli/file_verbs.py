"""Verbs on the community file: new, sessions, import, check, templates, backups, restore."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from copdesk.cli.arg_types import session_id
from copdesk.cli.wording import counted
from copdesk.core.errors import CopdeskError, DamagedFile, FileProblem


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("new", help="create a session from a template; prints its id")
    p.add_argument("file", type=Path, help="community file (created if missing)")
    p.add_argument("--template", default="blank", help="template id (see “copdesk templates”)")
    p.add_argument("--title", help="session title (default: the template's name)")
    p.add_argument("--lang", default=None, help="language of the template text (en, de)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("sessions", help="list the sessions of a community file")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("import", help="import notes from CSV, text or session JSON")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--session", type=session_id, help="session id (a session JSON without it: a new session)"
    )
    p.add_argument("source", type=Path, help="a .csv, .txt or .json (copdesk session) file")
    p.add_argument("--frame", help="put the notes into the frame with this title")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("check", help="check a community file: version, integrity, counts")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("templates", help="list the session templates")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", default=None)
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("backups", help="list the backups of a community file")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help="restore a backup (the current file is backed up first)")
    p.add_argument("file", type=Path)
    p.add_argument("backup", help="a backup listed by “copdesk backups”: its name or its full path")
    p.set_defaults(func=cmd_restore)


def _lang(value: str | None) -> str:
    from copdesk.core.localtext import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

    return value if value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def cmd_new(args: argparse.Namespace) -> int:
    from copdesk.desk import Desk

    with Desk.open(args.file, create=True) as desk:
        session = desk.create_session(args.template, args.title, lang=_lang(args.lang))
    _out(str(session.id))
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    from copdesk.desk import Desk

    with Desk.open(args.file, create=False, read_only=True, backup=False) as desk:
        sessions = desk.sessions()
        counts = {
            s.id: desk.conn.execute(
                "SELECT count(*) FROM notes WHERE session_id = ? AND deleted = 0", [s.id]
            ).fetchone()[0]
            for s in sessions
        }
    if args.json:
        _out(
            json.dumps(
                [
                    {
                        "id": s.id,
                        "title": s.title,
                        "template": s.template_id,
                        "notes": counts[s.id],
                        "created_at": s.created_at,
                        "updated_at": s.updated_at,
                    }
                    for s in sessions
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not sessions:
        _out("No sessions yet. Create one with “copdesk new FILE --template ID”.")
    for s in sessions:
        notes = counted(counts[s.id], "note")
        _out(f"{s.id:>4}  {s.title}  [{s.template_id}]  {notes}  {s.updated_at}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from copdesk.core.note_import import sniff_kind
    from copdesk.desk import Desk
    from copdesk.desk.import_ops import read_import_file

    kind = sniff_kind(args.source.name, read_import_file(args.source)[:64])
    if args.session is None and kind != "json":
        raise CopdeskError("Name the session to import into with --session ID.")
    with Desk.open(args.file, create=False) as desk:
        if args.session is None:
            session = desk.import_session_file(args.source)
            _out(str(session.id))
            return 0
        desk.session(args.session)
        notes = desk.import_notes(args.session, args.source, frame_title=args.frame)
    _out(f"Imported {counted(len(notes), 'note')} into session {args.session}.")
    return 0


def check_report(path: Path) -> dict[str, object]:
    """Schema version, integrity and counts of a file (raises CopdeskError when bad).

    A damaged file's message names every problem found (each missing table
    and column, every integrity complaint), not just the first few."""
    from copdesk.desk import Desk
    from copdesk.store.backups import newest_backup
    from copdesk.store.database import file_schema_version, integrity_problems
    from copdesk.store.sqlite_errors import damaged

    try:
        desk = Desk.open(path, create=False, read_only=True, backup=False)
    except DamagedFile as error:
        if len(error.problems) <= 1:
            raise
        raise damaged(
            path, error.problems, newest_backup(path), shown=len(error.problems)
        ) from error
    with desk:
        problems = integrity_problems(desk.conn, full=True)
        if problems:
            raise damaged(path, problems, newest_backup(path), shown=10)
        fk = desk.conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            broken = counted(len(fk), "broken reference")
            raise FileProblem(f"“{path.name}” has {broken} between tables.")
        counts = {}
        for table in ("sessions", "frames", "notes", "clusters", "actions", "members", "rituals"):
            counts[table] = desk.conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted = 0"
            ).fetchone()[0]
        counts["votes"] = desk.conn.execute("SELECT count(*) FROM votes").fetchone()[0]
        return {
            "file": str(path),
            "community": desk.community_name,
            "schema_version": file_schema_version(desk.conn),
            "integrity": "ok",
            "read_only": desk.read_only,
            "counts": counts,
        }


def cmd_check(args: argparse.Namespace) -> int:
    report = check_report(args.file)
    if args.json:
        _out(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    counts = report["counts"]
    assert isinstance(counts, dict)
    _out(f"{report['file']}: ok")
    _out(f"  community: {report['community']}")
    _out(f"  file format: {report['schema_version']}")
    _out("  integrity: ok")
    _out("  " + ", ".join(counted(v, k.removesuffix("s"), k) for k, v in counts.items()))
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from copdesk.store.template_files import builtin_templates

    lang = _lang(args.lang)
    templates = builtin_templates()
    if args.json:
        _out(
            json.dumps(
                [
                    {
                        "id": t.id,
                        "name": t.name.get(lang),
                        "description": t.description.get(lang),
                        "frames": [f.title.get(lang) for f in t.frames],
                        "agenda_minutes": sum(s.minutes for s in t.agenda),
                    }
                    for t in templates.values()
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    width = max((len(t) for t in templates), default=10)
    for t in templates.values():
        _out(f"{t.id:<{width}}  {t.name.get(lang)} — {t.description.get(lang)}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from copdesk.store.backups import list_backups

    backups = list_backups(args.file)
    if not backups:
        _out(f"No backups of “{args.file.name}” yet (one is taken each time it is opened).")
    for b in backups:
        _out(f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {b.size / 1024:8.1f} KB  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from copdesk.core.errors import FileInUse
    from copdesk.store.backups import find_backup, restore_backup
    from copdesk.store.file_lock import FileLock

    backup = find_backup(args.file, args.backup).path
    lock = FileLock(args.file) if args.file.exists() else None
    if lock is not None and not lock.acquire():
        raise FileInUse(f"“{args.file.name}” is open in copdesk; close it before restoring.")
    try:
        saved = restore_backup(args.file, backup)
    finally:
        if lock is not None:
            lock.release()
    if saved:
        _out(f"The current file was backed up to {saved}.")
    _out(f"Restored “{args.file.name}” from {backup.name}.")
    return 0
