"""The observable state of one session in a community file, and how to compare it.

The crash-safety harness keeps an *expected* state (built from what a worker
reported as committed) and reads the *actual* state straight from the file with
the ``sqlite3`` module, so the check does not trust the desk it is checking.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: One note as compared: text, x, y, colour, deleted flag, cluster id.
NoteState = tuple[str, float, float, int, bool, int | None]
#: One cluster as compared: label, deleted flag.
ClusterState = tuple[str, bool]
#: Votes are compared as counts per (round id, target kind, target id).
VoteKey = tuple[int, str, int]


@dataclass
class DeskState:
    notes: dict[int, NoteState] = field(default_factory=dict)
    clusters: dict[int, ClusterState] = field(default_factory=dict)
    rounds: dict[int, bool] = field(default_factory=dict)  # round id -> open
    votes: dict[VoteKey, int] = field(default_factory=dict)

    def copy(self) -> DeskState:
        return DeskState(dict(self.notes), dict(self.clusters), dict(self.rounds), dict(self.votes))

    def apply(self, change: dict[str, Any]) -> None:
        """Merge a reported change (the JSON of a worker's ``commit`` line)."""
        for key, value in change.get("notes", {}).items():
            text, x, y, color, deleted, cluster = value
            self.notes[int(key)] = (text, float(x), float(y), int(color), bool(deleted), cluster)
        for key, (label, deleted) in change.get("clusters", {}).items():
            self.clusters[int(key)] = (label, bool(deleted))
        for key, is_open in change.get("rounds", {}).items():
            self.rounds[int(key)] = bool(is_open)
        for round_id, kind, target, count in change.get("votes", []):
            self.votes[(int(round_id), str(kind), int(target))] = int(count)

    def differences(self, other: DeskState, limit: int = 5) -> list[str]:
        """Readable differences (self = expected, other = found), at most ``limit``."""
        out: list[str] = []
        for name in ("notes", "clusters", "rounds", "votes"):
            mine: dict[Any, Any] = getattr(self, name)
            theirs: dict[Any, Any] = getattr(other, name)
            for key in sorted(set(mine) | set(theirs), key=repr):
                if mine.get(key) != theirs.get(key):
                    out.append(
                        f"{name}[{key}]: expected {mine.get(key)!r}, found {theirs.get(key)!r}"
                    )
        return out[:limit]


def read_state(path: Path, session_id: int) -> DeskState:
    """The state of ``session_id`` as stored in ``path`` (read-only, plain sqlite3)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        state = DeskState()
        for nid, text, x, y, color, deleted, cluster in conn.execute(
            "SELECT id, text, x, y, color, deleted, cluster_id FROM notes WHERE session_id = ?",
            [session_id],
        ):
            state.notes[nid] = (text, float(x), float(y), int(color), bool(deleted), cluster)
        for cid, label, deleted in conn.execute(
            "SELECT id, label, deleted FROM clusters WHERE session_id = ?", [session_id]
        ):
            state.clusters[cid] = (label, bool(deleted))
        for rid, is_open in conn.execute(
            "SELECT id, open FROM voting_rounds WHERE session_id = ?", [session_id]
        ):
            state.rounds[rid] = bool(is_open)
        for rid, kind, target, count in conn.execute(
            "SELECT v.round_id, v.target_kind, v.target_id, count(*) FROM votes v "
            "JOIN voting_rounds r ON r.id = v.round_id WHERE r.session_id = ? "
            "GROUP BY v.round_id, v.target_kind, v.target_id",
            [session_id],
        ):
            state.votes[(rid, kind, target)] = int(count)
        return state
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of the file as it is on disk ("ok" when sound)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)
    finally:
        conn.close()
