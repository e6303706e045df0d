"""Session JSON: export a board, import it, get an equal board (new ids)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.core.errors import ImportProblem
from copdesk.core.models import Board, NoteDraft
from copdesk.core.session_json import board_to_json_text
from copdesk.desk import Desk


def _shape(board: Board) -> dict[str, object]:
    frames = {f.id: f.title for f in board.frames}
    clusters = {c.id: c.label for c in board.clusters}
    return {
        "title": board.session.title,
        "frames": sorted(
            (f.title, f.x, f.y, f.width, f.height, f.color, f.questions) for f in board.frames
        ),
        "notes": sorted(
            (
                n.text,
                n.x,
                n.y,
                n.color,
                n.author,
                frames.get(n.frame_id or -1),
                clusters.get(n.cluster_id or -1),
            )
            for n in board.notes
        ),
        "clusters": sorted(clusters.values()),
        "agenda": [(a.title, a.minutes, a.notes) for a in board.agenda],
        "votes": sorted((v.target_kind, v.participant) for v in board.votes),
    }


def test_round_trip_gives_an_equal_session(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "a.copdesk") as desk:
        s = desk.create_session("community-retro", "Retro Q3")
        notes = desk.place_and_add(
            s.id,
            [
                NoteDraft("Demos behalten", author="Ana"),
                NoteDraft("شكرا", color=3),
                NoteDraft("学习 🚀"),
            ],
            frame_title="Keep",
        )
        with desk._write() as db:  # a cluster and a vote, written as the desk would
            cid = db.execute(
                "INSERT INTO clusters(session_id, label) VALUES (?, 'Demos')", [s.id]
            ).lastrowid
            db.execute("UPDATE notes SET cluster_id = ? WHERE id = ?", [cid, notes[0].id])
            rid = db.execute(
                "INSERT INTO voting_rounds(session_id, started_at) VALUES (?, 'now')", [s.id]
            ).lastrowid
            db.execute(
                "INSERT INTO votes(round_id, target_kind, target_id, participant, created_at) "
                "VALUES (?, 'note', ?, 'Ana', 'now')",
                [rid, notes[1].id],
            )
        original = desk.board(s.id)
        src = tmp_path / "retro.json"
        src.write_text(board_to_json_text(original), encoding="utf-8")
        copy = desk.import_session_file(src)
        assert copy.id != s.id
        assert _shape(desk.board(copy.id)) == _shape(original)


def test_import_json_into_existing_session(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "a.copdesk") as desk:
        s = desk.create_session("blank")
        desk.add_note(s.id, "already here", 0, 0)
        other = desk.create_session("blank")
        desk.add_note(other.id, "from the other session", 400, 0)
        src = tmp_path / "o.json"
        src.write_text(board_to_json_text(desk.board(other.id)), encoding="utf-8")
        added = desk.import_notes(s.id, src)
        assert [n.text for n in added] == ["from the other session"]
        assert {n.text for n in desk.notes(s.id)} == {"already here", "from the other session"}


@pytest.mark.parametrize(
    "payload",
    [
        '{"format": "something-else"}',
        "[1, 2",
        '{"format": "copdesk-session", "version": 99}',
        "[" * 5000,
    ],
)
def test_bad_json_imports_nothing(tmp_path: Path, payload: str) -> None:
    with Desk.open(tmp_path / "a.copdesk") as desk:
        src = tmp_path / "bad.json"
        src.write_text(payload, encoding="utf-8")
        with pytest.raises(ImportProblem):
            desk.import_session_file(src)
        assert desk.sessions() == []
