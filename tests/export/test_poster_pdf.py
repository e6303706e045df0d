"""The canvas poster: one vector page, every note's text, the right paper, embedded fonts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from copdesk.core.models import Note
from copdesk.export.paper import PAPER_SIZES, page_size
from copdesk.export.poster_pdf import PosterOptions, poster_pdf
from tests.export.pdf_reading import (
    all_text,
    assert_fonts_embedded,
    assert_qpdf_clean,
    assert_texts_present,
    page_sizes,
    reader,
)
from tests.export.sample_boards import big_board, community_canvas_board


@pytest.fixture(scope="module")
def canvas_pdf() -> bytes:
    return poster_pdf(community_canvas_board())


def test_every_note_text_frame_title_and_footer_is_in_the_poster(canvas_pdf: bytes) -> None:
    board = community_canvas_board()
    assert len(board.notes) == 60
    assert_texts_present(canvas_pdf, [n.text for n in board.notes])
    assert_texts_present(canvas_pdf, [f.title for f in board.frames])
    assert_texts_present(
        canvas_pdf, ["Product CoP", "Community Canvas — Product CoP", "2025-03-14"]
    )


def test_poster_is_one_a3_landscape_page_by_default(canvas_pdf: bytes) -> None:
    (width, height), *rest = page_sizes(canvas_pdf)
    assert not rest
    assert (width, height) == pytest.approx(page_size("A3", "landscape"), abs=0.5)
    assert width > height


@pytest.mark.parametrize("paper", list(PAPER_SIZES))
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_every_paper_and_orientation_sets_the_media_box(paper: str, orientation: str) -> None:
    data = poster_pdf(community_canvas_board(), PosterOptions(paper, orientation))  # type: ignore[arg-type]
    assert page_sizes(data) == [pytest.approx(page_size(paper, orientation), abs=0.5)]  # type: ignore[arg-type]


def test_fonts_are_embedded_and_qpdf_finds_no_error(canvas_pdf: bytes, tmp_path: Path) -> None:
    assert_fonts_embedded(canvas_pdf)
    assert_qpdf_clean(canvas_pdf, tmp_path)


def test_poster_is_vector_not_an_image(canvas_pdf: bytes) -> None:
    page = reader(canvas_pdf).pages[0]
    xobjects = page["/Resources"].get_object().get("/XObject", {})
    assert not xobjects, "the poster must be drawn, not embedded as a picture"


def test_guiding_questions_only_when_asked() -> None:
    board = community_canvas_board()
    question = board.frames[0].questions[0]
    assert question not in all_text(poster_pdf(board))
    assert_texts_present(poster_pdf(board, PosterOptions(questions=True)), [question])


def test_clusters_show_label_and_vote_count(canvas_pdf: bytes) -> None:
    text = all_text(canvas_pdf)
    assert "Learning formats · " in text
    assert "Time & budget · " in text


def test_unicode_notes_german_cjk_arabic_hebrew_render_without_error() -> None:
    board = community_canvas_board()
    texts = [
        "Grüße, Äpfel, Öl, Übung — ß",
        "学习产品发现",
        "مرحبا بالعالم",
        "שלום לכולם",
        "Ελληνικά Кириллица",
    ]
    notes = tuple(
        replace(n, text=texts[i]) if i < len(texts) else n for i, n in enumerate(board.notes)
    )
    data = poster_pdf(replace(board, notes=notes))
    assert_texts_present(data, texts)  # pypdf returns RTL runs in logical order
    assert_fonts_embedded(data)


def test_a_character_no_font_has_prints_a_placeholder() -> None:
    board = community_canvas_board()
    # Malayalam: no bundled font has the script (the unicorn emoji used to be the example)
    note = replace(board.notes[0], text="Kerala \u0d05 and \ud800 lone surrogate \x00 \U0001f984")
    data = poster_pdf(replace(board, notes=(note,)))
    assert_texts_present(data, ["Kerala □ and □ lone surrogate 🦄"])


def test_overlong_texts_stay_inside_their_note() -> None:
    board = community_canvas_board()
    long_word = "x" * 2000
    notes = (replace(board.notes[0], text=long_word), replace(board.notes[1], text="word " * 400))
    data = poster_pdf(replace(board, notes=notes))
    assert "…" in all_text(data)  # cut with an ellipsis at the minimum size, never overflowing


def test_empty_board_still_makes_a_poster() -> None:
    board = replace(community_canvas_board(), frames=(), notes=(), clusters=(), votes=())
    assert len(page_sizes(poster_pdf(board))) == 1


def test_deleted_notes_are_left_out() -> None:
    board = community_canvas_board()
    gone = replace(board.notes[0], text="This note was deleted", deleted=True)
    data = poster_pdf(replace(board, notes=(gone, *board.notes[1:])))
    assert "This note was deleted" not in all_text(data)


def test_progress_is_reported_up_to_done() -> None:
    seen: list[float] = []
    poster_pdf(big_board(200), progress=lambda fraction, _: seen.append(fraction))
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


def test_a_thousand_note_poster_contains_every_note() -> None:
    board = big_board(1000)
    data = poster_pdf(board, PosterOptions(paper="A1", min_text_size=2.0))
    assert_texts_present(data, [n.text for n in board.notes[::37]])
    assert isinstance(board.notes[0], Note)
