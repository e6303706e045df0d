"""Session templates: their model and the validation of their JSON form.

A template file is a JSON object::

    {
      "version": 1,                                 # optional; newer ones are refused
      "id": "community-retro",                      # [a-z0-9-]+
      "name": {"en": "...", "de": "..."},           # or a plain string
      "description": {"en": "...", "de": "..."},
      "frames": [
        {"key": "keep", "title": {...}, "prompt": {...},
         "x": 0, "y": 0, "width": 600, "height": 700, "color": "#dff3e4",
         "questions": {"en": ["..."], "de": ["..."]}}          # optional
      ],
      "agenda": [{"title": {...}, "minutes": 10, "notes": {...}}]   # notes optional
    }

:func:`parse_template` turns such an object into a :class:`Template` or raises
:class:`TemplateProblem` naming the source and the field. Besides the types it
checks that frames do not overlap, that texts hold no unpaired surrogates (they
cannot be stored) and that no text or list is absurdly long.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from copdesk.core.errors import TemplateProblem
from copdesk.core.localtext import LocalList, LocalText

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_FRAMES = 60
MAX_STEPS = 60
MAX_COORD = 100_000.0
MAX_QUESTIONS = 300
MAX_TEXT = 5_000
#: The newest template format this copdesk reads (``"version"`` in the JSON).
TEMPLATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class TemplateFrame:
    key: str
    title: LocalText
    prompt: LocalText
    x: float
    y: float
    width: float
    height: float
    color: str
    questions: LocalList = LocalList(())  # noqa: RUF009 (immutable)


@dataclass(frozen=True, slots=True)
class TemplateStep:
    title: LocalText
    minutes: float
    notes: LocalText = LocalText(())  # noqa: RUF009 (immutable)


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: LocalText
    description: LocalText
    frames: tuple[TemplateFrame, ...]
    agenda: tuple[TemplateStep, ...]
    builtin: bool = True

    def to_json(self) -> dict[str, Any]:
        """The JSON form accepted by :func:`parse_template`."""
        return {
            "version": TEMPLATE_VERSION,
            "id": self.id,
            "name": self.name.as_dict(),
            "description": self.description.as_dict(),
            "frames": [
                {
                    "key": f.key,
                    "title": f.title.as_dict(),
                    "prompt": f.prompt.as_dict(),
                    "x": _number(f.x),
                    "y": _number(f.y),
                    "width": _number(f.width),
                    "height": _number(f.height),
                    "color": f.color,
                    "questions": f.questions.as_dict(),
                }
                for f in self.frames
            ],
            "agenda": [
                {
                    "title": s.title.as_dict(),
                    "minutes": _number(s.minutes),
                    "notes": s.notes.as_dict(),
                }
                for s in self.agenda
            ],
        }


def _number(value: float) -> float | int:
    """Whole numbers as ints, so that exported JSON reads ``"x": 0``, not ``0.0``."""
    return int(value) if float(value).is_integer() else value


class _Reader:
    """Reads fields of a JSON object, raising TemplateProblem with their path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, why: str) -> TemplateProblem:
        return TemplateProblem(f"The template {self.source} is not valid: field '{path}' {why}.")

    def string(self, value: str, path: str) -> str:
        if len(value) > MAX_TEXT:
            raise self.fail(path, f"is longer than {MAX_TEXT} characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(path, "contains an invalid character (an unpaired surrogate)") from None
        return value

    def obj(self, value: object, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(path, "must be an object")
        return value

    def text(self, value: object, path: str, *, required: bool = True) -> LocalText:
        if not required and (value is None or (isinstance(value, Mapping) and not value)):
            return LocalText(())  # also the {} that to_json() writes for a missing text
        if isinstance(value, str):
            if required and not value.strip():
                raise self.fail(path, "must not be empty")
            return LocalText.of(self.string(value, path))
        if isinstance(value, Mapping) and value:
            for lang, s in value.items():
                if not isinstance(lang, str) or not isinstance(s, str):
                    raise self.fail(f"{path}.{lang}", "must be a string")
                self.string(lang, f"{path}.{lang}")
                self.string(s, f"{path}.{lang}")
            if required and not any(s.strip() for s in value.values()):
                raise self.fail(path, "must not be empty")
            return LocalText.of(value)
        raise self.fail(path, "must be a string or an object of strings per language")

    def questions(self, value: object, path: str) -> LocalList:
        if value is None:
            return LocalList(())
        if isinstance(value, list):
            value = {"en": value}
        if not isinstance(value, Mapping):
            raise self.fail(path, "must be a list of strings or an object of lists per language")
        for lang, items in value.items():
            if not isinstance(items, list) or not all(isinstance(q, str) for q in items):
                raise self.fail(f"{path}.{lang}", "must be a list of strings")
            if len(items) > MAX_QUESTIONS:
                raise self.fail(f"{path}.{lang}", f"has more than {MAX_QUESTIONS} entries")
            self.string(lang, f"{path}.{lang}")
            for i, question in enumerate(items):
                self.string(question, f"{path}.{lang}[{i}]")
        return LocalList.of(dict(value))

    def number(self, value: object, path: str, *, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(path, "must be a number")
        # compared as given: float() of a huge integer would overflow
        if not low <= value <= high:
            raise self.fail(path, f"must be between {low:g} and {high:g}")
        return float(value)

    def items(self, value: object, path: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, "must be a list")
        if len(value) > limit:
            raise self.fail(path, f"has more than {limit} entries")
        return value


def parse_template(data: object, source: str, *, builtin: bool = True) -> Template:
    """Validate a template's JSON object; ``source`` names it in messages."""
    r = _Reader(source)
    top = r.obj(data, "(top level)")
    version = top.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise r.fail("version", "must be a whole number from 1")
    if version > TEMPLATE_VERSION:
        raise r.fail("version", "is newer than this copdesk understands; please update copdesk")
    tid = top.get("id")
    if not isinstance(tid, str) or not _ID.match(tid):
        raise r.fail("id", "must be lower-case letters, digits and dashes")
    frames: list[TemplateFrame] = []
    keys: set[str] = set()
    for i, raw in enumerate(r.items(top.get("frames", []), "frames", MAX_FRAMES)):
        p = f"frames[{i}]"
        f = r.obj(raw, p)
        key = f.get("key", f"frame-{i + 1}")
        if not isinstance(key, str) or not key or key in keys:
            raise r.fail(f"{p}.key", "must be a unique, non-empty string")
        r.string(key, f"{p}.key")
        keys.add(key)
        color = f.get("color", "#ffffff")
        if not isinstance(color, str) or not _COLOR.match(color):
            raise r.fail(f"{p}.color", "must be a colour like #a1b2c3")
        frames.append(
            TemplateFrame(
                key=key,
                title=r.text(f.get("title"), f"{p}.title"),
                prompt=r.text(f.get("prompt"), f"{p}.prompt", required=False),
                x=r.number(f.get("x"), f"{p}.x", low=-MAX_COORD, high=MAX_COORD),
                y=r.number(f.get("y"), f"{p}.y", low=-MAX_COORD, high=MAX_COORD),
                width=r.number(f.get("width"), f"{p}.width", low=50, high=MAX_COORD),
                height=r.number(f.get("height"), f"{p}.height", low=50, high=MAX_COORD),
                color=color.lower(),
                questions=r.questions(f.get("questions"), f"{p}.questions"),
            )
        )
    _check_overlaps(r, frames)
    steps: list[TemplateStep] = []
    for i, raw in enumerate(r.items(top.get("agenda", []), "agenda", MAX_STEPS)):
        p = f"agenda[{i}]"
        s = r.obj(raw, p)
        steps.append(
            TemplateStep(
                title=r.text(s.get("title"), f"{p}.title"),
                minutes=r.number(s.get("minutes"), f"{p}.minutes", low=0.5, high=600),
                notes=r.text(s.get("notes"), f"{p}.notes", required=False),
            )
        )
    return Template(
        id=tid,
        name=r.text(top.get("name"), "name"),
        description=r.text(top.get("description"), "description", required=False),
        frames=tuple(frames),
        agenda=tuple(steps),
        builtin=builtin,
    )


def _check_overlaps(r: _Reader, frames: list[TemplateFrame]) -> None:
    """Frames may touch but not overlap: a note must belong to one frame only."""
    for i, a in enumerate(frames):
        for j in range(i):
            b = frames[j]
            if (
                a.x < b.x + b.width
                and b.x < a.x + a.width
                and a.y < b.y + b.height
                and b.y < a.y + a.height
            ):
                raise r.fail(f"frames[{i}]", f"overlaps frames[{j}] ('{b.key}'); move or resize it")
