"""Actions across sessions, and the review of open actions at the next retro."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, cast

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Action, ActionStatus
from copdesk.core.rituals import parse_date
from copdesk.core.text import clean_label, clean_text
from copdesk.store import rows

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

STATUSES: tuple[ActionStatus, ...] = ("open", "done", "carried", "dropped")
ReviewOutcome = Literal["done", "carried", "dropped"]
OUTCOMES: tuple[ReviewOutcome, ...] = ("done", "carried", "dropped")
MAX_ACTION_CHARS = 2000
_KEEP = object()
_CHUNK = 500


def _status(value: str) -> ActionStatus:
    if value not in STATUSES:
        raise CopdeskError(f"“{value}” is not an action status (open, done, carried, dropped).")
    return value  # narrowed by the membership test


def _text(value: str) -> str:
    text = clean_text(value)
    if not text:
        raise CopdeskError("An action needs a text.")
    if len(text) > MAX_ACTION_CHARS:
        raise CopdeskError(f"An action can hold at most {MAX_ACTION_CHARS:,} characters.")
    return text


def _due(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    return parse_date(value).isoformat()


class ActionOps:
    # -- reads -----------------------------------------------------------------
    def actions(
        self: Desk,
        *,
        owner: str | None = None,
        status: str | Iterable[str] | None = None,
        session_id: int | None = None,
        include_deleted: bool = False,
    ) -> list[Action]:
        """Every action (of every session), filtered; by due date, undated last."""
        where, params = ["1 = 1"], []
        if not include_deleted:
            where.append("deleted = 0")
        if owner is not None:
            where.append("owner = ? COLLATE NOCASE")
            params.append(clean_label(owner))
        if status is not None:
            wanted = [status] if isinstance(status, str) else list(status)
            where.append(f"status IN ({','.join('?' * len(wanted))})")
            params.extend(_status(s) for s in wanted)
        if session_id is not None:
            where.append("session_id = ?")
            params.append(str(session_id))
        sql = f"SELECT * FROM actions WHERE {' AND '.join(where)} ORDER BY due IS NULL, due, id"
        return [rows.action(r) for r in self._rows(sql, params)]

    def action(self: Desk, action_id: int) -> Action:
        return rows.action(self._row("SELECT * FROM actions WHERE id = ?", [action_id], "action"))

    def actions_by_id(self: Desk, ids: Iterable[int]) -> list[Action]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Action] = {}
        for start in range(0, len(wanted), _CHUNK):
            part = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(part))
            for r in self._rows(f"SELECT * FROM actions WHERE id IN ({marks})", part):
                found[r["id"]] = rows.action(r)
        return [found[i] for i in wanted if i in found]

    def action_owners(self: Desk) -> list[str]:
        """Owners named on any current action, A to Z."""
        found = {
            r["owner"]
            for r in self._rows("SELECT DISTINCT owner FROM actions WHERE deleted = 0")
            if r["owner"]
        }
        return sorted(found, key=str.casefold)

    # -- writes ----------------------------------------------------------------
    def add_action(
        self: Desk,
        text: str,
        owner: str = "",
        due: str | None = None,
        session_id: int | None = None,
        status: str = "open",
    ) -> Action:
        values = [_text(text), clean_label(owner), _due(due), _status(status)]
        if session_id is not None:
            self.session(session_id)
        now = self._now()
        with self._write() as db:
            cur = db.execute(
                "INSERT INTO actions(text, owner, due, status, session_id, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [*values, session_id, now, now],
            )
        return self.action(int(cur.lastrowid or 0))

    def update_action(
        self: Desk,
        action_id: int,
        *,
        text: str | None = None,
        owner: str | None = None,
        due: str | object | None = _KEEP,
        status: str | None = None,
    ) -> Action:
        """Change the given fields; ``due=None`` clears the due date."""
        old = self.action(action_id)
        new_due = old.due if due is _KEEP else _due(cast("str | None", due))
        values = [
            old.text if text is None else _text(text),
            old.owner if owner is None else clean_label(owner),
            new_due,
            old.status if status is None else _status(status),
        ]
        with self._write() as db:
            db.execute(
                "UPDATE actions SET text = ?, owner = ?, due = ?, status = ?, updated_at = ? "
                "WHERE id = ?",
                [*values, self._now(), action_id],
            )
        return self.action(action_id)

    def set_action_status(self: Desk, ids: Iterable[int], status: str) -> list[Action]:
        ids = list(ids)
        value = _status(status)
        now = self._now()
        with self._write() as db:
            db.conn.executemany(
                "UPDATE actions SET status = ?, updated_at = ? WHERE id = ?",
                [(value, now, i) for i in ids],
            )
        return self.actions_by_id(ids)

    def remove_actions(self: Desk, ids: Iterable[int]) -> list[Action]:
        """Mark actions removed (undo with :meth:`restore_actions`)."""
        return self._set_actions_deleted(list(ids), True)

    def restore_actions(self: Desk, ids: Iterable[int]) -> list[Action]:
        return self._set_actions_deleted(list(ids), False)

    def _set_actions_deleted(self: Desk, ids: list[int], deleted: bool) -> list[Action]:
        with self._write() as db:
            db.conn.executemany(
                "UPDATE actions SET deleted = ?, updated_at = ? WHERE id = ?",
                [(int(deleted), self._now(), i) for i in ids],
            )
        return self.actions_by_id(ids)

    def put_actions(self: Desk, actions: Iterable[Action]) -> list[Action]:
        """Write actions back exactly as given (the undo of an edit)."""
        actions = list(actions)
        with self._write() as db:
            db.conn.executemany(
                "UPDATE actions SET text = ?, owner = ?, due = ?, status = ?, deleted = ?, "
                "updated_at = ? WHERE id = ?",
                [
                    (a.text, a.owner, a.due, a.status, int(a.deleted), self._now(), a.id)
                    for a in actions
                ],
            )
        return self.actions_by_id(a.id for a in actions)

    # -- review at the next retro ------------------------------------------------
    def previous_session_id(self: Desk, session_id: int) -> int | None:
        """The latest session before ``session_id`` that has actions."""
        current = self.session(session_id)
        row = self.conn.execute(
            "SELECT s.id FROM sessions s WHERE s.deleted = 0 AND s.id != ? "
            "AND (s.created_at < ? OR (s.created_at = ? AND s.id < ?)) "
            "AND EXISTS (SELECT 1 FROM actions a WHERE a.session_id = s.id AND a.deleted = 0) "
            "ORDER BY s.created_at DESC, s.id DESC LIMIT 1",
            [session_id, current.created_at, current.created_at, session_id],
        ).fetchone()
        return int(row[0]) if row else None

    def open_actions_for_review(self: Desk, session_id: int) -> list[Action]:
        """Actions to review at the start of ``session_id``.

        The open actions of the previous session, and every action carried
        over from an earlier one, except those already reviewed here.
        """
        previous = self.previous_session_id(session_id)
        current = self.session(session_id)
        reviewed = set(self.action_reviews(session_id))
        found = self._rows(
            "SELECT a.* FROM actions a LEFT JOIN sessions s ON s.id = a.session_id "
            "WHERE a.deleted = 0 AND (a.session_id IS NULL OR a.session_id != ?) AND ("
            " (a.status = 'open' AND a.session_id = ?)"
            " OR (a.status = 'carried' AND (a.session_id IS NULL OR (s.created_at, s.id) < (?, ?)))"
            ") ORDER BY a.due IS NULL, a.due, a.id",
            [session_id, previous if previous is not None else -1, current.created_at, session_id],
        )
        return [rows.action(r) for r in found if r["id"] not in reviewed]

    def action_reviews(self: Desk, session_id: int) -> dict[int, ReviewOutcome]:
        """Outcomes recorded at ``session_id``: ``{action_id: outcome}``."""
        return {
            r["action_id"]: r["outcome"]
            for r in self._rows(
                "SELECT action_id, outcome FROM action_reviews WHERE session_id = ? ORDER BY id",
                [session_id],
            )
        }

    def record_review(self: Desk, session_id: int, action_id: int, outcome: str) -> Action:
        """Record at ``session_id`` that an action is done, carried over or dropped."""
        if outcome not in OUTCOMES:
            raise CopdeskError(f"“{outcome}” is not a review outcome (done, carried, dropped).")
        self.session(session_id)
        self.action(action_id)
        now = self._now()
        with self._write() as db:
            db.execute(
                "DELETE FROM action_reviews WHERE session_id = ? AND action_id = ?",
                [session_id, action_id],
            )
            db.execute(
                "INSERT INTO action_reviews(session_id, action_id, outcome, created_at) "
                "VALUES (?, ?, ?, ?)",
                [session_id, action_id, outcome, now],
            )
            db.execute(
                "UPDATE actions SET status = ?, updated_at = ? WHERE id = ?",
                [outcome, now, action_id],
            )
        return self.action(action_id)

    def clear_review(self: Desk, session_id: int, action_id: int, status: str = "open") -> Action:
        """Forget a review outcome and put the action's status back (undo)."""
        value = _status(status)
        with self._write() as db:
            db.execute(
                "DELETE FROM action_reviews WHERE session_id = ? AND action_id = ?",
                [session_id, action_id],
            )
            db.execute(
                "UPDATE actions SET status = ?, updated_at = ? WHERE id = ?",
                [value, self._now(), action_id],
            )
        return self.action(action_id)
