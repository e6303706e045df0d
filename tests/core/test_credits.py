"""CREDITS.json parsing: the bundled file reads, malformed ones fail in plain words."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.credits import Credit, credited_files, parse_credits, parse_libraries
from copdesk.core.errors import CopdeskError
from copdesk.core.resource_paths import resource


def _entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "kind": "font",
        "name": "Test Sans",
        "files": ["fonts/a.ttf", "fonts/b.ttf"],
        "author": "A. Designer",
        "license": "OFL-1.1",
        "license_file": "fonts/OFL.txt",
        "url": "https://example.test",
        "use": "headings",
    }
    entry.update(changes)
    return entry


def test_the_bundled_credits_read() -> None:
    text = resource("CREDITS.json").read_text(encoding="utf-8")
    credits = parse_credits(text)
    assert {c.kind for c in credits} >= {"font", "sound"}
    assert any(c.made_for_copdesk for c in credits) and not all(c.made_for_copdesk for c in credits)
    assert parse_libraries(text)


def test_an_entry_becomes_a_credit() -> None:
    [credit] = parse_credits(json.dumps({"credits": [_entry()]}))
    assert credit == Credit(
        "font",
        "Test Sans",
        ("fonts/a.ttf", "fonts/b.ttf"),
        "A. Designer",
        "OFL-1.1",
        "fonts/OFL.txt",
        "https://example.test",
        "headings",
    )
    assert credited_files((credit,)) == {"fonts/a.ttf", "fonts/b.ttf", "fonts/OFL.txt"}


def test_optional_fields_may_be_null_or_absent() -> None:
    entry = _entry(url=None, license_file=None)
    del entry["use"]
    [credit] = parse_credits(json.dumps({"credits": [entry]}))
    assert (credit.url, credit.license_file, credit.use) == (None, None, "")
    assert parse_libraries(json.dumps({"credits": []})) == ()


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ("not json", "not valid JSON"),
        ("[]", "no list"),
        ('{"credits": {}}', "no list"),
        ('{"credits": [1]}', "not an object"),
        (json.dumps({"credits": [_entry(kind="video")]}), "unknown kind"),
        (json.dumps({"credits": [_entry(files=[])]}), "files"),
        (json.dumps({"credits": [_entry(files="fonts/a.ttf")]}), "files"),
        (json.dumps({"credits": [_entry(name="  ")]}), "name"),
        (json.dumps({"credits": [_entry(author=3)]}), "author"),
        ('{"credits": [], "libraries": [{"name": "x"}]}', "license"),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_malformed_credits_raise_copdesk_error(document: str, words: str) -> None:
    with pytest.raises(CopdeskError, match=words):
        parse_credits(document)
        parse_libraries(document)


@given(st.text(max_size=200))
def test_any_text_parses_or_raises_copdesk_error(text: str) -> None:
    try:
        parse_credits(text)
        parse_libraries(text)
    except CopdeskError:
        pass
