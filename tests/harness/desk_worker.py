"""A real copdesk process doing a seeded stream of desk gestures, until killed.

Run as ``python -m tests.harness.desk_worker FILE SEED [--ops N]``. It opens
FILE with :class:`copdesk.desk.Desk` (the first session, created if there is
none) and performs random gestures: adding, moving, editing, recolouring,
deleting and restoring notes, grouping and ungrouping clusters, starting voting
rounds and adding votes. For each gesture it prints two JSON lines, each flushed
at once:

* ``{"begin": n, "op": ..., **plan}`` before the call: what the gesture will
  change if it commits (new rows are described by content, their ids unknown);
* ``{"commit": n, "op": ..., **change}`` after the call returned, i.e. after
  the transaction committed: the state of every changed note, cluster, round
  and vote count.

A line ``{"ready": session_id}`` comes after the file is open, and
``{"done": n}`` when ``--ops`` gestures are done. The harness in
``tests/test_crash_safety.py`` kills this process with SIGKILL and checks that
every committed change is in the file and the gesture in flight is all or
nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from copdesk.core.models import NoteDraft
from copdesk.desk import Desk
from tests.harness.desk_state import DeskState, NoteState, read_state

NEW = "NEW"  # placeholder for the id of a cluster a gesture in flight creates

WORDS = (
    "demo",
    "pairing",
    "book",
    "club",
    "retro",
    "Lernziel",
    "Kaffee",
    "naïve",
    "façade",
    "ناقش",
    "التعلم",
    "שלום",
    "日本語",
    "学习",
    "Ελληνικά",
    "Привет",
    "🙂",
    "👩🏽‍💻",
    "🚀",
    "x\u200by",
    "a\u200dz",
    "mixed-עברית-text",
    "1,000",
    '"quoted"',
    "semi;colon",
    "tab\tin",
)
MAX_ROWS = 400  # note rows of the session (live + deleted); keeps every run quick


def _text(rng: random.Random) -> str:
    if rng.random() < 0.05:
        word = rng.choice(WORDS)
        return (word * (2000 // len(word) + 1))[:2000].strip() or "long"
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))


def _pos(rng: random.Random) -> float:
    return round(rng.uniform(-500, 4000), 1)


class Worker:
    def __init__(self, desk: Desk, session_id: int, rng: random.Random) -> None:
        self.desk = desk
        self.sid = session_id
        self.rng = rng
        self.model: DeskState = read_state(desk.path, session_id)
        self.count = 0

    # -- output ----------------------------------------------------------------
    @staticmethod
    def emit(record: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    # -- helpers ---------------------------------------------------------------
    def live(self) -> list[int]:
        return sorted(i for i, n in self.model.notes.items() if not n[4])

    def gone(self) -> list[int]:
        return sorted(i for i, n in self.model.notes.items() if n[4])

    def sample(self, ids: list[int], low: int, high: int) -> list[int]:
        return self.rng.sample(ids, min(len(ids), self.rng.randint(low, high)))

    @staticmethod
    def with_(note: NoteState, **kw: Any) -> list[Any]:
        text, x, y, color, deleted, cluster = note
        values = {"text": text, "x": x, "y": y, "color": color, "deleted": deleted}
        values["cluster"] = cluster
        values.update(kw)
        return [values[k] for k in ("text", "x", "y", "color", "deleted", "cluster")]

    def notes_of(self, ids: list[int], **kw: Any) -> dict[str, list[Any]]:
        return {str(i): self.with_(self.model.notes[i], **kw) for i in ids}

    # -- the gestures ----------------------------------------------------------
    def choose(self) -> str:
        live, gone = self.live(), self.gone()
        options: list[tuple[str, int]] = [("add", 12 if len(self.model.notes) < MAX_ROWS else 0)]
        if live:
            options += [("move", 25), ("edit", 12), ("recolor", 8), ("delete", 6)]
            if len(live) >= 2:
                options.append(("group", 8))
        if gone:
            options.append(("restore", 6))
        if any(not c[1] for c in self.model.clusters.values()):
            options.append(("ungroup", 4))
        options.append(("round", 2))
        if any(self.model.rounds.values()) and (live or self.model.clusters):
            options.append(("vote", 8))
        names = [o[0] for o in options if o[1]]
        weights = [o[1] for o in options if o[1]]
        return self.rng.choices(names, weights)[0]

    def step(self) -> None:
        self.count += 1
        n = self.count
        op = self.choose()
        plan, call = getattr(self, f"_{op}")()
        self.emit({"begin": n, "op": op, **plan})
        change = call()
        self.emit({"commit": n, "op": op, **change})
        self.model.apply(change)

    def _add(self) -> tuple[dict[str, Any], Any]:
        drafts = [
            NoteDraft(_text(self.rng), _pos(self.rng), _pos(self.rng), color=self.rng.randrange(6))
            for _ in range(self.rng.randint(1, 12))
        ]
        plan = {"new_notes": [[d.text, d.x, d.y, d.color] for d in drafts]}

        def call() -> dict[str, Any]:
            made = self.desk.add_notes(self.sid, drafts)
            return {"notes": {str(m.id): [m.text, m.x, m.y, m.color, False, None] for m in made}}

        return plan, call

    def _move(self) -> tuple[dict[str, Any], Any]:
        ids = self.sample(self.live(), 1, 200)
        dx, dy = round(self.rng.uniform(-300, 300), 1), round(self.rng.uniform(-300, 300), 1)
        moved = {i: (self.model.notes[i][1] + dx, self.model.notes[i][2] + dy) for i in ids}
        notes = {str(i): self.with_(self.model.notes[i], x=p[0], y=p[1]) for i, p in moved.items()}

        def call() -> dict[str, Any]:
            self.desk.move_notes(moved)
            return {"notes": notes}

        return {"notes": notes}, call

    def _edit(self) -> tuple[dict[str, Any], Any]:
        (note_id,) = self.sample(self.live(), 1, 1)
        text = _text(self.rng)
        notes = self.notes_of([note_id], text=text)

        def call() -> dict[str, Any]:
            self.desk.edit_note(note_id, text)
            return {"notes": notes}

        return {"notes": notes}, call

    def _recolor(self) -> tuple[dict[str, Any], Any]:
        colors = {i: self.rng.randrange(6) for i in self.sample(self.live(), 1, 30)}
        notes = {str(i): self.with_(self.model.notes[i], color=c) for i, c in colors.items()}

        def call() -> dict[str, Any]:
            self.desk.recolor_notes(colors)
            return {"notes": notes}

        return {"notes": notes}, call

    def _settled_clusters(self, ids: list[int], deleted: bool) -> dict[str, list[Any]]:
        """The clusters of these notes once they are (un)deleted: a cluster lives
        while it has live notes."""
        chosen = set(ids)
        touched = {self.model.notes[i][5] for i in ids} - {None}
        return {
            str(c): [
                self.model.clusters[c][0],
                not any(
                    n[5] == c and not (deleted if i in chosen else n[4])
                    for i, n in self.model.notes.items()
                ),
            ]
            for c in sorted(touched)  # type: ignore[type-var]
        }

    def _delete(self) -> tuple[dict[str, Any], Any]:
        ids = self.sample(self.live(), 1, 6)
        change = {"notes": self.notes_of(ids, deleted=True)}
        change["clusters"] = self._settled_clusters(ids, deleted=True)

        def call() -> dict[str, Any]:
            self.desk.delete_notes(ids)
            return change

        return change, call

    def _restore(self) -> tuple[dict[str, Any], Any]:
        ids = self.sample(self.gone(), 1, 6)
        change = {"notes": self.notes_of(ids, deleted=False)}
        change["clusters"] = self._settled_clusters(ids, deleted=False)

        def call() -> dict[str, Any]:
            self.desk.restore_notes(ids)
            return change

        return change, call

    def _group(self) -> tuple[dict[str, Any], Any]:
        ids = self.sample(self.live(), 2, 8)
        label = " ".join(self.rng.choice(WORDS) for _ in range(2)).replace("\t", " ")
        label = " ".join(label.split())
        chosen = set(ids)
        old = {self.model.notes[i][5] for i in ids} - {None}
        emptied = [
            c
            for c in sorted(old)  # type: ignore[type-var]
            if not any(
                n[5] == c and not n[4] for i, n in self.model.notes.items() if i not in chosen
            )
        ]
        emptied_state = {str(c): [self.model.clusters[c][0], True] for c in emptied}
        plan = {
            "notes": self.notes_of(ids, cluster=NEW),
            "clusters": emptied_state,
            "new_cluster": label,
        }

        def call() -> dict[str, Any]:
            cluster = self.desk.group_notes(self.sid, ids, label)
            return {
                "notes": self.notes_of(ids, cluster=cluster.id),
                "clusters": {**emptied_state, str(cluster.id): [cluster.label, False]},
            }

        return plan, call

    def _ungroup(self) -> tuple[dict[str, Any], Any]:
        live = sorted(c for c, s in self.model.clusters.items() if not s[1])
        cluster_id = self.rng.choice(live)
        members = [i for i, n in self.model.notes.items() if n[5] == cluster_id]
        change = {
            "notes": self.notes_of(members, cluster=None),
            "clusters": {str(cluster_id): [self.model.clusters[cluster_id][0], True]},
        }

        def call() -> dict[str, Any]:
            self.desk.ungroup(cluster_id)
            return change

        return change, call

    def _round(self) -> tuple[dict[str, Any], Any]:
        closed = {str(r): False for r in self.model.rounds}
        plan = {"rounds": closed, "new_round": True}

        def call() -> dict[str, Any]:
            voting_round = self.desk.start_round(self.sid, self.rng.randint(1, 5))
            return {"rounds": {**closed, str(voting_round.id): True}}

        return plan, call

    def _vote(self) -> tuple[dict[str, Any], Any]:
        round_id = next(r for r, is_open in sorted(self.model.rounds.items()) if is_open)
        clusters = sorted(c for c, s in self.model.clusters.items() if not s[1])
        if clusters and (self.rng.random() < 0.3 or not self.live()):
            kind, target = "cluster", self.rng.choice(clusters)
        else:
            kind, target = "note", self.rng.choice(self.live())
        count = self.model.votes.get((round_id, kind, target), 0) + 1
        change = {"votes": [[round_id, kind, target, count]]}

        def call() -> dict[str, Any]:
            self.desk.add_vote(round_id, kind, target)  # type: ignore[arg-type]
            return change

        return change, call


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("--ops", type=int, default=1_000_000, help="stop after N gestures")
    args = parser.parse_args(argv)
    desk = Desk.open(args.file)
    if desk.read_only:
        Worker.emit({"error": f"opened read-only: {desk.read_only_reason}"})
        return 2
    sessions = desk.sessions()
    session_id = sessions[0].id if sessions else desk.create_session("blank", "Crash test").id
    worker = Worker(desk, session_id, random.Random(args.seed))
    Worker.emit({"ready": session_id})
    for _ in range(args.ops):
        worker.step()
    Worker.emit({"done": worker.count})
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
