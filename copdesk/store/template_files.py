"""Template files: the built-in ones in ``resources/templates`` and a user's JSON files.

Every way in goes through :func:`copdesk.core.templates.parse_template`, and every
failure (unreadable file, not UTF-8, not JSON, nested too deep, a wrong field)
becomes a :class:`~copdesk.core.errors.TemplateProblem` that names the file and,
where there is one, the field.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from copdesk.core.errors import ExportProblem, TemplateProblem
from copdesk.core.localtext import DEFAULT_LANGUAGE
from copdesk.core.resource_paths import resource
from copdesk.core.templates import Template, parse_template

log = logging.getLogger("copdesk.store")

#: A template is a few kilobytes; anything far bigger is not a template.
MAX_TEMPLATE_BYTES = 2_000_000

#: The order the built-in templates are offered in: the community's own path
#: (circles, goals, retro, canvas) first, then the general retro formats.
BUILTIN_ORDER = (
    "blank",
    "learning-circles",
    "learning-goals",
    "community-retro",
    "community-canvas",
    "start-stop-continue",
    "four-ls",
    "mad-sad-glad",
    "sailboat",
    "lean-coffee",
)


def _quoted(path: Path) -> str:
    return f"“{path.name}”"


def parse_template_text(text: str, source: str, *, builtin: bool = False) -> Template:
    """Parse a template from JSON text; ``source`` names it in messages."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise TemplateProblem(
            f"The template {source} is not valid: it is nested too deeply to be a template."
        ) from None
    except ValueError as exc:
        where = ""
        if isinstance(exc, json.JSONDecodeError):
            where = f" (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        raise TemplateProblem(f"The template {source} is not valid JSON{where}.") from None
    try:
        return parse_template(data, source, builtin=builtin)
    except RecursionError:  # pragma: no cover - the parser reads a fixed depth
        raise TemplateProblem(f"The template {source} is nested too deeply.") from None


def load_template_file(path: str | Path, *, builtin: bool = False) -> Template:
    """Read and validate one template JSON file (e.g. one a user wants to import)."""
    p = Path(path)
    source = _quoted(p)
    try:
        with p.open("rb") as fh:
            raw = fh.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise TemplateProblem(f"The template file {source} cannot be read: {reason}.") from None
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateProblem(
            f"The file {source} is too large to be a template "
            f"(more than {MAX_TEMPLATE_BYTES // 1_000_000} MB)."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateProblem(
            f"The template {source} is not UTF-8 text (bad byte at position {exc.start})."
        ) from None
    return parse_template_text(text, source, builtin=builtin)


def template_to_json_text(template: Template) -> str:
    """The JSON text of a template, as shipped and as exported (UTF-8, indented)."""
    return json.dumps(template.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_template_file(template: Template, path: str | Path) -> Path:
    """Write a template as JSON; failures become an :class:`ExportProblem`."""
    p = Path(path)
    text = template_to_json_text(template)
    tmp = p.with_name(p.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(p)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror or type(exc).__name__
        raise ExportProblem(f"The template could not be saved as {_quoted(p)}: {reason}.") from None
    return p


def template_files(folder: Path | None = None) -> list[Path]:
    """The ``*.json`` files of the built-in templates folder, sorted by name."""
    folder = folder or resource("templates")
    return sorted(p for p in folder.glob("*.json") if p.is_file())


def load_builtin_folder(files: Iterable[Path]) -> dict[str, Template]:
    """Load and validate each file; a file's ``id`` must equal its file name."""
    found: dict[str, Template] = {}
    for path in files:
        template = load_template_file(path, builtin=True)
        if template.id != path.stem:
            raise TemplateProblem(
                f"The template {_quoted(path)} is not valid: field 'id' must equal the file "
                f"name (“{path.stem}”), not “{template.id}”."
            )
        found[template.id] = template
    return found


@cache
def _builtin() -> dict[str, Template]:
    return load_builtin_folder(template_files())


@cache
def _ordered(language: str) -> tuple[tuple[str, Template], ...]:
    templates = _builtin()
    known = [tid for tid in BUILTIN_ORDER if tid in templates]
    rest = sorted(
        (tid for tid in templates if tid not in BUILTIN_ORDER),
        key=lambda tid: templates[tid].name.get(language).casefold(),
    )
    return tuple((tid, templates[tid]) for tid in [*known, *rest])


def builtin_templates(language: str | None = None) -> dict[str, Template]:
    """Every built-in template by id, loaded and validated once (then cached).

    Ordered for offering: :data:`BUILTIN_ORDER` first, any other file after it by
    its name in ``language`` (English when not given). The dict is a fresh copy.
    """
    return dict(_ordered(language or DEFAULT_LANGUAGE))
