"""VoteOps: dot-voting rounds, votes on notes and clusters, results.

A session has at most one open round; starting a new one closes the others.
Votes are counted per participant when the facilitator names them (each may
cast ``votes_per_person``), or as a plain room count (participant ""), which
has no limit. A cluster's score is its own dots plus the dots on its notes.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError, NotFound
from copdesk.core.models import Note, Vote, VoteTarget, VotingRound
from copdesk.core.ranking import RankedItem, rank_by_votes
from copdesk.core.text import clean_label
from copdesk.store import rows

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

MAX_VOTES_PER_PERSON = 99
_LABEL_CHARS = 60


class VoteOps:
    # -- reads -----------------------------------------------------------------
    def rounds(self: Desk, session_id: int) -> list[VotingRound]:
        return [
            rows.voting_round(r)
            for r in self._rows(
                "SELECT * FROM voting_rounds WHERE session_id = ? ORDER BY id", [session_id]
            )
        ]

    def voting_round(self: Desk, round_id: int) -> VotingRound:
        return rows.voting_round(
            self._row("SELECT * FROM voting_rounds WHERE id = ?", [round_id], "voting round")
        )

    def current_round(self: Desk, session_id: int) -> VotingRound | None:
        """The open round, else the latest one, else None."""
        rounds = self.rounds(session_id)
        open_rounds = [r for r in rounds if r.open]
        if open_rounds:
            return open_rounds[-1]
        return rounds[-1] if rounds else None

    def votes(self: Desk, session_id: int, round_id: int | None = None) -> list[Vote]:
        """Votes of one round (default: the current round) on live targets."""
        if round_id is None:
            current = self.current_round(session_id)
            if current is None:
                return []
            round_id = current.id
        return [
            rows.vote(r)
            for r in self._rows(
                "SELECT v.* FROM votes v WHERE v.round_id = ? AND ("
                "(v.target_kind = 'note' AND EXISTS (SELECT 1 FROM notes n "
                "  WHERE n.id = v.target_id AND n.deleted = 0)) OR "
                "(v.target_kind = 'cluster' AND EXISTS (SELECT 1 FROM clusters c "
                "  WHERE c.id = v.target_id AND c.deleted = 0))) ORDER BY v.id",
                [round_id],
            )
        ]

    def votes_left(self: Desk, round_id: int, participant: str) -> int | None:
        """Dots a named participant still has; None for the room count."""
        participant = clean_label(participant, 100)
        if not participant:
            return None
        voting_round = self.voting_round(round_id)
        used = self._used(round_id, participant)
        return max(0, voting_round.votes_per_person - used)

    def participants(self: Desk, round_id: int) -> dict[str, int]:
        """Votes cast per named participant in a round."""
        counts: Counter[str] = Counter()
        for r in self._rows(
            "SELECT participant, count(*) AS n FROM votes WHERE round_id = ? AND participant != '' "
            "GROUP BY participant",
            [round_id],
        ):
            counts[r["participant"]] = r["n"]
        return dict(sorted(counts.items()))

    def ranking(self: Desk, session_id: int, round_id: int | None = None) -> list[RankedItem]:
        """Clusters (own dots plus their notes' dots) and notes, most votes first."""
        votes = self.votes(session_id, round_id)
        notes = self.notes(session_id)
        clusters = self.clusters(session_id)
        labels: dict[tuple[VoteTarget, int], str] = {("cluster", c.id): c.label for c in clusters}
        for n in notes:
            labels[("note", n.id)] = _note_label(n)
        cluster_of = {n.id: n.cluster_id for n in notes if n.cluster_id is not None}
        scored = list(votes)
        live_clusters = {c.id for c in clusters}
        for v in votes:
            owner = cluster_of.get(v.target_id) if v.target_kind == "note" else None
            if owner in live_clusters:
                scored.append(Vote(-v.id, v.round_id, "cluster", owner, v.participant))
        return rank_by_votes(scored, labels)

    # -- rounds ----------------------------------------------------------------------
    def start_round(
        self: Desk, session_id: int, votes_per_person: int = 3, hidden: bool = False
    ) -> VotingRound:
        if not 1 <= int(votes_per_person) <= MAX_VOTES_PER_PERSON:
            raise CopdeskError(f"Votes per person must be between 1 and {MAX_VOTES_PER_PERSON}.")
        self.session(session_id)
        with self._write() as db:
            db.execute("UPDATE voting_rounds SET open = 0 WHERE session_id = ?", [session_id])
            cursor = db.execute(
                "INSERT INTO voting_rounds(session_id, votes_per_person, hidden, open, started_at) "
                "VALUES (?, ?, ?, 1, ?)",
                [session_id, int(votes_per_person), int(hidden), self._now()],
            )
            self._touch_session(db, session_id)
        return self.voting_round(int(cursor.lastrowid or 0))

    def close_round(self: Desk, round_id: int) -> VotingRound:
        return self._set_round(round_id, "open", 0)

    def reopen_round(self: Desk, round_id: int) -> VotingRound:
        """Undo of :meth:`close_round`; other rounds of the session close."""
        voting_round = self.voting_round(round_id)
        with self._write() as db:
            db.execute(
                "UPDATE voting_rounds SET open = (id = ?) WHERE session_id = ?",
                [round_id, voting_round.session_id],
            )
        return self.voting_round(round_id)

    def reveal_round(self: Desk, round_id: int) -> VotingRound:
        return self._set_round(round_id, "hidden", 0)

    def hide_round(self: Desk, round_id: int) -> VotingRound:
        """Hide the counts again (undo of :meth:`reveal_round`)."""
        return self._set_round(round_id, "hidden", 1)

    def discard_round(self: Desk, round_id: int) -> VotingRound:
        """Remove a round and its votes (undo of :meth:`start_round`)."""
        voting_round = self.voting_round(round_id)
        with self._write() as db:
            db.execute("DELETE FROM votes WHERE round_id = ?", [round_id])
            db.execute("DELETE FROM voting_rounds WHERE id = ?", [round_id])
        return voting_round

    # -- votes ---------------------------------------------------------------------------
    def add_vote(
        self: Desk, round_id: int, kind: VoteTarget, target_id: int, participant: str = ""
    ) -> Vote:
        """One dot; refused when the round is closed or a named participant has
        used all their votes."""
        voting_round = self.voting_round(round_id)
        if not voting_round.open:
            raise CopdeskError("This voting round is closed; start a new round to vote again.")
        self._check_target(voting_round.session_id, kind, target_id)
        who = clean_label(participant, 100)
        with self._write() as db:
            if who and self._used(round_id, who) >= voting_round.votes_per_person:
                raise CopdeskError(
                    f"{who} has used all {voting_round.votes_per_person} votes.",
                    hint="Remove one of their dots first.",
                )
            cursor = db.execute(
                "INSERT INTO votes(round_id, target_kind, target_id, participant, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [round_id, kind, target_id, who, self._now()],
            )
        return self._vote(int(cursor.lastrowid or 0))

    def remove_vote(
        self: Desk, round_id: int, kind: VoteTarget, target_id: int, participant: str = ""
    ) -> Vote | None:
        """Take one dot off (the newest of this participant on this target);
        returns it for undo (:meth:`restore_vote`), or None if there was none."""
        voting_round = self.voting_round(round_id)
        if not voting_round.open:
            raise CopdeskError("This voting round is closed; its votes can no longer change.")
        found = self._rows(
            "SELECT * FROM votes WHERE round_id = ? AND target_kind = ? AND target_id = ? "
            "AND participant = ? ORDER BY id DESC LIMIT 1",
            [round_id, kind, target_id, clean_label(participant, 100)],
        )
        if not found:
            return None
        vote = rows.vote(found[0])
        with self._write() as db:
            db.execute("DELETE FROM votes WHERE id = ?", [vote.id])
        return vote

    def delete_vote(self: Desk, vote_id: int) -> Vote:
        """Remove one exact dot (undo of :meth:`add_vote`)."""
        vote = self._vote(vote_id)
        with self._write() as db:
            db.execute("DELETE FROM votes WHERE id = ?", [vote_id])
        return vote

    def restore_vote(self: Desk, vote: Vote) -> Vote:
        """Put a removed dot back with its id (undo of :meth:`remove_vote`)."""
        self.voting_round(vote.round_id)
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO votes(id, round_id, target_kind, target_id, participant, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    vote.id,
                    vote.round_id,
                    vote.target_kind,
                    vote.target_id,
                    vote.participant,
                    self._now(),
                ],
            )
        return self._vote(vote.id)

    # -- internals -----------------------------------------------------------------------
    def _vote(self: Desk, vote_id: int) -> Vote:
        return rows.vote(self._row("SELECT * FROM votes WHERE id = ?", [vote_id], "vote"))

    def _used(self: Desk, round_id: int, participant: str) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM votes WHERE round_id = ? AND participant = ?",
                [round_id, participant],
            ).fetchone()[0]
        )

    def _set_round(self: Desk, round_id: int, column: str, value: int) -> VotingRound:
        self.voting_round(round_id)
        with self._write() as db:
            db.execute(f"UPDATE voting_rounds SET {column} = ? WHERE id = ?", [value, round_id])
        return self.voting_round(round_id)

    def _check_target(self: Desk, session_id: int, kind: VoteTarget, target_id: int) -> None:
        if kind not in ("note", "cluster"):
            raise CopdeskError("Votes go on notes or clusters.")
        table = "notes" if kind == "note" else "clusters"
        row = self.conn.execute(
            f"SELECT session_id, deleted FROM {table} WHERE id = ?", [target_id]
        ).fetchone()
        if row is None or row[1]:
            raise NotFound(f"That {kind} no longer exists.")
        if row[0] != session_id:
            raise CopdeskError(f"That {kind} belongs to another board than this voting round.")


def _note_label(note: Note) -> str:
    first = " ".join(note.text.split())
    return first if len(first) <= _LABEL_CHARS else first[: _LABEL_CHARS - 1] + "…"
