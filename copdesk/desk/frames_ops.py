"""Frames: the titled areas of a board. Moving a frame carries its notes along."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError
from copdesk.core.models import Frame
from copdesk.core.session_json import MAX_COORD
from copdesk.core.text import clean_label, clean_text
from copdesk.store import rows

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

_COLOR_CHARS = set("0123456789abcdefABCDEF")


def _check_color(color: str) -> str:
    if len(color) != 7 or color[0] != "#" or not set(color[1:]) <= _COLOR_CHARS:
        raise CopdeskError("A frame colour looks like #a1b2c3.")
    return color.lower()


def _check_geometry(x: float, y: float, width: float, height: float) -> None:
    if not all(math.isfinite(v) and abs(v) <= MAX_COORD for v in (x, y, width, height)):
        raise CopdeskError(f"A frame must lie within ±{MAX_COORD:,.0f} units.")
    if width < 50 or height < 50:
        raise CopdeskError("A frame must be at least 50 units wide and high.")


class FrameOps:
    def frames(self: Desk, session_id: int) -> list[Frame]:
        return self._frames(session_id)

    def frame(self: Desk, frame_id: int) -> Frame:
        return rows.frame(self._row("SELECT * FROM frames WHERE id = ?", [frame_id], "frame"))

    def add_frame(
        self: Desk,
        session_id: int,
        title: str,
        x: float,
        y: float,
        width: float = 660.0,
        height: float = 700.0,
        *,
        prompt: str = "",
        color: str = "#f4f4f4",
        questions: Sequence[str] = (),
    ) -> Frame:
        self.session(session_id)
        _check_geometry(x, y, width, height)
        with self._write() as db:
            z = db.execute(
                "SELECT coalesce(max(z), -1) + 1 FROM frames WHERE session_id = ?", [session_id]
            ).fetchone()[0]
            cur = db.execute(
                "INSERT INTO frames(session_id, key, title, prompt, x, y, width, height, color, z, "
                "questions) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    session_id,
                    clean_label(title),
                    clean_text(prompt)[:1000],
                    x,
                    y,
                    width,
                    height,
                    _check_color(color),
                    z,
                    json.dumps([clean_text(q) for q in questions], ensure_ascii=False),
                ],
            )
            fid = int(cur.lastrowid or 0)
            self._claim_notes(session_id, [fid])
        return self.frame(fid)

    def update_frame(
        self: Desk,
        frame_id: int,
        *,
        title: str | None = None,
        prompt: str | None = None,
        color: str | None = None,
    ) -> Frame:
        f = self.frame(frame_id)
        with self._write() as db:
            db.execute(
                "UPDATE frames SET title = ?, prompt = ?, color = ? WHERE id = ?",
                [
                    clean_label(title) if title is not None else f.title,
                    clean_text(prompt)[:1000] if prompt is not None else f.prompt,
                    _check_color(color) if color is not None else f.color,
                    frame_id,
                ],
            )
        return self.frame(frame_id)

    def set_frame_geometry(
        self: Desk,
        geometry: Mapping[int, tuple[float, float, float, float]],
        *,
        carry_notes: bool = True,
    ) -> list[Frame]:
        """Move and/or resize frames; their notes move by the same offset.

        Afterwards every note of the session belongs to the frame under its centre.
        """
        if not geometry:
            return []
        old = {fid: self.frame(fid) for fid in geometry}
        session_id = next(iter(old.values())).session_id
        for x, y, w, h in geometry.values():
            _check_geometry(x, y, w, h)
        with self._write() as db:
            db.conn.executemany(
                "UPDATE frames SET x = ?, y = ?, width = ?, height = ? WHERE id = ?",
                [(x, y, w, h, fid) for fid, (x, y, w, h) in geometry.items()],
            )
            if carry_notes:
                db.conn.executemany(
                    "UPDATE notes SET x = x + ?, y = y + ? WHERE frame_id = ? AND deleted = 0",
                    [
                        (g[0] - old[fid].x, g[1] - old[fid].y, fid)
                        for fid, g in geometry.items()
                        if (g[0], g[1]) != (old[fid].x, old[fid].y)
                    ],
                )
            self._claim_notes(session_id, list(geometry))
        return [self.frame(fid) for fid in geometry]

    def _claim_notes(self: Desk, session_id: int, frame_ids: Sequence[int]) -> None:
        """Recompute frame membership of the session's notes (inside a transaction)."""
        from copdesk.core.geometry import frame_at

        frames = self._frames(session_id)
        changes = []
        for r in self._rows(
            "SELECT id, x, y, width, height, frame_id FROM notes "
            "WHERE session_id = ? AND deleted = 0",
            [session_id],
        ):
            hit = frame_at(frames, r["x"] + r["width"] / 2, r["y"] + r["height"] / 2)
            new = hit.id if hit else None
            if new != r["frame_id"]:
                changes.append((new, r["id"]))
        self.conn.executemany("UPDATE notes SET frame_id = ? WHERE id = ?", changes)

    def delete_frame(self: Desk, frame_id: int) -> Frame:
        """Mark a frame deleted; its notes stay on the board, outside any frame."""
        f = self.frame(frame_id)
        with self._write() as db:
            db.execute("UPDATE frames SET deleted = 1 WHERE id = ?", [frame_id])
            self._claim_notes(f.session_id, [frame_id])
        return self.frame(frame_id)

    def restore_frame(self: Desk, frame_id: int) -> Frame:
        f = self.frame(frame_id)
        with self._write() as db:
            db.execute("UPDATE frames SET deleted = 0 WHERE id = ?", [frame_id])
            self._claim_notes(f.session_id, [frame_id])
        return self.frame(frame_id)
