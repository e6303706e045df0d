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


def _counted(text: str) -> int:
    """The votes on the notes' lines (a cluster heading repeats its notes' total)."""
    return sum(
        int(line.split("**(")[1].split()[0])
        for line in text.splitlines()
        if line.startswith("- ") and "**(" in line
    )


def test_exports_count_the_votes_the_board_shows() -> None:
    """Only the current round counts (an earlier round was on other questions), and
    nothing while its counts are hidden: as the board and the poster show them."""
    from copdesk.core.models import Vote, VotingRound

    board = retro_board()
    assert _counted(board_markdown(board)) == len(board.votes)  # one round, shown
    first = replace(board.rounds[0], open=False)
    second = VotingRound(2, first.session_id, open=True)
    extra = tuple(Vote(100 + i, 2, "note", board.notes[0].id) for i in range(4))
    two_rounds = replace(board, rounds=(first, second), votes=(*board.votes, *extra))
    assert _counted(board_markdown(two_rounds)) == 4
    rows = list(csv.DictReader(io.StringIO(notes_csv_text(two_rounds).lstrip("\ufeff"))))
    assert sum(int(r["votes"]) for r in rows) == 4
    hidden = replace(two_rounds, rounds=(first, replace(second, hidden=True)))
    assert _counted(board_markdown(hidden)) == 0
