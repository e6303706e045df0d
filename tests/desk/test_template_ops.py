"""The desk's templates: built-in and custom, save a session as a template, import/export."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from copdesk.core.errors import CopdeskError, NotFound, TemplateProblem
from copdesk.desk import Desk
from copdesk.store.template_files import builtin_templates


@pytest.fixture
def desk(tmp_path: Path):
    with Desk.open(tmp_path / "c.copdesk") as d:
        yield d


def test_templates_lists_builtin_then_custom(desk: Desk) -> None:
    ids = [t.id for t in desk.templates()]
    assert ids == list(builtin_templates())
    s = desk.create_session("four-ls")
    desk.save_session_as_template(s.id, "our-4ls", "Our 4Ls")
    listed = desk.templates()
    assert listed[-1].id == "our-4ls" and listed[-1].builtin is False
    assert all(t.builtin for t in listed[:-1])
    assert desk.template("our-4ls") == listed[-1]
    with pytest.raises(NotFound):
        desk.template("nothing-here")


@pytest.mark.parametrize("template_id", list(builtin_templates()))
@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_builtin_creates_a_session_whose_frames_do_not_overlap(
    desk: Desk, template_id: str, lang: str
) -> None:
    template = desk.template(template_id)
    board = desk.board(desk.create_session(template_id, lang=lang).id)
    assert len(board.frames) == len(template.frames)
    assert [s.minutes for s in board.agenda] == [s.minutes for s in template.agenda]
    for a, b in itertools.combinations(board.frames, 2):
        apart = (
            a.x + a.width <= b.x
            or b.x + b.width <= a.x
            or a.y + a.height <= b.y
            or b.y + b.height <= a.y
        )
        assert apart, (a.title, b.title)
    for frame, source in zip(board.frames, template.frames, strict=True):
        assert frame.title == source.title.get(lang)
        assert frame.questions == source.questions.get(lang)


def test_save_session_as_template_keeps_frames_and_agenda_not_notes(desk: Desk) -> None:
    s = desk.create_session("community-retro", lang="de")
    keep = next(f for f in desk.frames(s.id) if f.key == "keep")
    desk.add_note(s.id, "Demos behalten", keep.x + 20, keep.y + 150)
    new_frame = desk.add_frame(s.id, "Parkplatz", 5000, 0, 660, 700, color="#eeeeee")
    step = desk.agenda(s.id)[0]
    desk.update_step(step.id, minutes=8)

    saved = desk.save_session_as_template(s.id, "unsere-retro", "Unsere Retro")

    assert saved.builtin is False and saved.id == "unsere-retro"
    assert saved.name.get("de") == "Unsere Retro"
    assert len(saved.frames) == len(desk.frames(s.id))
    # untouched texts keep both languages; the new frame keeps the one it was written in
    keep_t = next(f for f in saved.frames if f.key == "keep")
    assert keep_t.title.get("en") == "Keep" and keep_t.title.get("de") == "Beibehalten"
    park = saved.frames[-1]
    assert park.title.as_dict() == {"de": "Parkplatz"} and park.x == new_frame.x
    assert saved.agenda[0].minutes == 8
    assert "Demos" not in json.dumps(saved.to_json(), ensure_ascii=False)

    again = desk.board(desk.create_session("unsere-retro", lang="en").id)
    assert again.notes == ()
    assert {f.title for f in again.frames} >= {"Keep", "Parkplatz"}


def test_saved_template_starts_at_the_origin_and_gets_unique_keys(desk: Desk) -> None:
    s = desk.create_session("blank")
    desk.add_frame(s.id, "A", 300, 200, 500, 500)
    desk.add_frame(s.id, "B", 900, 200, 500, 500)
    saved = desk.save_session_as_template(s.id, "", "Two Frames!")
    assert saved.id == "two-frames"
    assert (saved.frames[0].x, saved.frames[0].y) == (0, 0)
    assert saved.frames[1].x == 600
    assert len({f.key for f in saved.frames}) == 2


def test_saving_again_replaces_and_builtin_ids_are_refused(desk: Desk) -> None:
    s = desk.create_session("mad-sad-glad")
    desk.save_session_as_template(s.id, "msg", "First")
    desk.save_session_as_template(s.id, "msg", "Second")
    customs = [t for t in desk.templates() if not t.builtin]
    assert [t.name.get() for t in customs] == ["Second"]
    with pytest.raises(CopdeskError, match="built-in"):
        desk.save_session_as_template(s.id, "sailboat", "Mine")
    with pytest.raises(CopdeskError, match="needs a name"):
        desk.save_session_as_template(s.id, "x", "   ")


def test_overlapping_frames_cannot_be_saved(desk: Desk) -> None:
    s = desk.create_session("blank")
    desk.add_frame(s.id, "Left", 0, 0, 500, 500)
    desk.add_frame(s.id, "Right", 400, 0, 500, 500)
    with pytest.raises(TemplateProblem, match="“Left” and “Right” overlap"):
        desk.save_session_as_template(s.id, "ov", "Overlap")
    assert [t for t in desk.templates() if not t.builtin] == []


def test_export_import_and_delete(desk: Desk, tmp_path: Path) -> None:
    s = desk.create_session("start-stop-continue")
    saved = desk.save_session_as_template(s.id, "ssc-team", "SSC team")
    path = desk.export_template("ssc-team", tmp_path / "ssc.json")
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == "ssc-team"

    deleted = desk.delete_custom_template("ssc-team")
    assert deleted == saved
    with pytest.raises(NotFound):
        desk.template("ssc-team")
    assert desk.import_template(path) == saved

    with pytest.raises(CopdeskError, match="cannot be deleted"):
        desk.delete_custom_template("blank")
    with pytest.raises(NotFound):
        desk.delete_custom_template("never-was")


def test_importing_a_builtin_export_gets_a_new_id(desk: Desk, tmp_path: Path) -> None:
    path = desk.export_template("sailboat", tmp_path / "sailboat.json")
    first = desk.import_template(path)
    assert first.id == "sailboat-custom" and first.builtin is False
    assert desk.template("sailboat").builtin  # the built-in one is untouched
    assert desk.import_template(path).id == "sailboat-custom"  # replaces, no pile-up


def test_importing_a_malformed_file_changes_nothing(desk: Desk, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x", "name": "\\ud800"}', encoding="utf-8")
    with pytest.raises(TemplateProblem, match=r"“bad\.json”.*'name'"):
        desk.import_template(bad)
    assert [t for t in desk.templates() if not t.builtin] == []


def test_a_hand_broken_custom_row_is_skipped(desk: Desk, tmp_path: Path) -> None:
    s = desk.create_session("four-ls")
    desk.save_session_as_template(s.id, "good-one", "Good")
    with desk._write() as db:
        db.execute(
            "INSERT INTO custom_templates(id, name, json, created_at) VALUES ('broken', 'B', "
            "'{not json', '2026-01-01')"
        )
    assert [t.id for t in desk.templates() if not t.builtin] == ["good-one"]


def test_custom_templates_travel_with_the_file(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "a.copdesk") as first:
        s = first.create_session("learning-goals")
        first.save_session_as_template(s.id, "goals-q3", "Goals Q3")
    with Desk.open(tmp_path / "a.copdesk") as second:
        assert second.template("goals-q3").frames[0].key == "goals"
