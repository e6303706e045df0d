"""Imports and pastes into a frame: every note inside its frame, the frame grown
in the same transaction, and the layout put back exactly by undo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from copdesk.core.errors import ImportProblem
from copdesk.core.models import Frame, Note, NoteDraft
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path):
    with Desk.open(tmp_path / "c.copdesk", backup=False) as d:
        yield d


def _inside(n: Note, f: Frame) -> bool:
    return (
        f.x <= n.x
        and f.y <= n.y
        and n.x + n.width <= f.x + f.width
        and n.y + n.height <= f.y + f.height
    )


def _frames(desk: Desk, sid: int) -> dict[str, Frame]:
    return {f.title: f for f in desk.frames(sid)}


def test_sixteen_lines_into_keep_all_lie_in_keep_and_the_row_below_moves(
    desk: Desk, tmp_path: Path
) -> None:
    sid = desk.create_session("community-retro").id
    before = _frames(desk, sid)
    purpose = before["Purpose of our community"]
    kept = desk.add_note(sid, "already in purpose", purpose.x + 20, purpose.y + 90)
    src = tmp_path / "k.txt"
    src.write_text("".join(f"Keep idea {i}\n" for i in range(1, 17)), encoding="utf-8")
    notes = desk.import_notes(sid, src, frame_title="Keep")
    after = _frames(desk, sid)
    keep = after["Keep"]
    assert len(notes) == 16 and all(n.frame_id == keep.id and _inside(n, keep) for n in notes)
    assert len({n.x for n in notes}) == 3  # the frame's width is used
    grown = keep.height - before["Keep"].height
    assert grown > 0
    for title in ("Purpose of our community", "Rituals we are considering"):
        assert after[title].y == before[title].y + grown
    assert after["Actions"] == before["Actions"] and after["Drop"] == before["Drop"]
    moved = desk.note(kept.id)
    assert (moved.x, moved.y) == (kept.x, kept.y + grown) and moved.frame_id == purpose.id
    frames = list(after.values())
    for a in frames:  # no two frames overlap
        for b in frames:
            if a.id < b.id:
                assert (
                    a.x + a.width <= b.x
                    or b.x + b.width <= a.x
                    or a.y + a.height <= b.y
                    or b.y + b.height <= a.y
                )


def test_placing_reports_what_it_changed_and_put_layout_brings_it_back(desk: Desk) -> None:
    sid = desk.create_session("community-retro").id
    frames_before = desk.frames(sid)
    purpose = _frames(desk, sid)["Purpose of our community"]
    desk.add_note(sid, "in purpose", purpose.x + 20, purpose.y + 90)
    notes_before = desk.notes(sid)
    keep = _frames(desk, sid)["Keep"]
    placed = desk.place_notes_with_room(
        sid, [NoteDraft(f"n{i}") for i in range(40)], frame_id=keep.id
    )
    assert {f.title for f in placed.frames_before} >= {"Keep", "Purpose of our community"}
    assert [n.id for n in placed.moved_before] == [notes_before[0].id]
    assert placed.moved_after[0].y > placed.moved_before[0].y
    # the undo of the window's command
    desk.put_layout(
        placed.frames_before,
        placed.moved_before + [replace(n, deleted=True) for n in placed.notes],
    )
    assert desk.frames(sid) == frames_before
    assert desk.notes(sid) == notes_before
    # and its redo
    desk.put_layout(placed.frames_after, placed.moved_after + placed.notes)
    assert _frames(desk, sid)["Keep"] == next(f for f in placed.frames_after if f.title == "Keep")
    assert len(desk.notes(sid)) == 41


def test_a_csv_frame_value_naming_no_frame_imports_nothing(desk: Desk, tmp_path: Path) -> None:
    sid = desk.create_session("community-retro").id
    src = tmp_path / "n.csv"
    src.write_text(
        "text,frame\nDemos,Keep\nLong meetings,Nope\nNewsletter,Someday\nMore,nope\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblem) as caught:
        desk.import_notes(sid, src)
    message = str(caught.value)
    assert "“Nope”" in message and "“Someday”" in message
    assert "“Keep”" in message and "“Drop”" in message and "“Actions”" in message
    assert desk.notes(sid) == []
    with pytest.raises(ImportProblem, match="Nope"):  # the window's path refuses too
        desk.place_notes(sid, [NoteDraft("x", frame_title="Nope")], origin=(0.0, 0.0))
    assert desk.notes(sid) == []


def test_a_blank_frame_value_still_goes_elsewhere(desk: Desk, tmp_path: Path) -> None:
    sid = desk.create_session("community-retro").id
    src = tmp_path / "n.csv"
    src.write_text("text,frame\nDemos,Keep\nA newsletter,\n", encoding="utf-8")
    notes = desk.import_notes(sid, src)
    assert notes[1].frame_id is None


def test_a_capture_into_a_full_frame_grows_it(desk: Desk) -> None:
    sid = desk.create_session("community-retro").id
    keep = _frames(desk, sid)["Keep"]
    for i in range(17):
        desk.place_notes(sid, [NoteDraft(f"captured {i}")], frame_id=keep.id)
    keep = _frames(desk, sid)["Keep"]
    notes = desk.notes(sid)
    assert len({(n.x, n.y) for n in notes}) == 17
    assert all(_inside(n, keep) for n in notes)
