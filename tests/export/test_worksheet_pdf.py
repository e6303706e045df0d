"""Blank worksheets: every built-in template printed empty, A4 and A3."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.export.paper import PAPER_SIZES
from copdesk.export.worksheet_pdf import template_from_board, worksheet_pdf
from copdesk.store.template_files import builtin_templates
from tests.export.pdf_reading import (
    all_text,
    assert_fonts_embedded,
    assert_qpdf_clean,
    assert_texts_present,
    page_sizes,
)
from tests.export.sample_boards import community_canvas_board

TEMPLATES = builtin_templates()


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_every_template_prints_titles_prompts_and_questions(template_id: str, paper: str) -> None:
    template = TEMPLATES[template_id]
    data = worksheet_pdf(template, "en", paper=paper)
    (width, height), *rest = page_sizes(data)
    assert not rest
    assert sorted((width, height)) == pytest.approx(sorted(PAPER_SIZES[paper]), abs=0.5)
    assert_texts_present(data, [f.title.get("en") for f in template.frames])


def test_german_worksheet_uses_german_texts(tmp_path: Path) -> None:
    template = TEMPLATES["community-canvas"]
    data = worksheet_pdf(template, "de", paper="A3")
    assert "Datum" in all_text(data)
    assert_texts_present(data, [f.title.get("de") for f in template.frames])
    assert_fonts_embedded(data)
    assert_qpdf_clean(data, tmp_path)


def test_questions_are_printed_and_can_be_left_out() -> None:
    template = TEMPLATES["community-retro"]
    question = next(q for f in template.frames for q in f.questions.get("en"))
    assert question.split()[0] in all_text(worksheet_pdf(template, "en", questions=True))
    first_frame_questions = [q for f in template.frames for q in f.questions.get("en")]
    text = all_text(worksheet_pdf(template, "en", questions=False))
    assert not any(q in text for q in first_frame_questions if len(q) > 25)


def test_a_board_prints_as_an_empty_worksheet_without_its_notes() -> None:
    board = community_canvas_board()
    data = worksheet_pdf(template_from_board(board), "en", paper="A3")
    assert_texts_present(data, [f.title for f in board.frames])
    assert board.notes[0].text not in all_text(data)


def test_orientation_follows_the_template_shape() -> None:
    wide = TEMPLATES["community-canvas"]
    ((w, h),) = page_sizes(worksheet_pdf(wide, "en"))
    assert w > h
    ((w, h),) = page_sizes(worksheet_pdf(wide, "en", orientation="portrait"))
    assert w < h
