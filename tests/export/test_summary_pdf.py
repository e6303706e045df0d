"""The session summary: A4 pages, agenda, ranked notes, decisions, actions, page numbers."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from copdesk.export.paper import page_size
from copdesk.export.summary_pdf import summary_pdf
from tests.export.pdf_reading import (
    all_text,
    assert_fonts_embedded,
    assert_qpdf_clean,
    assert_texts_present,
    page_sizes,
    reader,
)
from tests.export.sample_boards import big_board, retro_board


@pytest.fixture(scope="module")
def retro_pdf() -> bytes:
    return summary_pdf(retro_board())


def test_summary_holds_title_agenda_notes_and_actions(retro_pdf: bytes) -> None:
    board = retro_board()
    assert_texts_present(retro_pdf, [n.text for n in board.notes])
    assert_texts_present(retro_pdf, [s.title for s in board.agenda])
    assert_texts_present(retro_pdf, [a.text for a in board.actions] + ["Anna", "2025-07-01"])
    assert_texts_present(retro_pdf, ["Community retro Q2", "Agenda", "Decisions", "Actions"])


def test_agenda_shows_planned_and_actual_minutes(retro_pdf: bytes) -> None:
    text = all_text(retro_pdf)
    assert "30 min" in text and "35 min" in text  # Keep / Drop / Add: planned 30, took 35
    assert "not run" in text  # the last step never ran


def test_notes_are_ranked_by_votes_within_their_frame(retro_pdf: bytes) -> None:
    board = retro_board()
    votes = {n.id: board.vote_count("note", n.id) for n in board.notes}
    keep = sorted((n for n in board.notes if n.frame_id == 1), key=lambda n: -votes[n.id])
    text = re.sub(r"\s+", "", all_text(retro_pdf))
    positions = [text.index(re.sub(r"\s+", "", n.text)) for n in keep]
    assert positions == sorted(positions)


def test_every_page_is_a4_portrait_and_numbered() -> None:
    data = summary_pdf(big_board(400))
    sizes = page_sizes(data)
    assert len(sizes) > 3
    assert all(s == pytest.approx(page_size("A4"), abs=0.5) for s in sizes)
    total = len(sizes)
    for number, page in enumerate(reader(data).pages, start=1):
        assert f"Page {number} of {total}" in (page.extract_text() or "")


def test_fonts_embedded_and_qpdf_clean(retro_pdf: bytes, tmp_path: Path) -> None:
    assert_fonts_embedded(retro_pdf)
    assert_qpdf_clean(retro_pdf, tmp_path)


def test_thumbnail_is_drawn_as_vectors(retro_pdf: bytes) -> None:
    page = reader(retro_pdf).pages[0]
    assert not page["/Resources"].get_object().get("/XObject")


def test_recorded_decisions_are_listed() -> None:
    board = replace(retro_board(), extra={"decisions": ["We start a book club in July"]})
    assert_texts_present(summary_pdf(board), ["We start a book club in July"])


def test_a_huge_note_splits_over_pages_instead_of_failing() -> None:
    board = retro_board()
    long_note = replace(board.notes[0], text=("Ein sehr langer Absatz über Übungen. " * 60).strip())
    data = summary_pdf(replace(board, notes=(long_note, *board.notes[1:])))
    pages = [page.extract_text() or "" for page in reader(data).pages]
    footer = re.compile(r"Product CoP · Community retro Q2 · 2025-06-20\s*Page \d+ of \d+")
    body = re.sub(r"\s+", "", footer.sub("", "".join(pages)))
    assert re.sub(r"\s+", "", long_note.text) in body


def test_empty_session_still_makes_a_summary() -> None:
    board = replace(retro_board(), notes=(), votes=(), agenda=(), actions=(), clusters=())
    text = all_text(summary_pdf(board))
    assert "No agenda was planned" in text and "No actions recorded" in text
