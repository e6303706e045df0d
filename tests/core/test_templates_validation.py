"""parse_template: a malformed template names its source and the field at fault."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.errors import TemplateProblem
from copdesk.core.templates import (
    MAX_FRAMES,
    TEMPLATE_VERSION,
    Template,
    parse_template,
)


def good() -> dict[str, Any]:
    return {
        "version": 1,
        "id": "team-retro",
        "name": {"en": "Team retro", "de": "Team-Retro"},
        "description": {"en": "A retro.", "de": "Eine Retro."},
        "frames": [
            {
                "key": "keep",
                "title": {"en": "Keep", "de": "Beibehalten"},
                "prompt": {"en": "What works?", "de": "Was funktioniert?"},
                "x": 0,
                "y": 0,
                "width": 660,
                "height": 900,
                "color": "#DCF2E3",
                "questions": {"en": ["Why?"], "de": ["Warum?"]},
            },
            {
                "key": "drop",
                "title": "Drop",
                "x": 700,
                "y": 0,
                "width": 660,
                "height": 900,
                "color": "#fbe1e1",
            },
        ],
        "agenda": [{"title": {"en": "Set the stage", "de": "Einstimmen"}, "minutes": 5}],
    }


def test_a_good_template_parses_and_round_trips() -> None:
    t = parse_template(good(), "“team.json”")
    assert t.id == "team-retro"
    assert t.name.get("de") == "Team-Retro"
    assert t.frames[0].color == "#dcf2e3"  # normalised
    assert t.frames[0].questions.get("de") == ("Warum?",)
    assert t.frames[1].prompt.get() == ""
    assert t.agenda[0].minutes == 5.0
    again = parse_template(t.to_json(), "again")
    assert again == t
    assert t.to_json()["version"] == TEMPLATE_VERSION


def test_version_is_optional() -> None:
    data = good()
    del data["version"]
    assert parse_template(data, "x").id == "team-retro"


def _set(path: list[Any], value: Any) -> dict[str, Any]:
    data = good()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()

MALFORMED = [
    (["id"], _DELETE, "'id'"),
    (["id"], "Team Retro", "'id'"),
    (["id"], 7, "'id'"),
    (["version"], 99, "'version'"),
    (["version"], True, "'version'"),
    (["version"], "1", "'version'"),
    (["name"], _DELETE, "'name'"),
    (["name"], "   ", "'name'"),
    (["name"], {"en": 3}, "'name.en'"),
    (["name"], [], "'name'"),
    (["description"], 5, "'description'"),
    (["frames"], {"a": 1}, "'frames'"),
    (["frames", 1], "drop", "'frames[1]'"),
    (["frames", 0, "title"], _DELETE, "'frames[0].title'"),
    (["frames", 0, "prompt"], ["x"], "'frames[0].prompt'"),
    (["frames", 1, "key"], "keep", "'frames[1].key'"),
    (["frames", 1, "key"], "", "'frames[1].key'"),
    (["frames", 0, "color"], "green", "'frames[0].color'"),
    (["frames", 0, "color"], "#12345", "'frames[0].color'"),
    (["frames", 0, "x"], "0", "'frames[0].x'"),
    (["frames", 0, "x"], None, "'frames[0].x'"),
    (["frames", 0, "y"], True, "'frames[0].y'"),
    (["frames", 0, "width"], 10, "'frames[0].width'"),
    (["frames", 0, "height"], float("nan"), "'frames[0].height'"),
    (["frames", 0, "height"], float("inf"), "'frames[0].height'"),
    (["frames", 0, "x"], 10**400, "'frames[0].x'"),  # float() of it would overflow
    (["agenda", 0, "minutes"], -(10**400), "'agenda[0].minutes'"),
    (["frames", 1, "x"], 300, "'frames[1]' overlaps frames[0] ('keep')"),
    (["frames", 0, "questions"], "Why?", "'frames[0].questions'"),
    (["frames", 0, "questions"], {"en": [1, 2]}, "'frames[0].questions.en'"),
    (["frames", 0, "questions"], {"en": ["ok", "\ud800"]}, "'frames[0].questions.en[1]'"),
    (["frames", 0, "title"], {"en": "Keep\udfff"}, "'frames[0].title.en'"),
    (["frames", 0, "title"], "x" * 6000, "'frames[0].title'"),
    (["agenda"], "none", "'agenda'"),
    (["agenda", 0, "minutes"], 0, "'agenda[0].minutes'"),
    (["agenda", 0, "minutes"], 601, "'agenda[0].minutes'"),
    (["agenda", 0, "title"], _DELETE, "'agenda[0].title'"),
    (["agenda", 0, "notes"], 12, "'agenda[0].notes'"),
]


@pytest.mark.parametrize(("path", "value", "field"), MALFORMED)
def test_malformed_template_names_source_and_field(path: list[Any], value: Any, field: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        parse_template(_set(path, value), "“broken.json”")
    message = str(caught.value)
    assert "“broken.json”" in message
    assert field in message


def test_not_an_object() -> None:
    with pytest.raises(TemplateProblem, match=r"“x.json”.*top level"):
        parse_template(["a"], "“x.json”")


def test_too_many_frames() -> None:
    data = good()
    frame = data["frames"][0]
    data["frames"] = []
    for i in range(MAX_FRAMES + 1):
        f = copy.deepcopy(frame)
        f["key"], f["x"] = f"f{i}", i * 700
        data["frames"].append(f)
    with pytest.raises(TemplateProblem, match="'frames' has more than"):
        parse_template(data, "x")


def test_touching_frames_do_not_overlap() -> None:
    assert parse_template(_set(["frames", 1, "x"], 660), "x").frames[1].x == 660


def test_builtin_flag_is_kept() -> None:
    assert parse_template(good(), "x", builtin=False).builtin is False


# -- any JSON value gives a Template or a TemplateProblem, never another error --

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(["\ud800", "\udfff"])),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)

# Template-shaped objects reach the deeper fields far more often than free JSON.
frame_like = st.fixed_dictionaries(
    {},
    optional={
        "key": json_values,
        "title": json_values | st.text(),
        "prompt": json_values,
        "x": st.integers(-10, 3000) | json_values,
        "y": st.integers(-10, 3000) | json_values,
        "width": st.integers(0, 1000) | json_values,
        "height": st.integers(0, 1000) | json_values,
        "color": st.sampled_from(["#aabbcc", "#ABCDEF", "red"]) | json_values,
        "questions": st.lists(st.text(max_size=20), max_size=3) | json_values,
    },
)
template_like = st.fixed_dictionaries(
    {},
    optional={
        "version": st.integers(-1, 3) | json_values,
        "id": st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True) | json_values,
        "name": st.text() | json_values,
        "description": json_values,
        "frames": st.lists(frame_like, max_size=4) | json_values,
        "agenda": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "title": st.text() | json_values,
                    "minutes": st.floats() | st.integers(-5, 700),
                    "notes": json_values,
                },
            ),
            max_size=3,
        )
        | json_values,
    },
)


@given(json_values | template_like)
def test_any_json_gives_template_or_template_problem(data: object) -> None:
    try:
        result = parse_template(data, "“fuzz.json”")
    except TemplateProblem as exc:
        assert "“fuzz.json”" in str(exc)
    else:
        assert isinstance(result, Template)
        assert parse_template(result.to_json(), "again") == result
