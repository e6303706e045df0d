"""Blank worksheets: every built-in template printed empty, A4 and A3."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.export.formats import ExportOptions, render
from copdesk.export.paper import PAPER_SIZES
from copdesk.export.worksheet_pdf import template_from_board, worksheet_pdf
from copdesk.store.template_files import builtin_templates
from tests.export.pdf_reading import (
    all_text,
    assert_fonts_embedded,
    assert_qpdf_clean,
    assert_texts_present,
    page_sizes,
    reader,
    squash,
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


def _long_questions(template_id: str) -> list[str]:
    """Questions long enough to be found whole in the extracted text."""
    template = TEMPLATES[template_id]
    return [q for f in template.frames for q in f.questions.get("en") if len(q) > 25]


@pytest.mark.parametrize(("questions", "printed"), [(None, True), (True, True), (False, False)])
def test_the_export_table_passes_the_questions_choice_to_the_worksheet(
    questions: bool | None, printed: bool
) -> None:
    """Without a choice a worksheet prints its questions; --no-questions (or the
    unticked box) leaves them out, and the rest of the sheet stays."""
    template = TEMPLATES["community-retro"]
    options = ExportOptions(template=template, questions=questions)
    text = squash(all_text(render("worksheet", None, options)))
    long_questions = _long_questions("community-retro")
    assert long_questions
    found = [q for q in long_questions if squash(q) in text]
    assert (found == long_questions) if printed else not found
    assert all(squash(f.title.get("en")) in text for f in template.frames)


def test_a_worksheet_without_questions_has_more_writing_lines() -> None:
    template = TEMPLATES["community-canvas"]
    with_questions = render("worksheet", None, ExportOptions(template=template))
    without = render("worksheet", None, ExportOptions(template=template, questions=False))
    assert with_questions != without
    assert _line_count(without) > _line_count(with_questions)


def _line_count(data: bytes) -> int:
    """Straight lines stroked on the page: the ruled writing lines."""
    content = reader(data).pages[0].get_contents()
    assert content is not None
    return content.get_data().count(b" l S")
