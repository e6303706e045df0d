"""Members, circle rounds, actions across sessions and rituals, as the desk stores them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from copdesk.core.circles import SuggestedCircle
from copdesk.core.errors import CopdeskError, ImportProblem
from copdesk.core.member_fields import MemberDraft
from copdesk.core.roster_csv import read_roster
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    yield d
    d.close()


# -- members -------------------------------------------------------------------


def test_add_edit_remove_restore_a_member(desk: Desk) -> None:
    ada = desk.add_member(" Ada  Lovelace ", "Checkout", ["UX Research", "ux research", "SQL"])
    assert (ada.name, ada.interests) == ("Ada Lovelace", ("UX Research", "SQL"))
    ada2 = desk.update_member(ada.id, team="Search", goals=["Kotlin"])
    assert (ada2.team, ada2.goals, ada2.interests) == (
        "Search",
        ("Kotlin",),
        ("UX Research", "SQL"),
    )
    (gone,) = desk.remove_members([ada.id])
    assert gone.deleted and desk.members() == []
    (back,) = desk.restore_members([ada.id])
    assert back == ada2 and desk.members() == [ada2]


def test_a_member_needs_a_name(desk: Desk) -> None:
    with pytest.raises(CopdeskError, match="name"):
        desk.add_member("   ")


def test_import_is_all_or_nothing_and_merges_known_names(desk: Desk) -> None:
    ada = desk.add_member("Ada", "A", ["SQL"])
    roster = read_roster(b"Name,Team,Interests\nada,B,UX\nGrace,C,DDD\nLinus,,\n")
    result = desk.import_members(roster.drafts)
    assert [m.name for m in result.added] == ["Grace", "Linus"]
    ((before, after),) = result.updated
    assert before == ada and (after.team, after.interests) == ("B", ("SQL", "UX"))
    assert desk.member(ada.id) == after
    desk.put_members([before])
    assert desk.member(ada.id) == ada

    bad = [MemberDraft("Zed", line=2), MemberDraft("Yan", contact="x" * 3000, line=3)]
    with pytest.raises(ImportProblem, match="Line 3"):
        desk.import_members(bad)
    assert "Zed" not in [m.name for m in desk.members()]


def test_surrogates_and_controls_never_reach_sqlite(desk: Desk) -> None:
    member = desk.add_member("A\ud800da\x07", interests=["x\x00y"])
    assert member.name == "A\ufffdda" and member.interests == ("xy",)


# -- circle rounds -----------------------------------------------------------------


def test_save_a_round_and_read_it_back(desk: Desk) -> None:
    ids = [desk.add_member(n).id for n in ("Ada", "Grace", "Linus", "Ken", "Barbara")]
    circles = [
        SuggestedCircle("SQL", (ids[0], ids[1])),
        SuggestedCircle("", (ids[2], ids[3], ids[4])),
    ]
    saved_round, saved = desk.save_round("Spring", "2025-03-03", circles, seed=7)
    assert (saved_round.title, saved_round.started_on, saved_round.seed) == (
        "Spring",
        "2025-03-03",
        7,
    )
    assert [(c.topic, c.member_ids) for c in saved] == [(c.topic, c.member_ids) for c in circles]
    assert desk.circle_rounds() == [saved_round]
    assert desk.latest_round() == (saved_round, saved)
    assert desk.previous_pairs() == {
        tuple(sorted((ids[0], ids[1]))),
        tuple(sorted((ids[2], ids[3]))),
        tuple(sorted((ids[2], ids[4]))),
        tuple(sorted((ids[3], ids[4]))),
    }
    desk.delete_round(saved_round.id)
    assert desk.circle_rounds() == [] and desk.previous_pairs() == set()


def test_a_round_on_a_learning_circles_board_puts_one_note_per_circle(desk: Desk) -> None:
    session = desk.create_session("learning-circles", "Kick-off")
    a, b = desk.add_member("Ada").id, desk.add_member("Grace").id
    desk.save_round("R1", "2025-03-03", [SuggestedCircle("SQL", (a, b))], session_id=session.id)
    board = desk.board(session.id)
    circles_frame = next(f for f in board.frames if f.key == "circles")
    (note,) = [n for n in board.notes if n.frame_id == circles_frame.id]
    assert note.text.splitlines() == ["SQL", "Ada, Grace", "from 2025-03-03"]


def test_a_round_rejects_duplicates_and_unknown_members(desk: Desk) -> None:
    a = desk.add_member("Ada").id
    with pytest.raises(CopdeskError, match="only one circle"):
        desk.save_round("R", "2025-01-01", [SuggestedCircle("", (a,)), SuggestedCircle("", (a,))])
    with pytest.raises(CopdeskError, match="no longer exist"):
        desk.save_round("R", "2025-01-01", [SuggestedCircle("", (a, 999))])
    with pytest.raises(CopdeskError, match="date"):
        desk.save_round("R", "next week", [SuggestedCircle("", (a,))])
    assert desk.circle_rounds() == []


# -- actions --------------------------------------------------------------------


def test_actions_filter_by_owner_and_status(desk: Desk) -> None:
    s = desk.create_session("community-retro", "Retro 1").id
    a1 = desk.add_action("Book a room", "Ada", "2025-04-01", session_id=s)
    a2 = desk.add_action("Write the newsletter", "grace", session_id=s)
    a3 = desk.add_action("Invite a speaker", "Ada", "2025-03-01")
    desk.set_action_status([a3.id], "done")
    assert [a.id for a in desk.actions()] == [a3.id, a1.id, a2.id]
    assert [a.id for a in desk.actions(owner="ada")] == [a3.id, a1.id]
    assert [a.id for a in desk.actions(owner="Ada", status="open")] == [a1.id]
    assert [a.id for a in desk.actions(status=["open", "carried"])] == [a1.id, a2.id]
    assert desk.action_owners() == ["Ada", "grace"]
    edited = desk.update_action(a1.id, text="Book the big room", due=None)
    assert (edited.text, edited.due, edited.owner) == ("Book the big room", None, "Ada")
    desk.remove_actions([a2.id])
    assert a2.id not in [a.id for a in desk.actions()]
    (back,) = desk.restore_actions([a2.id])
    assert back == a2
    desk.put_actions([a1])
    assert desk.action(a1.id) == a1
    with pytest.raises(CopdeskError):
        desk.add_action("x", status="maybe")
    with pytest.raises(CopdeskError):
        desk.add_action("  ")


def test_a_new_retro_reviews_the_previous_retros_open_actions(desk: Desk) -> None:
    r1 = desk.create_session("community-retro", "Retro 1").id
    keep = desk.add_action("Keep going", "Ada", session_id=r1)
    done = desk.add_action("Already done", "Ada", session_id=r1)
    desk.set_action_status([done.id], "done")
    r2 = desk.create_session("community-retro", "Retro 2").id
    assert desk.previous_session_id(r2) == r1
    carried = desk.add_action("Carry me", "Grace", session_id=r1)
    assert [a.id for a in desk.open_actions_for_review(r2)] == [keep.id, carried.id]

    assert desk.record_review(r2, keep.id, "done").status == "done"
    assert desk.record_review(r2, carried.id, "carried").status == "carried"
    assert desk.action_reviews(r2) == {keep.id: "done", carried.id: "carried"}
    assert desk.open_actions_for_review(r2) == []
    new = desk.add_action("New in retro 2", "Ken", session_id=r2)

    r3 = desk.create_session("community-retro", "Retro 3").id
    assert desk.previous_session_id(r3) == r2
    assert [a.id for a in desk.open_actions_for_review(r3)] == [carried.id, new.id]
    assert desk.clear_review(r2, keep.id).status == "open"
    assert keep.id not in desk.action_reviews(r2)
    with pytest.raises(CopdeskError):
        desk.record_review(r3, new.id, "maybe")


# -- rituals --------------------------------------------------------------------


def test_rituals_add_update_remove_restore(desk: Desk) -> None:
    circles = desk.add_ritual("Learning circles", "every two weeks", 45, 12, "2025-01-06")
    assert circles.cadence == "biweekly"
    retro = desk.update_ritual(circles.id, name="Circles", people=14)
    assert (retro.name, retro.people, retro.cadence) == ("Circles", 14, "biweekly")
    desk.remove_rituals([circles.id])
    assert desk.rituals() == []
    assert desk.restore_rituals([circles.id]) == [retro]
    for bad in (
        dict(cadence="sometimes"),
        dict(first_date="soon"),
        dict(duration_minutes=0),
        dict(people=0),
        dict(name=" "),
    ):
        with pytest.raises(CopdeskError):
            desk.update_ritual(circles.id, **bad)  # type: ignore[arg-type]


def test_writes_on_a_read_only_file_say_so(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    Desk.open(path, backup=False).close()
    ro = Desk.open(path, read_only=True, backup=False)
    try:
        with pytest.raises(CopdeskError, match="read-only"):
            ro.add_member("Ada")
    finally:
        ro.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0


def test_interests_typed_as_one_text_become_tags(tmp_path) -> None:
    from copdesk.desk import Desk

    with Desk.open(tmp_path / "c.copdesk") as desk:
        member = desk.add_member("Ada", "Checkout", "discovery, pricing; SQL")
        assert member.interests == ("discovery", "pricing", "SQL")
        changed = desk.update_member(member.id, goals="Run better interviews | Learn SQL")
        assert changed.goals == ("Run better interviews", "Learn SQL")
        assert desk.add_member("Ben", interests=["a b", "c"]).interests == ("a b", "c")


def test_unsaving_a_round_takes_its_notes_and_resaving_brings_the_same_ids(desk: Desk) -> None:
    session = desk.create_session("learning-circles", "Circles")
    a = desk.add_member("Ana", "Search", "SQL").id
    b = desk.add_member("Ben", "Growth", "SQL").id
    saved, circles, notes = desk.save_round_on_board(
        "R1", "2025-03-03", [SuggestedCircle("SQL", (a, b))], session_id=session.id
    )
    assert [n.id for n in desk.notes(session.id)] == [n.id for n in notes]
    rows = desk.unsave_round(saved.id, [n.id for n in notes])
    assert desk.circle_rounds() == [] and desk.notes(session.id) == []
    assert desk.previous_pairs() == set()
    desk.resave_round(rows, [n.id for n in notes])
    assert desk.circle_rounds() == [saved]
    assert desk.round_circles(saved.id) == circles
    assert desk.notes(session.id) == notes
