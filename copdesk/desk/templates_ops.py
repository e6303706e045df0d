"""Templates: the built-in ones and the community file's own (table ``custom_templates``).

A custom template lives in the community file as its JSON text, so it travels with
the file. "Save session as template" keeps a board's frames and agenda, never its
notes. Texts that still read as in the session's source template keep all of that
template's languages; edited texts are kept in the language they were written in.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copdesk.core.errors import CopdeskError, NotFound, TemplateProblem
from copdesk.core.localtext import SUPPORTED_LANGUAGES, LocalList, LocalText
from copdesk.core.templates import Template, TemplateFrame, TemplateStep, parse_template
from copdesk.core.text import clean_label

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

log = logging.getLogger("copdesk.desk")

_ID_CHARS = re.compile(r"[^a-z0-9]+")
MAX_NAME = 120


def template_id_from(text: str) -> str:
    """A template id (``[a-z0-9-]``) made from a name, e.g. "Our Retro!" → "our-retro"."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _ID_CHARS.sub("-", ascii_text.lower()).strip("-")[:56].strip("-")
    return slug or "template"


class TemplateOps:
    # -- reads ---------------------------------------------------------------
    def templates(self: Desk, language: str | None = None) -> list[Template]:
        """Built-in templates first, then the file's own ones (``builtin=False``)."""
        from copdesk.store.template_files import builtin_templates

        return [*builtin_templates(language).values(), *self._custom_templates()]

    def template(self: Desk, template_id: str) -> Template:
        from copdesk.store.template_files import builtin_templates

        found = builtin_templates().get(template_id)
        if found is not None:
            return found
        for custom in self._custom_templates():
            if custom.id == template_id:
                return custom
        raise NotFound(
            f"There is no template “{template_id}”. Run “copdesk templates” to list them."
        )

    def _custom_templates(self: Desk) -> list[Template]:
        out: list[Template] = []
        for row in self._rows("SELECT id, json FROM custom_templates ORDER BY created_at, id"):
            try:
                out.append(parse_template(json.loads(row["json"]), f"“{row['id']}”", builtin=False))
            except (TemplateProblem, ValueError, RecursionError):
                # A row edited by hand outside copdesk; one bad row must not hide the others.
                log.warning("skipping unreadable custom template %r", row["id"], exc_info=True)
        return out

    # -- writes --------------------------------------------------------------
    def _store_custom(self: Desk, template: Template) -> Template:
        from copdesk.store.template_files import template_to_json_text

        stored = Template(
            id=template.id,
            name=template.name,
            description=template.description,
            frames=template.frames,
            agenda=template.agenda,
            builtin=False,
        )
        with self._write() as db:
            db.execute(
                "INSERT INTO custom_templates(id, name, json, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, json = excluded.json",
                [stored.id, stored.name.get(), template_to_json_text(stored), self._now()],
            )
        return stored

    def save_session_as_template(
        self: Desk, session_id: int, template_id: str, name: str, description: str = ""
    ) -> Template:
        """Keep a session's frames and agenda (not its notes) as a template of this file.

        Saving again under the same id replaces the earlier version; built-in ids
        are refused. Frames are moved so that the board starts at (0, 0).
        """
        from copdesk.store.template_files import builtin_templates

        session = self.session(session_id)
        label = clean_label(name, MAX_NAME)
        if not label:
            raise CopdeskError("A template needs a name.")
        tid = template_id_from(template_id.strip() or label)
        if tid in builtin_templates():
            raise CopdeskError(
                f"“{tid}” is the id of a built-in template. Choose another id for your template."
            )
        frame_rows = self._rows(
            "SELECT * FROM frames WHERE session_id = ? AND deleted = 0 ORDER BY z, id", [session_id]
        )
        step_rows = self._rows(
            "SELECT * FROM agenda_steps WHERE session_id = ? AND deleted = 0 ORDER BY position, id",
            [session_id],
        )
        _check_apart(frame_rows)
        try:
            source: Template | None = self.template(session.template_id)
        except NotFound:
            source = None
        built = _template_from_session(
            tid, label, description, session.title, frame_rows, step_rows, source
        )
        template = parse_template(built.to_json(), f"“{label}”", builtin=False)
        return self._store_custom(template)

    def import_template(self: Desk, path: str | Path) -> Template:
        """Add a template JSON file to this community file (replacing a custom one of the
        same id). A file carrying a built-in template's id is stored under a new id."""
        from copdesk.store.template_files import builtin_templates, load_template_file

        template = load_template_file(path, builtin=False)
        builtin_ids = builtin_templates()
        tid = template.id
        n = 1
        while tid in builtin_ids:
            tid = f"{template.id}-custom" if n == 1 else f"{template.id}-custom-{n}"
            n += 1
        if tid != template.id:
            template = Template(
                id=tid,
                name=template.name,
                description=template.description,
                frames=template.frames,
                agenda=template.agenda,
                builtin=False,
            )
        return self._store_custom(template)

    def export_template(self: Desk, template_id: str, path: str | Path) -> Path:
        """Write any template (built-in or custom) as a JSON file others can import."""
        from copdesk.store.template_files import write_template_file

        return write_template_file(self.template(template_id), path)

    def delete_custom_template(self: Desk, template_id: str) -> Template:
        """Remove a custom template; returns it (re-import its JSON to undo)."""
        from copdesk.store.template_files import builtin_templates

        if template_id in builtin_templates():
            raise CopdeskError("Built-in templates cannot be deleted.")
        template = self.template(template_id)
        with self._write() as db:
            db.execute("DELETE FROM custom_templates WHERE id = ?", [template_id])
        return template


# -- building a template from a session's rows ---------------------------------


def _check_apart(frames: list[dict[str, Any]]) -> None:
    for i, a in enumerate(frames):
        for b in frames[:i]:
            if (
                a["x"] < b["x"] + b["width"]
                and b["x"] < a["x"] + a["width"]
                and a["y"] < b["y"] + b["height"]
                and b["y"] < a["y"] + a["height"]
            ):
                raise TemplateProblem(
                    f"The frames “{b['title'] or b['key']}” and “{a['title'] or a['key']}” "
                    "overlap. Move them apart, then save the template again."
                )


def _session_language(frames: list[dict[str, Any]], source: Template | None) -> str:
    """The language whose texts of ``source`` the session's frame titles match best."""
    if source is None:
        return "en"
    votes: Counter[str] = Counter()
    by_key = {f.key: f for f in source.frames}
    for row in frames:
        original = by_key.get(row["key"])
        if original is not None:
            for lang, text in original.title.by_language:
                votes[lang] += text == row["title"]
    best = votes.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else "en"


def _text(value: str, lang: str, original: LocalText | None) -> LocalText:
    if original is not None and original.get(lang) == value:
        return original
    return LocalText(((lang, value),)) if value else LocalText(())


def _questions(raw: object, lang: str, original: LocalList | None) -> LocalList:
    try:
        items = json.loads(raw) if isinstance(raw, str) else []
    except ValueError:
        items = []
    questions = tuple(str(q) for q in items) if isinstance(items, list) else ()
    if original is not None and original.get(lang) == questions:
        return original
    return LocalList(((lang, questions),)) if questions else LocalList(())


def _template_from_session(
    tid: str,
    name: str,
    description: str,
    session_title: str,
    frame_rows: list[dict[str, Any]],
    step_rows: list[dict[str, Any]],
    source: Template | None,
) -> Template:
    lang = _session_language(frame_rows, source)
    src_frames = {f.key: f for f in source.frames} if source else {}
    src_steps = {s.title.get(lang): s for s in source.agenda} if source else {}
    left = min((r["x"] for r in frame_rows), default=0.0)
    top = min((r["y"] for r in frame_rows), default=0.0)
    frames: list[TemplateFrame] = []
    keys: set[str] = set()
    for i, r in enumerate(frame_rows):
        key = r["key"] or f"frame-{i + 1}"
        while key in keys:
            key = f"{key}-{i + 1}"
        keys.add(key)
        original = src_frames.get(r["key"])
        title = r["title"].strip() or f"Frame {i + 1}"
        frames.append(
            TemplateFrame(
                key=key,
                title=_text(title, lang, original.title if original else None),
                prompt=_text(r["prompt"], lang, original.prompt if original else None),
                x=round(r["x"] - left, 1),
                y=round(r["y"] - top, 1),
                width=max(50.0, r["width"]),
                height=max(50.0, r["height"]),
                color=r["color"],
                questions=_questions(
                    r["questions"], lang, original.questions if original else None
                ),
            )
        )
    steps: list[TemplateStep] = []
    for r in step_rows:
        original_step = src_steps.get(r["title"])
        steps.append(
            TemplateStep(
                title=_text(
                    r["title"].strip() or "—", lang, original_step.title if original_step else None
                ),
                minutes=min(600.0, max(0.5, float(r["minutes"]))),
                notes=_text(r["notes"], lang, original_step.notes if original_step else None),
            )
        )
    if description.strip():
        desc = LocalText(((lang, description.strip()),))
    else:
        desc = LocalText.of(
            {
                "en": f"Saved from the session “{session_title}”.",
                "de": f"Gespeichert aus der Sitzung „{session_title}“.",
            }
        )
    names = {lang: name} if lang in SUPPORTED_LANGUAGES else {"en": name}
    return Template(
        id=tid,
        name=LocalText.of(names),
        description=desc,
        frames=tuple(frames),
        agenda=tuple(steps),
        builtin=False,
    )
