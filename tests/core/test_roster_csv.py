"""Roster CSV import: flexible headers, encodings, delimiters; all or nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.errors import ImportProblem
from copdesk.core.member_fields import MemberDraft
from copdesk.core.roster_csv import match_columns, read_roster


def test_a_plain_english_roster() -> None:
    data = (
        b"Name,Team,Interests,Learning goals,Email\n"
        b'Ada Lovelace,Checkout,"UX Research, Testing",Kotlin basics,ada@example.org\n'
        b"Grace Hopper,Search,DDD|SQL,,grace@example.org\n"
    )
    result = read_roster(data)
    assert result.drafts == (
        MemberDraft(
            "Ada Lovelace",
            "Checkout",
            ("UX Research", "Testing"),
            ("Kotlin basics",),
            "ada@example.org",
            2,
        ),
        MemberDraft("Grace Hopper", "Search", ("DDD", "SQL"), (), "grace@example.org", 3),
    )


def test_a_german_survey_export_in_cp1252_with_semicolons() -> None:
    text = (
        "Vorname Nachname;Rolle;Welche Themen interessieren dich?;Lernziele;E-Mail\n"
        'Jürgen Groß;Produkt;Qualitätssicherung;"Führung\nCoaching";j@example.de\n'
    )
    result = read_roster(text.encode("cp1252"))
    (draft,) = result.drafts
    assert draft.name == "Jürgen Groß"
    assert draft.team == "Produkt"
    assert draft.interests == ("Qualitätssicherung",)
    assert draft.goals == ("Führung", "Coaching")
    assert draft.contact == "j@example.de"


def test_utf8_bom_tabs_and_first_last_name_columns() -> None:
    data = "\ufeffFirst name\tLast name\tRole\tTopics\nMing\tLi\tQA\t数据; UX\n".encode()
    (draft,) = read_roster(data).drafts
    assert (draft.name, draft.team, draft.interests) == ("Ming Li", "QA", ("数据", "UX"))


def test_survey_question_headers() -> None:
    headers = (
        "timestamp",
        "your name",
        "which team are you in?",
        "what topics interest you most?",
        "what do you want to learn next quarter? (goals)",
        "e-mail address",
    )
    assert match_columns(headers) == {
        "name": "your name",
        "team": "which team are you in?",
        "interests": "what topics interest you most?",
        "goals": "what do you want to learn next quarter? (goals)",
        "contact": "e-mail address",
    }


def test_a_row_without_a_name_stops_the_whole_import_naming_its_line() -> None:
    data = b"Name,Team\nAda,A\n,B\nGrace,C\n"
    with pytest.raises(ImportProblem, match="Line 3"):
        read_roster(data)


def test_a_too_long_field_names_its_line() -> None:
    data = b"Name,Team\nAda,A\nGrace," + b"x" * 2500 + b"\n"
    with pytest.raises(ImportProblem, match="Line 3"):
        read_roster(data)


def test_no_name_column() -> None:
    with pytest.raises(ImportProblem, match="names"):
        read_roster(b"Team,Interests\nA,B\n")


def test_too_many_members() -> None:
    data = b"Name\n" + b"".join(b"m%d\n" % i for i in range(5001))
    with pytest.raises(ImportProblem, match="5,000"):
        read_roster(data)


def test_repeated_names_are_merged_and_reported() -> None:
    data = b"Name,Interests\nAda,SQL\nada ,UX\n"
    result = read_roster(data)
    assert [d.interests for d in result.drafts] == [("SQL", "UX")]
    assert result.merged_lines == (3,)


def test_control_characters_are_stripped() -> None:
    (draft,) = read_roster(b"Name,Team\nA\x07da\x1b,Te\x0bam\n").drafts
    assert (draft.name, draft.team) == ("Ada", "Team")


def test_empty_and_nul_files() -> None:
    for data in (b"", b"\n\n", b"Name\x00,Team\nA,B\n", b"Name,Team\n"):
        with pytest.raises(ImportProblem):
            read_roster(data)


@given(st.binary(max_size=400))
def test_any_bytes_give_drafts_or_an_import_problem(data: bytes) -> None:
    try:
        result = read_roster(data)
    except ImportProblem as problem:
        assert problem.message
    else:
        assert all(d.name for d in result.drafts)


cells = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@given(
    st.lists(st.sampled_from(["Name", "Team", "Interessen", "Email", "x"]), min_size=1, max_size=5),
    st.lists(st.lists(cells, max_size=6), max_size=6),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_any_table_gives_drafts_or_an_import_problem(
    header: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    def quote(v: str) -> str:
        return '"' + v.replace('"', '""') + '"'

    text = "\n".join(delimiter.join(quote(v) for v in row) for row in [header, *rows])
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    try:
        result = read_roster(data)
    except ImportProblem as problem:
        assert problem.message
    else:
        for draft in result.drafts:
            assert draft.name == draft.name.strip() and draft.name
            assert not any(ord(c) < 32 for c in draft.name + draft.team + draft.contact)
