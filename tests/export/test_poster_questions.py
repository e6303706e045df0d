"""The poster's guiding questions: under each frame's title and prompt, above its
notes and never under one. The board opens up only where a frame's notes leave
too little room, and its notes keep their places relative to each other."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copdesk.core.label_spot import overlap
from copdesk.core.models import Board, Frame, Note, NoteDraft, Session
from copdesk.desk.desk import Desk
from copdesk.export.board_drawing import Placement, board_bounds
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import clean_text, register_fonts, text_width
from copdesk.export.paper import page_size
from copdesk.export.poster_pdf import MARGIN, PosterOptions, poster_pdf
from copdesk.export.question_room import question_layout, question_room
from tests.export.pdf_reading import (
    assert_qpdf_clean,
    assert_texts_present,
    rectangles,
    text_runs,
)
from tests.export.sample_boards import community_canvas_board

KEEP = [
    "Monthly demo sessions with the whole product org",
    "Pairing on discovery interviews",
    "Lightning talks before lunch",
    "The Friday coffee round",
    "Shared reading list",
    "Office hours with the sponsor",
]
DROP = [
    "Long status updates",
    "Meetings without an agenda",
    "Managers dominating the meeting",
    "Too many channels",
    "Meeting notes nobody reads",
]

Rect = tuple[float, float, float, float]


def _board(tmp: Path, template: str, notes: dict[str, list[str]]) -> Board:
    with Desk.open(tmp / f"{template}.copdesk", backup=False) as desk:
        session = desk.create_session(template, "Poster with questions")
        for frame, texts in notes.items():
            desk.place_and_add(session.id, [NoteDraft(text=t) for t in texts], frame_title=frame)
        return desk.board(session.id)


@pytest.fixture(scope="module")
def retro(tmp_path_factory: pytest.TempPathFactory) -> Board:
    """QA's board: a community retro with notes imported into Keep and Drop."""
    return _board(tmp_path_factory.mktemp("retro"), "community-retro", {"Keep": KEEP, "Drop": DROP})


@pytest.fixture(scope="module")
def canvas(tmp_path_factory: pytest.TempPathFactory) -> Board:
    """The Community Canvas (17 questions a frame) with notes in three frames."""
    words = [f"Idea {i} for our community" for i in range(12)]
    frames = ["Purpose, Values & Success Definition", "Rituals & Rhythm", "Contents & Curation"]
    return _board(tmp_path_factory.mktemp("canvas"), "community-canvas", {f: words for f in frames})


def _question_lines(data: bytes, board: Board) -> list[tuple[str, Rect]]:
    """Each question's first printed line with its box on the page (PDF y up)."""
    questions = [clean_text(q) for f in board.frames for q in f.questions]
    found: list[tuple[str, Rect]] = []
    for text, x, y, size in text_runs(data):
        if len(text) > 12 and any(q.startswith(text) for q in questions):
            found.append((text, (x, y - 0.25 * size, text_width(text, size), 1.2 * size)))
    return found


@pytest.mark.parametrize("which", ["retro", "canvas"])
@pytest.mark.parametrize("paper", ["A3", "A4"])
def test_no_note_covers_a_guiding_question(
    which: str, paper: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    board: Board = request.getfixturevalue(which)
    data = poster_pdf(board, PosterOptions(paper=paper, questions=True))
    notes = rectangles(data)
    assert len(notes) == len(board.notes)
    lines = _question_lines(data, board)
    asked = sum(len(f.questions) for f in board.frames)
    assert len(lines) == asked  # every question printed, each found once
    for text, line in lines:
        for note in notes:
            assert overlap(line, note) == 0, (text, line, note)
    assert_qpdf_clean(data, tmp_path)


def test_the_questions_of_keep_and_drop_sit_between_prompt_and_notes(retro: Board) -> None:
    data = poster_pdf(retro, PosterOptions(questions=True))
    runs = text_runs(data)
    notes = rectangles(data)
    for frame in (f for f in retro.frames if f.title in ("Keep", "Drop")):
        prompt_y = next(y for text, _x, y, _s in runs if text == clean_text(frame.prompt))
        first = clean_text(frame.questions[0])
        question = next((x, y) for text, x, y, _s in runs if first.startswith(text))
        mine = [n for n in notes if abs(n[0] - question[0]) < 200]  # this frame's column
        assert question[1] < prompt_y  # below the prompt
        assert question[1] > max(y + h for _x, y, _w, h in mine)  # above the first notes


def test_a_frame_with_room_to_spare_changes_nothing() -> None:
    """The sample canvas keeps 200 units above its notes: two questions fit."""
    board = community_canvas_board()
    with_questions = poster_pdf(board, PosterOptions(questions=True))
    assert rectangles(with_questions) == rectangles(poster_pdf(board))
    assert_texts_present(with_questions, [q for f in board.frames for q in f.questions])


def _opened(board: Board, paper: str = "A3") -> tuple[BoardFacts, BoardFacts, dict]:
    register_fonts()
    facts = BoardFacts.of(board)
    width, height = page_size(paper, "landscape")
    box = (MARGIN, MARGIN + 18, width - 2 * MARGIN, height - 120)
    opened, blocks = question_room(facts, box, min_size=4.0)
    return facts, opened, blocks


def test_notes_keep_their_places_in_their_frame(retro: Board) -> None:
    facts, opened, blocks = _opened(retro)
    moved = {n.id: n for n in opened.notes}
    assert set(blocks) == {f.id for f in facts.frames if f.questions}
    for frame in facts.frames:
        mine = [n for n in facts.notes if facts.frame_of(n) is frame]
        for a, b in itertools.combinations(mine, 2):
            before = (b.x - a.x, b.y - a.y)
            after = (moved[b.id].x - moved[a.id].x, moved[b.id].y - moved[a.id].y)
            assert after == pytest.approx(before)
        for n in mine:  # same size, still inside its (taller) frame
            m, f = moved[n.id], next(g for g in opened.frames if g.id == frame.id)
            assert (m.width, m.height, m.x) == (n.width, n.height, n.x)
            assert f.y <= m.y and m.y + m.height <= f.y + f.height
    # only Keep and Drop hold notes: the board opens up once, at their first row
    shifts = {moved[n.id].y - n.y for n in facts.notes}
    assert len(shifts) == 1 and shifts.pop() > 0


def test_the_canvas_on_a4_stays_in_proportion(canvas: Board) -> None:
    """Small paper: the questions take their text size from the board as it is,
    so opening the board up cannot feed on itself."""
    facts, opened, _blocks = _opened(canvas, "A4")
    width, height = page_size("A4", "landscape")
    box = (MARGIN, MARGIN + 18, width - 2 * MARGIN, height - 120)
    before = Placement.fit(board_bounds(facts), box).scale
    after = Placement.fit(board_bounds(opened), box).scale
    assert after > 0.6 * before


def test_long_lists_go_into_columns_only_where_that_is_much_shorter() -> None:
    register_fonts()
    short = ["Which session do you still think about?", "What would you miss first?"]
    assert len(question_layout(short, 1500.0, 15.0).columns) == 1
    many = [f"Question number {i}: what does the community need next?" for i in range(17)]
    layout = question_layout(many, 1100.0, 15.0)
    assert len(layout.columns) == 2
    assert layout.height < question_layout(many, 700.0, 15.0).height * 0.6
    # read down the first column, then the second: the questions' own order
    assert [f.lines[0].text for c in layout.columns for f in c] == many


_FRAMES = tuple(
    Frame(
        i + 1,
        1,
        f"Frame {i + 1}",
        "A prompt",
        (i % 3) * 700.0,
        (i // 3) * 960.0,
        660,
        900,
        "#f1f4f8",
    )
    for i in range(6)
)


@st.composite
def _boards(draw: st.DrawFn) -> Board:
    questions = st.lists(st.text("abcdefgh ", min_size=5, max_size=120), max_size=12)
    frames = tuple(replace(f, questions=tuple(draw(questions))) for f in _FRAMES)
    notes: list[Note] = []
    for frame in frames:
        for _ in range(draw(st.integers(0, 6))):
            x = draw(st.floats(frame.x, frame.x + frame.width - 200))
            y = draw(st.floats(frame.y, frame.y + frame.height - 140))
            notes.append(Note(len(notes) + 1, 1, "note", x, y, frame_id=frame.id))
    session = Session(1, "Random board", "blank", "2025-01-01T00:00:00+00:00", "")
    return Board("CoP", session, frames, tuple(notes))


@settings(max_examples=40, deadline=None)
@given(board=_boards())
def test_on_any_board_no_note_lands_on_questions_or_on_another_note(board: Board) -> None:
    facts, opened, blocks = _opened(board)
    frames = {f.id: f for f in opened.frames}
    moved = {n.id: n for n in opened.notes}
    for block in blocks.values():
        frame = frames[block.frame_id]
        for box in block.boxes():
            assert frame.x <= box[0] and box[0] + box[2] <= frame.x + frame.width + 1e-6
            assert frame.y < box[1] and box[1] + box[3] <= frame.y + frame.height + 1e-6
            for n in opened.notes:
                assert overlap(box, (n.x, n.y, n.width, n.height)) == 0
    for a, b in itertools.combinations(facts.notes, 2):  # nothing newly on top of another
        before = overlap((a.x, a.y, a.width, a.height), (b.x, b.y, b.width, b.height))
        ma, mb = moved[a.id], moved[b.id]
        if before == 0:
            assert (
                overlap((ma.x, ma.y, ma.width, ma.height), (mb.x, mb.y, mb.width, mb.height)) == 0
            )
