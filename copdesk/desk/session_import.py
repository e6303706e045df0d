"""Writing a parsed session JSON document into the file, in one transaction.

The document's ids are only references between its parts: every row gets a new
id here, and references (note → frame, note → cluster, vote → round and target,
timer → step) are mapped onto the new ids.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from copdesk.core.models import Note
from copdesk.core.text import clean_label

if TYPE_CHECKING:
    from copdesk.core.session_json import SessionDocument
    from copdesk.desk.desk import Desk


def _insert(desk: Desk, sql: str, params: list[object]) -> int:
    return int(desk.conn.execute(sql, params).lastrowid or 0)


def import_document(
    desk: Desk, doc: SessionDocument, *, session_id: int | None = None
) -> list[Note]:
    """Add the document's board to ``session_id``, or to a new session when None."""
    now = desk._now()
    with desk._write() as db:
        if session_id is None:
            position = db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM sessions"
            ).fetchone()[0]
            session_id = _insert(
                desk,
                "INSERT INTO sessions(title, template_id, created_at, updated_at, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    clean_label(doc.session.title) or "Imported session",
                    doc.session.template_id or "blank",
                    doc.session.created_at or now,
                    now,
                    position,
                ],
            )
            fresh = True
        else:
            desk.session(session_id)
            fresh = False
        frames: dict[int, int] = {}
        for f in doc.frames:
            frames[f.id] = _insert(
                desk,
                "INSERT INTO frames(session_id, key, title, prompt, x, y, width, height, color, z, "
                "questions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    session_id,
                    f.key,
                    f.title,
                    f.prompt,
                    f.x,
                    f.y,
                    f.width,
                    f.height,
                    f.color,
                    f.z,
                    json.dumps(list(f.questions), ensure_ascii=False),
                ],
            )
        clusters: dict[int, int] = {}
        for c in doc.clusters:
            clusters[c.id] = _insert(
                desk,
                "INSERT INTO clusters(session_id, label, collapsed, color) VALUES (?, ?, ?, ?)",
                [session_id, c.label, int(c.collapsed), c.color],
            )
        base_z = 0.0
        if not fresh:
            base_z = float(
                db.execute(
                    "SELECT coalesce(max(z), 0) FROM notes WHERE session_id = ?", [session_id]
                ).fetchone()[0]
            )
        notes: dict[int, int] = {}
        for n in sorted(doc.notes, key=lambda n: (n.z, n.id)):
            notes[n.id] = _insert(
                desk,
                "INSERT INTO notes(session_id, text, x, y, width, height, color, frame_id, "
                "cluster_id, author, z, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    session_id,
                    n.text,
                    n.x,
                    n.y,
                    n.width,
                    n.height,
                    n.color,
                    frames.get(n.frame_id) if n.frame_id is not None else None,
                    clusters.get(n.cluster_id) if n.cluster_id is not None else None,
                    n.author,
                    base_z + n.z,
                    n.created_at or now,
                    now,
                ],
            )
        rounds: dict[int, int] = {}
        # At most one open round per session: a round already open here stays the
        # open one; else the document's last open round.
        has_open = db.execute(
            "SELECT 1 FROM voting_rounds WHERE session_id = ? AND open = 1", [session_id]
        ).fetchone()
        last_open = None if has_open else max((r.id for r in doc.rounds if r.open), default=None)
        for r in doc.rounds:
            is_open = r.open and r.id == last_open
            rounds[r.id] = _insert(
                desk,
                "INSERT INTO voting_rounds(session_id, votes_per_person, hidden, open, started_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [session_id, r.votes_per_person, int(r.hidden), int(is_open), r.started_at or now],
            )
        vote_rows = []
        for v in doc.votes:
            targets = notes if v.target_kind == "note" else clusters
            if v.round_id in rounds and v.target_id in targets:
                vote_rows.append(
                    (rounds[v.round_id], v.target_kind, targets[v.target_id], v.participant, now)
                )
        db.conn.executemany(
            "INSERT INTO votes(round_id, target_kind, target_id, participant, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            vote_rows,
        )
        start = int(
            db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM agenda_steps WHERE session_id = ?",
                [session_id],
            ).fetchone()[0]
        )
        steps: dict[int, int] = {}
        for i, a in enumerate(sorted(doc.agenda, key=lambda a: (a.position, a.id))):
            steps[a.id] = _insert(
                desk,
                "INSERT INTO agenda_steps(session_id, position, title, minutes, notes, "
                "actual_seconds) VALUES (?, ?, ?, ?, ?, ?)",
                [session_id, start + i, a.title, a.minutes, a.notes, a.actual_seconds],
            )
        if fresh and doc.timer is not None:
            t = doc.timer
            db.execute(
                "INSERT INTO timers(session_id, step_id, state, duration_seconds, ends_at, "
                "remaining_seconds, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    session_id,
                    steps.get(t.step_id) if t.step_id is not None else None,
                    t.state,
                    t.duration_seconds,
                    t.ends_at,
                    t.remaining_seconds,
                    t.started_at,
                ],
            )
        db.conn.executemany(
            "INSERT INTO actions(text, owner, due, status, session_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (a.text, a.owner, a.due, a.status, session_id, a.created_at or now, now)
                for a in doc.actions
            ],
        )
        desk._touch_session(db, session_id)
    return desk.notes_by_id(list(notes.values()))
