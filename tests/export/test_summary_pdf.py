"""The session summary: A4 pages, agenda, ranked notes, decisions, actions, page numbers."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from copdesk.core.models import Ritual
from copdesk.export.formats import ExportOptions, render
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


RITUALS = (
    Ritual(1, "Learning circle", "weekly", 60, 4, "2025-06-02"),
    Ritual(2, "Community retro", "quarterly", 90, 12, "2025-04-15"),
    Ritual(3, "Old book club", "monthly", 60, 5, "2024-01-10", deleted=True),
)


def test_rituals_are_listed_with_cadence_and_time_per_month() -> None:
    data = summary_pdf(retro_board(), rituals=RITUALS, today=date(2025, 6, 20))
    text = all_text(data)
    assert "Rituals and rhythm" in text
    assert_texts_present(data, ["Learning circle", "Community retro"])
    assert_texts_present(data, ["every week", "every quarter"])
    # Weekly, one hour: 52/12 h per person and month, 4 people; quarterly 1.5 h: 30 min, 12 people.
    # Every duration in the table reads the same way ("17 h 20 min", not "17.3 h").
    assert_texts_present(data, ["1 h 4 4 h 20 min 17 h 20 min", "1 h 30 min 12 30 min 6 h"])
    assert_texts_present(data, ["All rituals", "4 h 50 min", "23 h 20 min"])
    assert ".3 h" not in text and ".0 h" not in text
    assert_texts_present(data, ["2025-06-23, 2025-06-30, 2025-07-07"])
    assert_texts_present(data, ["2025-07-15, 2025-10-15, 2026-01-15"])
    assert "Old book club" not in text  # deleted


def test_rituals_section_needs_rituals_and_next_dates_need_today() -> None:
    assert "Rituals and rhythm" not in all_text(summary_pdf(retro_board()))
    none_yet = all_text(summary_pdf(retro_board(), rituals=()))
    assert "Rituals and rhythm" in none_yet and "No rituals defined yet" in none_yet
    undated = all_text(summary_pdf(retro_board(), rituals=RITUALS[:1]))
    assert "Learning circle" in undated and "Next dates" not in undated


def test_unreadable_rituals_are_left_out_not_fatal() -> None:
    broken = replace(RITUALS[0], name="Sometimes thing", cadence="sometimes")
    undated = replace(RITUALS[1], name="Undated thing", first_date="soon")
    data = summary_pdf(
        retro_board(), rituals=(broken, undated, RITUALS[1]), today=date(2025, 6, 20)
    )
    text = all_text(data)
    assert "Community retro" in text
    assert "Sometimes thing" not in text and "Undated thing" not in text


def test_summary_format_passes_rituals_from_the_options() -> None:
    options = ExportOptions(rituals=RITUALS, today=date(2025, 6, 20))
    data = render("summary", retro_board(), options)
    assert_texts_present(data, ["Rituals and rhythm", "Learning circle", "every quarter"])


def _ritual_cells(rituals: tuple[Ritual, ...]) -> tuple[list[list[tuple]], list[float]]:
    from copdesk.export.summary_pdf import ritual_table

    def table(rows: list[list[tuple]], widths: list[float]) -> tuple:
        return rows, widths

    def cell(text: str, bold: bool = False, size: float = 9.5) -> tuple:
        return (text, bold, size)

    return ritual_table(rituals, date(2025, 6, 20), 483.0, table, cell)


@pytest.mark.parametrize(
    "rituals",
    [
        (Ritual(1, "Conference day", "weekly", 24 * 60, 1_000, "2025-06-02"),),
        (Ritual(1, "Conference day", "weekly", 1_439, 999, "2025-06-02"),) * 3,
        # stored before the desk had bounds: still no number runs over its cell
        (Ritual(1, "Summit", "weekly", 10_080, 100_000, "2025-06-02"),),
    ],
)
def test_ritual_numbers_fit_their_cells(rituals: tuple[Ritual, ...]) -> None:
    from copdesk.export.fonts import register_fonts, text_width

    register_fonts()
    rows, widths = _ritual_cells(rituals)
    assert sum(widths) == pytest.approx(483.0)
    for row in rows[1:]:
        for col in range(1, 6):  # rhythm, length, people, per person, total
            text, bold, size = row[col]
            assert text_width(text, size, bold) + 6 <= widths[col], (text, widths[col])
    assert min(widths[0], widths[-1]) >= 70  # the name and the dates keep room


def test_big_totals_have_thousands_separators() -> None:
    rows, _ = _ritual_cells((Ritual(1, "Conference day", "weekly", 24 * 60, 1_000, "2025-06-02"),))
    assert rows[1][3][0] == "1,000" and rows[1][5][0] == "104,000 h"
