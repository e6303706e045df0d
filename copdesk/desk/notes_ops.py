"""Notes: add, edit, recolor, move, resize, restack, delete — single or many at once.

Every method is one transaction and returns the notes as they are afterwards,
so the board can mirror them and an undo command can put the old ones back with
:meth:`NoteOps.put_notes`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError
from copdesk.core.geometry import frame_at
from copdesk.core.models import NOTE_COLOR_COUNT, Frame, Note, NoteDraft
from copdesk.core.session_json import MAX_COORD
from copdesk.core.text import MAX_NOTE_CHARS, MAX_NOTES_PER_IMPORT, clean_label, clean_text
from copdesk.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from copdesk.desk.desk import Desk

_CHUNK = 500  # SQLite's bound-parameter limit is 999 on old builds


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _check_text(text: str) -> str:
    cleaned = clean_text(text)
    if len(cleaned) > MAX_NOTE_CHARS:
        raise CopdeskError(
            f"A note can hold at most {MAX_NOTE_CHARS:,} characters; this one has {len(cleaned):,}."
        )
    return cleaned


def _check_point(x: float, y: float) -> tuple[float, float]:
    """A finite place on the board (the range a saved session can be read back from)."""
    x, y = float(x), float(y)
    if not (math.isfinite(x) and math.isfinite(y) and abs(x) <= MAX_COORD and abs(y) <= MAX_COORD):
        raise CopdeskError(f"A note's position must lie within ±{MAX_COORD:,.0f} units.")
    return x, y


def _check_size(width: float, height: float) -> tuple[float, float]:
    w, h = float(width), float(height)
    if not (1.0 <= w <= MAX_COORD and 1.0 <= h <= MAX_COORD):
        raise CopdeskError("A note must be at least 1 unit wide and high.")
    return w, h


def _check_color(color: int) -> int:
    if not 0 <= int(color) < NOTE_COLOR_COUNT:
        raise CopdeskError(f"Note colours are numbered 1 to {NOTE_COLOR_COUNT}.")
    return int(color)


class NoteOps:
    # -- reads -----------------------------------------------------------------
    def notes(self: Desk, session_id: int) -> list[Note]:
        return [
            rows.note(r)
            for r in self._rows(
                "SELECT * FROM notes WHERE session_id = ? AND deleted = 0 ORDER BY z, id",
                [session_id],
            )
        ]

    def note(self: Desk, note_id: int) -> Note:
        return rows.note(self._row("SELECT * FROM notes WHERE id = ?", [note_id], "note"))

    def notes_by_id(self: Desk, ids: Iterable[int]) -> list[Note]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Note] = {}
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            for r in self._rows(f"SELECT * FROM notes WHERE id IN ({marks})", list(part)):
                found[r["id"]] = rows.note(r)
        return [found[i] for i in wanted if i in found]

    def _frames(self: Desk, session_id: int) -> list[Frame]:
        return [
            rows.frame(r)
            for r in self._rows(
                "SELECT * FROM frames WHERE session_id = ? AND deleted = 0", [session_id]
            )
        ]

    def _top_z(self: Desk, db: Database, session_id: int) -> float:
        return float(
            db.execute(
                "SELECT coalesce(max(z), 0) FROM notes WHERE session_id = ?", [session_id]
            ).fetchone()[0]
        )

    # -- create ----------------------------------------------------------------
    def add_note(
        self: Desk,
        session_id: int,
        text: str,
        x: float,
        y: float,
        *,
        color: int = 0,
        author: str = "",
    ) -> Note:
        return self.add_notes(
            session_id, [NoteDraft(text=text, x=x, y=y, color=color, author=author)]
        )[0]

    def add_notes(self: Desk, session_id: int, drafts: Sequence[NoteDraft]) -> list[Note]:
        """Create many notes in one transaction; a draft's frame follows its centre
        unless it names one."""
        if len(drafts) > MAX_NOTES_PER_IMPORT:
            raise CopdeskError(
                f"At most {MAX_NOTES_PER_IMPORT:,} notes can be added at once "
                f"({len(drafts):,} were given)."
            )
        texts = [_check_text(d.text) for d in drafts]
        colors = [_check_color(d.color) for d in drafts]
        for d in drafts:
            _check_point(d.x, d.y)
            _check_size(d.width, d.height)
        self.session(session_id)
        frames = self._frames(session_id)
        frame_ids = {f.id for f in frames}
        now = self._now()
        with self._write() as db:
            z = self._top_z(db, session_id)
            first = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM notes").fetchone()[0])
            values = []
            for i, (d, text, color) in enumerate(zip(drafts, texts, colors, strict=True)):
                if d.frame_id is not None and d.frame_id in frame_ids:
                    frame_id: int | None = d.frame_id
                else:
                    hit = frame_at(frames, d.x + d.width / 2, d.y + d.height / 2)
                    frame_id = hit.id if hit else None
                values.append(
                    (
                        first + i,
                        session_id,
                        text,
                        float(d.x),
                        float(d.y),
                        float(d.width),
                        float(d.height),
                        color,
                        frame_id,
                        clean_label(d.author, 100),
                        z + 1 + i,
                        now,
                        now,
                    )
                )
            db.conn.executemany(
                "INSERT INTO notes(id, session_id, text, x, y, width, height, color, frame_id, "
                "author, z, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            self._touch_session(db, session_id)
        return self.notes_by_id([v[0] for v in values])

    # -- change ----------------------------------------------------------------
    def edit_note(self: Desk, note_id: int, text: str) -> Note:
        cleaned = _check_text(text)
        with self._write() as db:
            note = self.note(note_id)
            db.execute(
                "UPDATE notes SET text = ?, updated_at = ? WHERE id = ?",
                [cleaned, self._now(), note_id],
            )
            self._touch_session(db, note.session_id)
        return self.note(note_id)

    def set_author(self: Desk, note_ids: Sequence[int], author: str) -> list[Note]:
        with self._write() as db:
            db.conn.executemany(
                "UPDATE notes SET author = ? WHERE id = ?",
                [(clean_label(author, 100), i) for i in note_ids],
            )
        return self.notes_by_id(note_ids)

    def recolor_notes(self: Desk, colors: Mapping[int, int]) -> list[Note]:
        values = [(_check_color(c), self._now(), i) for i, c in colors.items()]
        with self._write() as db:
            db.conn.executemany("UPDATE notes SET color = ?, updated_at = ? WHERE id = ?", values)
        return self.notes_by_id(colors)

    def move_notes(self: Desk, positions: Mapping[int, tuple[float, float]]) -> list[Note]:
        """Move many notes in one statement; each note joins the frame under its centre."""
        if not positions:
            return []
        current = self.notes_by_id(positions)
        if not current:
            return []
        frames: dict[int, list[Frame]] = {}
        now = self._now()
        values = []
        for n in current:
            x, y = _check_point(*positions[n.id])
            if n.session_id not in frames:
                frames[n.session_id] = self._frames(n.session_id)
            hit = frame_at(frames[n.session_id], x + n.width / 2, y + n.height / 2)
            values.append((x, y, hit.id if hit else None, now, n.id))
        with self._write() as db:
            db.conn.executemany(
                "UPDATE notes SET x = ?, y = ?, frame_id = ?, updated_at = ? WHERE id = ?", values
            )
            for session_id in frames:
                self._touch_session(db, session_id)
        return self.notes_by_id(positions)

    def resize_notes(self: Desk, sizes: Mapping[int, tuple[float, float]]) -> list[Note]:
        values = []
        for i, (w, h) in sizes.items():
            if not (40 <= w <= 2000 and 40 <= h <= 2000):
                raise CopdeskError("A note must be between 40 and 2,000 units wide and high.")
            values.append((float(w), float(h), self._now(), i))
        with self._write() as db:
            db.conn.executemany(
                "UPDATE notes SET width = ?, height = ?, updated_at = ? WHERE id = ?", values
            )
        return self.notes_by_id(sizes)

    def raise_notes(self: Desk, note_ids: Sequence[int]) -> list[Note]:
        """Bring notes to the front, keeping their order among themselves."""
        current = sorted(self.notes_by_id(note_ids), key=lambda n: (n.z, n.id))
        if not current:
            return []
        with self._write() as db:
            top = self._top_z(db, current[0].session_id)
            db.conn.executemany(
                "UPDATE notes SET z = ? WHERE id = ?",
                [(top + 1 + i, n.id) for i, n in enumerate(current)],
            )
        return self.notes_by_id(note_ids)

    def delete_notes(self: Desk, note_ids: Sequence[int]) -> list[Note]:
        """Mark notes deleted; :meth:`restore_notes` brings back the same rows.
        A cluster left without live notes goes with them."""
        with self._write() as db:
            clusters = self._clusters_of(db, note_ids)
            db.conn.executemany(
                "UPDATE notes SET deleted = 1, updated_at = ? WHERE id = ?",
                [(self._now(), i) for i in note_ids],
            )
            self._settle_clusters(db, clusters)
        return self.notes_by_id(note_ids)

    def restore_notes(self: Desk, note_ids: Sequence[int]) -> list[Note]:
        with self._write() as db:
            db.conn.executemany(
                "UPDATE notes SET deleted = 0, updated_at = ? WHERE id = ?",
                [(self._now(), i) for i in note_ids],
            )
            self._settle_clusters(db, self._clusters_of(db, note_ids))
        return self.notes_by_id(note_ids)

    def _clusters_of(self: Desk, db: Database, note_ids: Sequence[int]) -> set[int]:
        found: set[int] = set()
        for part in _chunks(list(note_ids)):
            marks = ",".join("?" * len(part))
            found.update(
                r[0]
                for r in db.execute(
                    f"SELECT DISTINCT cluster_id FROM notes WHERE id IN ({marks}) "
                    "AND cluster_id IS NOT NULL",
                    list(part),
                ).fetchall()
            )
        return found

    def _settle_clusters(self: Desk, db: Database, cluster_ids: set[int]) -> None:
        """A cluster lives while it has live notes: after notes were deleted or
        brought back (or undone either way), their clusters follow."""
        db.conn.executemany(
            "UPDATE clusters SET deleted = NOT EXISTS "
            "(SELECT 1 FROM notes WHERE cluster_id = clusters.id AND deleted = 0) WHERE id = ?",
            [(c,) for c in sorted(cluster_ids)],
        )

    def put_notes(self: Desk, notes: Sequence[Note]) -> list[Note]:
        """Write notes back exactly as given (text, place, size, colour, frame,
        cluster, stacking, deleted flag): the general undo of any note change."""
        now = self._now()
        with self._write() as db:
            clusters = self._clusters_of(db, [n.id for n in notes])
            clusters.update(n.cluster_id for n in notes if n.cluster_id is not None)
            db.conn.executemany(
                "UPDATE notes SET text = ?, x = ?, y = ?, width = ?, height = ?, color = ?, "
                "frame_id = ?, cluster_id = ?, author = ?, z = ?, deleted = ?, updated_at = ? "
                "WHERE id = ?",
                [
                    (
                        n.text,
                        n.x,
                        n.y,
                        n.width,
                        n.height,
                        n.color,
                        n.frame_id,
                        n.cluster_id,
                        n.author,
                        n.z,
                        int(n.deleted),
                        now,
                        n.id,
                    )
                    for n in notes
                ],
            )
            self._settle_clusters(db, clusters)
        return self.notes_by_id([n.id for n in notes])
