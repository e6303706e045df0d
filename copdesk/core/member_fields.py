"""What a member record may hold, and how typed or imported text is cleaned."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from copdesk.core.errors import CopdeskError
from copdesk.core.tags import tag_key, unique_tags
from copdesk.core.text import clean_label, clean_text

MAX_FIELD_CHARS = 2000
MAX_MEMBERS_PER_IMPORT = 5000
MAX_TAGS = 50


@dataclass(frozen=True, slots=True)
class MemberDraft:
    """A member before it has an id: typed in a form or read from a roster."""

    name: str
    team: str = ""
    interests: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    contact: str = ""
    line: int = 0  # line in the source file, 0 when typed in


def _field(value: str, what: str, who: str) -> str:
    text = clean_label(value, limit=MAX_FIELD_CHARS + 1)
    if len(text) > MAX_FIELD_CHARS:
        raise CopdeskError(
            f"The {what} of {who} is longer than {MAX_FIELD_CHARS:,} characters.",
            hint="Shorten it.",
        )
    return text


def _tags(values: Iterable[str], what: str, who: str) -> tuple[str, ...]:
    tags = unique_tags(clean_text(v) for v in values)
    for tag in tags:
        if len(tag) > MAX_FIELD_CHARS:
            raise CopdeskError(
                f"One of the {what} of {who} is longer than {MAX_FIELD_CHARS:,} characters."
            )
    if len(tags) > MAX_TAGS:
        raise CopdeskError(f"{who} has more than {MAX_TAGS} {what}.", hint="Keep the main ones.")
    return tags


def clean_member(draft: MemberDraft) -> MemberDraft:
    """``draft`` with every field cleaned; a plain :class:`CopdeskError` if it cannot be kept."""
    name = clean_label(draft.name, limit=MAX_FIELD_CHARS + 1)
    if not name:
        raise CopdeskError("A member needs a name.")
    who = f"“{name[:60]}”"
    if len(name) > MAX_FIELD_CHARS:
        raise CopdeskError(f"The name {who}… is longer than {MAX_FIELD_CHARS:,} characters.")
    return MemberDraft(
        name=name,
        team=_field(draft.team, "team", who),
        interests=_tags(draft.interests, "interests", who),
        goals=_tags(draft.goals, "learning goals", who),
        contact=_field(draft.contact, "contact", who),
        line=draft.line,
    )


def name_key(name: str) -> str:
    """How two member names are compared when an import meets an existing roster."""
    return tag_key(name)


def merge_drafts(first: MemberDraft, later: MemberDraft) -> MemberDraft:
    """One member from two mentions: later team and contact win, tags are joined."""
    return replace(
        first,
        team=later.team or first.team,
        interests=unique_tags((*first.interests, *later.interests)),
        goals=unique_tags((*first.goals, *later.goals)),
        contact=later.contact or first.contact,
    )
