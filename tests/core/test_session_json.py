"""Session JSON: an exported session re-imports into an equal one; bad input is an
ImportProblem, never another exception."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.errors import ImportProblem
from copdesk.core.models import TimerState
from copdesk.core.session_json import (
    MAX_NOTES,
    MAX_TEXT,
    board_to_json,
    board_to_json_text,
    parse_session_json,
)
from tests.export.sample_boards import big_board, community_canvas_board, retro_board


@pytest.mark.parametrize("make", [community_canvas_board, retro_board, lambda: big_board(300)])
def test_round_trip_gives_an_equal_board(make: Any) -> None:
    board = make()
    document = parse_session_json(board_to_json_text(board))
    assert document.to_board() == board


def test_round_trip_keeps_timer_and_extra() -> None:
    board = replace(
        retro_board(),
        timer=TimerState(2, step_id=2, state="paused", duration_seconds=600, remaining_seconds=42),
        extra={"decisions": ["Start a book club"]},
    )
    assert parse_session_json(board_to_json_text(board).encode("utf-8")).to_board() == board


def test_bytes_with_a_byte_order_mark_are_read() -> None:
    text = board_to_json_text(retro_board())
    assert parse_session_json(b"\xef\xbb\xbf" + text.encode()).session.title == "Community retro Q2"


def _doc(**changes: Any) -> dict[str, Any]:
    data = board_to_json(retro_board())
    data.update(changes)
    return data


def _note(**changes: Any) -> dict[str, Any]:
    data = board_to_json(retro_board())
    data["notes"][0].update(changes)
    return data


@pytest.mark.parametrize(
    "bad, words",
    [
        ("", "not valid JSON"),
        ("[" * 100_000, "nested too deeply"),
        (
            '{"format": "copdesk-session", "version": 1, "session": {"title": "\\ud800"}}',
            "surrogate",
        ),
        (b"\xff\xfe\x00", "not UTF-8"),
        ("NaN", "NaN"),
        ("[]", "must be an object"),
        (json.dumps(_doc(format="other")), "not a copdesk session"),
        (json.dumps(_doc(version=99)), "newer copdesk"),
        (json.dumps(_doc(version="1")), "'version'"),
        (json.dumps(_doc(session=[])), "'session'"),
        (json.dumps(_note(text=5)), "notes[0].text"),
        (json.dumps(_note(text="x" * (MAX_TEXT + 1))), "longer than 2,000"),
        (json.dumps(_note(x=1e300)), "notes[0].x"),
        (json.dumps(_note(x=10**400)), "notes[0].x"),  # float() of it would overflow
        (json.dumps(_note(width=-(10**400))), "notes[0].width"),
        (json.dumps(_note(color=9)), "notes[0].color"),
        (json.dumps(_note(frame_id=999)), "frame that is not in the file"),
        (json.dumps(_note(cluster_id=999)), "cluster that is not in the file"),
        (json.dumps(_note(id=True)), "notes[0].id"),
        (json.dumps(_doc(notes=[{"id": 1, "text": "a", "x": 0, "y": 0}] * 2)), "repeats an id"),
        (json.dumps(_doc(notes={"a": 1})), "'notes' must be a list"),
        (
            json.dumps(
                _doc(votes=[{"id": 1, "round_id": 1, "target_kind": "note", "target_id": 99}])
            ),
            "note that is not in the file",
        ),
        (json.dumps(_doc(actions=[{"id": 1, "text": "a", "due": "next week"}])), "date like"),
        (json.dumps(_doc(actions=[{"id": 1, "text": "a", "status": "maybe"}])), "status"),
    ],
)
def test_bad_input_is_an_import_problem_naming_the_cause(bad: str | bytes, words: str) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_session_json(bad)
    assert words in str(caught.value)


def test_too_many_notes_are_refused() -> None:
    notes = [{"id": i, "text": "n", "x": 0, "y": 0} for i in range(MAX_NOTES + 1)]
    with pytest.raises(ImportProblem, match="at most 10,000"):
        parse_session_json(json.dumps(_doc(notes=notes, votes=[])))


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)


@given(_json_values)
def test_any_json_value_is_a_document_or_an_import_problem(value: object) -> None:
    with contextlib.suppress(ImportProblem):
        parse_session_json(json.dumps(value))


@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_text_or_bytes_is_a_document_or_an_import_problem(raw: str | bytes) -> None:
    with contextlib.suppress(ImportProblem):
        parse_session_json(raw)


_field_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@given(
    st.sampled_from(["frames", "notes", "clusters", "rounds", "votes", "agenda", "actions"]),
    st.text(max_size=20),
    _field_values,
)
def test_mutating_any_field_of_a_real_export_never_escapes(
    part: str, key: str, value: object
) -> None:
    data = board_to_json(retro_board())
    items = data[part]
    if items:
        target = items[0]
        field = key if key else next(iter(target))
        target[field] = value
    try:
        text = json.dumps(data)
    except (ValueError, OverflowError):
        return
    with contextlib.suppress(ImportProblem):
        parse_session_json(text)
