"""Markdown for a wiki and spreadsheet-safe CSV of the notes."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from copdesk.export.markdown import board_markdown, md_escape
from copdesk.export.notes_csv import COLUMNS, notes_csv, notes_csv_text, safe_cell
from tests.export.sample_boards import community_canvas_board, retro_board


def test_markdown_has_headings_ranked_notes_and_action_table() -> None:
    board = retro_board()
    text = board_markdown(board)
    assert text.startswith("# Community retro Q2\n")
    for heading in (
        "## Agenda",
        "## Keep",
        "## Drop",
        "## Add",
        "### Learning formats",
        "## Actions",
    ):
        assert f"\n{heading}" in text
    assert "| Set up the book club channel | Anna | 2025-07-01 | open |" in text
    keep = text.split("## Keep")[1].split("## Drop")[0]
    counts = [int(line.split("**(")[1].split()[0]) for line in keep.splitlines() if "**(" in line]
    assert counts == sorted(counts, reverse=True)


def test_markdown_escapes_what_would_change_the_page() -> None:
    assert md_escape("a | b *c* #tag [x](y)") == r"a \| b \*c\* \#tag \[x\](y)"
    assert md_escape("- not a list\nline two") == r"\- not a list<br>line two"
    board = retro_board()
    note = replace(board.notes[0], text="# Heading? | pipe")
    assert "\\# Heading? \\| pipe" in board_markdown(replace(board, notes=(note,)))


def test_csv_has_one_row_per_note_with_all_columns() -> None:
    board = community_canvas_board()
    rows = list(csv.reader(io.StringIO(notes_csv_text(board))))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 1 + len(board.notes)
    assert {r[0] for r in rows[1:]} == {safe_cell(n.text) for n in board.notes}
    by_text = {r[0]: r for r in rows[1:]}
    learning = by_text["Learning circles of 2–3 people"]
    assert learning[1] == "Rituals & Rhythm" and learning[2] == "Learning formats"
    assert learning[4] in ("yellow", "orange", "pink", "blue", "green", "lilac")


def test_csv_neutralises_formulas_and_keeps_umlauts() -> None:
    for dangerous in ("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("normal") == "normal"
    assert safe_cell("nul\x00byte") == "nulbyte"
    board = retro_board()
    data = notes_csv(board)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8
    text = data.decode("utf-8-sig")
    assert "'=SUM(A1:A3) in the notes doc" in text
    assert "Die Kaffee-Runde am Freitag" in text


def test_csv_survives_lone_surrogates() -> None:
    board = retro_board()
    note = replace(board.notes[0], text="bad \ud800 char")
    assert b"bad ? char" in notes_csv(replace(board, notes=(note,)))
