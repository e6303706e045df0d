"""``copdesk cluster FILE --session ID [--json] [--apply]``: suggested clusters.

Prints the proposal (groups of note ids with labels); with ``--apply`` the
groups become clusters of the session, in one transaction. The rest group of
notes that resemble no other note is printed but never applied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from copdesk.cli.arg_types import session_id
from copdesk.cli.wording import counted
from copdesk.core.errors import CopdeskError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cluster", help="suggest clusters of a session's notes by meaning (offline)")
    p.add_argument("file", type=Path, help="community file (.copdesk)")
    p.add_argument("--session", type=session_id, required=True, help="session id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--apply", action="store_true", help="turn the groups into clusters")
    p.add_argument("--lang", choices=("en", "de"), help="language of the notes, if known")
    p.set_defaults(func=cmd_cluster)


def cmd_cluster(args: argparse.Namespace) -> int:
    from copdesk.core.area_clustering import suggest_by_area
    from copdesk.core.clustering import suggest_clusters
    from copdesk.desk import Desk

    if not args.file.exists():
        raise CopdeskError(f"There is no community file “{args.file}”.")
    with Desk.open(args.file, create=False, read_only=not args.apply, backup=args.apply) as desk:
        desk.session(args.session)
        notes = desk.notes(args.session)
        proposals = suggest_by_area(
            [(n.id, n.text, n.frame_id) for n in notes],
            lambda area: suggest_clusters(area, language_hint=args.lang),
        )
        created = desk.apply_proposal(args.session, proposals) if args.apply else []
    texts = {n.id: n.text for n in notes}
    if args.json:
        data = {
            "session": args.session,
            "applied": bool(args.apply),
            "groups": [
                {
                    "label": p.label,
                    "keywords": list(p.keywords),
                    "note_ids": list(p.note_ids),
                    "rest": p.rest,
                }
                for p in proposals
            ],
            "clusters": [{"id": c.id, "label": c.label} for c in created],
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not proposals:
        sys.stdout.write(f"Session {args.session} has no notes to cluster.\n")
        return 0
    width = max(len(p.label) for p in proposals)
    sys.stdout.write(f"{'label':<{width}}  notes  note ids\n")
    for p in proposals:
        ids = ", ".join(str(i) for i in p.note_ids)
        sys.stdout.write(f"{p.label:<{width}}  {len(p.note_ids):>5}  {ids}\n")
        for note_id in p.note_ids[:3]:
            first = " ".join(texts.get(note_id, "").split())[:70]
            sys.stdout.write(f"{'':<{width}}         · {first}\n")
    if args.apply:
        clusters = counted(len(created), "cluster")
        sys.stdout.write(f"Created {clusters} in session {args.session}.\n")
    return 0
