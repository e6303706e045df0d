"""The notes of a session as CSV that is safe to open in a spreadsheet.

Columns: text, frame, cluster, votes, color, author. A cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be read as a formula
by spreadsheet programs (CSV injection); such cells get a leading apostrophe.
The file is UTF-8 with a byte-order mark so that spreadsheets read umlauts right.
"""

from __future__ import annotations

import csv
import io

from copdesk.core.models import Board
from copdesk.core.palette import note_color_name
from copdesk.export.board_facts import BoardFacts

COLUMNS = ("text", "frame", "cluster", "votes", "color", "author")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``value`` neutralised for spreadsheets (no formula, no NUL)."""
    value = value.replace("\x00", "")
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value


def notes_csv_text(board: Board, language: str = "en") -> str:
    """The CSV text (without byte-order mark), notes in board reading order."""
    facts = BoardFacts.of(board)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for _, clusters, loose in facts.sections():
        notes = [n for c in clusters for n in facts.ranked(facts.cluster_notes(c))] + loose
        for note in notes:
            cluster = facts.cluster_of(note)
            frame = facts.frame_of(note)
            writer.writerow(
                [
                    safe_cell(note.text),
                    safe_cell(frame.title if frame else ""),
                    safe_cell(cluster.label if cluster else ""),
                    str(facts.note_votes.get(note.id, 0)),
                    note_color_name(note.color, language),
                    safe_cell(note.author),
                ]
            )
    return buffer.getvalue()


def notes_csv(board: Board, language: str = "en") -> bytes:
    """The CSV file's bytes: UTF-8 with a byte-order mark."""
    return notes_csv_text(board, language).encode("utf-8-sig", errors="replace")
