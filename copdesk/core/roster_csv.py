"""Reading a member roster from a CSV file, e.g. the export of a survey.

Columns are found by their header, in English or German, exactly ("Name",
"Lernziele") or by a keyword in a survey question ("Which topics interest you?").
Tags in a cell are split on ``,`` ``;`` ``|`` and line breaks. Everything is
checked before anything is imported: a bad row names its line and the import
stops as a whole (:class:`~copdesk.core.errors.ImportProblem`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from copdesk.core.csv_table import CsvRow, read_csv_table
from copdesk.core.errors import CopdeskError, ImportProblem
from copdesk.core.member_fields import (
    MAX_FIELD_CHARS,
    MAX_MEMBERS_PER_IMPORT,
    MemberDraft,
    clean_member,
    merge_drafts,
    name_key,
)
from copdesk.core.tags import split_tags, tag_key

FIELDS = ("name", "first", "last", "team", "interests", "goals", "contact")

#: Header texts (compared by :func:`tag_key`) that name a field exactly.
EXACT: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "fullname",
        "vorname nachname",
        "vor und nachname",
        "name vorname",
        "member",
        "person",
        "participant",
        "teilnehmer",
        "teilnehmerin",
        "teilnehmende",
        "mitglied",
        "your name",
        "dein name",
        "ihr name",
        "who",
    ),
    "first": ("first name", "firstname", "given name", "vorname"),
    "last": ("last name", "lastname", "surname", "family name", "nachname", "familienname"),
    "team": (
        "team",
        "role",
        "team role",
        "team / role",
        "team rolle",
        "rolle",
        "team name",
        "abteilung",
        "department",
        "squad",
        "tribe",
        "unit",
        "bereich",
        "group",
        "gruppe",
    ),
    "interests": (
        "interests",
        "interest",
        "interessen",
        "interesse",
        "topics",
        "themen",
        "tags",
        "learning interests",
        "lerninteressen",
        "skills",
    ),
    "goals": ("goals", "goal", "learning goals", "learning goal", "lernziele", "lernziel", "ziele"),
    "contact": (
        "contact",
        "email",
        "e mail",
        "mail",
        "email address",
        "e mail address",
        "e mail adresse",
        "kontakt",
        "slack",
        "phone",
        "telefon",
    ),
}

#: Keywords found inside longer headers (survey questions), most specific first.
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("contact", ("mail", "contact", "kontakt", "slack handle")),
    ("goals", ("goal", "ziel", "want to learn", "lernen moechte", "learn next")),
    ("interests", ("interest", "interess", "topic", "thema", "themen")),
    ("team", ("team", "role", "rolle", "abteilung", "department")),
    ("first", ("first name", "vorname")),
    ("last", ("last name", "surname", "nachname")),
    ("name", ("name",)),
)


@dataclass(frozen=True, slots=True)
class RosterImport:
    """The members read from a roster, ready for :meth:`import_members`."""

    drafts: tuple[MemberDraft, ...]
    columns: dict[str, str] = field(default_factory=dict)  # field → header used
    ignored_columns: tuple[str, ...] = ()
    merged_lines: tuple[int, ...] = ()  # lines that repeated an earlier name


def match_columns(headers: tuple[str, ...]) -> dict[str, str]:
    """Which header holds which field (``{"name": "full name", ...}``)."""
    keys = {h: tag_key(h) for h in headers if h}
    found: dict[str, str] = {}
    used: set[str] = set()
    for what, names in EXACT.items():
        for header, key in keys.items():
            if header not in used and key in names:
                found[what] = header
                used.add(header)
                break
    for what, words in KEYWORDS:
        if what in found:
            continue
        for header, key in keys.items():
            if header not in used and any(w in key for w in words):
                found[what] = header
                used.add(header)
                break
    return found


def _draft(row: CsvRow, columns: dict[str, str]) -> MemberDraft | None:
    def cell(what: str) -> str:
        header = columns.get(what)
        return row.values.get(header, "") if header else ""

    name = cell("name").strip() or " ".join(p for p in (cell("first"), cell("last")) if p.strip())
    draft = MemberDraft(
        name=name,
        team=cell("team"),
        interests=split_tags(cell("interests")),
        goals=split_tags(cell("goals")),
        contact=cell("contact"),
        line=row.line,
    )
    if not draft.name.strip():
        if not any((draft.team.strip(), draft.interests, draft.goals, draft.contact.strip())):
            return None
        raise ImportProblem(
            f"Line {row.line}: this row has no name.",
            hint="Give every member a name or delete the row, then import again.",
        )
    try:
        return clean_member(draft)
    except ImportProblem:
        raise
    except CopdeskError as exc:
        raise ImportProblem(f"Line {row.line}: {exc.message}", hint=exc.hint) from exc


def read_roster(data: bytes) -> RosterImport:
    """Member drafts from roster CSV bytes, or an :class:`ImportProblem`."""
    table = read_csv_table(data, max_rows=MAX_MEMBERS_PER_IMPORT, max_field=MAX_FIELD_CHARS * 4)
    columns = match_columns(table.headers)
    if "name" not in columns and "first" not in columns and "last" not in columns:
        shown = ", ".join(f"“{h}”" for h in table.headers if h) or "none"
        raise ImportProblem(
            "Line 1: no column holds the members' names.",
            hint=f"Name a column “Name” (found: {shown}).",
        )
    by_name: dict[str, MemberDraft] = {}
    merged: list[int] = []
    for row in table.rows:
        draft = _draft(row, columns)
        if draft is None:
            continue
        key = name_key(draft.name) or draft.name
        if key in by_name:
            by_name[key] = merge_drafts(by_name[key], draft)
            merged.append(row.line)
        else:
            by_name[key] = draft
    for draft in by_name.values():
        for what, value in (("team", draft.team), ("contact", draft.contact)):
            if len(value) > MAX_FIELD_CHARS:
                raise ImportProblem(
                    f"Line {draft.line}: the {what} is longer than {MAX_FIELD_CHARS:,} characters."
                )
    if not by_name:
        raise ImportProblem("The file has a header but no members.")
    used = set(columns.values())
    return RosterImport(
        drafts=tuple(by_name.values()),
        columns={k: v for k, v in columns.items()},
        ignored_columns=tuple(h for h in table.headers if h and h not in used),
        merged_lines=tuple(merged),
    )
