"""Rounds of learning circles: save a round, read rounds back, earlier pairs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from copdesk.core.circles import Pair, SuggestedCircle, pairs_of
from copdesk.core.errors import CopdeskError
from copdesk.core.models import NOTE_COLOR_COUNT, Circle, CircleRound, Note, NoteDraft
from copdesk.core.rituals import parse_date
from copdesk.core.text import clean_label

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk


_NOTE_W, _NOTE_H, _GAP = 260.0, 150.0, 20.0

#: a saved round's rows per table, as :meth:`CircleOps.unsave_round` keeps them
RoundRows = dict[str, list[dict[str, Any]]]


def _round(r: dict[str, Any]) -> CircleRound:
    return CircleRound(id=r["id"], title=r["title"], started_on=r["started_on"], seed=r["seed"])


class CircleOps:
    def circle_rounds(self: Desk) -> list[CircleRound]:
        """Saved rounds, newest first."""
        return [
            _round(r)
            for r in self._rows("SELECT * FROM circle_rounds ORDER BY started_on DESC, id DESC")
        ]

    def circle_round(self: Desk, round_id: int) -> CircleRound:
        return _round(self._row("SELECT * FROM circle_rounds WHERE id = ?", [round_id], "round"))

    def round_circles(self: Desk, round_id: int) -> list[Circle]:
        """The circles of a round in their saved order, members as saved."""
        circles = self._rows(
            "SELECT * FROM circles WHERE round_id = ? ORDER BY position, id", [round_id]
        )
        members: dict[int, list[int]] = {}
        for r in self._rows(
            "SELECT cm.circle_id, cm.member_id FROM circle_members cm "
            "JOIN circles c ON c.id = cm.circle_id WHERE c.round_id = ? "
            "ORDER BY cm.rowid",
            [round_id],
        ):
            members.setdefault(r["circle_id"], []).append(r["member_id"])
        return [
            Circle(c["id"], round_id, c["topic"], tuple(members.get(c["id"], ()))) for c in circles
        ]

    def latest_round(self: Desk) -> tuple[CircleRound, list[Circle]] | None:
        rounds = self.circle_rounds()
        if not rounds:
            return None
        return rounds[0], self.round_circles(rounds[0].id)

    def previous_pairs(self: Desk) -> set[Pair]:
        """Every pair of members who shared a circle in any saved round."""
        groups: dict[int, list[int]] = {}
        for r in self._rows("SELECT circle_id, member_id FROM circle_members"):
            groups.setdefault(r["circle_id"], []).append(r["member_id"])
        return pairs_of(groups.values())

    def save_round(
        self: Desk,
        title: str,
        started_on: str,
        circles: Sequence[SuggestedCircle],
        seed: int = 0,
        session_id: int | None = None,
    ) -> tuple[CircleRound, list[Circle]]:
        """Save a round of circles, each with its topic, in one transaction."""
        saved, members, _notes = self.save_round_on_board(
            title, started_on, circles, seed=seed, session_id=session_id
        )
        return saved, members

    def save_round_on_board(
        self: Desk,
        title: str,
        started_on: str,
        circles: Sequence[SuggestedCircle],
        seed: int = 0,
        session_id: int | None = None,
    ) -> tuple[CircleRound, list[Circle], list[Note]]:
        """:meth:`save_round`, also returning the notes it put on the board of
        ``session_id`` (one per circle), so that the window can undo both."""
        name = clean_label(title) or f"Learning circles {started_on}"
        day = parse_date(started_on).isoformat()
        seen: set[int] = set()
        for circle in circles:
            if not circle.member_ids:
                raise CopdeskError("A circle without members cannot be saved.")
            for member_id in circle.member_ids:
                if member_id in seen:
                    raise CopdeskError("A member can be in only one circle of a round.")
                seen.add(member_id)
        known = {m.id for m in self.members_by_id(seen) if not m.deleted}
        if known != seen:
            raise CopdeskError(
                "Some members of these circles no longer exist.", hint="Suggest the circles again."
            )
        with self._write() as db:
            cur = db.execute(
                "INSERT INTO circle_rounds(title, started_on, seed, session_id, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [name, day, int(seed), session_id, self._now()],
            )
            round_id = int(cur.lastrowid or 0)
            for position, circle in enumerate(circles):
                cur = db.execute(
                    "INSERT INTO circles(round_id, topic, position) VALUES (?, ?, ?)",
                    [round_id, clean_label(circle.topic), position],
                )
                circle_id = int(cur.lastrowid or 0)
                db.conn.executemany(
                    "INSERT INTO circle_members(circle_id, member_id) VALUES (?, ?)",
                    [(circle_id, m) for m in circle.member_ids],
                )
            notes = []
            if session_id is not None:
                notes = self.add_notes(session_id, self._circle_notes(session_id, circles, day))
        return self.circle_round(round_id), self.round_circles(round_id), notes

    def _circle_notes(
        self: Desk, session_id: int, circles: Sequence[SuggestedCircle], day: str
    ) -> list[NoteDraft]:
        """One note per circle on the session's "circles" frame (or below the board)."""
        frames = self._frames(session_id)
        target = next((f for f in frames if f.key == "circles"), None)
        if target is not None:
            left, top, width = target.x + _GAP, target.y + 80.0, target.width - _GAP
        else:
            bottom = max((f.y + f.height for f in frames), default=0.0)
            left, top, width = 0.0, bottom + 2 * _GAP, 6 * (_NOTE_W + _GAP)
        columns = max(int(width // (_NOTE_W + _GAP)), 1)
        names = {m.id: m.name for m in self.members_by_id(i for c in circles for i in c.member_ids)}
        drafts = []
        for n, circle in enumerate(circles):
            row, col = divmod(n, columns)
            people = ", ".join(names.get(i, "?") for i in circle.member_ids)
            text = f"{circle.topic or 'Open topic'}\n{people}\nfrom {day}"
            drafts.append(
                NoteDraft(
                    text=text,
                    x=left + col * (_NOTE_W + _GAP),
                    y=top + row * (_NOTE_H + _GAP),
                    color=n % NOTE_COLOR_COUNT,
                    frame_id=target.id if target else None,
                    width=_NOTE_W,
                    height=_NOTE_H,
                )
            )
        return drafts

    def delete_round(self: Desk, round_id: int) -> tuple[CircleRound, list[Circle]]:
        """Delete a saved round; returns it so that it can be saved again (undo)."""
        saved = self.circle_round(round_id), self.round_circles(round_id)
        with self._write() as db:
            db.execute("DELETE FROM circle_rounds WHERE id = ?", [round_id])
        return saved

    def unsave_round(self: Desk, round_id: int, note_ids: Sequence[int]) -> RoundRows:
        """Undo of saving a round, in one transaction: the round goes, and so do
        the notes it put on a board. Returns the round's rows for :meth:`resave_round`."""
        rows: RoundRows = {
            "circle_rounds": self._rows("SELECT * FROM circle_rounds WHERE id = ?", [round_id]),
            "circles": self._rows("SELECT * FROM circles WHERE round_id = ?", [round_id]),
            "circle_members": self._rows(
                "SELECT cm.* FROM circle_members cm JOIN circles c ON c.id = cm.circle_id "
                "WHERE c.round_id = ? ORDER BY cm.rowid",  # the members' order as saved
                [round_id],
            ),
        }
        with self._write() as db:
            db.execute("DELETE FROM circle_rounds WHERE id = ?", [round_id])
            if note_ids:
                self.delete_notes(note_ids)
        return rows

    def resave_round(self: Desk, rows: RoundRows, note_ids: Sequence[int]) -> None:
        """Redo after :meth:`unsave_round`: the very same round (same ids) and notes."""
        with self._write() as db:
            for table in ("circle_rounds", "circles", "circle_members"):
                if rows[table]:
                    db.table(table).insert_all(rows[table])
            if note_ids:
                self.restore_notes(note_ids)
