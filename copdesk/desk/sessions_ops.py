"""Sessions: create from a template, rename, duplicate, delete, read a whole board."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Board, Session
from copdesk.core.text import clean_label
from copdesk.store import rows

if TYPE_CHECKING:
    from copdesk.core.templates import Template
    from copdesk.desk.desk import Desk

MAX_TITLE = 200


class SessionOps:
    def sessions(self: Desk, *, include_deleted: bool = False) -> list[Session]:
        where = "" if include_deleted else "WHERE deleted = 0"
        return [
            rows.session(r)
            for r in self._rows(f"SELECT * FROM sessions {where} ORDER BY position, id")
        ]

    def session(self: Desk, session_id: int) -> Session:
        return rows.session(
            self._row("SELECT * FROM sessions WHERE id = ?", [session_id], "session")
        )

    def create_session(
        self: Desk, template_id: str = "blank", title: str | None = None, lang: str = "en"
    ) -> Session:
        """A new session with the template's frames and agenda, placed last."""
        template = self.template(template_id)
        return self.create_session_from(template, title, lang)

    def create_session_from(
        self: Desk, template: Template, title: str | None = None, lang: str = "en"
    ) -> Session:
        name = clean_label(title or "", MAX_TITLE) or template.name.get(lang)
        now = self._now()
        with self._write() as db:
            position = db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM sessions"
            ).fetchone()[0]
            cur = db.execute(
                "INSERT INTO sessions(title, template_id, created_at, updated_at, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [name, template.id, now, now, position],
            )
            sid = int(cur.lastrowid or 0)
            db.conn.executemany(
                "INSERT INTO frames(session_id, key, title, prompt, x, y, width, height, color, "
                "z, questions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        sid,
                        f.key,
                        f.title.get(lang),
                        f.prompt.get(lang),
                        f.x,
                        f.y,
                        f.width,
                        f.height,
                        f.color,
                        i,
                        json.dumps(list(f.questions.get(lang)), ensure_ascii=False),
                    )
                    for i, f in enumerate(template.frames)
                ],
            )
            db.conn.executemany(
                "INSERT INTO agenda_steps(session_id, position, title, minutes, notes) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (sid, i, s.title.get(lang), s.minutes, s.notes.get(lang))
                    for i, s in enumerate(template.agenda)
                ],
            )
        return self.session(sid)

    def rename_session(self: Desk, session_id: int, title: str) -> Session:
        name = clean_label(title, MAX_TITLE)
        if not name:
            raise CopdeskError("A session needs a title.")
        with self._write() as db:
            self.session(session_id)
            db.execute(
                "UPDATE sessions SET title = ?, updated_at = ? WHERE id = ?",
                [name, self._now(), session_id],
            )
        return self.session(session_id)

    def delete_session(self: Desk, session_id: int) -> Session:
        """Mark deleted (undo with :meth:`restore_session`)."""
        with self._write() as db:
            self.session(session_id)
            db.execute("UPDATE sessions SET deleted = 1 WHERE id = ?", [session_id])
        return self.session(session_id)

    def restore_session(self: Desk, session_id: int) -> Session:
        with self._write() as db:
            db.execute("UPDATE sessions SET deleted = 0 WHERE id = ?", [session_id])
        return self.session(session_id)

    def move_session(self: Desk, session_id: int, position: int) -> list[Session]:
        """Reorder the sidebar: put the session at ``position``."""
        ordered = [s.id for s in self.sessions(include_deleted=True) if s.id != session_id]
        ordered.insert(max(0, min(position, len(ordered))), session_id)
        with self._write() as db:
            db.conn.executemany(
                "UPDATE sessions SET position = ? WHERE id = ?",
                [(i, sid) for i, sid in enumerate(ordered)],
            )
        return self.sessions()

    def duplicate_session(self: Desk, session_id: int, title: str | None = None) -> Session:
        """A copy of the board (frames, clusters, notes, agenda), placed last."""
        src = self.session(session_id)
        now = self._now()
        with self._write() as db:
            position = db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM sessions"
            ).fetchone()[0]
            new_title = clean_label(title or "", MAX_TITLE) or f"{src.title} (copy)"
            cur = db.execute(
                "INSERT INTO sessions(title, template_id, created_at, updated_at, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [new_title[:MAX_TITLE], src.template_id, now, now, position],
            )
            sid = int(cur.lastrowid or 0)
            frame_map: dict[int, int] = {}
            for f in self._rows(
                "SELECT * FROM frames WHERE session_id = ? AND deleted = 0", [session_id]
            ):
                c = db.execute(
                    "INSERT INTO frames(session_id, key, title, prompt, x, y, width, height, "
                    "color, z, questions) SELECT ?, key, title, prompt, x, y, width, height, "
                    "color, z, questions FROM frames WHERE id = ?",
                    [sid, f["id"]],
                )
                frame_map[f["id"]] = int(c.lastrowid or 0)
            cluster_map: dict[int, int] = {}
            for c_row in self._rows(
                "SELECT * FROM clusters WHERE session_id = ? AND deleted = 0", [session_id]
            ):
                c = db.execute(
                    "INSERT INTO clusters(session_id, label, collapsed, color) VALUES (?, ?, ?, ?)",
                    [sid, c_row["label"], c_row["collapsed"], c_row["color"]],
                )
                cluster_map[c_row["id"]] = int(c.lastrowid or 0)
            notes = self._rows(
                "SELECT * FROM notes WHERE session_id = ? AND deleted = 0", [session_id]
            )
            db.conn.executemany(
                "INSERT INTO notes(session_id, text, x, y, width, height, color, frame_id, "
                "cluster_id, author, z, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        sid,
                        n["text"],
                        n["x"],
                        n["y"],
                        n["width"],
                        n["height"],
                        n["color"],
                        frame_map.get(n["frame_id"]) if n["frame_id"] else None,
                        cluster_map.get(n["cluster_id"]) if n["cluster_id"] else None,
                        n["author"],
                        n["z"],
                        now,
                        now,
                    )
                    for n in notes
                ],
            )
            db.execute(
                "INSERT INTO agenda_steps(session_id, position, title, minutes, notes) "
                "SELECT ?, position, title, minutes, notes FROM agenda_steps "
                "WHERE session_id = ? AND deleted = 0",
                [sid, session_id],
            )
        return self.session(sid)

    def board(self: Desk, session_id: int) -> Board:
        """Everything of one session, read in one consistent snapshot."""
        with self._snapshot():
            session = self.session(session_id)
            q = "SELECT * FROM {} WHERE session_id = ? AND deleted = 0 ORDER BY {}"
            frames = tuple(
                rows.frame(r) for r in self._rows(q.format("frames", "z, id"), [session_id])
            )
            notes = tuple(
                rows.note(r) for r in self._rows(q.format("notes", "z, id"), [session_id])
            )
            clusters = tuple(
                rows.cluster(r) for r in self._rows(q.format("clusters", "id"), [session_id])
            )
            rounds = tuple(
                rows.voting_round(r)
                for r in self._rows(
                    "SELECT * FROM voting_rounds WHERE session_id = ? ORDER BY id", [session_id]
                )
            )
            votes = tuple(
                rows.vote(r)
                for r in self._rows(
                    "SELECT v.* FROM votes v JOIN voting_rounds r ON r.id = v.round_id "
                    "WHERE r.session_id = ? AND ("
                    "(v.target_kind = 'note' AND EXISTS (SELECT 1 FROM notes n "
                    "  WHERE n.id = v.target_id AND n.deleted = 0)) OR "
                    "(v.target_kind = 'cluster' AND EXISTS (SELECT 1 FROM clusters c "
                    "  WHERE c.id = v.target_id AND c.deleted = 0))) ORDER BY v.id",
                    [session_id],
                )
            )
            agenda = tuple(
                rows.agenda_step(r)
                for r in self._rows(q.format("agenda_steps", "position, id"), [session_id])
            )
            timer_rows = self._rows("SELECT * FROM timers WHERE session_id = ?", [session_id])
            actions = tuple(
                rows.action(r) for r in self._rows(q.format("actions", "id"), [session_id])
            )
        return Board(
            community=self.community_name,
            session=session,
            frames=frames,
            notes=notes,
            clusters=clusters,
            rounds=rounds,
            votes=votes,
            agenda=agenda,
            timer=rows.timer(timer_rows[0]) if timer_rows else None,
            actions=actions,
        )
