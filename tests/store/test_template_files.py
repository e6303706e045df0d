"""The shipped templates and template files: load, validate, complete in EN and DE."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from copdesk.core.errors import ExportProblem, TemplateProblem
from copdesk.core.localtext import SUPPORTED_LANGUAGES, LocalList, LocalText
from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH
from copdesk.core.resource_paths import resource
from copdesk.core.templates import Template, TemplateFrame
from copdesk.store.template_files import (
    BUILTIN_ORDER,
    MAX_TEMPLATE_BYTES,
    builtin_templates,
    load_builtin_folder,
    load_template_file,
    template_files,
    template_to_json_text,
    write_template_file,
)

REQUIRED_IDS = {
    "blank",
    "learning-goals",
    "community-retro",
    "community-canvas",
    "learning-circles",
    "start-stop-continue",
    "four-ls",
    "mad-sad-glad",
    "sailboat",
}
RETRO_FORMATS = ("start-stop-continue", "four-ls", "mad-sad-glad", "sailboat")
CANVAS_BUCKETS = ("purpose", "rituals", "incentives", "roles", "contents")
GUTTER = 40

TEMPLATES = builtin_templates()


def by_id(template_id: str) -> Template:
    return TEMPLATES[template_id]


# -- the set of built-in templates ---------------------------------------------


def test_every_required_template_ships() -> None:
    assert set(TEMPLATES) >= REQUIRED_IDS
    assert len(TEMPLATES) == len(template_files())


@pytest.mark.parametrize("path", template_files(), ids=lambda p: p.name)
def test_each_file_loads_and_its_id_is_its_file_name(path: Path) -> None:
    template = load_template_file(path, builtin=True)
    assert template.id == path.stem
    assert template.builtin
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw.get("version") == 1


def test_builtin_order_lists_only_shipped_templates_first() -> None:
    assert list(TEMPLATES)[: len(BUILTIN_ORDER)] == [i for i in BUILTIN_ORDER if i in TEMPLATES]


def test_builtin_templates_are_cached_and_handed_out_as_copies() -> None:
    first = builtin_templates()
    first.clear()
    second = builtin_templates("de")
    assert second and second["community-retro"] is TEMPLATES["community-retro"]


def test_a_file_whose_id_differs_from_its_name_is_refused(tmp_path: Path) -> None:
    data = by_id("four-ls").to_json()
    (tmp_path / "my-retro.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateProblem, match=r"“my-retro.json”.*'id'"):
        load_builtin_folder([tmp_path / "my-retro.json"])


# -- text in English and German ------------------------------------------------


def _texts(t: Template) -> list[tuple[str, LocalText]]:
    out = [("name", t.name), ("description", t.description)]
    for f in t.frames:
        out += [(f"{f.key}.title", f.title), (f"{f.key}.prompt", f.prompt)]
    for i, s in enumerate(t.agenda):
        out += [(f"agenda[{i}].title", s.title), (f"agenda[{i}].notes", s.notes)]
    return out


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=lambda t: t.id)
def test_every_text_is_in_english_and_german(template: Template) -> None:
    for where, text in _texts(template):
        table = text.as_dict()
        assert set(table) == set(SUPPORTED_LANGUAGES), where
        assert all(v.strip() for v in table.values()), where
        assert table["en"] != table["de"] or len(table["en"]) < 20, where
    for frame in template.frames:
        qs: LocalList = frame.questions
        assert len(qs.get("en")) == len(qs.get("de")), frame.key
        assert set(qs.as_dict()) in (set(), set(SUPPORTED_LANGUAGES)), frame.key
        for q in (*qs.get("en"), *qs.get("de")):
            assert q.strip() == q and q.endswith("?"), q


def test_canvas_has_at_least_80_questions_and_12_per_bucket() -> None:
    canvas = by_id("community-canvas")
    assert tuple(f.key for f in canvas.frames) == CANVAS_BUCKETS
    for lang in SUPPORTED_LANGUAGES:
        counts = [len(f.questions.get(lang)) for f in canvas.frames]
        assert min(counts) >= 12, counts
        assert sum(counts) >= 80, counts
        every = [q for f in canvas.frames for q in f.questions.get(lang)]
        assert len(set(every)) == len(every), "a question repeats"


def test_canvas_bucket_titles() -> None:
    titles = [f.title.get("en") for f in by_id("community-canvas").frames]
    assert titles == [
        "Purpose, Values & Success Definition",
        "Rituals & Rhythm",
        "Incentives & Sponsoring",
        "Roles, Channels & Platform",
        "Contents & Curation",
    ]


@pytest.mark.parametrize("template_id", [i for i in REQUIRED_IDS if i != "blank"] + ["lean-coffee"])
def test_every_frame_of_a_workshop_template_has_questions(template_id: str) -> None:
    for frame in by_id(template_id).frames:
        assert len(frame.questions.get("en")) >= 2, frame.key


# -- layout ----------------------------------------------------------------------


def _gap(a: TemplateFrame, b: TemplateFrame) -> float:
    """The distance between two rectangles (0 or negative if they touch or overlap)."""
    dx = max(b.x - (a.x + a.width), a.x - (b.x + b.width))
    dy = max(b.y - (a.y + a.height), a.y - (b.y + b.height))
    return max(dx, dy)


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=lambda t: t.id)
def test_frames_never_overlap_and_keep_a_gutter(template: Template) -> None:
    for a, b in itertools.combinations(template.frames, 2):
        assert _gap(a, b) >= GUTTER, (a.key, b.key)
    if template.frames:
        assert min(f.x for f in template.frames) == 0
        assert min(f.y for f in template.frames) == 0


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=lambda t: t.id)
def test_frames_hold_a_realistic_number_of_notes(template: Template) -> None:
    for f in template.frames:
        columns = int(f.width // (NOTE_WIDTH + 20))
        rows = int((f.height - 120) // (NOTE_HEIGHT + 20))
        assert columns >= 2 and rows >= 2, f.key
        assert columns * rows >= 6, f.key


def _luminance(color: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=lambda t: t.id)
def test_frame_colours_are_light_and_distinct(template: Template) -> None:
    dark_text = _luminance("#1a1a1a")
    for f in template.frames:
        contrast = (_luminance(f.color) + 0.05) / (dark_text + 0.05)
        assert contrast >= 12, (f.key, f.color, contrast)  # far above WCAG AAA (7)
    neighbours = [(a, b) for a, b in itertools.combinations(template.frames, 2) if _gap(a, b) <= 80]
    for a, b in neighbours:
        assert a.color != b.color, (a.key, b.key)


# -- agendas ---------------------------------------------------------------------


def _minutes(template_id: str) -> float:
    return sum(s.minutes for s in by_id(template_id).agenda)


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=lambda t: t.id)
def test_agenda_steps_are_realistic(template: Template) -> None:
    assert template.agenda
    assert all(1 <= s.minutes <= 45 for s in template.agenda)
    assert 30 <= sum(s.minutes for s in template.agenda) <= 150


def test_community_retro_agenda() -> None:
    retro = by_id("community-retro")
    assert 80 <= _minutes("community-retro") <= 100
    titles = [s.title.get("en").casefold() for s in retro.agenda]
    assert titles[0] == "set the stage"
    assert "learning" in retro.agenda[0].notes.get("en")
    assert "project updates" in retro.agenda[0].notes.get("en")
    for word in ("check-in", "keep / drop / add", "headlines", "actions", "close"):
        assert any(word in t for t in titles), word
    keys = {f.key for f in retro.frames}
    assert {
        "keep",
        "drop",
        "add",
        "purpose",
        "success",
        "rituals",
        "time-support",
        "actions",
    } == keys


@pytest.mark.parametrize("template_id", RETRO_FORMATS)
def test_retro_formats_follow_the_five_retromat_phases(template_id: str) -> None:
    titles = [s.title.get("en") for s in by_id(template_id).agenda]
    assert titles == [
        "Set the stage",
        "Gather data",
        "Generate insights",
        "Decide what to do",
        "Close the retro",
    ]
    assert 45 <= _minutes(template_id) <= 120


def test_learning_goals_workshop_has_goals_topics_formats_and_owners() -> None:
    keys = [f.key for f in by_id("learning-goals").frames]
    assert keys[:2] == ["goals", "topics"]
    assert {"format-book-club", "format-talks", "format-meetup", "format-approaches"} <= set(keys)
    assert keys[-1] == "owners"
    assert "three to four months" in by_id("learning-goals").frames[0].prompt.get("en")


def test_sailboat_and_four_ls_frames() -> None:
    assert {"wind", "anchors", "rocks", "island"} <= {f.key for f in by_id("sailboat").frames}
    four = [f.title.get("en") for f in by_id("four-ls").frames]
    assert four[:4] == ["Liked", "Learned", "Lacked", "Longed for"]


# -- user template files -----------------------------------------------------------


def _write(tmp_path: Path, content: bytes | str, name: str = "mine.json") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", r"“mine.json” is not valid JSON \(line 1, column 2"),
        ("", r"“mine.json” is not valid JSON"),
        (b"\xff\xfe{}", r"“mine.json” is not UTF-8"),
        ("[" * 100_000 + "]" * 100_000, r"“mine.json”.*nested too deeply"),
        ('{"id": "x", "name": "\\ud800"}', r"“mine.json”.*'name'.*unpaired surrogate"),
        ('{"id": "x", "name": "N", "frames": [{"title": "T"}]}', r"“mine.json”.*'frames\[0\]\.x'"),
        ('{"id": "Bad Id", "name": "N"}', r"“mine.json”.*'id'"),
        ("[]", r"“mine.json”.*top level"),
        ('{"id": "x", "name": "N", "agenda": [{"title": "A", "minutes": NaN}]}', r"'agenda\[0\]"),
    ],
)
def test_a_malformed_file_names_the_file_and_the_field(
    tmp_path: Path, content: bytes | str, expected: str
) -> None:
    with pytest.raises(TemplateProblem, match=expected):
        load_template_file(_write(tmp_path, content))


def test_missing_file_and_folder_give_template_problems(tmp_path: Path) -> None:
    with pytest.raises(TemplateProblem, match=r"“nope\.json” cannot be read"):
        load_template_file(tmp_path / "nope.json")
    with pytest.raises(TemplateProblem, match="cannot be read"):
        load_template_file(tmp_path)


def test_a_huge_file_is_refused_without_parsing(tmp_path: Path) -> None:
    path = _write(tmp_path, b" " * (MAX_TEMPLATE_BYTES + 1))
    with pytest.raises(TemplateProblem, match="too large"):
        load_template_file(path)


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    text = template_to_json_text(by_id("sailboat"))
    path = _write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_template_file(path).frames == by_id("sailboat").frames


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=lambda t: t.id)
def test_json_text_round_trips(tmp_path: Path, template: Template) -> None:
    path = write_template_file(template, tmp_path / f"{template.id}.json")
    back = load_template_file(path)
    assert back.builtin is False
    assert back.to_json() == template.to_json()
    text = path.read_text(encoding="utf-8")
    assert "\\u00" not in text  # umlauts are written as themselves
    assert '"x": 0.0' not in text  # whole numbers stay whole


def test_shipped_files_hold_nothing_the_model_drops() -> None:
    for path in template_files():
        shipped = json.loads(path.read_text(encoding="utf-8"))
        assert shipped == json.loads(template_to_json_text(TEMPLATES[path.stem])), path.name


def test_writing_into_a_missing_folder_is_an_export_problem(tmp_path: Path) -> None:
    with pytest.raises(ExportProblem, match="could not be saved"):
        write_template_file(by_id("blank"), tmp_path / "no" / "such" / "t.json")
    assert not list(tmp_path.iterdir())


def test_the_templates_folder_is_a_resource() -> None:
    assert template_files()[0].parent == resource("templates")
