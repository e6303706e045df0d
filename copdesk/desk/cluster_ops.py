"""ClusterOps: group notes, join and leave clusters, labels, collapse,
and applying a suggested clustering — each call one transaction.

Clusters are never removed: ungrouping marks the row deleted, so undo brings
back the same cluster. A cluster left without notes by a join or leave is
marked deleted in the same transaction. The general undo of any membership
change is :meth:`ClusterOps.set_membership` with :meth:`ClusterOps.membership`
read before the change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from copdesk.core.clustering import ClusterProposal
from copdesk.core.errors import CopdeskError, NotFound
from copdesk.core.models import NOTE_COLOR_COUNT, Cluster, Note
from copdesk.core.text import clean_label
from copdesk.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from copdesk.desk.desk import Desk

LABEL_LIMIT = 200


class ClusterOps:
    # -- reads -----------------------------------------------------------------
    def clusters(self: Desk, session_id: int, *, include_deleted: bool = False) -> list[Cluster]:
        sql = "SELECT * FROM clusters WHERE session_id = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        return [rows.cluster(r) for r in self._rows(sql + " ORDER BY id", [session_id])]

    def cluster(self: Desk, cluster_id: int) -> Cluster:
        return rows.cluster(
            self._row("SELECT * FROM clusters WHERE id = ?", [cluster_id], "cluster")
        )

    def cluster_notes(self: Desk, cluster_id: int) -> list[Note]:
        return [
            rows.note(r)
            for r in self._rows(
                "SELECT * FROM notes WHERE cluster_id = ? AND deleted = 0 ORDER BY z, id",
                [cluster_id],
            )
        ]

    def membership(self: Desk, note_ids: Iterable[int]) -> dict[int, int | None]:
        """Each note's cluster now: record it before a change to undo it later."""
        return {n.id: n.cluster_id for n in self.notes_by_id(note_ids)}

    # -- grouping ----------------------------------------------------------------
    def group_notes(
        self: Desk, session_id: int, note_ids: Sequence[int], label: str = ""
    ) -> Cluster:
        """A new cluster holding ``note_ids`` (taken out of any other cluster)."""
        notes = self._session_notes(session_id, note_ids)
        if not notes:
            raise CopdeskError("Select at least one note to group.")
        with self._write() as db:
            cluster_id = self._insert_cluster(db, session_id, label)
            self._assign(db, {n.id: cluster_id for n in notes})
            self._touch_session(db, session_id)
        return self.cluster(cluster_id)

    def ungroup(self: Desk, cluster_id: int) -> Cluster:
        """Dissolve a cluster: its notes stay where they are, the cluster is
        marked deleted. Undo with :meth:`restore_cluster`."""
        cluster = self.cluster(cluster_id)
        with self._write() as db:
            db.execute("UPDATE notes SET cluster_id = NULL WHERE cluster_id = ?", [cluster_id])
            db.execute("UPDATE clusters SET deleted = 1 WHERE id = ?", [cluster_id])
            self._touch_session(db, cluster.session_id)
        return self.cluster(cluster_id)

    def restore_cluster(self: Desk, cluster_id: int, note_ids: Sequence[int]) -> Cluster:
        """Bring back a (deleted) cluster with these notes in it."""
        return self.restore_clusters({cluster_id: note_ids})[0]

    def restore_clusters(self: Desk, members: Mapping[int, Sequence[int]]) -> list[Cluster]:
        """Bring back several clusters with their notes, in one transaction."""
        clusters = [self.cluster(cid) for cid in members]
        with self._write() as db:
            db.conn.executemany(
                "UPDATE clusters SET deleted = 0 WHERE id = ?", [(c.id,) for c in clusters]
            )
            self._assign(db, {nid: cid for cid, ids in members.items() for nid in ids})
            for session_id in {c.session_id for c in clusters}:
                self._touch_session(db, session_id)
        return [self.cluster(c.id) for c in clusters]

    def join_cluster(self: Desk, note_ids: Sequence[int], cluster_id: int) -> list[Note]:
        """Notes dropped onto a cluster (or onto a note of it) join it."""
        cluster = self.cluster(cluster_id)
        if cluster.deleted:
            raise NotFound("That cluster no longer exists.")
        notes = self._session_notes(cluster.session_id, note_ids)
        with self._write() as db:
            self._assign(db, {n.id: cluster_id for n in notes})
            self._touch_session(db, cluster.session_id)
        return self.notes_by_id(note_ids)

    def join_note(self: Desk, note_ids: Sequence[int], target_note_id: int) -> Cluster:
        """Notes dropped onto a note: join its cluster, or form a new one with it."""
        target = self.note(target_note_id)
        if target.cluster_id is not None and not self.cluster(target.cluster_id).deleted:
            self.join_cluster(note_ids, target.cluster_id)
            return self.cluster(target.cluster_id)
        ids = [target_note_id, *(i for i in note_ids if i != target_note_id)]
        return self.group_notes(target.session_id, ids)

    def leave_cluster(self: Desk, note_ids: Sequence[int]) -> list[Note]:
        """Notes dragged out of their cluster; an emptied cluster is marked deleted."""
        with self._write() as db:
            self._assign(db, dict.fromkeys(note_ids))
        return self.notes_by_id(note_ids)

    def set_membership(self: Desk, membership: Mapping[int, int | None]) -> list[Note]:
        """Put notes into exactly these clusters (None = none): the undo of any
        grouping change. Named clusters come back if they were deleted."""
        with self._write() as db:
            targets = sorted({c for c in membership.values() if c is not None})
            db.conn.executemany(
                "UPDATE clusters SET deleted = 0 WHERE id = ?", [(c,) for c in targets]
            )
            self._assign(db, membership)
        return self.notes_by_id(membership)

    # -- label, colour, collapse ---------------------------------------------------
    def rename_cluster(self: Desk, cluster_id: int, label: str) -> Cluster:
        cluster = self.cluster(cluster_id)
        with self._write() as db:
            db.execute(
                "UPDATE clusters SET label = ? WHERE id = ?",
                [clean_label(label, LABEL_LIMIT), cluster_id],
            )
            self._touch_session(db, cluster.session_id)
        return self.cluster(cluster_id)

    def set_cluster_collapsed(self: Desk, cluster_id: int, collapsed: bool) -> Cluster:
        self.cluster(cluster_id)
        with self._write() as db:
            db.execute(
                "UPDATE clusters SET collapsed = ? WHERE id = ?", [int(collapsed), cluster_id]
            )
        return self.cluster(cluster_id)

    def recolor_cluster(self: Desk, cluster_id: int, color: int) -> Cluster:
        if not 0 <= int(color) < NOTE_COLOR_COUNT:
            raise CopdeskError(f"Cluster colours are numbered 1 to {NOTE_COLOR_COUNT}.")
        self.cluster(cluster_id)
        with self._write() as db:
            db.execute("UPDATE clusters SET color = ? WHERE id = ?", [int(color), cluster_id])
        return self.cluster(cluster_id)

    # -- suggestions ---------------------------------------------------------------
    def apply_proposal(
        self: Desk,
        session_id: int,
        proposals: Sequence[ClusterProposal],
        *,
        include_rest: bool = False,
    ) -> list[Cluster]:
        """Accept suggested groups in one transaction: one new cluster per
        proposal (the rest group only with ``include_rest``). Notes that are gone
        are skipped. Undo with :meth:`undo_proposal` and the :meth:`membership`
        read before; redo with :meth:`restore_clusters`."""
        self.session(session_id)
        chosen = [p for p in proposals if include_rest or not p.rest]
        live = {n.id for n in self.notes(session_id)}
        created: list[int] = []
        with self._write() as db:
            for proposal in chosen:
                ids = [i for i in dict.fromkeys(proposal.note_ids) if i in live]
                if not ids:
                    continue
                cluster_id = self._insert_cluster(db, session_id, proposal.label)
                self._assign(db, dict.fromkeys(ids, cluster_id))
                live.difference_update(ids)
                created.append(cluster_id)
            self._touch_session(db, session_id)
        return [self.cluster(c) for c in created]

    def undo_proposal(
        self: Desk,
        cluster_ids: Sequence[int],
        before: Mapping[int, int | None] | None = None,
    ) -> list[Cluster]:
        """Take back an accepted proposal: its clusters are marked deleted and
        their notes go back to the clusters in ``before`` (default: none)."""
        with self._write() as db:
            for cluster_id in cluster_ids:
                db.execute("UPDATE notes SET cluster_id = NULL WHERE cluster_id = ?", [cluster_id])
            db.conn.executemany(
                "UPDATE clusters SET deleted = 1 WHERE id = ?", [(c,) for c in cluster_ids]
            )
            if before:
                targets = sorted({c for c in before.values() if c is not None})
                db.conn.executemany(
                    "UPDATE clusters SET deleted = 0 WHERE id = ?", [(c,) for c in targets]
                )
                self._assign(db, before)
        return [self.cluster(c) for c in cluster_ids]

    # -- internals -------------------------------------------------------------------
    def _session_notes(self: Desk, session_id: int, note_ids: Sequence[int]) -> list[Note]:
        notes = [n for n in self.notes_by_id(note_ids) if not n.deleted]
        if any(n.session_id != session_id for n in notes):
            raise CopdeskError("Only notes of the same board can be grouped together.")
        return notes

    def _insert_cluster(self: Desk, db: Database, session_id: int, label: str) -> int:
        count = int(
            db.execute(
                "SELECT count(*) FROM clusters WHERE session_id = ?", [session_id]
            ).fetchone()[0]
        )
        cursor = db.execute(
            "INSERT INTO clusters(session_id, label, color) VALUES (?, ?, ?)",
            [session_id, clean_label(label, LABEL_LIMIT), count % NOTE_COLOR_COUNT],
        )
        return int(cursor.lastrowid or 0)

    def _assign(self: Desk, db: Database, membership: Mapping[int, int | None]) -> None:
        """Set cluster ids and mark clusters left without live notes deleted."""
        if not membership:
            return
        old = self._clusters_of(db, list(membership))
        now = self._now()
        db.conn.executemany(
            "UPDATE notes SET cluster_id = ?, updated_at = ? WHERE id = ?",
            [(cid, now, nid) for nid, cid in membership.items()],
        )
        self._settle_clusters(db, old - set(membership.values()))
