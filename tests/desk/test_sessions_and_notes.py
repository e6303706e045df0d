"""The desk: sessions and notes, one transaction per call, undo by putting rows back."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.core.errors import CopdeskError, NotFound
from copdesk.core.models import NoteDraft
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path):
    with Desk.open(tmp_path / "c.copdesk") as d:
        yield d


def test_create_session_from_template_has_frames_and_agenda(desk: Desk) -> None:
    s = desk.create_session("community-retro")
    board = desk.board(s.id)
    assert board.session.title == "Community retro"
    titles = [f.title for f in board.frames]
    assert {"Keep", "Drop", "Add"} <= set(titles)
    assert board.agenda and board.agenda[0].minutes > 0
    german = desk.create_session("community-retro", lang="de")
    assert german.title == "Community-Retro"
    assert {"Beibehalten", "Weglassen"} <= {f.title for f in desk.board(german.id).frames}


def test_unknown_template(desk: Desk) -> None:
    with pytest.raises(NotFound, match="copdesk templates"):
        desk.create_session("no-such-thing")


def test_note_joins_the_frame_under_its_centre(desk: Desk) -> None:
    s = desk.create_session("community-retro")
    keep = next(f for f in desk.frames(s.id) if f.title == "Keep")
    note = desk.add_note(s.id, "Demos", keep.x + 30, keep.y + 120)
    assert note.frame_id == keep.id
    [moved] = desk.move_notes({note.id: (-5000, -5000)})
    assert moved.frame_id is None
    [back] = desk.move_notes({note.id: (keep.x + 40, keep.y + 150)})
    assert back.frame_id == keep.id


def test_moving_a_frame_carries_its_notes(desk: Desk) -> None:
    s = desk.create_session("blank")
    f = desk.add_frame(s.id, "Ideas", 0, 0, 800, 600)
    n = desk.add_note(s.id, "inside", 100, 100)
    assert n.frame_id == f.id
    desk.set_frame_geometry({f.id: (1000, 50, 800, 600)})
    moved = desk.note(n.id)
    assert (moved.x, moved.y, moved.frame_id) == (1100, 150, f.id)


def test_delete_and_restore_bring_back_the_same_row(desk: Desk) -> None:
    s = desk.create_session("blank")
    notes = desk.add_notes(s.id, [NoteDraft(f"n{i}", i * 10, 0) for i in range(5)])
    desk.delete_notes([notes[1].id, notes[3].id])
    assert [n.text for n in desk.notes(s.id)] == ["n0", "n2", "n4"]
    desk.restore_notes([notes[1].id, notes[3].id])
    assert [n.text for n in desk.notes(s.id)] == ["n0", "n1", "n2", "n3", "n4"]


def test_put_notes_undoes_any_change(desk: Desk) -> None:
    s = desk.create_session("blank")
    before = desk.add_notes(s.id, [NoteDraft("a", 0, 0), NoteDraft("b", 300, 0, color=2)])
    desk.recolor_notes({before[0].id: 5})
    desk.edit_note(before[1].id, "changed")
    desk.move_notes({before[0].id: (999, 999)})
    desk.put_notes(before)
    assert desk.notes(s.id) == before


def test_add_notes_is_all_or_nothing(desk: Desk) -> None:
    s = desk.create_session("blank")
    with pytest.raises(CopdeskError):
        desk.add_notes(s.id, [NoteDraft("ok"), NoteDraft("x" * 5000)])
    with pytest.raises(CopdeskError):
        desk.add_notes(s.id, [NoteDraft("ok"), NoteDraft("bad colour", color=9)])
    assert desk.notes(s.id) == []


def test_hostile_text_is_kept_as_written(desk: Desk) -> None:
    s = desk.create_session("blank")
    texts = ["שלום עולם", "مرحبا", "学习", "🚀👩‍💻", "a\u200bb", "x" * 2000]
    notes = desk.add_notes(s.id, [NoteDraft(t) for t in texts])
    assert [n.text for n in notes] == texts
    lone = desk.add_note(s.id, "bad \ud800 surrogate", 0, 0)
    assert "\ud800" not in lone.text


def test_move_many_notes_is_one_call(desk: Desk) -> None:
    s = desk.create_session("blank")
    notes = desk.add_notes(s.id, [NoteDraft(str(i), i, i) for i in range(500)])
    statements: list[str] = []
    desk.db.conn.set_trace_callback(statements.append)
    desk.move_notes({n.id: (n.x + 10, n.y + 10) for n in notes})
    desk.db.conn.set_trace_callback(None)
    assert sum(1 for s in statements if s.startswith("BEGIN")) == 1
    assert sum(1 for s in statements if s.startswith("COMMIT")) == 1
    assert desk.note(notes[-1].id).x == notes[-1].x + 10


def test_raise_notes(desk: Desk) -> None:
    s = desk.create_session("blank")
    a, b = desk.add_notes(s.id, [NoteDraft("a"), NoteDraft("b")])
    [raised] = desk.raise_notes([a.id])
    assert raised.z > b.z


def test_rename_duplicate_delete_reorder_sessions(desk: Desk) -> None:
    s = desk.create_session("community-retro", "March retro")
    desk.add_note(s.id, "hello", 50, 200)
    desk.rename_session(s.id, "  April   retro ")
    assert desk.session(s.id).title == "April retro"
    with pytest.raises(CopdeskError):
        desk.rename_session(s.id, "   ")
    copy = desk.duplicate_session(s.id)
    assert copy.title == "April retro (copy)"
    assert [n.text for n in desk.notes(copy.id)] == ["hello"]
    assert len(desk.frames(copy.id)) == len(desk.frames(s.id))
    copied_note = desk.notes(copy.id)[0]
    assert (
        copied_note.frame_id in {f.id for f in desk.frames(copy.id)} or copied_note.frame_id is None
    )
    desk.move_session(copy.id, 0)
    assert [x.id for x in desk.sessions()] == [copy.id, s.id]
    desk.delete_session(s.id)
    assert [x.id for x in desk.sessions()] == [copy.id]
    desk.restore_session(s.id)
    assert len(desk.sessions()) == 2


def test_import_places_notes_into_named_frames(desk: Desk, tmp_path: Path) -> None:
    s = desk.create_session("community-retro")
    src = tmp_path / "n.csv"
    src.write_text("text,frame\nDemos,Keep\nLong meetings,Drop\nA newsletter,\n", encoding="utf-8")
    notes = desk.import_notes(s.id, src)
    frames = {f.id: f.title for f in desk.frames(s.id)}
    placed = {n.text: frames.get(n.frame_id) for n in notes}  # type: ignore[arg-type]
    assert placed["Demos"] == "Keep" and placed["Long meetings"] == "Drop"
    assert placed["A newsletter"] is None


def test_import_into_frame_by_title_and_unknown_frame(desk: Desk, tmp_path: Path) -> None:
    s = desk.create_session("community-retro")
    src = tmp_path / "n.txt"
    src.write_text("one\ntwo\nthree\n", encoding="utf-8")
    notes = desk.import_notes(s.id, src, frame_title="add")
    add = next(f for f in desk.frames(s.id) if f.title == "Add")
    assert {n.frame_id for n in notes} == {add.id}
    xs_ys = {(n.x, n.y) for n in notes}
    assert len(xs_ys) == 3  # no two notes on top of each other
    with pytest.raises(CopdeskError, match="no frame"):
        desk.import_notes(s.id, src, frame_title="Nope")
    assert len(desk.notes(s.id)) == 3


def test_board_after_reopen_is_the_board_before(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path) as d:
        s = d.create_session("community-retro")
        d.add_notes(s.id, [NoteDraft(f"note {i}", i * 30, 300, color=i % 6) for i in range(20)])
        before = d.board(s.id)
    with Desk.open(path) as d:
        assert d.board(s.id) == before


def test_deleted_file_is_noticed_and_a_copy_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    with Desk.open(path) as desk:
        s = desk.create_session("blank")
        desk.add_note(s.id, "before", 0, 0)
        assert not desk.file_missing()
        path.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        assert desk.file_missing()
        desk.add_note(s.id, "after the file was deleted", 0, 200)
        copy = desk.save_copy(tmp_path / "rescued.copdesk")
    with Desk.open(copy, create=False) as rescued:
        assert {n.text for n in rescued.notes(s.id)} == {"before", "after the file was deleted"}
