"""Importing CSV and text: all or nothing, and never anything but CopdeskError."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.errors import ImportProblem
from copdesk.core.note_import import notes_from_csv, notes_from_text, parse_color, sniff_kind
from copdesk.core.text import MAX_NOTE_CHARS


def test_csv_with_bom_semicolons_and_quoted_newlines() -> None:
    data = '\ufefftext;author;color;frame\n"Zwei\nZeilen";Jörg;grün;Keep\nÄrger über Meetings;;2;\n'
    drafts = notes_from_csv(data.encode("utf-8"))
    assert [d.text for d in drafts] == ["Zwei\nZeilen", "Ärger über Meetings"]
    assert drafts[0].author == "Jörg" and drafts[0].color == 4 and drafts[0].frame_title == "Keep"
    assert drafts[1].color == 1


def test_csv_cp1252_and_tabs() -> None:
    data = "Text\tAuthor\nCafé crème – später\tRené\n".encode("cp1252")
    drafts = notes_from_csv(data)
    assert drafts[0].text == "Café crème – später" and drafts[0].author == "René"


def test_csv_utf16_from_a_spreadsheet() -> None:
    drafts = notes_from_csv("text,author\nOK,Ana\n".encode("utf-16"))
    assert drafts[0].text == "OK"


def test_bad_row_names_its_line_and_nothing_is_imported() -> None:
    data = b'text,color\nfine,1\n"multi\nline",2\nbad,purple-ish\n'
    with pytest.raises(ImportProblem, match="Line 5"):
        notes_from_csv(data)


def test_missing_text_column() -> None:
    with pytest.raises(ImportProblem, match="no “text” column"):
        notes_from_csv(b"topic,details,author\nx,y,z\n")


def test_the_one_column_beside_known_ones_is_the_text() -> None:
    assert [(d.text, d.author) for d in notes_from_csv(b"title,author\nx,y\n")] == [("x", "y")]


def test_common_header_names_in_english_and_german() -> None:
    german = notes_from_csv("Notiz;Autor;Farbe;Spalte\nBuchclub;Ana;grün;Keep\n".encode())
    assert [(d.text, d.author, d.color, d.frame_title) for d in german] == [
        ("Buchclub", "Ana", 4, "Keep")
    ]
    board_export = notes_from_csv(b"Content,Created by,Colour\nPair on interviews,Ben,3\n")
    assert [(d.text, d.author, d.color) for d in board_export] == [("Pair on interviews", "Ben", 2)]


def test_a_one_column_survey_export_is_the_note_texts() -> None:
    data = b"What do you want to learn in the next three months?\nSQL\nStorytelling\n"
    assert [d.text for d in notes_from_csv(data)] == ["SQL", "Storytelling"]


def test_a_survey_export_with_timestamps_and_names() -> None:
    google = b"Timestamp,What do you want to learn in Q1?\n2026/11/01 10:00,Discovery\n"
    assert [d.text for d in notes_from_csv(google)] == ["Discovery"]
    microsoft = (
        b"ID,Start time,Completion time,Email,Name,Your learning goal\n"
        b"1,11/1/26 10:00,11/1/26 10:02,ana@example.org,Ana,Pairing on SQL\n"
    )
    assert [(d.text, d.author) for d in notes_from_csv(microsoft)] == [("Pairing on SQL", "Ana")]


def test_two_unnamed_answer_columns_are_not_guessed() -> None:
    with pytest.raises(ImportProblem, match="no “text” column"):
        notes_from_csv(b"Timestamp,First question,Second question\nx,a,b\n")


def test_a_one_column_file_of_names_is_not_taken_for_notes() -> None:
    with pytest.raises(ImportProblem, match="no “text” column"):
        notes_from_csv(b"name\nAna\nBen\n")


def test_too_long_note() -> None:
    data = ("text\n" + "a" * (MAX_NOTE_CHARS + 1) + "\n").encode()
    with pytest.raises(ImportProblem, match="Line 2"):
        notes_from_csv(data)


def test_huge_field_is_a_plain_error() -> None:
    data = b'text\n"' + b"x" * 200_000 + b'"\n'
    with pytest.raises(ImportProblem, match="Line 2"):
        notes_from_csv(data)


def test_nul_bytes_are_refused() -> None:
    with pytest.raises(ImportProblem, match="NUL"):
        notes_from_csv(b"text\nab\x00c\n")


def test_control_characters_stripped_scripts_kept() -> None:
    data = 'text\n"a\x07b\x1b"\nمرحبا بالعالم\n学习设计系统 🚀\n'.encode()
    assert [d.text for d in notes_from_csv(data)] == ["ab", "مرحبا بالعالم", "学习设计系统 🚀"]


def test_text_one_note_per_line() -> None:
    drafts = notes_from_text(b"first\n\nsecond\n")
    assert [d.text for d in drafts] == ["first", "second"]
    drafts = notes_from_text(b"one\ntwo\r\nthree")
    assert [d.text for d in drafts] == ["one", "two", "three"]


def test_text_paragraphs_when_blank_lines_separate_them() -> None:
    drafts = notes_from_text(b"para one\nstill one\n\npara two\n")
    assert [d.text for d in drafts] == ["para one\nstill one", "para two"]


def test_empty_inputs() -> None:
    with pytest.raises(ImportProblem):
        notes_from_text(b"   \n\n")
    with pytest.raises(ImportProblem):
        notes_from_csv(b"")
    with pytest.raises(ImportProblem, match="no notes"):
        notes_from_csv(b"text\n")


def test_colours_by_number_and_name() -> None:
    assert parse_color("3", 1) == 2
    assert parse_color("Lilac", 1) == 5
    assert parse_color("", 1) == 0
    with pytest.raises(ImportProblem):
        parse_color("7", 9)


def test_sniff_kind() -> None:
    assert sniff_kind("a.csv", b"") == "csv"
    assert sniff_kind("a.json", b"") == "json"
    assert sniff_kind("notes", b'{"x": 1}') == "json"
    assert sniff_kind("notes.txt", b"{") == "text"


@given(st.binary(max_size=2000))
def test_any_bytes_as_csv_import_or_refuse(data: bytes) -> None:
    try:
        drafts = notes_from_csv(data)
    except ImportProblem:
        return
    assert drafts and all(d.text and len(d.text) <= MAX_NOTE_CHARS for d in drafts)


@given(st.binary(max_size=2000))
def test_any_bytes_as_text_import_or_refuse(data: bytes) -> None:
    try:
        drafts = notes_from_text(data)
    except ImportProblem:
        return
    assert all(d.text == d.text.strip() and "\x00" not in d.text for d in drafts)


csv_cell = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(
    st.lists(st.tuples(csv_cell, csv_cell), min_size=1, max_size=20),
    st.sampled_from([",", ";", "\t"]),
)
def test_written_csv_round_trips(rows: list[tuple[str, str]], delimiter: str) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["text", "author"])
    writer.writerows(rows)
    try:
        drafts = notes_from_csv(buffer.getvalue().encode("utf-8"))
    except ImportProblem:
        return
    for d in drafts:
        assert d.text and len(d.text) <= MAX_NOTE_CHARS


# -- a quote left open ---------------------------------------------------------------


def test_an_unterminated_quote_is_refused_naming_its_line() -> None:
    data = b'text,author\nfine,Ana\n"never closed,Ben\nmore,Cem\nand more,Dee\n'
    with pytest.raises(ImportProblem, match=r"Line 3: a quote \(\"\) opens a field"):
        notes_from_csv(data)


def test_an_open_quote_after_a_closed_multiline_field_names_its_own_line() -> None:
    data = b'text,author\n"two\nlines",Ana\nok,"open\nrest\n'
    with pytest.raises(ImportProblem, match="Line 4"):
        notes_from_csv(data)


def test_an_open_quote_in_the_header_is_line_one() -> None:
    with pytest.raises(ImportProblem, match="Line 1: a quote"):
        notes_from_csv(b'"text\nidea\n')


def test_quotes_inside_a_plain_field_and_doubled_quotes_are_fine() -> None:
    data = b'text\nsay "hi"\n"a ""quoted"" word"\n"closed"then text\n'
    assert [d.text for d in notes_from_csv(data)] == [
        'say "hi"',
        'a "quoted" word',
        "closedthen text",
    ]


plain_cell = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='",;\t'),
    min_size=1,
    max_size=20,
).filter(str.strip)
quoted_cell = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


@given(
    st.lists(st.tuples(quoted_cell, quoted_cell), max_size=8),
    st.lists(st.tuples(plain_cell, plain_cell), min_size=1, max_size=8),
    st.data(),
    st.sampled_from([",", ";", "\t"]),
)
def test_a_quote_left_open_is_refused_at_its_line(
    before: list[tuple[str, str]],
    after: list[tuple[str, str]],
    data: st.DataObject,
    delimiter: str,
) -> None:
    """Rows written by csv (quotes, newlines, delimiters inside), then rows of plain
    text of which one has a field starting with a quote that nothing closes."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(["text", "author"])
    writer.writerows(before)
    head = buffer.getvalue()
    open_row = data.draw(st.integers(0, len(after) - 1))
    open_field = data.draw(st.integers(0, 1))
    lines = []
    for i, (text, author) in enumerate(after):
        cells = [text, author]
        if i == open_row:
            cells[open_field] = '"' + cells[open_field]
        lines.append(delimiter.join(cells))
    body = "\n".join(lines) + data.draw(st.sampled_from(["", "\n"]))
    breaks = head.replace("\r\n", "\n").replace("\r", "\n").count("\n")  # as an editor counts
    expected = breaks + open_row + 1
    with pytest.raises(ImportProblem, match=f"^Line {expected}: a quote"):
        notes_from_csv((head + body).encode("utf-8"))


@given(
    st.lists(st.tuples(quoted_cell, quoted_cell), min_size=1, max_size=12),
    st.sampled_from([",", ";", "\t"]),
)
def test_what_csv_writes_is_never_taken_for_an_open_quote(
    rows: list[tuple[str, str]], delimiter: str
) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["text", "author"])
    writer.writerows(rows)
    try:
        notes_from_csv(buffer.getvalue().encode("utf-8"))
    except ImportProblem as problem:
        assert "quote" not in str(problem), problem
